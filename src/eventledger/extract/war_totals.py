"""A war's toll told as a whole ("Israel's offensive has killed more than 40,000 people", "війна забрала життя
...", "война унесла жизни ..."): a total over many incidents, so neither an incident of its own nor a figure of the
incident the report is about. The words, a war or campaign as the subject of the killing, are in
`lang/<code>/events.yaml` (`war_totals`)."""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import topic


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("war_totals") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def tells_war_total(text: str, lang: str) -> bool:
    """Whether a clause tells the toll of a whole war or campaign."""
    p = _pattern(lang)
    return bool(p and p.search(text))
