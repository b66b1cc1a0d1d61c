"""A place named as where another place lies is one location, the finer one (ANNOTATION.md: `place` is "the most
specific place the report names").

A report locates a village by its district, an airfield by its city, a town by a nearby town or airport, all in one
phrase: "в хуторе Масаловка Каменского района", "в Каменском районе, в селе Масаловка", "аэродром Дягилево в Рязани",
"в Алексине под Тулой", "in Kamianske, near the city of Dnipro". Read as two places, the clause proposes an incident at
each, and the one incident is kept twice. The words between the two names say how they are joined (each language's
`place_roles.yaml`):

- `lies_in`: the one is inside the other ("в", a genitive district, ", в селе"): the finer place is where, the
  coarser only says where it lies; two places as fine as each other are a list, and stay;
- `lies_near`: the first is near the second ("под", "недалеко от", "near"): the first is where, the second its
  landmark.

A restriction told in a clause that names an airport is that airport's: the town it names beside it is the airport's
own or the one whose attack closed it ("План «Ковёр» ввели в аэропорту Махачкалы после атаки на Каспийск"), no
restriction of its own (ANNOTATION.md: one event per airport named).

Both must lie in one region and close together (the gazetteer may misread a name: a village in another region or
across the country is no place this phrase locates).
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.geo import Candidate, PlaceMatch
from eventledger.geo.distance import between
from eventledger.lang import load

_SPECIFICITY = {"airport": 0, "point": 0, "city": 1, "admin2": 2}
_NEAR_KM = 60.0  # the farthest a village lies from its district's or town's point and is still told as lying there


def located(named: list[tuple[PlaceMatch, Candidate]], text: str, lang: str) -> set[int]:
    """Start offsets of the place mentions (in text order, each with its chosen candidate) that only say where the
    place named beside them lies."""
    rules = _rules(lang)
    if rules is None:
        return set()
    lies_in, lies_near = rules
    dropped: set[int] = set()
    for (a, ca), (b, cb) in zip(named, named[1:]):
        if ca.feature not in _SPECIFICITY or cb.feature not in _SPECIFICITY or not _close(ca, cb):
            continue
        words = text[a.end : b.start]
        if lies_near.fullmatch(words):
            dropped.add(b.start)  # "Алексин под Тулой": Aleksin, near Tula
        elif lies_in.fullmatch(words) and _SPECIFICITY[ca.feature] != _SPECIFICITY[cb.feature]:
            dropped.add(a.start if _SPECIFICITY[ca.feature] > _SPECIFICITY[cb.feature] else b.start)
    return dropped


def restricted(located: list[Candidate]) -> list[Candidate]:
    """The places a restriction clause is about: an airport it names stands for the towns and districts close to it."""
    airports = [p for p in located if p.feature in ("airport", "point")]
    return [p for p in located if p in airports or p.feature not in ("city", "admin2")
            or not any(_close(p, a) for a in airports)]


def _close(a: Candidate, b: Candidate) -> bool:
    if not (a.place.country and a.place.country == b.place.country and a.admin1_code and a.admin1_code == b.admin1_code):
        return False
    km = between(a.place, b.place)
    return km is not None and km <= _NEAR_KM


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = load(lang).get("place_roles") or {}
    inside, near = data.get("lies_in") or [], data.get("lies_near") or []
    if not inside and not near:
        return None
    never = r"(?!x)x"
    return (re.compile("|".join(f"(?:{p})" for p in inside) or never, re.IGNORECASE),
            re.compile("|".join(f"(?:{p})" for p in near) or never, re.IGNORECASE))
