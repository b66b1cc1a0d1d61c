"""Districts listed together before one district word: "в Деснянському, Оболонському та Шевченківському районах".

Only the last name of such a list stands beside the word "районах" ("districts"); the others are bare adjectives, which
the gazetteer reads as whatever town or village shares their stem (Деснянський of Chernihiv, Подільське of Cherkasy
Oblast, Будённовск of Stavropol Krai). A list shares its noun: every member is read as if the word followed it, with the
rest of the phrase ("районах Донецка"). A member so read far from the member the text reads with the word, or not read
at all, takes that member's place (one list names one city's districts); with neither, it keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger.geo.distance import km
from eventledger.geo.focus import DISTRICT_ALONE_KM, districts_of_named_cities
from eventledger.lang import topic

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import Candidate, Gazetteer, PlaceMatch

_PHRASE_END = re.compile(r"[.!?;\n]")
PHRASE_CHARS = 120  # the list's phrase after its district word, enough for "районах міста Києва"


def read_as_district_lists(matches: list[PlaceMatch], text: str, lang: str, gazetteer: Gazetteer) -> list[PlaceMatch]:
    """`matches` with each member of a list of districts read with the list's district word."""
    lists, member = _patterns(lang)
    if (word := _district_word(lang)) is None or word.search(text) is None:
        return list(matches)  # no district word anywhere: no list (one quick scan instead of trying each word's endings)
    readings: dict[int, PlaceMatch] = {}
    for found in lists.finditer(text):
        word_start = found.end("members")
        rest = _PHRASE_END.split(text[word_start:word_start + PHRASE_CHARS], maxsplit=1)[0]
        names = [(n.start(), n.end()) for n in member.finditer(text, found.start(), word_start)]
        bare = [m for m in matches if any(m.start == a and m.end <= b + 1 for a, b in names)]
        worded = [m.candidates[0] for m in matches if m.candidates and any(m.start == a for a, _ in names)
                  and m.end > word_start]  # the last member, read with the word in the text
        for m in bare:
            reading = _read_with(m, rest, lang, gazetteer)
            if worded and (reading is None or _far(reading, worded[0])):
                reading = worded[0]  # one list, one city: the district read beside the word
            if reading is not None:
                readings[id(m)] = replace(m, candidates=(reading,))
    return [readings.get(id(m), m) for m in matches]


@cache
def _district_word(lang: str) -> re.Pattern[str] | None:
    """The district word every list ends with (`_patterns`), alone; None where the language lists no districts."""
    words = topic(lang, "events").get("district_words") or []
    return re.compile(rf"(?:{'|'.join(words)})\b", re.IGNORECASE) if words else None


def _read_with(member: PlaceMatch, rest: str, lang: str, gazetteer: Gazetteer) -> Candidate | None:
    """The member read as "<member> <district word ...>" ("Петровском районах Донецка": Donetsk), if the gazetteer can."""
    phrase = f"{member.text} {rest}"
    read = districts_of_named_cities(sorted(gazetteer.find(phrase, lang), key=lambda m: m.start), phrase, lang)
    found = [m.candidates[0] for m in read if m.start == 0 and m.end > len(member.text) and m.candidates]
    return found[0] if found else None


def _far(a: Candidate, b: Candidate) -> bool:
    if None in (a.place.lat, a.place.lon, b.place.lat, b.place.lon):
        return False
    return km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) > DISTRICT_ALONE_KM  # type: ignore[arg-type]


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of two or more district adjectives before a district word, and one member of it."""
    data = topic(lang, "events")
    words, joiners, endings = (data.get(k) or [] for k in ("district_words", "list_joiners", "district_adjective_endings"))
    if not (words and endings):
        never = re.compile(r"(?!)")
        return never, never
    name = rf"\b[\w'’ʼ-]+(?:{'|'.join(endings)})\b"
    joiner = rf"\s*,\s*(?:(?:{'|'.join(joiners)})\s+)?" + (rf"|\s+(?:{'|'.join(joiners)})\s+" if joiners else "")
    lists = re.compile(rf"(?P<members>{name}(?:(?:{joiner}){name})+)\s+(?:{'|'.join(words)})\b", re.IGNORECASE)
    return lists, re.compile(name, re.IGNORECASE)
