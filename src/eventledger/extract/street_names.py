"""A place's name that names a street: "ул. Орджоникидзе в Ясиноватой", "на вулиці Київській", "on Kharkiv Street".

Streets are named after towns and people, and the gazetteer knows the towns: the name of the street a shell hit is no
second place of the incident, and no place of a new one. The words around such a name live in
`lang/<code>/place_roles.yaml` (`street_before`, `street_after`).
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import load


def names_a_street(before: str, after: str, lang: str) -> bool:
    """Whether the words right before or after a place make it the name of a street."""
    preceding, following = _patterns(lang)
    return bool(preceding and preceding.search(before)) or bool(following and following.match(after))


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang).get("place_roles") or {}
    before, after = data.get("street_before") or [], data.get("street_after") or []
    return (re.compile(rf"(?i)(?<!\w)(?:{'|'.join(before)})\s*$") if before else None,
            re.compile(rf"^\s+(?:{'|'.join(after)})(?!\w)") if after else None)
