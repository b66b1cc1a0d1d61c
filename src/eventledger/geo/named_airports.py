"""Airports told by their own name: "в аэропортах Шереметьево, Домодедово и Внуково", "в аэропортах «Внуково» и
«Домодедово»", "Sheremetyevo airport".

The gazetteer names an airport by its full English name ("Domodedovo International Airport") and by its city ("аэропорт
Москвы"), so a report that names the airport itself finds the town it is named after (Domodedovo, a town 15 km away) or
nothing (Sheremetyevo). A name (or a list of names joined by commas and "и"/"та"/"and") right after the airport noun,
or in English right before "airport(s)", whose romanisation is an airport's own name without its generic words, is
that airport (its ICAO point): where flights were restricted or a drone fell.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from eventledger.geo.build import normalize
from eventledger.geo.gazetteer import Candidate, Gazetteer, PlaceMatch
from eventledger.geo.translit import latin_variants
from eventledger.lang import topic

_GENERIC = re.compile(r"(?i)\b(?:international|airport|air\s+base|airfield|aerodrome|airbase)\b")
_NAME = r"[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+"
_JOINED = r"(?:\s*,\s*|\s+(?:и|та|і|й|and)\s+)"


def named_airports(matches: list[PlaceMatch], text: str, lang: str, gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The matches with each name an airport is told by read as that airport (added where the gazetteer found none)."""
    found: dict[tuple[int, int], tuple[str, Candidate]] = {}
    for start, end, name in _airport_names(text, lang):
        code = _stems(gazetteer).get(_key(name))
        if code is None:
            code = next((c for v in latin_variants(name) if (c := _stems(gazetteer).get(_key(v)))), None)
        airport = gazetteer.airport(code) if code else None
        if airport is not None:
            found[(start, end)] = (name, airport)
    matches = _bracketed_names(matches, text, lang)
    if not found:
        return _cities_of_several_airports(matches, [], lang, gazetteer)
    named = list(found.values())
    by_name = {_key(name): airport for name, airport in named}
    # the airport's name said again alone ("аэропорт Пулково ... В Пулково ввели ограничения"): the airport, not the
    # village or town it is named after
    matches = [replace(m, candidates=(by_name[_key(m.text)],)) if (m.start, m.end) not in found
               and _key(m.text) in by_name else m for m in matches]
    out = [replace(m, candidates=(found.pop((m.start, m.end))[1],)) if (m.start, m.end) in found else m for m in matches]
    taken = [(m.start, m.end) for m in out]
    out += [PlaceMatch(s, e, name, (airport,)) for (s, e), (name, airport) in found.items()
            if not any(a < e and s < b for a, b in taken)]
    return _cities_of_several_airports(sorted(out, key=lambda m: m.start), [a for _, a in named], lang, gazetteer)


def _bracketed_names(matches: list[PlaceMatch], text: str, lang: str) -> list[PlaceMatch]:
    """The matches with a name in brackets right after an airport's city ("аэропортов Нижнего Новгорода (Чкалов) и
    Сочи", "Nizhny Novgorod airport (Chkalov)") read as that city's place: it is the airport's own name, which
    the gazetteer may lack or give to another town (Chkalov, Orenburg's name of 1938-57)."""
    nouns = topic(lang, "places").get("airport_nouns") or []
    if not nouns or "(" not in text:
        return matches
    noun = _noun_pattern(nouns)
    city = rf"{_NAME}(?:[\s-]+{_NAME})?"
    pattern = (rf"(?P<city>{city})\s+{noun}\s*\(\s*[«\"„“]?(?P<name>{_NAME})" if lang == "en"
               else rf"{noun}\s+(?P<city>{city})\s*\(\s*[«\"„“]?(?P<name>{_NAME})")
    by_span = {(m.start, m.end): m for m in matches}
    read: dict[tuple[int, int], PlaceMatch] = {}
    for found in re.finditer(pattern, text):
        name = (found.start("name"), found.end("name"))
        of_city = next((m for m in matches if m.candidates
                        and m.start < found.end("city") and found.start("city") < m.end), None)
        if name in by_span and of_city is not None:
            read[name] = replace(by_span[name], candidates=of_city.candidates)
    return [read.get((m.start, m.end), m) for m in matches]


