"""Counts of a part of the people a toll counts ("4 children among 9 civilians dead", "Two children and a woman" beside
"the death of 40", "погибли трое детей" beside "погибли 11 человек") beside the event's own larger count of that figure.

Such a count tells who were among the dead or hurt, not how many were: kept among the event's claims it would pull
`low` (and with an update, `best`) down to the part. A count of a part smaller than another count of its figure is
left out; a count of a part with nothing larger beside it (the only count the report gives) stays.
"""

from __future__ import annotations

import re

from eventledger.extract.word_lists import every_language
from eventledger.model import Claim

_AFTER = 24  # how far after a count's quote its noun may stand: "Погибли трое | детей", "поранені четверо | дітей"
_PHRASE_END = re.compile(r"[.,!?;:\n]")


def counts_a_part(quote: str) -> bool:
    """Whether a count's quote names a part of a toll (children, women) before any noun of the whole (people)."""
    part = every_language("part_nouns", file="figures").search(quote)
    if part is None:
        return False
    whole = every_language("whole_nouns", file="figures").search(quote)
    return whole is None or part.start() < whole.start()


def _told(c: Claim, text: str) -> str:
    """A count's quote and the words after it up to the phrase's end: the noun it counts may follow the quote."""
    return c.quote + _PHRASE_END.split(text[c.end : c.end + _AFTER])[0]


def without_parts(claims: list[Claim], text: str) -> list[Claim]:
    """The claims less every count of a part that is smaller than another count of its figure."""
    largest: dict[str, int] = {}
    for c in claims:
        if c.figure and isinstance(c.value, int):
            largest[c.figure] = max(largest.get(c.figure, 0), c.value)
    return [c for c in claims if not (c.figure and isinstance(c.value, int) and 0 < c.value < largest[c.figure]
                                      and counts_a_part(_told(c, text)))]
