"""Counts told as more of the same ("two more men were injured", "пострадали ещё пять", "ще одна жінка також
отримала поранення") beside the event's own larger count of that figure.

Such a count counts on from people told before: it is a part of the event's total, not a rival total. Kept among
the event's claims it would pull `low` down to the part ("13 injured ... two more injured" giving low 2), which
UCDP's low reads as a source saying only two were hurt. A count on from a larger total of the same event is left
out; a count on with nothing larger beside it (the only count the report gives) stays.
"""

from __future__ import annotations

import re

from eventledger.extract.word_lists import every_language
from eventledger.model import Claim

_LEAD = 16  # how far before a count its "more" word may stand: "ще одна 57-річна жінка", "another two people"
_SENTENCE_END = re.compile(r"[.!?;:\n]")


def _told_as_more(c: Claim, text: str) -> bool:
    lead = text[max(0, c.start - _LEAD):c.start]
    lead = _SENTENCE_END.split(lead)[-1]
    return bool(every_language("another").search(lead + text[c.start:c.end]))


def without_counted_on(claims: list[Claim], text: str) -> list[Claim]:
    """The claims less every count told as more of the same that is smaller than another count of its figure."""
    largest: dict[str, int] = {}
    for c in claims:
        if c.figure and isinstance(c.value, int):
            largest[c.figure] = max(largest.get(c.figure, 0), c.value)
    return [c for c in claims if not (c.figure and isinstance(c.value, int) and 0 < c.value < largest[c.figure]
                                      and _told_as_more(c, text))]
