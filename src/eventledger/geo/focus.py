"""A report's geographic focus: the countries it names and the points of its places.

A news report is about one area. A name whose best reading lies far from every other place the report names, in a
country the report never names (by a place or by an adjective), is more often a word, a person or an outlet than that
place: "al-Manar" in a report on Lebanon is no town in Sri Lanka, "Yermak" beside Kyiv no town in Kazakhstan,
"Ramadan" in a report on Sudan no town in Saudi Arabia. Such a reading gives way to a namesake in the report's
countries, or, when there is none, the name is no place (spatial minimality, as in CLAVIN and GeoTxt). A large city
(FAMOUS or more) keeps its reading: "a strike on Dnipro" needs no other place in Ukraine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache

from eventledger.geo.build import normalize
from eventledger.geo.distance import km as _km
from eventledger.geo.far_namesakes import village_at
from eventledger.geo.gazetteer import (
    _CITY_DISTRICT_GAP, _CITY_DISTRICT_GAP_CYRILLIC, CITY_WITH_DISTRICTS, VILLAGE, Candidate, PlaceMatch,
)
from eventledger.lang import topic

FAR_KM = 800.0  # further than this from every other place of the report
FAMOUS = 100_000  # a city this large is read as itself wherever it is named
_SETTLED = {"country", "sea", "area"}  # named by their own name, these stand whatever else the report names
DISTRICT_ALONE_KM = 100.0  # a district further than this from every other place of a report is not the one meant
DISTRICT_OF_CITY_KM = 25.0  # a district read further than this from the city named right after it is another's
ACROSS_KM = 300.0  # a village read further than this from every firm place of a report, across a border, is another
SMALL_TOWN = 50_000  # a town smaller than this has namesakes the gazetteer may lack where a report is
AREA_SHARE = 0.6  # a report whose firm places lie this much (by distinct name) in one subdivision is about it
OUTSIDE_KM = 150.0  # a small town read further than this from every firm place of such a report is another


def in_focus(matches: list[PlaceMatch], named_countries: Iterable[str] = ()) -> list[PlaceMatch]:
    """The matches with each reading that falls outside the report's focus replaced by a namesake inside it, or the
    match left out when it has none. `named_countries`: country codes the report names otherwise (by adjectives)."""
    readings = [(normalize(m.text), m.candidates[0]) for m in matches if m.candidates]
    adjectives = set(named_countries)
    kept = []
    for m in matches:
        if not m.candidates or not _isolated(m.candidates[0], normalize(m.text), readings, adjectives):
            kept.append(m)
            continue
        countries = {c.place.country for name, c in readings if name != normalize(m.text)} | adjectives
        inside = [c for c in m.candidates if c.place.country in countries]
        if inside:
            kept.append(replace(m, candidates=(inside[0], *(c for c in m.candidates if c is not inside[0]))))
    return kept


def _isolated(best: Candidate, name: str, readings: list[tuple[str, Candidate]], adjectives: set[str]) -> bool:
    if best.feature in _SETTLED or (best.feature in ("city", "airport") and best.population >= FAMOUS):
        return False
    others = [c for other, c in readings if other != name and c.feature != "area"]
    if not others or best.place.country in adjectives or any(c.place.country == best.place.country for c in others):
        return False
    lat, lon = best.place.lat, best.place.lon
    if lat is None or lon is None:
        return False
    # a country's centre is no point to measure from: Russia's lies in Siberia, thousands of km from "the Sumy region,
    # which borders Russia"
    points = [(c.place.lat, c.place.lon) for c in others
              if c.feature != "country" and c.place.lat is not None and c.place.lon is not None]
    return bool(points) and all(_km(lat, lon, la, lo) > FAR_KM for la, lo in points)



def city_districts(matches: list[PlaceMatch], lang: str, datelines: Iterable[int] = ()) -> list[PlaceMatch]:
    """A district named alone ("жители Киевского района") in a report on a city with districts of its own is that
    city's: "Kyivskyi district" is a district of Donetsk, Kharkiv and Odesa as well as a raion of Moscow Oblast. When a
    district's reading lies further than DISTRICT_ALONE_KM from every other place the report names, and the report names
    a city of CITY_WITH_DISTRICTS or more before it, the district stands for that city (the one named most often): a bare
    district refers back to a city already named, while one told before any city ("в Трубчевском районе", then "Ранее
    ... под Таганрогом" about another incident) is a region's district in its own right. A city named in a dateline
    (`datelines`: the starts of such mentions, "Москва. 12 марта. INTERFAX.RU -") is where the report was filed, which
    is often the city it is about ("Донецк. ... обстреляли Ворошиловский район"): it is passed over only when it lies
    further than DISTRICT_ALONE_KM from every other place the report names (a report filed in Moscow on the Luhansk
    region), not when the report names nothing else."""
    words = _district_words(lang)
    filed = _filed_elsewhere(matches, set(datelines), words)
    cities = Counter(m.candidates[0] for m in matches if m.candidates and m.candidates[0].feature == "city"
                     and m.candidates[0].population >= CITY_WITH_DISTRICTS and m.start not in filed)
    if not cities:
        return matches
    city = max(cities, key=lambda c: cities[c])
    first_named = min(m.start for m in matches if m.candidates and m.candidates[0] == city and m.start not in filed)
    out = []
    for m in matches:
        best = m.candidates[0] if m.candidates else None
        if best is not None and best.feature == "admin2" and words.search(m.text) and best.place.lat is not None \
                and first_named < m.start \
                and not any(_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) <= DISTRICT_ALONE_KM
                            for o in matches if o is not m and o.candidates and (c := o.candidates[0]).place.lat is not None
                            and c.place.lon is not None and normalize(o.text) != normalize(m.text)) \
                and not _in_a_named_subdivision(best, [o for o in matches if normalize(o.text) != normalize(m.text)]):
            m = replace(m, candidates=(city,))
        out.append(m)
    return out


def _filed_elsewhere(matches: list[PlaceMatch], datelines: set[int], words: re.Pattern[str]) -> set[int]:
    """The starts of the dateline mentions whose place lies further than DISTRICT_ALONE_KM from every other place the
    report names (other than datelines and the districts `city_districts` judges); none when it names no other."""
    if not datelines:
        return set()
    others = [c for o in matches if o.start not in datelines and o.candidates
              and (c := o.candidates[0]).place.lat is not None and c.place.lon is not None
              and c.feature != "country" and not (c.feature == "admin2" and words.search(o.text))]
    far = set()
    for m in matches:
        best = m.candidates[0] if m.candidates else None
        if m.start in datelines and best is not None and best.place.lat is not None and best.place.lon is not None \
                and others and all(_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) > DISTRICT_ALONE_KM
                                   for c in others):
            far.add(m.start)
    return far


def _in_a_named_subdivision(district: Candidate, others: list[PlaceMatch]) -> bool:
    """Whether the report names another place in the district's own region ("в Ізмаїльському районі Одеської області",
    "Неклиновского района, что под Таганрогом"): then it is that region's district, not a city's."""
    return bool(district.admin1_code) and any(
        o.candidates and (c := o.candidates[0]).feature != "country" and c.admin1_code == district.admin1_code
        and c.place.country == district.place.country for o in others)


def _firm(matches: list[PlaceMatch]) -> list[Candidate]:
    """The best readings of a report's firm places: subdivisions, and towns of VILLAGE or more, with a point."""
    return [c for m in matches if m.candidates and ((c := m.candidates[0]).feature in ("admin1", "admin2")
            or c.feature in ("city", "airport") and c.population >= VILLAGE) and c.place.lat is not None]


