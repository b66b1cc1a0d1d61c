"""A district told by its adjective alone, its noun left out after the first: "У Богодухівському районі пошкоджено
будинки, у Куп'янському - приватні будинки", "В Петровском районе ранены двое, в Куйбышевском – мужчина".

Regional summaries name the first district with its noun and the next ones by the adjective and a dash. The bare
adjective is no name the gazetteer reads, and the damage told after it is placed at the district before or nowhere. A
preposition, a district adjective and a dash (the adjective unread, or read alone as a village of its stem),
within REACH characters after the district noun, is read as the adjective
with that noun ("у Куп'янському районі"), and with the city the full one was named of ("Куйбышевском районе Донецка");
read as a district, it is that district. The words are per language
(`district_told_short` in lang/<code>/events.yaml).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger.lang import topic

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import Gazetteer, PlaceMatch

_CITY_AFTER = re.compile(r"\s+([^\W\d_][\w'’ʼ-]*)")  # the word after the district noun, kept when it is a name
REACH = 300  # the district noun must stand this close before the bare adjective (a sentence or two)


def districts_told_short(matches: list[PlaceMatch], text: str, lang: str, gazetteer: Gazetteer) -> list[PlaceMatch]:
    """`matches` with a match for each district named by its bare adjective after a district named in full."""
    patterns = _patterns(lang)
    if patterns is None:
        return matches
    short, noun, locative = patterns
    from eventledger.geo.gazetteer import PlaceMatch

    added, replaced = [], set()
    for found in short.finditer(text):
        start, end = found.span("adjective")
        at = [m for m in matches if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in at):
            continue  # part of a longer name
        full = [m for m in noun.finditer(text, max(0, found.start() - REACH), found.start())]
        if not full:
            continue  # no district named in full just before: the adjective may be anything's
        city = _CITY_AFTER.match(text, full[-1].end())  # "в Петровском районе Донецка, в Куйбышевском –": Donetsk's
        city = city if city and city.group(1)[:1].isupper() else None
        phrase = f"{found.group('adjective')} {locative}" + (f" {city.group(1)}" if city else "")
        worded = len(found.group("adjective")) + 1 + len(locative)  # the adjective and the noun, read together
        read = [m for m in gazetteer.find(phrase, lang) if m.start == 0 and m.end >= worded and m.candidates]
        if not read or read[0].candidates[0].feature not in ("admin2", "city"):
            continue  # (a city's district is read as the city: "районе Донецка")
        district = read[0].candidates[0]
        said = text[start:end]
        added.append(PlaceMatch(start, end, said, (replace(district, place=replace(district.place, as_written=said)),)))
        replaced |= {id(m) for m in at}  # the adjective read alone as a village of its stem ("Ізюмському": Iziumske)
    if not added:
        return matches
    return sorted([m for m in matches if id(m) not in replaced] + added, key=lambda m: m.start)


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], str] | None:
    data = topic(lang, "events").get("district_told_short") or {}
    prepositions, endings, nouns, locative = (data.get(k) for k in ("prepositions", "endings", "nouns", "locative"))
    if not (prepositions and endings and nouns and locative):
        return None
    short = re.compile(rf"(?<![\w'’ʼ-])(?:{'|'.join(prepositions)})\s+(?P<adjective>[^\W\d_][\w'’ʼ-]*(?:{'|'.join(endings)}))"
                       rf"(?=\s*[-–—])")
    noun = re.compile(rf"(?<!\w)(?:{'|'.join(nouns)})(?!\w)", re.IGNORECASE)
    return short, noun, locative
