"""Where a count of downed weapons with no place of its own is placed: the place they were flying to.

"Сбиты 32 беспилотника, летевших на Москву" / "32 drones flying towards Moscow were shot down" names no place where
they were downed; the direction is kept out of the clause's places (a drone heading for Moscow downed over Bryansk
Oblast is Bryansk Oblast's), but alone it is what the report gives: the approaches of that place, not the whole
country the count would otherwise stand at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventledger.extract.capital_named import _capital_words
from eventledger.extract.segment import Span
from eventledger.geo import Candidate, PlaceMatch
from eventledger.lang import load


def place_heading(anchor: int, sentences: Sequence[Span], places: Sequence[PlaceMatch], text: str,
                  lang: str) -> Candidate | None:
    """The one place the sentence holding `anchor` names right after a heading ("летевших на", "flying towards")."""
    heading = _heading(lang)
    sentence = next((s for s in sentences if s.start <= anchor < s.end), None)
    if heading is None or sentence is None:
        return None
    named = [m.candidates[0] for m in places if m.candidates and sentence.start <= m.start < sentence.end
             and heading.search(text[max(sentence.start, m.start - 40):m.start])]
    if not named or any(c.place.key != named[0].place.key for c in named):
        return None
    return named[0]


@cache
def _heading(lang: str) -> re.Pattern[str] | None:
    markers = _heading_markers(lang)
    return re.compile(rf"(?i)(?<!\w)(?:{markers})\s+$") if markers else None


def heads_for_capital(anchor: int, sentences: Sequence[Span], text: str, lang: str) -> bool:
    """Whether the sentence holding `anchor` tells its weapons heading for the capital unnamed ("летевших к столице"):
    then the count is the capital's (capital_named places it), not the one area or country the report is about."""
    heading, capital = _heading_to(lang), _capital_words(lang)
    sentence = next((s for s in sentences if s.start <= anchor < s.end), None)
    if heading is None or capital is None or sentence is None:
        return False
    return any(capital.match(text, m.end(), sentence.end) for m in heading.finditer(text, sentence.start, sentence.end))


@cache
def _heading_to(lang: str) -> re.Pattern[str] | None:
    markers = _heading_markers(lang)
    return re.compile(rf"(?i)(?<!\w)(?:{markers})\s+") if markers else None


def _heading_markers(lang: str) -> str:
    return "|".join((load(lang).get("place_roles") or {}).get("heading_markers") or [])