def report_land(matches: list[PlaceMatch], subdivision: Callable[[str, str], Candidate | None]) -> Candidate | None:
    """The one subdivision every firm place of a report lies in (`subdivision` looks it up by country and GeoNames
    code), or None."""
    return _one_land(_firm(matches), subdivision)


def _one_land(firm: list[Candidate], subdivision: Callable[[str, str], Candidate | None] | None) -> Candidate | None:
    """The one subdivision every firm place lies in, looked up; None when they lie in several or it is unknown."""
    lands = {(c.place.country, c.admin1_code) for c in firm}
    if subdivision is None or len(lands) != 1:
        return None
    country, code = next(iter(lands))
    return subdivision(country, code) if country and code else None


def across_the_border(matches: list[PlaceMatch],
                      subdivision: Callable[[str, str], Candidate | None] | None = None) -> list[PlaceMatch]:
    """A village read in another country than every firm place of the report, and far from all of them, is a namesake
    the gazetteer lacks where the report is: "Мартыновка" and "курская Новоивановка" in a report on the fighting near
    Sudzha (Kursk Oblast) are no villages of Crimea. Firm places are subdivisions and towns of VILLAGE or more; the
    village's other readings inside their subdivisions win, else it stands for the one subdivision the report names
    (the honest coarser level, as for a settlement the gazetteer lacks) as a village of its own there (`village_at`:
    "освободили деревню Викторовка ... бои идут в Мартыновке" are two clashes, not the region's one); with no subdivision
    named, when every firm place lies in one, a village of its own in that one (`subdivision` looks it up by country and
    GeoNames code: "движение на Суджу ... зачистили село Мартыновка" is no Crimean village); else it is left as read."""
    firm = _firm(matches)
    if not firm:
        return matches
    areas = {c.admin1_code for c in firm if c.admin1_code}
    subdivisions = {(c.place.country, c.admin1_code): c for c in firm if c.feature == "admin1"}
    out = []
    for m in matches:
        best = m.candidates[0] if m.candidates else None
        if best is not None and best.feature == "city" and best.population < VILLAGE and best.place.lat is not None \
                and best.place.lon is not None and not any(c.place.country == best.place.country for c in firm) \
                and all(_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) > ACROSS_KM  # type: ignore[arg-type]
                        for c in firm):
            inside = [c for c in m.candidates if c.admin1_code in areas]
            if inside:
                m = replace(m, candidates=(inside[0], *(c for c in m.candidates if c is not inside[0])))
            elif len(subdivisions) == 1:
                region = next(iter(subdivisions.values()))
                m = replace(m, candidates=(village_at(region, m.text, best.place.name, best.place.name_en),))
            elif not subdivisions and (whole := _one_land(firm, subdivision)) is not None:
                m = replace(m, candidates=(village_at(whole, m.text, best.place.name, best.place.name_en),))
        out.append(m)
    return out


