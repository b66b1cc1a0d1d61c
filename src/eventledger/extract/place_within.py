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
  landmark;
- `lies_in_part`: the second is named as a part of a place, a compass point of it ("Beit Lahia, northern Gaza",
  "Khiam, southern Lebanon"): a region where the first lies, however fine the gazetteer reads the second's name.

A city whose region is called after it, named after a town of that region with only `lies_in` words between ("Selydove,
Donetsk", "the Syzran refinery in Samara"), is that region, coarser than the town, unless a list goes on after it
("Selydove, Donetsk and Kramatorsk").

A name followed by a word for a region (`region_after`: "Sulaymaniyah Governorate", "Idlib province") that the gazetteer
read as the city of the name is that region, coarser than any town: after a comma or "in" it says where the first lies
("Mawat district, Sulaymaniyah Governorate"). The gazetteer may lack such a region's code, so the two need only lie in
one country and within a region's reach (`_REGION_KM`).

A restriction told in a clause that names an airport is that airport's: the town it names beside it is the airport's
own or the one whose attack closed it ("План «Ковёр» ввели в аэропорту Махачкалы после атаки на Каспийск"), no
restriction of its own (ANNOTATION.md: one event per airport named).

Both must lie in one region and close together (the gazetteer may misread a name: a village in another region or
across the country is no place this phrase locates).

A village told in one clause with a town, a district or a region, that the gazetteer reads as a namesake in another
region, hundreds of kilometres from every place of the clause, is the namesake it lacks there (`far_in_clause`): "в
Раменском загорелись дома в посёлке Становое", "в подмосковной деревне Становое под Раменским" tell of no Lipetsk
Oblast village. The clause's other place is where; the village's far reading is none. Only a village told as lying by
the town (near it, or after the town the clause opens with) gives way: one listed beside a far town ("дома в Запорожье и
школу в Великой Писаревке") is a place of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventledger.geo import Candidate, PlaceMatch
from eventledger.geo.build import normalize
from eventledger.geo.distance import between
from eventledger.lang import load

_SPECIFICITY = {"airport": 0, "point": 0, "city": 1, "admin2": 2}
_NEAR_KM = 60.0  # the farthest a village lies from its district's or town's point and is still told as lying there
_REGION_KM = 150.0  # ... and from the city a region is named after
_REGION = 3
_VILLAGE = 10_000  # a settlement smaller than this shares its name with villages the gazetteer lacks
_FAR_KM = 150.0  # a village read further than this from every other place of its clause is another of the name


def located(named: list[tuple[PlaceMatch, Candidate]], text: str, lang: str) -> set[int]:
    """Start offsets of the place mentions (in text order, each with its chosen candidate) that only say where the
    place named beside them lies."""
    rules = _rules(lang)
    if rules is None:
        return set()
    lies_in, lies_near, lies_in_part, region_after = rules
    dropped: set[int] = set()
    for (a, ca), (b, cb) in zip(named, named[1:]):
        words = text[a.end : b.start]
        inside, near = lies_in.fullmatch(words) is not None, lies_near.fullmatch(words) is not None
        if inside and _region_by_its_centre(ca, cb):
            dropped.add(b.start)  # "the oil depot in Tolyatti in Samara": in the Samara region, not in its city
            continue
        if (inside or near) and _misread(ca, cb, near):
            dropped.add(a.start)  # "the village of Lyon, in the Kharkiv region": not Lyon in France
            continue
        if ca.feature not in _SPECIFICITY or cb.feature not in _SPECIFICITY:
            continue
        spec_a, spec_b = (_REGION if region_after.match(text, m.end) else _SPECIFICITY[c.feature]
                          for m, c in ((a, ca), (b, cb)))
        if spec_a == spec_b == _SPECIFICITY["city"] and ca.admin1_code == cb.admin1_code and _named_after(cb, b.text) \
                and inside and not _list_goes_on(lang).match(text, b.end):
            spec_b = _REGION  # "Selydove, Donetsk": the Donetsk region, called after its city, where Selydove lies
        if lies_in_part.fullmatch(words) and "," not in words:
            spec_b = _REGION  # a compass part of a place names a region ("in northern Kharkiv"), however read
        if not (_close(ca, cb) or (max(spec_a, spec_b) == _REGION and _close(ca, cb, _REGION_KM, same_admin1=False))):
            continue
        if lies_near.fullmatch(words):
            dropped.add(b.start)  # "Алексин под Тулой": Aleksin, near Tula
        elif lies_in_part.fullmatch(words) and spec_b >= spec_a:
            dropped.add(b.start)  # "Beit Lahia, northern Gaza": Beit Lahia, in the north of the Gaza Strip
        elif lies_in.fullmatch(words) and spec_a != spec_b:
            dropped.add(a.start if spec_a > spec_b else b.start)
    return dropped


def far_in_clause(named: list[tuple[PlaceMatch, Candidate]], text: str, start: int, lang: str,
                  landmarks: Sequence[Candidate] = ()) -> set[int]:
    """Start offsets of the villages of a clause (each mention with its chosen candidate) read as a namesake far off:
    in another region than each firm place of the clause (a town of _VILLAGE or more, a district, an airport, a region,
    or `landmarks`, the places an offset is told from: "под Раменским"), and further than _FAR_KM from every place of
    it. Two villages, or a village beside a country or a sea, say nothing of each other.

    Distance alone does not tell a misread namesake from a real village of another region, so the village gives way
    only where the clause tells it as lying by a firm place: near a landmark ("под Раменским"), in a region or district
    the clause names, or after the town the clause opens with, and not joined to it in a list (`_framed_by`). "Ракеты
    повредили дома в Запорожье и школу в Великой Писаревке", "struck Kherson and Velyka Pysarivka": a list of places,
    each where it is."""
    villages = [(m, c) for m, c in named if c.feature == "city" and c.population < _VILLAGE
                and c.place.geonames_id is not None and c.place.lat is not None]
    if not villages:
        return set()  # (most clauses: nothing to weigh, and this is asked of every clause)
    firm_named = [(m, c) for m, c in named if _firm(c)]
    firm = [c for _, c in firm_named] + [c for c in landmarks if _firm(c)]
    dropped: set[int] = set()
    for m, c in villages:
        if not firm or any(_same_region(c, o) for o in firm):
            continue
        points = [o for n, o in named if n is not m and o.feature not in ("country", "sea", "area", "region")]
        if not all((km := between(c.place, o.place)) is not None and km > _FAR_KM for o in points + list(landmarks)):
            continue
        if landmarks or _framed_by(m, firm_named, text, start, lang):
            dropped.add(m.start)
    return dropped


def _framed_by(village: PlaceMatch, firm: list[tuple[PlaceMatch, Candidate]], text: str, start: int, lang: str) -> bool:
    """Whether the clause tells the village as lying by a firm place of it, not beside it in a list: a region or a
    district named anywhere in the clause ("в Харьковской области ... Зелёного Гая"), or a town the clause opens with
    ("В Раменском ...", "In Ramenskoye, ...": at most two words before it) and the village after it; with no list
    joiner ("и", "та", "and") between the two."""
    joiners = load(lang).get("events", {}).get("list_joiners") or []
    joined = re.compile(rf"(?<!\w)(?:{'|'.join(joiners)})(?!\w)", re.IGNORECASE) if joiners else None
    for town, reading in firm:
        if reading.feature not in ("admin1", "admin2") and (
                town.start >= village.start or len(text[start:town.start].split()) > 2):
            continue
        first, second = sorted((town, village), key=lambda m: m.start)
        if joined is None or not joined.search(text[first.end : second.start]):
            return True
    return False


def _same_region(a: Candidate, b: Candidate) -> bool:
    return a.admin1_code == b.admin1_code and a.place.country == b.place.country


def _firm(c: Candidate) -> bool:
    """A place whose reading a clause can trust to say where it is: a region, a district, an airport, a town."""
    if c.place.lat is None or not c.admin1_code:
        return False
    return c.feature in ("admin1", "admin2", "airport", "point") or (c.feature == "city" and c.population >= _VILLAGE)


def _region_by_its_centre(town: Candidate, centre: Candidate) -> bool:
    """Whether a town told as lying "in" a city lies in that city's region, too far out to be in the city itself, the
    city being the centre its region is named after ("the oil depot in Tolyatti in Samara", "Tuapse in Krasnodar" for
    the Krasnodar region): the name stands for the region, and the town is where."""
    if town.feature != "city" or centre.feature != "city" or not centre.place.admin1 or _close(town, centre):
        return False
    if not _close(town, centre, _REGION_KM):
        return False
    return normalize(centre.place.admin1).startswith(normalize(centre.place.name))


def _misread(town: Candidate, landmark: Candidate, near: bool) -> bool:
    """Whether a town told as lying in a region or district, or near a town, was read as a namesake elsewhere: the
    gazetteer's reading of it lies in another country or region ("the village of Lyon, in the Kharkiv region" read as
    Lyon in France; "в посёлке Орёл в Курской области" read as the city of Oryol), or further than
    _NEAR_KM from a town of its own country it is told to lie near. The phrase names where it lies; the landmark is the
    place a reader would put the incident at, a few kilometres off at most, rather than hundreds of kilometres away.
    A town near a town of another country is no misreading: "near" is how a border town is told ("in Ivangorod, near
    the Estonian town of Narva"), and the event never moves across the border."""
    if town.feature != "city" or not (town.place.country and landmark.place.country):
        return False
    if near:
        if landmark.feature not in ("city", "airport", "point", "admin2") or town.place.country != landmark.place.country:
            return False
        km = between(town.place, landmark.place)
        return km is not None and km > _NEAR_KM
    if landmark.feature not in ("admin1", "admin2"):
        return False
    if town.place.country != landmark.place.country:
        return True
    if landmark.feature == "admin1":
        return bool(town.admin1_code and landmark.admin1_code) and town.admin1_code != landmark.admin1_code
    km = between(town.place, landmark.place)
    return km is not None and km > _NEAR_KM
def _named_after(city: Candidate, written: str) -> bool:
    """Whether the city's region is called after it ("Donetsk": Donetsk Oblast; not Kyiv, a region of its own)."""
    region = city.place.admin1 or ""
    return bool(region) and region != city.place.key and region.split()[0] in (city.place.key, written)


@cache
def _list_goes_on(lang: str) -> re.Pattern[str]:
    """A list going on after the second name ("Selydove, Donetsk and Kramatorsk", "Selydove, Donetsk, Kramatorsk"): a
    comma and a capital, or a joiner of the language's `list_goes_on` (place_roles.yaml)."""
    words = (load(lang).get("place_roles") or {}).get("list_goes_on") or []
    joiner = "|".join(map(re.escape, words)) or r"(?!x)x"
    return re.compile(rf"\s*(?:,\s*(?:(?:{joiner})\s+)?(?-i:[A-ZА-ЯЁІЇЄҐ])|(?:{joiner})\b)", re.IGNORECASE)


def restricted(located: list[Candidate]) -> list[Candidate]:
    """The places a restriction clause is about: an airport it names stands for the towns and districts close to it."""
    airports = [p for p in located if p.feature in ("airport", "point")]
    return [p for p in located if p in airports or p.feature not in ("city", "admin2")
            or not any(_close(p, a) for a in airports)]


def _close(a: Candidate, b: Candidate, most_km: float = _NEAR_KM, same_admin1: bool = True) -> bool:
    if not (a.place.country and a.place.country == b.place.country):
        return False
    if same_admin1 and not (a.admin1_code and a.admin1_code == b.admin1_code):
        return False
    km = between(a.place, b.place)
    return km is not None and km <= most_km


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], ...] | None:
    data = load(lang).get("place_roles") or {}
    inside, near = data.get("lies_in") or [], data.get("lies_near") or []
    if not inside and not near:
        return None
    never = r"(?!x)x"
    part, region = data.get("lies_in_part") or [], data.get("region_after") or []
    return (re.compile("|".join(f"(?:{p})" for p in inside) or never, re.IGNORECASE),
            re.compile("|".join(f"(?:{p})" for p in near) or never, re.IGNORECASE),
            re.compile("|".join(f"(?:{p})" for p in part) or never, re.IGNORECASE),
            # case as written: "the Province" opens a name, "Idlib province" ends one
            re.compile("|".join(f"(?:{p})" for p in region) or never))