def _cities_of_several_airports(matches: list[PlaceMatch], named: list[Candidate], lang: str,
                                gazetteer: Gazetteer) -> list[PlaceMatch]:
    """The matches with "Moscow airport", "аэропорт Москвы", "Kyiv airport" read as the airport the text names by its
    own name in that city's subdivision ("Moscow airport ... Vnukovo airport": Vnukovo), else as the city itself: a
    city with two airliner airports or more names none of them by its own name, and the gazetteer's first (Bykovo, a
    closed field) is a guess."""
    out = []
    for m in matches:
        airliners = [c for c in m.candidates if c.feature == "airport" and c.place.iata]
        if len(airliners) < 2 or m.candidates[0].feature != "airport":
            out.append(m)
            continue
        region = m.candidates[0].admin1_code
        told = next((a for a in named if a.admin1_code == region), None)
        if told is None:
            told = _city(m.text, region, lang, gazetteer)
        out.append(replace(m, candidates=(replace(told, place=replace(told.place, as_written=m.text)),))
                   if told is not None else m)
    return out


def _city(surface: str, region: str | None, lang: str, gazetteer: Gazetteer) -> Candidate | None:
    """The city an airport phrase names ("Moscow airport", "аэропорту Москвы"), in the airports' subdivision."""
    nouns = topic(lang, "places").get("airport_nouns") or []
    words = [w for w in surface.split() if not _GENERIC.fullmatch(w)
             and not any(w.lower().startswith(n.lower()) for n in nouns)]
    if not words:
        return None
    try:
        cands = gazetteer.lookup(" ".join(words), lang=lang)
    except Exception:  # noqa: BLE001 - a phrase the gazetteer cannot look up keeps its airport
        return None
    return next((c for c in cands if c.feature == "city" and c.admin1_code == region), None)


def _airport_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    nouns = topic(lang, "places").get("airport_nouns") or []
    if not nouns:
        return []
    noun = _noun_pattern(nouns)
    # each name may stand in quotes ("в аэропортах «Внуково» и «Домодедово»"), and a dash may open the list after the
    # noun ("три аэропорта — «Домодедово», «Шереметьево» и «Жуковский»")
    quoted = rf"[«\"„“]?{_NAME}[»\"“”]?"
    lists = rf"{quoted}(?:{_JOINED}{quoted})*"
    pattern = (rf"(?P<names>{lists})\s+{noun}" if lang == "en"
               else rf"{noun}\s*(?:[—–-]\s*)?(?P<names>{lists})")
    # ... and after the city's name ("в аэропорту Санкт-Петербурга Пулково"): the first name may be the city's
    patterns = [pattern] if lang == "en" else [pattern, rf"{noun}\s+{_NAME}\s+(?P<names>{lists})"]
    out = []
    for found in (f for p in patterns for f in re.finditer(p, text)):
        for name in re.finditer(_NAME, found.group("names")):
            start = found.start("names") + name.start()
            out.append((start, start + len(name.group(0)), name.group(0)))
    return out


def _noun_pattern(nouns: list[str]) -> str:
    """The airport nouns of places.yaml (patterns, matched as word beginnings, case-insensitively) as one pattern."""
    return rf"(?i:\b(?:{'|'.join(nouns)})\w*)"


def _key(name: str) -> str:
    return normalize(name).replace("-", " ").strip()


@cache
def _stems(gazetteer: Gazetteer) -> dict[str, str]:
    """An airport's own name without its generic words ("sheremetyevo"), to its ICAO code: airports with an IATA code
    (airliner airports, the ones reports name) and one airport to a name."""
    stems: dict[str, str] = {}
    seen: set[str] = set()
    for name, icao in gazetteer.airliner_airports():
        stem = _key(" ".join(_GENERIC.sub(" ", name).split()))
        if not stem or len(stem) < 4:
            continue
        if stem in seen:
            stems.pop(stem, None)  # a name several airports share says none
        else:
            stems[stem] = icao
            seen.add(stem)
    return stems