def in_the_report_area(matches: list[PlaceMatch], text: str = "", lang: str = "en",
                       subdivision: Callable[[str, str], Candidate | None] | None = None) -> list[PlaceMatch]:
    """A small town or a district whose name has namesakes (`_has_namesakes`), or a town the text calls a village
    (`_called_a_village`: "село Муром" is no Murom of 127,000 in Vladimir Oblast), read outside the one subdivision a
    report is about and far from every firm place it names, is a namesake there: "село Петровка" in a report on Belgorod Oblast is no town of Crimea, "Шляхове" beside
    Berislav no village of Odesa Oblast, "the Krasnoarmeysky district" in a report on Volgograd Oblast no district of
    Krasnodar Krai. A report is about a subdivision when AREA_SHARE of the distinct names of its firm places (as in
    `across_the_border`, the name itself left out) (each place once) lie in it, and it names the subdivision or one of
    its districts, or two of its towns; for a town the text calls a village one town of it is enough ("В Шебекино ...
    В селе Муром": a village beside that town). The name's reading inside it wins; else it stands for the one district
    the report names there, else for the subdivision when the report names it (the honest coarser level, as for a
    settlement the gazetteer lacks), else, for a town the text calls a village, for the subdivision `subdivision` looks
    up by country and GeoNames code (not for the one town named there: two villages beside it would be read as one
    place, their incidents as one); else it is left as read (a far place a report names beside its own: "Дрон ударил
    по Брянску ... В Гуляйполе погибла женщина")."""
    firm = [(normalize(m.text), c) for m in matches if m.candidates and (
        (c := m.candidates[0]).feature in ("admin1", "admin2")
        or c.feature in ("city", "airport") and c.population >= VILLAGE) and c.place.lat is not None
        and c.place.lon is not None and c.admin1_code]
    if not firm:
        return matches
    # a town the text once calls a village is that village wherever it names it ("село Муром" ... "В Муроме")
    villages = {m.candidates[0] for m in matches if m.candidates and m.candidates[0].feature == "city"
                and _called_a_village(text, m.start, lang)}
    out = []
    for m in matches:
        best = m.candidates[0] if m.candidates else None
        if best is None or best.place.lat is None or best.place.lon is None or not (
                _has_namesakes(m) or best in villages):
            out.append(m)
            continue
        name = normalize(m.text)
        others = list(dict.fromkeys(c for n, c in firm if n != name and c != best))  # each place once
        areas = Counter((c.place.country, c.admin1_code) for c in others)
        area, count = areas.most_common(1)[0] if areas else (None, 0)
        if area is None or count < AREA_SHARE * sum(areas.values()) or (best.place.country, best.admin1_code) == area \
                or any(_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) <= OUTSIDE_KM  # type: ignore[arg-type]
                       for c in others):
            out.append(m)
            continue
        named = {c.place.key: c for c in others if (c.place.country, c.admin1_code) == area
                 and c.feature in ("admin1", "admin2")}
        # a town the text calls a village ("село Муром") is surely no reading of the name: one town of an area is
        # enough to place it there, and with no district or subdivision named it stands for the area's subdivision (a
        # village the gazetteer knows keeps its reading: "в селе Головчино" beside Bryansk is Golovchino)
        misread = best in villages and best.population >= SMALL_TOWN  # (a town of 50,000 is no village)
        if not named and count < 2 and not misread:  # one town is no area a report is about
            out.append(m)
            continue
        inside = [c for c in m.candidates if (c.place.country, c.admin1_code) == area]
        districts = [c for c in named.values() if c.feature == "admin2"]
        subdivisions = [c for c in named.values() if c.feature == "admin1"]
        if inside:
            m = replace(m, candidates=(inside[0], *(c for c in m.candidates if c is not inside[0])))
        elif len(districts) == 1:
            m = replace(m, candidates=(districts[0],))
        elif subdivisions and misread:
            m = replace(m, candidates=(village_at(subdivisions[0], m.text, best.place.name, best.place.name_en),))
        elif subdivisions:
            m = replace(m, candidates=(subdivisions[0],))
        elif misread and subdivision is not None and area[1] and (whole := subdivision(*area)) is not None:
            m = replace(m, candidates=(village_at(whole, m.text, best.place.name, best.place.name_en),))
        out.append(m)
    return out


