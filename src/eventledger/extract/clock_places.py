"""A place that says by whose clock an hour is told: "21:01 Moscow time", "в 03:00 по Москве", "за часом Києва".

Reports on strikes give the hour in the capital's time whatever the place struck, so the capital named with the hour
is a time zone, not a second place of the incident ("a drone hit Sumy at 21:01 Moscow time" is one strike, in Sumy).
The words around such a place live in `lang/<code>/place_roles.yaml` (`clock_before`, `clock_after`).
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import load


def tells_the_clock(before: str, after: str, lang: str) -> bool:
    """Whether the words right before or after a place make it the zone of a time told."""
    preceding, following = _patterns(lang)
    return bool(preceding and preceding.search(before)) or bool(following and following.match(after))


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang).get("place_roles") or {}
    before, after = data.get("clock_before") or [], data.get("clock_after") or []
    return (re.compile(rf"(?i)(?<!\w)(?:{'|'.join(before)})\s+$") if before else None,
            re.compile(rf"(?i)^\s+(?:{'|'.join(after)})(?!\w)") if after else None)
