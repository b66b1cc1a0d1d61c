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
    if not found:
        return matches
    out = [replace(m, candidates=(found.pop((m.start, m.end))[1],)) if (m.start, m.end) in found else m for m in matches]
    taken = [(m.start, m.end) for m in out]
    out += [PlaceMatch(s, e, name, (airport,)) for (s, e), (name, airport) in found.items()
            if not any(a < e and s < b for a, b in taken)]
    return sorted(out, key=lambda m: m.start)


def _airport_names(text: str, lang: str) -> list[tuple[int, int, str]]:
    nouns = topic(lang, "places").get("airport_nouns") or []
    if not nouns:
        return []
    noun = rf"(?i:\b(?:{'|'.join(re.escape(n) for n in nouns)})\w*)"
    # each name may stand in quotes ("в аэропортах «Внуково» и «Домодедово»"), and a dash may open the list after the
    # noun ("три аэропорта — «Домодедово», «Шереметьево» и «Жуковский»")
    quoted = rf"[«\"„“]?{_NAME}[»\"“”]?"
    lists = rf"{quoted}(?:{_JOINED}{quoted})*"
    pattern = (rf"(?P<names>{lists})\s+{noun}" if lang == "en"
               else rf"{noun}\s*(?:[—–-]\s*)?(?P<names>{lists})")
    out = []
    for found in re.finditer(pattern, text):
        for name in re.finditer(_NAME, found.group("names")):
            start = found.start("names") + name.start()
            out.append((start, start + len(name.group(0)), name.group(0)))
    return out


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