def _called_a_village(text: str, start: int, lang: str) -> bool:
    """Whether the words right before a name call it a village ("село Муром", "the village of Ivanovka"; `village_words`
    in lang/<code>/places.yaml), or a list of names that such words open does ("сёлам Белянка, Мешковое, Муром", "the
    villages of Ivanovka and Petrovka"): a town's reading, however large the town, is then one of its namesakes."""
    pattern = _village_words(lang)
    return pattern is not None and bool(pattern.search(text, max(0, start - 160), start))


# a name in a list ("Белянка", "Нижнее Берёзово-Второе"): capitalised words
_NAME = r"(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’-]*(?:[ \t]+(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’-]*)*"
# the names before the one looked at: any number parted by commas ("Белянка, Мешковое, "), then at most one "and" (with
# or without a comma before it): the name right after the joining word ends the list, so a name after a later comma
# opens the next clause ("сёла Ивановка и Петровка, Белгород также ...": Belgorod is no village)
_LISTED = rf"(?:{_NAME},[ \t]*)*(?:{_NAME},?[ \t]+(?:{{joins}})[ \t]+)?"


@cache
def _village_words(lang: str) -> re.Pattern[str] | None:
    data = topic(lang, "places")
    words, joins = data.get("village_words") or [], data.get("list_joins") or ["and"]
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})\s+{_LISTED.format(joins='|'.join(joins))}$",
                      re.IGNORECASE)


def _has_namesakes(m: PlaceMatch) -> bool:
    """Whether a match's reading is one of the many namesakes a small place's name has: a village (smaller than
    VILLAGE, of which the gazetteer holds only some), or a town smaller than SMALL_TOWN or a district whose name the
    gazetteer gives to several places ("Петровка", "Krasnoarmeysky district"). A name only one place has is that place
    ("Bohodukhiv", "the Trubchevsky district"), whatever else the report names."""
    best = m.candidates[0]
    if best.feature == "city":
        return best.population < VILLAGE or best.population < SMALL_TOWN and len(m.candidates) > 1
    return best.feature == "admin2" and len(m.candidates) > 1


def districts_of_named_cities(matches: list[PlaceMatch], text: str, lang: str) -> list[PlaceMatch]:
    """A district named with its city ("Центральний район Херсона", "the Tsentralnyi district of Kherson") is in that
    city, whatever namesake district the gazetteer holds elsewhere (every large Ukrainian city has a Central, a
    Shevchenkivskyi, a Kyivskyi district): when the district's reading lies further than DISTRICT_OF_CITY_KM from the
    city named right after it, the district stands for that city, which is the finest place the report gives."""
    words = _district_words(lang)
    gap = _CITY_DISTRICT_GAP_CYRILLIC if lang in ("ru", "uk") else _CITY_DISTRICT_GAP
    out = list(matches)
    for i, (m, n) in enumerate(zip(matches, matches[1:])):
        if not (m.candidates and n.candidates and words.search(m.text) and gap.fullmatch(text[m.end:n.start])):
            continue
        district, city = m.candidates[0], n.candidates[0]
        if city.feature != "city" or None in (district.place.lat, district.place.lon, city.place.lat, city.place.lon):
            continue
        if _km(district.place.lat, district.place.lon, city.place.lat, city.place.lon) > DISTRICT_OF_CITY_KM:  # type: ignore[arg-type]
            out[i] = replace(m, candidates=(city,))
    return out


@cache
def _district_words(lang: str) -> re.Pattern[str]:
    words = topic(lang, "events").get("district_words") or []
    return re.compile(rf"(?i)\b(?:{'|'.join(words)})$") if words else re.compile(r"(?!)")
