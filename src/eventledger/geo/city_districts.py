"""A city's district, named by its adjective, read as the city the text names rather than as a far raion.

Ukrainian and Russian cities have districts named like raions ("Днепровский район" of Kherson and of Kyiv, "Dniprovskyi
district"); the gazetteer knows only the raion of that name (Dnipro raion, Dnipropetrovsk Oblast). When the text names a
city and places the district in no subdivision of its own, the district is the city's: a report on Kherson does not jump
to another oblast because a quarter of Kherson shares a raion's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from eventledger.geo import adjectives as adj

if TYPE_CHECKING:  # the gazetteer calls this module
    from eventledger.geo.gazetteer import Candidate, PlaceMatch

CITY_WITH_DISTRICTS = 50_000  # a city this large (as the gazetteer counts it) has districts of its own
# "Dniprovskyi district", "в Днепровском районе", "Шевченківського району": a district named by its adjective
_ADJECTIVE_DISTRICT = re.compile(
    r"(?:[A-Z][a-z'’]+(?:sk|tsk|ck|zk|v)(?:iy|yi|yy|ij|ii|y|i)\s+(?i:district|raion|rayon))"
    rf"|(?:[{adj.CAPITAL}][{adj.SMALL}]+(?:{adj.SUFFIX})(?:{adj.MASCULINE})\s+район(?:а|е|у|ом|і|ові)?)")
# ... and a place named by such an adjective alone, a district too ("в Куйбышевском, Петровском районах Донецка")
_ADJECTIVE = re.compile(
    r"(?:[A-Z][a-z'’]+(?:sk|tsk|ck|zk|v)(?:iy|yi|yy|ij|ii|y|i)(?:\s+(?i:district|raion|rayon))?)"
    rf"|(?:[{adj.CAPITAL}][{adj.SMALL}]+(?:{adj.SUFFIX})(?:{adj.MASCULINE}|их|ими)"
    r"(?:\s+район(?:а|е|у|ом|і|ові|ы|ах|ів|ов)?)?)")
_GENITIVE_GAP = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:city\s+of\s+)?|г\.\s*|города\s+|міста\s+|м\.\s*)?", re.IGNORECASE)


def districts_of_named_cities(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """`matches` (sorted by start) with each district named by its adjective and found in another subdivision read as
    the city it belongs to: the city right after it ("Днепровский район Херсона", "the Dniprovskyi district of
    Kherson"), else, for a raion, the last place named before it when that is a city ("в Херсоне ... в Днепровском
    районе"). Left alone when the text names any place in the district's own subdivision."""
    out = list(matches)
    for i, match in enumerate(matches):
        if not match.candidates or not _ADJECTIVE_DISTRICT.fullmatch(match.text):
            continue
        district = match.candidates[0]
        city = _city_after(text, matches, i)
        if city is None and district.feature == "admin2":
            city = _city_before(out, i)  # as read so far: the district said again follows its first reading
        if city is None or city.admin1_code == district.admin1_code:
            continue
        if any(m.candidates and m.candidates[0].admin1_code == district.admin1_code and
               m.candidates[0].place.geonames_id != district.place.geonames_id and not _ADJECTIVE.fullmatch(m.text)
               for m in matches):
            continue  # the text is about the district's own subdivision too (not the district said again, nor the
            # city's other districts: "Петровский" and "Будённовский" of Donetsk are both raions of Stavropol Krai)
        out[i] = replace(match, candidates=(replace(city, place=replace(city.place, as_written=match.text)),))
    return out


def _city_after(text: str, matches: list[PlaceMatch], i: int) -> Candidate | None:
    """The city that names the district in the genitive or with "of": "Днепровский район Херсона"."""
    after = matches[i + 1] if i + 1 < len(matches) else None
    if after is not None and _is_city(after) and _GENITIVE_GAP.fullmatch(text[matches[i].end:after.start]):
        return after.candidates[0]
    return None


def _city_before(matches: list[PlaceMatch], i: int) -> Candidate | None:
    """The last place named before the district, when it is a city: "В Херсоне ... в Днепровском районе"."""
    before = [m for m in matches[:i] if m.candidates]
    return before[-1].candidates[0] if before and _is_city(before[-1]) else None


def _is_city(match: PlaceMatch) -> bool:
    return bool(match.candidates) and match.candidates[0].feature == "city" and \
        match.candidates[0].population >= CITY_WITH_DISTRICTS
