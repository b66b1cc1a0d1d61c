"""Find and resolve place names offline, in English, Russian and Ukrainian text.

Names are found by looking up the text's word sequences among the normalised names (exact surface forms; each word is
first checked against the names' first words, so a text costs a few indexed queries and nothing is loaded at start-up)
and, for Russian and
Ukrainian, by pymorphy3 normal forms ("Белгородской области" -> "белгородский область"), so that inflected names reach
the gazetteer. Many names are shared ("Pokrovsk" in Donetsk Oblast and in Yakutia; Engels' old name is Pokrovsk), so
candidates are scored: whether the name is the place's own or an alternate one, population, a country's capital, a
country by its own name, and the text around it (the subdivisions and countries its other places are in or may be in,
a subdivision or district that qualifies the name, places nearby). docs/GAZETTEER.md has the weights.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from eventledger.geo.distance import km as _km
from eventledger.geo.build import (
    _ASCII_APOSTROPHE, _DISTRICT_ADJECTIVE, _TRANSLATE, FOCUS_COUNTRIES, OWN, _analyzers, build, default_path, fold_accents, lead_word, lemma_keys, normalize,
    script, version_tag, word_forms,
)
from eventledger.geo import adjectives as adj
from eventledger.geo.adjacent_towns import without_adjacent_towns
from eventledger.geo.district_areas import district_names
from eventledger.geo import local_names
from eventledger.geo.city_districts import districts_of_named_cities
from eventledger.geo.far_namesakes import far_alternates, far_villages_in_named_region, village_at
from eventledger.geo.first_names import is_first_name
from eventledger.geo.initialled_names import without_first_names_before_initials
from eventledger.geo.named_after import without_names_of_people
from eventledger.geo.translit import latin
from eventledger.lang import topic
from eventledger.model import Place

MAX_NAME_WORDS = 5
FEATURE_RANK = {"country": 0, "sea": 1, "area": 1, "admin1": 2, "airport": 3, "city": 3}
PROMINENT = {"country", "admin1", "sea", "area"}
OUTRANKING_ALWAYS = {"sea", "area"}  # named by their own name, they beat any namesake place
_AREAS = {"country", "admin1", "area"}  # a name an English initial before it never makes a person's ("S. Korea")
COUNTRY_EDGE = 3.0  # a country by its own name over namesakes: Jordan, not Jordan, Minnesota, unless the text insists
VILLAGE = 5_000  # a settlement smaller than this is one of many namesakes, and votes for no hromada's region
TOWN = 10_000  # a settlement this large, read by its name, is the town the text means, never held at a region told after it
UA_TOWN = 20_000  # a Ukrainian town this large is known by its Russian and Ukrainian names as by its own
CAPITAL = 2.0  # a country's capital over namesakes: "Washington" is the capital, not the state
SUPPORT = 2.0  # weight of the subdivisions the text's other names may be in (see `_admin1_shares`)
SUPPORT_CAP = 1.0  # the most they count: one name wholly in the subdivision
DISTRICT_QUALIFIER_KM = 60.0  # "X, Yasinovatsky district": X within this of the town the district is named after
LISTED_DISTRICT_QUALIFIER_KM = 100.0  # "X, Bakhmut Raion": within this of the centre of a district the gazetteer has
DISTRICT_KM = 40.0  # a place this close to the town a named district is called after is likely in that district
DISTRICT_BONUS = 4.0  # as much as a vouched subdivision
SUPPORT_SPREAD = 2.0  # 1: shares by population; 2: by its square root
AREA_MARGIN = 2.0  # a namesake 100 times smaller (by prior) never beats a country or subdivision by its own name
VOUCH_MARGIN = 1_000  # a subdivision or country by its own name vouches for itself over namesakes this much smaller
PASSES = 3  # second passes at most: the text's other places as the last pass ranked them ("Henderson County", Texas)
COMMON_ZIPF = 4.0  # words rarer than this (Zipf 4 = once in 100,000 words) are never taken for common words
COMMON_START_MARGIN = 1.0
DEMONYM_OVER = 100_000  # a nationality word names its country unless a place of this size has the word as name
NEAR_KM = 150.0  # a namesake this close to another place of the text is likely the one meant
NAMED_SUBDIVISION = 2.5  # a namesake in a subdivision the text names as such ("the Kharkiv region") over one elsewhere
BIG_CITY = 100_000  # a city this large is read over a village the same words may name ...
SMALL_VILLAGE = 5_000  # ... when the village is this small
NEAR_BONUS = 1.5
# Further apart in latitude than this, two points are more than NEAR_KM apart (a great circle is at least as long as
# its north-south part): the cheap test spares most haversines. The margin only absorbs floating-point rounding.
_NEAR_LAT = math.degrees(NEAR_KM / 6371.0) * (1 + 1e-9)
GIVEN_COUNTRY = 4.0  # a country the caller says the text is about: more than an own name's edge over an alternate
COHERENCE = 2.5  # weight of the share of the text's other places in a candidate's country
# Between a place and the subdivision or country that qualifies it: "Pokrovsk, Donetsk Oblast", "Alexandria in Louisiana".
_LIST_GAP = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*(?:the\s+)?", re.IGNORECASE)
_QUALIFIER_GAP = re.compile(r"\s*(?:(?:village|town|settlement)\s*)?(?:,|\(|in|of|,\s*in)\s*(?:the\s+)?", re.IGNORECASE)
# Parts of speech that, at the start of a sentence, say a capitalised word is not a place ("По", "Мирные").
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR",
                "ADVB", "PRED", "INTJ"}
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_SENTENCE_END = ".!?:;…\n"
AUTOMATON_AFTER = int(os.environ.get("EVENTLEDGER_AUTOMATON_AFTER", "2000"))  # texts; 1.2 s / 0.6 ms saved per text
_PHRASE_CHARS = 200  # a look-up this short is a phrase read again on its own (a list of regions), not a text
_MEMO_SIZE = 200_000  # remembered look-ups of words and names (about 25 MB at most)
# where a name may start (a character after no letter or digit) with its first word, and where it may end
_ALNUM = re.compile(r"[^\W_]+")
_MARK_START = re.compile(r"(?<![^\W_])(?:[^\s\w]|_)")
_NAME_END = re.compile(r"(?<=\S)(?![^\W_])")
_OPENERS = " \t\r\"'«»“”„(—–-"


STALE_AFTER = timedelta(days=7)
ABANDONED_AFTER = timedelta(hours=1)


def evict_stale(keep: Path) -> list[Path]:
    """Deletes other builds of the cache (80 MB each) that no process has loaded for a week.

    Two installs of different versions may share one cache folder (two virtual environments, or a release beside a
    checkout): deleting every other build at once made each rebuild the other's, minutes each, again and again.
    A build in use is touched at every load, so only builds nobody loads any more go; so do the partial files of
    builds that were killed (one an hour old is no longer being written)."""
    now_s = time.time()
    gone = []
    for other in keep.parent.glob("gazetteer-*.sqlite"):
        if other != keep and other.stat().st_mtime < now_s - STALE_AFTER.total_seconds():
            other.unlink(missing_ok=True)
            gone.append(other)
    for partial in keep.parent.glob("gazetteer-*.sqlite.*.tmp*"):  # a build that was killed; a live one writes
        if partial.stat().st_mtime < now_s - ABANDONED_AFTER.total_seconds():
            partial.unlink(missing_ok=True)
            gone.append(partial)
    return gone


class GazetteerError(ValueError):
    """Bad input to the gazetteer, or a gazetteer file that cannot be used: the message names it."""


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    feature: str  # "city", "admin1", "airport", "sea", "country", "area"
    population: int
    admin1_code: str | None  # GeoNames style "RU.80"
    capital: bool = False  # a country's capital: "Moscow says" is the government speaking


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]  # ranked, best first


class _Row(NamedTuple):
    id: int
    feature: str
    name: str
    country: str | None
    admin1_code: str | None
    admin1_name: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    iata: str | None
    icao: str | None
    precision: str
    capital: int  # 1 for a country's capital


class _Span(NamedTuple):
    start: int
    end: int
    refs: dict[int, int]  # entity -> quality


_instances: dict[Path, Gazetteer] = {}
_instances_lock = threading.Lock()


def _parse_refs(refs: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for ref in refs.split(","):
        ent, _, quality = ref.partition(":")
        out[int(ent)] = max(out.get(int(ent), 0), int(quality))
    return out


def _at_sentence_start(text: str, start: int) -> bool:
    i = start  # back over spaces, quotes and dashes (walking, not copying the text before: long reports)
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_END


class Gazetteer:
    """A read-only view of the gazetteer file. One per process is enough."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.meta = dict(self._con.execute("SELECT key, value FROM meta"))
            self._con.execute("SELECT lead, longest FROM text_lead LIMIT 1").fetchall()
            self._con.execute("SELECT zipf FROM word_zipf LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: not a usable gazetteer file ({exc}); delete it to rebuild") from exc
        self._lock = threading.Lock()
        self._memo: dict[str, dict[str, str | None]] = {}
        self._texts_read = 0
        self._automaton = None
        self._rows: dict[int, _Row] = {}
        self._towns: dict[str, list[tuple[float, float, str, str]]] = {}  # a country's towns: lat, lon, admin1 code, name
        self._lemmas: dict[str, str] | None = None
        self._lemma_leads: set[str] = set()
        self._lemma_prefixes: set[str] = set()  # "a", "a b" of each key "a b c": how far a name can go on
        self._demonym_rows: tuple | None = None
        self._named: dict[tuple[int, str, str], Place] = {}  # (entity, words, language) -> the place named so
        self._capitals: dict[str, Candidate | None] = {}  # country code -> its capital (`capital`)

    @classmethod
    def load(cls, path: Path | None = None, progress: Callable[[str, float], None] | None = None) -> Gazetteer:
        """The gazetteer at `path` (default `$EVENTLEDGER_HOME/gazetteer-<version>.sqlite`), built first if missing
        (telling `progress` how the build goes, see `build`)."""
        default = path is None
        path = Path(path) if path else default_path()
        with _instances_lock:
            if path not in _instances:
                if not path.exists():
                    build(path, progress=progress)
                    if default:
                        evict_stale(path)
                elif default:
                    with contextlib.suppress(OSError):  # a read-only cache is used as it is
                        os.utime(path)  # marks it in use, so that another install's build does not evict it
                _instances[path] = cls(path)
            return _instances[path]

    @property
    def version(self) -> str:
        return self.meta.get("version", "")

    def is_current(self) -> bool:
        return self.version == version_tag()

    # --- finding names in text -------------------------------------------------------------------------------

    def find(self, text: str, lang: str = "en", *, context_countries: Sequence[str] = ()) -> list[PlaceMatch]:
        """Every toponym span in `text`, longest match first, each with its candidates ranked by the text's context."""
        if not isinstance(text, str):
            raise GazetteerError(f"find() needs text as a string, got {type(text).__name__}")
        _check_lang(lang)
        spans = self._surface_spans(text)
        spans += self._romanised_variant_spans(text, spans)
        if lang in ("ru", "uk"):
            spans += self._lemma_spans(text, lang)
        spans = [s for s in spans if self._plausible(text, s, lang)]
        spans = _without_parts_of_longer_names(text, spans, lang)
        if lang in ("ru", "uk"):
            spans = _without_personal_names(text, spans, lang)
        else:
            spans = without_first_names_before_initials(text, _without_romanised_first_names(text, spans))
        spans = without_names_of_people(  # "шахта имени Калинина", "the S. Ordzhonikidze shipyard": a person's name
            text, spans, lang, lambda s: any(r.feature in _AREAS for r, _ in self._candidates(s.refs)))
        chosen = _longest_non_overlapping(_whole_compounds(text, _merged(spans)))
        named = self._unlisted_districts(text, chosen, lang, context_countries)
        if lang in ("ru", "uk"):
            named = sorted(named + self._adjective_sites(text, chosen, lang, context_countries)
                           + self._region_offices(text, chosen, lang) + self._district_areas(text, chosen, lang))
        matches = self._resolve(text, chosen, context_countries, named, lang)
        if lang in ("ru", "uk"):
            matches = self._adjectives_of_named_towns(text, matches, lang)
        return far_villages_in_named_region(districts_of_named_cities(text, without_adjacent_towns(text, matches)))

    def _adjectives_of_named_towns(self, text: str, matches: list[PlaceMatch], lang: str) -> list[PlaceMatch]:
        """A word read as a village whose name is an adjective ("Покровського": of Покровське) that is also the
        adjective of a town the text names by its own name ("місто Покровськ ... паркан Покровського управління") is
        the town's adjective: the text is about the town, and names the village nowhere else. Russian and Ukrainian
        village names of this kind decline as adjectives, so only the town the text names tells them apart. The word
        must stand as an adjective, before a lower-case noun it agrees with ("Покровського ліцею", "Покровської
        громади": a hromada named after the town is the town's area); standing as a noun (a subject, one of a list,
        after a preposition: "зазнало Покровське,", "Покровськ і Покровське") or after a word for a settlement ("у
        селі Покровському") it names the village."""
        tops = [m.candidates[0] for m in matches if m.candidates]
        out = list(matches)
        for i, m in enumerate(matches):
            if (not m.candidates or " " in m.text or m.candidates[0].feature != "city"
                    or _settlement_word_right_before(text, m.start, lang)
                    or not _modifies_next_noun(m.text, text[m.end:m.end + 80], lang)):
                continue
            own = m.candidates[0].place
            if any(n.text != m.text and n.candidates and _same_entry(n.candidates[0].place, own) for n in matches):
                continue  # the village is named in another form too: it is the text's place
            for lemma in dict.fromkeys(p.normal_form for p in _morph(lang).parse(m.text.lower()) if "ADJF" in p.tag):
                # every town the adjective may be made from, not only the likeliest: "Покровского" beside Покровск is
                # Покровск's, though "покровский" alone reads as Покров's
                towns = {r.geonames_id for names in _adjective_names(lemma, lang) for name in names
                         for r, q in self._candidates(self._exact_refs(name)) if r.feature == "city"}
                named = [t for t in tops if t.feature == "city" and t.place.geonames_id in towns - {None}
                         and not _same_entry(t.place, own)]
                if named:
                    out[i] = replace(m, candidates=(replace(named[0], place=replace(named[0].place, as_written=m.text)),))
                    break
        return out

    def _unlisted_districts(self, text: str, chosen: list[_Span], lang: str,
                            context_countries: Sequence[str]) -> list[tuple[int, int, _Row]]:
        """Districts the gazetteer lacks, named by their adjective ("Yasinovatsky district", "в Ясиноватском районе":
        the raions Ukraine had before 2020), drawn at the town they are named after (Yasynuvata), precision admin2. In
        the text's context country when one is given, in the subdivision the text names when one fits."""
        if not _DISTRICT_PHRASE_HINT.search(text):
            return []
        areas = {r.admin1_code for s in chosen for r, q in self._candidates(s.refs) if r.feature == "admin1" and q == OWN}
        cyrillic = lang in ("ru", "uk")
        out = []
        starts = [s.start for s in chosen]  # chosen: sorted by start, not overlapping (so their ends are sorted too)
        for found in (_DISTRICT_PHRASE_CYRILLIC if cyrillic else _DISTRICT_PHRASE).finditer(text):
            start, end = found.start(), found.end()
            k = bisect_left(starts, end)  # the spans that start before this phrase ends; the last reaches furthest
            if k and chosen[k - 1].end > start:
                continue  # a district the gazetteer has ("Bakhmut Raion"), or a town before the word ("Pokrovsk district")
            after = chosen[k] if k < len(chosen) else None
            gap = _CITY_DISTRICT_GAP_CYRILLIC if cyrillic else _CITY_DISTRICT_GAP
            if after is not None and gap.fullmatch(text[end:after.start]) and any(
                    r.feature == "city" and r.population >= CITY_WITH_DISTRICTS for r, _ in self._candidates(after.refs)):
                continue  # "Kievsky district of Donetsk": a city's district, named like many others
            adjective, name = found.group("adjective"), found.group(0)
            if cyrillic:  # "Ясиноватском" -> "ясиноватский"
                adjective = _morph(lang).parse(adjective)[0].normal_form
                name = f"{adjective.capitalize()} район"
            town = self._namesake(adjective, context_countries, areas,
                                  int(topic(lang, "places").get("adjective_place_population", 0)) if cyrillic else 0)
            if town is not None:
                out.append((start, end, town._replace(id=-1 - len(out), feature="admin2", name=name,
                                                      population=0, geonames_id=None, precision="admin2", capital=0)))
        return out

    def _district_areas(self, text: str, chosen: list[_Span], lang: str) -> list[tuple[int, int, _Row]]:
        """A town's area named with "-щина" ("Нікопольщину"): the raion named after the town, when the gazetteer has
        it (geo.district_areas), or the oblast whose name the stem makes ("Одесщина" in Russian); words a span already
        reads ("Сумщину": the oblast) are left to it."""
        out = []
        for start, end, region, district in district_names(text, lang, [(s.start, s.end) for s in chosen]):
            rows = [r for r, _ in self._candidates(self._name_refs(region, lang)) if r.feature == "admin1"] or [
                r for r, _ in self._candidates(self._name_refs(district, lang)) if r.feature == "admin2"]
            if rows and (rows[0].feature == "admin1" or len({r.id for r in rows}) == 1):
                # (a raion's name two raions share, "Дніпровський район" of an oblast and of Kyiv, tells neither: the
                # word is left unread rather than given to whichever row comes first)
                out.append((start, end, rows[0]))
        return out

    def _adjective_sites(self, text: str, chosen: list[_Span], lang: str,
                         context_countries: Sequence[str]) -> list[tuple[int, int, _Row]]:
        """Towns named by their adjective before a noun of a site ("в белгородскую многоэтажку", "Глуховская громада":
        the town; "в краснодарском аэропорту": its airport), by the language's suffix rules (`adjective_places` in
        places.yaml). A lower-case adjective names only a town of `adjective_place_population` or more: "городская
        больница" is no village called Город."""
        data = topic(lang, "places")
        nouns: dict[str, str] = data.get("adjective_site_nouns") or {}
        if not nouns:
            return []
        taken = [(s.start, s.end) for s in chosen]
        areas = {r.admin1_code for s in chosen for r, q in self._candidates(s.refs) if r.feature == "admin1" and q == OWN}
        # ... else the subdivisions of the text's other names (their largest namesakes): "Шевченківська громада"
        # beside Kharkiv is the Shevchenkove of Kharkiv Oblast
        # (a name whose largest namesake is a village, under VILLAGE, votes for no subdivision: villages listed
        # beside a hromada's adjective, their largest namesakes in one far oblast, do not choose the hromada's town
        # there (place20); a small town of 5,000 or more still votes, as it did before: fix20e)
        likely = {top.admin1_code for s in chosen if (cands := self._candidates(s.refs))
                  for top in (max(cands, key=lambda c: c[0].population)[0],)
                  if top.feature != "city" or top.population >= VILLAGE}
        between = set(data.get("adjective_site_between") or ())
        communities = set(data.get("community_nouns") or ())
        ends = {s.end: s for s in chosen}
        out = []
        for found in _ADJECTIVE_BEFORE_NOUN.finditer(text):
            adjective, noun = found.group("adjective"), found.group("noun")
            noun_lemma = _site_lemma(noun, lang, nouns.keys() | between)
            noun_end = found.end()
            if noun_lemma in between and (more := _NEXT_WORD.match(text, found.end())):
                # "Шебекинского городского округа": a word of kind between the adjective and the noun
                noun_lemma, noun_end = _site_lemma(more.group(1), lang, nouns.keys()), more.end()
            site = nouns.get(noun_lemma)
            if site is None or any(a < found.end("adjective") and found.start() < b for a, b in taken):
                continue
            if site == "admin1" and noun_end in {a for a, _ in taken} | {a - 1 for a, _ in taken}:
                continue  # "в белгородском селе Муром": the village named after the noun is found, and finer
            if noun_lemma not in communities and site not in ("admin1", "quarter") and (
                    _NAME_AFTER.match(text, noun_end) or text[noun_end:noun_end + 2].strip()[:1] in ("«", '"')):
                continue  # "в московских аэропортах Внуково и Домодедово": the sites are named after the noun
            if site == "quarter":
                # "в белгородском микрорайоне «Новая жизнь»": a quarter of the town, its name quoted after the noun, is
                # in the town (the extractor reads no place from the quarter's own name: place_roles.yaml
                # `quarter_before`); with no name after it the adjective is as likely a quarter's kind ("в южном
                # микрорайоне", "мирных кварталов"), no town's
                if text[noun_end:noun_end + 2].strip()[:1] not in ("«", '"', "„"):
                    continue
                site = "city"

            floor = 0 if adjective[0].isupper() else int(data.get("adjective_place_population", 0))
            town = None
            # every reading's lemma, the likeliest first: "Боярської" reads first as a surname ("боярська"), then as the
            # adjective "боярський" (Boyarka)
            for lemma in dict.fromkeys(p.normal_form for p in _morph(lang).parse(adjective.lower())):
                town = self._town_of_adjective(lemma, lang, floor, context_countries, areas, likely)
                if town is not None:
                    break
            before = text[:found.start()].rstrip()
            qualifies = noun_lemma in communities and len(before) in ends and text[len(before):found.start()].isspace()
            if site == "district":
                # "в Пологовском муниципальном округе": an okrug that took the place of the raion of that name (the
                # raions of occupied Ukraine renamed, Russia's okrugs) is read as its town when the town lies where a
                # raion of that name does; else (no such town: "пологовский", Polohy; or a namesake elsewhere:
                # "Ракитянский" makes Rokyta of Poltava Oblast, the raion is Belgorod's) as that one raion, in the
                # subdivision the text names when it names one, rather than as a town elsewhere
                if noun_end == found.end() and (region := self._autonomous_okrug(adjective, lang)) is not None:
                    # "в Чукотском округе": the autonomous okrug (the region), not a raion of it
                    out.append((found.start(), noun_end, region))
                    continue
                okrug_countries = set(data.get("district_countries") or ())
                raions = self._districts_of_adjective(adjective, lang, okrug_countries)
                homes = {r.admin1_code for r in raions}
                if town is not None and (raions and town[0].admin1_code not in homes | areas
                                         or okrug_countries and town[0].country not in okrug_countries):
                    # (a town in the region the text names stays: "села X Михайловского муниципального округа
                    # Запорожской области" is Mykhailivka's okrug, though the gazetteer's Mikhaylovsky raions are Russian)
                    town = None  # "По Уральскому округу": never Oral in Kazakhstan
                if town is not None and len(homes) > 1 and town[0].admin1_code not in areas | likely:
                    # "по Яковлевскому округу": raions of that name in two regions, and the text names neither, so
                    # the one with a town of the name (Yakovlevka, Primorsky Krai) is no likelier than the other
                    town = None
                if town is None and not qualifies:
                    if areas:
                        raions = [r for r in raions if r.admin1_code in areas]
                    if len(raions) == 1:
                        out.append((found.start(), noun_end, raions[0]))
                    continue
                site = "city"
            if town is None:
                continue
            row, name = town
            end = found.end("adjective")
            if qualifies:
                # "с. Старовірівка Шевченківської громади": the community qualifies the settlement named before it
                # (an area around its town, see `_qualifier`), which is looked for inside it
                name = _nominative(text[found.start():noun_end], lang)
                out.append((found.start(), noun_end, row._replace(id=_COMMUNITY_ID - found.start(), feature="admin2", name=name,
                                                                  population=0, geonames_id=None, precision="admin2",
                                                                  capital=0)))
                continue
            if site == "admin1":  # "в белгородском селе Красный Восток" (a village the gazetteer lacks): its region
                region = self._con.execute("SELECT * FROM entity WHERE feature = 'admin1' AND admin1_code = ? LIMIT 1",
                                           (row.admin1_code,)).fetchone() if row.admin1_code else None
                if region is None:
                    continue
                row = _Row(*region)
            if site == "airport":
                airports = [r for r, _ in self._candidates(self._exact_refs(f"{noun_lemma} {name}"))
                            if r.feature == "airport"]
                airports = [r for r in airports if r.iata] if len(airports) > 1 else airports
                if len(airports) == 1:  # a city with several airliner airports ("московский аэропорт") is the city
                    row, end = airports[0], found.end()
            out.append((found.start(), end, row))
        return out

    def _districts_of_adjective(self, adjective: str, lang: str, countries: set[str]) -> list[_Row]:
        """The raions named by `adjective` ("Пологовском" -> "Пологовский район"), in `countries` when given."""
        word = (topic(lang, "places").get("district_word") or "").strip()
        if not word:
            return []
        rows: dict[int, _Row] = {}
        for lemma in dict.fromkeys(p.normal_form for p in _morph(lang).parse(adjective.lower())):
            for r, _ in self._candidates(self._name_refs(f"{lemma.capitalize()} {word}", lang)):
                if r.feature == "admin2" and (not countries or r.country in countries):
                    rows[r.id] = r
            if rows:
                break
        return list(rows.values())

    def _autonomous_okrug(self, adjective: str, lang: str) -> _Row | None:
        """The region an okrug's adjective names with the language's `district_region` ("Чукотском" -> "Чукотский
        автономный округ"), when the gazetteer has exactly one."""
        noun = (topic(lang, "places").get("district_region") or "").strip()
        if not noun:
            return None
        form = _morph(lang).parse(adjective.lower())[0].inflect({"masc", "nomn"})
        if form is None:
            return None
        rows = {r.id: r for r, q in self._candidates(self._exact_refs(f"{form.word} {noun}"))
                if r.feature == "admin1" and q == OWN}
        return next(iter(rows.values())) if len(rows) == 1 else None

    def _region_offices(self, text: str, chosen: list[_Span], lang: str) -> list[tuple[int, int, _Row]]:
        """A region named by its adjective before its administration's name ("голова Харківської ОВА", "Сумська ОДА",
        "Запорізької обласної військової адміністрації": `region_offices` of events.yaml), or before a word for a region
        ("над Московским регионом": `region_words`): the region itself, as "Харківської області" would name it (the
        extractor reads the official's region, `speaks_for_region`)."""
        pattern = _region_office_pattern(lang)
        if pattern is None:
            return []
        taken = [(s.start, s.end) for s in chosen]
        out = []
        for found in pattern.finditer(text):
            start, end = found.span("adjective")
            if any(a < end and start < b for a, b in taken):
                continue
            parsed = _morph(lang).parse(found.group("adjective").lower())[0]
            rows = []
            for noun, gender in (topic(lang, "events").get("region_nouns") or {"область": "femn"}).items():
                form = parsed.inflect({gender, "nomn"})
                rows = [r for r, q in self._candidates(self._exact_refs(f"{form.word} {noun}"))
                        if r.feature == "admin1" and q == OWN] if form is not None else []
                if rows:
                    break
            if len(rows) == 1:
                out.append((start, end, rows[0]))
        return out

    def _town_of_adjective(self, lemma: str, lang: str, floor: int, countries: Sequence[str],
                           areas: set[str], likely: set[str] = frozenset()) -> tuple[_Row, str] | None:
        """The town (and the name it was found by) an adjective is made from: "белгородский" -> Belgorod, by cutting
        an ending and adding one of the listed name endings."""
        if lemma in (topic(lang, "events").get("demonyms") or {}):
            return None  # "российский аэропорт": the country's, said by its own words
        towns: list[tuple[_Row, str]] = []
        for names in _adjective_names(lemma, lang):
            towns = [(r, name) for name in names for r, q in self._candidates(self._exact_refs(name))
                     if r.feature == "city" and r.population >= floor]
            if towns:
                break
        if countries:
            towns = [t for t in towns if t[0].country in countries] or towns
        inside = [t for t in towns if t[0].admin1_code in areas]
        if areas and not inside:
            # a small town outside every subdivision the text names is another town's namesake: "Хотинська громада"
            # on Sumy Oblast is Khotin there (not in the gazetteer), not Khotyn in Chernivtsi Oblast
            floor = max(floor, int(topic(lang, "places").get("adjective_place_population", 0)))
            towns = [t for t in towns if t[0].population >= floor]
        inside = inside or [t for t in towns if t[0].admin1_code in likely]
        return max(inside or towns, key=lambda t: t[0].population, default=None)

    def _namesake(self, adjective: str, countries: Sequence[str], areas: set[str], floor: int = 0) -> _Row | None:
        """The town a district adjective is made from: "Yasinovatsky" -> Yasynuvata (a spelling "Yasinovataya"),
        "Starobeshivskiy" -> Starobesheve. One-word names only, the closest in spelling, then the largest. Outside every
        subdivision the text names, only a town of `floor` people or more: "у Білоцерківському районі" on Kyiv Oblast
        is the district of Bila Tserkva (a name of two words), not one named after the village Bilotserkivka of Poltava
        Oblast (as `_town_of_adjective` reads a site's adjective)."""
        m = _DISTRICT_ADJECTIVE.match(normalize(fold_accents(adjective)))
        if m is None:
            return None
        root, stem = m["root"], m["root"] + m["sk"]
        prefixes = {stem: 0, root: 1} if len(root) >= 4 else {stem: 0}
        if len(root) >= 7:
            prefixes.setdefault(root[:-2], 2)
        found: dict[int, tuple] = {}
        for prefix, rank in prefixes.items():
            with self._lock:
                rows = self._con.execute("SELECT entity, norm FROM name WHERE norm >= ? AND norm < ?",
                                         (prefix, prefix + "\U0010ffff")).fetchall()
            for ent, norm in rows:
                if " " in norm or len(norm) > len(stem) + 3:
                    continue
                found[ent] = min(found.get(ent, (9,)), (rank, abs(len(norm) - len(stem))))
        towns = [(r, found[r.id]) for r, _ in self._candidates({e: 0 for e in found}) if r.feature == "city"]
        if countries:
            towns = [(r, k) for r, k in towns if r.country in countries]
        inside = [(r, k) for r, k in towns if r.admin1_code in areas]
        if areas and not inside:
            towns = [(r, k) for r, k in towns if r.population >= floor]
        best = min(inside or towns, key=lambda t: (t[1][0], -t[0].population), default=None)
        return best[0] if best else None

    def resolve_spans(self, text: str, spans: Iterable[tuple[int, int]], lang: str = "en", *,
                      context_countries: Sequence[str] = ()) -> list[PlaceMatch]:
        """Toponyms given: resolve these (start, end) spans of `text` instead of finding them, with the same context
        ranking as find() (each span vouches for the others). A span no name reaches gets no candidates."""
        if not isinstance(text, str):
            raise GazetteerError(f"resolve_spans() needs text as a string, got {type(text).__name__}")
        _check_lang(lang)
        given = []
        for span in spans:
            try:
                start, end = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError) as exc:
                raise GazetteerError(f"resolve_spans(): {span!r} is not a (start, end) pair") from exc
            if not 0 <= start < end <= len(text):
                raise GazetteerError(f"resolve_spans(): span {start}-{end} is outside the text of {len(text)} characters")
            given.append(_Span(start, end, self._refs_of_toponym(text[start:end], lang)))
        return self._resolve(text, given, context_countries, lang=lang)

    def _refs_of_toponym(self, surface: str, lang: str) -> dict[int, int]:
        """Entities a span given as a toponym may name: its name, inflected forms, a nationality word ("Syrian")."""
        name = surface.strip().strip(",;:!?\"'«»“”()")
        refs: dict[int, int] = {}
        abbreviation = [name + "."] if "." in name and not name.endswith(".") else []  # "U.S" for "U.S."
        for form in dict.fromkeys([name, name.rstrip("."), re.sub(r"^(?:the|The)\s+", "", name),
                                   re.sub(r"['’]s$", "", name)] + abbreviation):
            refs = self._name_refs(form, lang) if form else {}
            if refs:
                break
        words = name.split()
        demonym = lang == "en" and len(words) <= 3 and all(w[:1].isupper() for w in words)  # "Syrian", "Sri Lankan"
        country = self._demonym_country(name, bool(refs)) if demonym else None
        if country is not None and max((r.population for r, _ in self._candidates(refs)), default=0) < DEMONYM_OVER:
            return {country: OWN}  # "German" is Germany, not the village German on the Isle of Man
        return refs

    def _exact_refs(self, name: str) -> dict[int, int]:
        with self._lock:
            return {e: q for e, q in self._con.execute("SELECT entity, quality FROM name WHERE norm = ?",
                                                        (normalize(name),))}

    def _name_refs(self, name: str, lang: str) -> dict[int, int]:
        refs = self._exact_refs(name)
        if not refs and script(name) == "cyrillic":
            lemmas = self._lemma_table()
            analyzers = (_morph(lang),) if lang in ("ru", "uk") else _analyzers()
            for key in lemma_keys(name, analyzers):
                for ent, q in _parse_refs(lemmas[key]).items() if key in lemmas else ():
                    refs[ent] = max(refs.get(ent, 0), q)
        return refs

    def _demonym_country(self, word: str, names_a_place: bool = False) -> int | None:
        """"British" -> the United Kingdom (a listed word); by a suffix off a name: "Syrian" -> Syria, "Sri Lankan"
        -> Sri Lanka, and when no country fits, a subdivision or area: "Ohioans" -> Ohio, "North American" -> North
        America."""
        data = topic("en", "places")
        listed = {normalize(k): v for k, v in (data.get("demonyms") or {}).items()}
        continental = {normalize(k): normalize(v) for k, v in (data.get("area_demonyms") or {}).items()}
        norm = normalize(word)
        countries, admin1s, areas = self._demonym_targets()
        if norm in continental:  # "European" names Europe, "African" Africa
            return next((i for i, name in areas if name == continental[norm]), None)
        if norm in listed:
            return next((i for i, _, iso in countries if iso == listed[norm]), None)
        for targets in ([(i, name) for i, name, _ in countries], admin1s, areas):
            # a word that names a place itself, or a subdivision or area, needs a stem short of the name by one
            # letter at most: "Canadian" is Canada, "Ohioans" Ohio, but "Canaan" and "Calais" stay towns
            loose = targets is not admin1s and targets is not areas and not names_a_place
            hits = []  # (letters shared with the word, shorter name first): "Nigerian" is Nigeria, not Niger
            for suffix in data.get("demonym_suffixes") or []:
                stem = norm[: -len(suffix)]
                if norm.endswith(suffix) and len(stem) >= 4:
                    for i, name in targets:
                        if name.startswith(stem) and (loose or len(name) - len(stem) <= 1):
                            hits.append((-len(os.path.commonprefix([name, norm])), len(name), i))
            if hits:
                return min(hits)[2]
        return None

    def _demonym_targets(self) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]], list[tuple[int, str]]]:
        """Countries (id, normalised name, code), subdivisions and areas (id, normalised name), read once."""
        with self._lock:
            if self._demonym_rows is None:
                rows = self._con.execute("SELECT id, name, country, feature FROM entity "
                                         "WHERE feature IN ('country', 'admin1', 'area')").fetchall()
                self._demonym_rows = (
                    [(i, normalize(n), c) for i, n, c, f in rows if f == "country"],
                    [(i, normalize(n)) for i, n, _, f in rows if f == "admin1"],
                    [(i, normalize(n)) for i, n, _, f in rows if f == "area"],
                )
            return self._demonym_rows

    def _resolve(self, text: str, chosen: list[_Span], context_countries: Sequence[str],
                 districts: Sequence[tuple[int, int, _Row]] = (), lang: str = "en") -> list[PlaceMatch]:
        """Rank each span's candidates by what the text says around it, in two passes.

        First pass: the subdivisions and countries the other spans vouch for (see `_anchor`). A span qualified by the
        next one ("Pokrovsk, Donetsk Oblast", "Alexandria in Louisiana") keeps only candidates inside the qualifier,
        and none when the gazetteer has no such place there (the caller falls back to the qualifier: never a namesake
        elsewhere). Second pass: the text's other places, as first ranked, pull namesakes towards them: their
        countries by share, and places within `NEAR_KM` of them.
        """
        resolved = [(s, self._candidates(s.refs)) for s in chosen]
        resolved = [(s, cands) for k, (s, cands) in enumerate(resolved)  # "глава ДНР": no place, nor context
                    if not (cands and _abbreviation(text[s.start:s.end])
                            and _short_name(text[s.start:s.end], _rank(cands, set(), set())[0][0]))
                    or (k and _after_a_place(text, resolved[k - 1][0], s, lang))]
        if lang in ("ru", "uk"):
            # a Ukrainian town's Russian or Ukrainian name is its own name in a Russian or Ukrainian text, though
            # GeoNames files it as an alternate: "в Виннице" is Vinnytsia, not the Russian village of Vinnitsy
            # (towns of 20,000 or more: the names villages share are more often another village's own)
            # ... and a town's former name that villages still bear as their own names the villages only:
            # "Новоолександрівка" is one of many villages so called (their own name spelt in Latin), not Melitopol,
            # which bore it two centuries ago
            resolved = [(s, [(r, OWN if r.country == "UA" and r.population >= UA_TOWN else q) for r, q in cands
                             if not (r.country == "UA" and r.population >= UA_TOWN
                                     and _former_name_of_villages(r, cands, text[s.start:s.end]))]
                         if script(text[s.start:s.end]) == "cyrillic" else cands) for s, cands in resolved]
        if districts:  # districts the gazetteer lacks, found by their adjective: one candidate each
            resolved = sorted(resolved + [(_Span(a, b, {}), [(row, OWN)]) for a, b, row in districts],
                              key=lambda item: item[0].start)
        centres = [(row.lat, row.lon) for _, _, row in districts if row.feature != "admin1"]  # a region is no town
        anchors = [_anchor(cands) for _, cands in resolved]
        vouched = _vouched(anchors, context_countries)
        first: list[list[tuple[_Row, int]]] = [[] for _ in resolved]
        found_inside: set[int] = set()  # communities a settlement named before them was found in
        qualified: dict[str, list[tuple[_Row, int]]] = {}  # per name: its candidates inside the first qualifier named
        qualified_at: set[int] = set()
        held_at: set[int] = set()  # spans that only their qualifier places
        qualifying: set[int] = set()  # spans that qualify the one before them
        qualifiers: dict[int, _Row] = {}  # the subdivision each span was qualified by: one a list ends with holds all
        for i in reversed(range(len(resolved))):  # a qualifier is ranked (and qualified itself) before what it qualifies
            span, cands = resolved[i]
            admin1s, countries = vouched(i)
            ranked = _rank(cands, admin1s, countries, frozenset(context_countries))
            qualifier = _qualifier(text, resolved, i, first[i + 1] if i + 1 < len(resolved) else [], lang)
            listed = qualifier is None and i + 1 in qualifiers and _listed_with_next(text, resolved, i, lang) and \
                not _a_town_elsewhere(ranked, qualifiers[i + 1])  # "по Купянску и Ильинке в ДНР": Kupiansk stays
            if listed:
                qualifier = qualifiers[i + 1]  # "Ильинка и Петровка в ДНР", "Illinka and Petrivka in Donetsk region"
            if qualifier is not None and qualifier.feature in ("admin1", "admin2"):
                qualifiers[i] = qualifier
                if not listed:
                    qualifying.add(i + 1)
            # a settlement whose readings are all villages, or that the text calls one ("села Вишневое": not the town
            # of Kyiv Oblast): one the gazetteer lacks may be meant; a town is the town ("Шебекино", never a point of
            # another region), and a city's name a village bears ("посёлок Орёл") is left to `place_within`
            village = bool(ranked) and all(r.feature == "city" for r, _ in ranked) and (
                not any(_a_town(r, q) for r, q in ranked)
                or ranked[0][0].population < BIG_CITY and _settlement_word_right_before(text, span.start, lang))
            if qualifier is not None:
                inside = [(r, q) for r, q in ranked if _inside(r, qualifier)]
                if not inside:  # a place too small to be looked for in text, named with its subdivision: "Paris, Tennessee"
                    inside = [(r, q) for r, q in self._candidates(self._exact_refs(text[span.start:span.end]))
                              if _inside(r, qualifier)]
                    inside = _rank(inside, {qualifier.admin1_code} - {None}, {qualifier.country} - {None})
                ranked = inside or [(r, q) for r, q in ranked if _near(r, qualifier)]  # "Sevastopol, Crimea"
                if not ranked and village and qualifier.feature in ("admin1", "admin2") and qualifier.id >= 0 and (
                        listed or lang in ("ru", "uk")):
                    # a village the gazetteer lacks there ("Ильинка в ДНР"): the subdivision, as written, stands for it,
                    # so that its event is told at the level the text names (the extractor reads matches with places;
                    # a district, or a city's name a village bears, "посёлок Орёл", is left to `place_within`)
                    ranked, held_at = [(qualifier, OWN)], held_at | {i}
                if inside and qualifier.id <= _COMMUNITY_ID:
                    found_inside.add(i + 1)  # "села Новая Таволжанка Шебекинского городского округа": the village
            first[i] = ranked
            if qualifier is not None and qualifier.feature != "country":  # ("the Red Sea, U.S. officials said": no)
                qualified_at.add(i)
                qualified[normalize(text[span.start:span.end])] = ranked  # (reversed: the first said wins)
        names = [normalize(text[s.start:s.end]) for s, _ in resolved]  # normalised once, not once per span
        for k, name in enumerate(names):  # "Krutaya Balka village in the Yasinovataya district ... in Krutaya Balka":
            if name in qualified and k not in qualified_at:  # the same village said again, as first qualified
                first[k] = qualified[name]
        shares = {}  # per distinct name: the subdivisions it may be in (one name said twice counts once)
        for name, ranked in zip(names, first):
            shares.setdefault(name, _admin1_shares(ranked))
        total: dict[str, float] = {}
        for spread in shares.values():
            for code, w in spread.items():
                total[code] = total.get(code, 0.0) + w
        # subdivisions the text names as such ("in Kharkiv region"), each with the names that name it
        subdivisions: dict[str, set[str]] = {}
        for name, ranked in zip(names, first):
            if ranked and ranked[0][1] == OWN and ranked[0][0].feature == "admin1" and ranked[0][0].admin1_code:
                subdivisions.setdefault(ranked[0][0].admin1_code, set()).add(name)
        ranking = first
        for _ in range(PASSES):  # each pass reads the other places as the pass before ranked them
            top_names = [(names[i], ranked[0][0]) for i, ranked in enumerate(ranking) if ranked]
            surroundings = _Surroundings(top_names)  # once a pass: asking it per name costs no scan of the text
            around: dict[str, tuple[bool, dict[str, float], _Near]] = {}  # per name: the others
            again = []
            for i, ranked in enumerate(first):
                if len(ranked) > 1:
                    if names[i] not in around:
                        around[names[i]] = surroundings.besides(names[i])
                    any_other, share, points = around[names[i]]
                    if any_other or centres:
                        admin1s, countries = vouched(i)
                        named = frozenset(code for code, by in subdivisions.items() if by - {names[i]})
                        ranked = _rerank(ranked, share, points, centres, admin1s, countries, context_countries, total,
                                         shares[names[i]], named)
                again.append(ranked)
            if again == ranking:
                break
            ranking = again
        final = _Surroundings([(names[i], ranked[0][0]) for i, ranked in enumerate(ranking) if ranked])
        ranking = [_city_over_village(ranked, *final.besides(names[i])[2:0:-1]) for i, ranked in enumerate(ranking)]
        matches = []
        tops = [ranked[0] if ranked and k not in found_inside else None for k, ranked in enumerate(ranking)]
        initials = {k for k, ((span, _), top) in enumerate(zip(resolved, tops))
                    if top is not None and top[0].feature == "country" and _INITIALS.fullmatch(text[span.start:span.end])}
        far = far_alternates(tops, OWN, initials)  # "Gul", "Ради": a far town's alternate name, no place
        for k, ((span, _), ranked) in enumerate(zip(resolved, ranking)):
            surface = text[span.start:span.end]
            if k in found_inside or k in far or (k not in qualifying and ranked and _short_name(surface, ranked[0][0])):
                continue
            cands = [self._candidate(r) for r, _ in ranked]
            if cands:  # the place the text most likely means, named as the text names it (see `local_names`)
                cands[0] = self._named_as(cands[0], ranked[0][0], surface, lang)
                if k in held_at and len(cands) == 1:  # a village of its own at its subdivision, named by the
                    # nominative of the text's words ("Іллінку" is Іллінка)
                    cands[0] = village_at(cands[0], surface, _nominative(surface, lang))
            matches.append(PlaceMatch(span.start, span.end, surface, tuple(cands)))
        return matches

    def _named_as(self, cand: Candidate, row: _Row, surface: str, lang: str) -> Candidate:
        """`cand` with the words of the text that named it, and its name in the text's language: the data's name of a
        subdivision, country or sea, else the nominative of the words when the gazetteer holds it for this place."""
        if row.id < 0:  # a district the text's adjective made up: its id is only this text's
            return replace(cand, place=self._name_as(cand.place, row, surface, lang))
        key = (row.id, surface, lang)
        if (place := self._named.get(key)) is None:
            place = self._named[key] = self._name_as(cand.place, row, surface, lang)
            if len(self._named) > _MEMO_SIZE:
                self._named.clear()
        return replace(cand, place=place)

    def _name_as(self, place: Place, row: _Row, surface: str, lang: str) -> Place:
        place = replace(place, as_written=surface)
        if lang not in local_names.CYRILLIC_LANGS:
            return place
        place = local_names.localized(place, lang) or place
        if place.name == place.name_en and script(surface) == "cyrillic" and row.feature in ("city", "airport"):
            forms = local_names.nominatives(surface, lang)
            marks = ",".join("?" * len(forms))
            with self._lock:
                found = {norm for norm, in self._con.execute(
                    f"SELECT norm FROM name WHERE entity = ? AND norm IN ({marks})", (row.id, *(normalize(f) for f in forms)))}
            name = next((f for f in forms if normalize(f) in found), None)
            if name is not None:
                place = replace(place, name=name)
        return place

    def _surface_spans(self, text: str) -> list[_Span]:
        """Every name of the gazetteer in `text` that starts and ends at word boundaries (overlaps included).

        The first AUTOMATON_AFTER texts of a process are read with indexed queries (nothing to load: a short run
        starts at once); a longer run then builds an Aho-Corasick automaton over all names (about 1.2 s and 160 MB),
        which finds the same names three times faster. A phrase looked up again on its own is no text read."""
        self._texts_read += len(text) > _PHRASE_CHARS
        if self._texts_read > AUTOMATON_AFTER:
            return self._automaton_spans(text)
        norm = normalize_text(text)
        if len(norm) == len(text):
            first = range(len(text) + 1)  # a position in `text` -> the position of its normalised form in `norm`
        else:
            offsets = _offsets(text)
            norm = "".join(n for n, _ in offsets)
            starts_at: dict[int, int] = {}
            for k, (_, t) in enumerate(offsets):
                starts_at.setdefault(t, k)
            first = [starts_at.get(t, len(norm)) for t in range(len(text))] + [len(norm)]  # type: ignore[assignment]
        # a name starts with a word (its lead); one of two words or more also with its first two (its pair)
        last = len(text) + 1  # a lead with no word after it: any end after it may close a name ("St.")
        words = [m.span() for m in _ALNUM.finditer(text)]
        word_ends = [j for _, j in words] + [last, last]
        starts = [(i, j, word_ends[n + 1]) for n, (i, j) in enumerate(words)]
        for m in _MARK_START.finditer(text):  # "'s-Hertogenbosch": a name may start with a mark before its word
            n = bisect.bisect_left(words, (m.start(), 0))
            if n < len(words):
                starts.append((m.start(), word_ends[n], word_ends[n + 1]))
        leads = [norm[first[i]:first[j]] for i, j, _ in starts]  # (each sliced once)
        longest = self._query("SELECT lead, longest FROM text_lead WHERE lead IN ({})", set(leads))
        starts = [(i, j, k, longest[lead]) for (i, j, k), lead in zip(starts, leads) if lead in longest]
        pairs = self._query("SELECT pair, longest FROM text_pair WHERE pair IN ({})",
                            {norm[first[i]:first[k]] for i, j, k, most in starts if k != last and most > first[j] - first[i]})
        ends = [m.start() for m in _NAME_END.finditer(text)]
        wanted: list[tuple[int, int]] = []
        for i, j, k, most in starts:
            wanted.append((i, j))  # the lead alone
            if most <= first[j] - first[i]:
                continue
            pair_longest = pairs.get(norm[first[i]:first[k]], 0) if k != last else 0
            for end in itertools.islice(ends, bisect.bisect_right(ends, j), None):
                if end >= k and (end > k or not pair_longest) and first[end] - first[i] > pair_longest:
                    break
                if first[end] - first[i] > most:
                    break
                wanted.append((i, end))  # "st." before the pair; the pair; longer names the pair starts
        refs = self._query("SELECT norm, refs FROM text_name WHERE norm IN ({})",
                           {norm[first[i]:first[j]] for i, j in wanted})
        return [_Span(i, j, _parse_refs(refs[norm[first[i]:first[j]]]))
                for i, j in sorted(wanted, key=lambda s: (s[1], s[0])) if norm[first[i]:first[j]] in refs]

    def _romanised_variant_spans(self, text: str, found: list[_Span]) -> list[_Span]:
        """Names of Russian and Ukrainian places romanised otherwise than the gazetteer holds them: an adjectival name's
        ending ("Ilsky", "Ilskiy", "Ilskij" and "Il'skiy" are one refinery town; "the Shevchenkivskyy district" is the
        Shevchenkivskyi). A capitalised Latin word with one of the endings of `romanised_endings` (lang/en/places.yaml)
        that opens no name found is looked up with each other ending of its family, with a soft sign before it too,
        alone and with the word after it. A hyphenated name is one word ("Bilhorod-Dnistrovskyy" is the gazetteer's
        Bilhorod-Dnistrovskyi, not Belgorod by its first part)."""
        families = _romanised_endings()
        if not families:
            return []
        opened = {s.start: s.end for s in sorted(found, key=lambda s: s.end)}
        wanted: dict[str, set[tuple[int, int]]] = {}  # every place the variant stands for: a name may recur
        parts: dict[str, set[tuple[int, int]]] = {}  # a hyphenated word's first part, read when the whole is no name
        for m in _ROMANISED_WORD.finditer(text):
            if opened.get(m.start(), -1) >= m.end(1):
                continue
            _add_variants(wanted, families, m.group(1), m.start(), m.end(1), m.group(2), m.end(2))
            if "-" in m.group(1):  # "the Ilskiy-Afipskiy pipeline": Ilskiy, as when the hyphen closed the word
                first = m.group(1).split("-", 1)[0]
                if opened.get(m.start(), -1) < m.start() + len(first):
                    _add_variants(parts, families, first, m.start(), m.start() + len(first), None, -1)
        if not wanted and not parts:
            return []
        refs = self._query("SELECT norm, refs FROM text_name WHERE norm IN ({})", set(wanted) | set(parts))
        spans = [_Span(*at, _parse_refs(refs[key])) for key in refs if key in wanted for at in sorted(wanted[key])]
        named = {span.start for span in spans}
        return spans + [_Span(*at, _parse_refs(refs[key])) for key in refs if key in parts
                        for at in sorted(parts[key]) if at[0] not in named]

    def _automaton_spans(self, text: str) -> list[_Span]:
        with self._lock:
            if self._automaton is None:
                import ahocorasick

                automaton = ahocorasick.Automaton()
                for norm, refs in self._con.execute("SELECT norm, refs FROM text_name"):
                    automaton.add_word(norm, (len(norm), refs))
                automaton.make_automaton()
                self._automaton = automaton
        norm = normalize_text(text)
        offsets = None if len(norm) == len(text) else _offsets(text)
        if offsets is not None:
            norm = "".join(n for n, _ in offsets)
        spans = []
        for end, (length, refs) in self._automaton.iter(norm):
            start = end - length + 1
            if offsets is not None:
                start, end = offsets[start][1], offsets[end][1]
            if _is_word_boundary(text, start, end + 1):
                spans.append(_Span(start, end + 1, _parse_refs(refs)))
        return spans

    def zipf(self, word: str, lang: str = "en") -> float:
        """wordfreq's Zipf frequency of `word`, exact from Zipf 4 up, 0 below (every caller asks "is it common?").

        A one-token word is read from the gazetteer (importing wordfreq costs 0.3 s); others are asked of wordfreq,
        except words joined by hyphens ("primorsko-akhtarsk") of which one is rarer than Zipf 4: wordfreq reads them as
        their words, and the frequency of all of them together (1 / the sum of 1 / each word's) is below the rarest
        word's, so under Zipf 4 too: 0 without importing wordfreq."""
        folded = word.casefold()
        if not folded.isalpha():
            words = folded.split("-")
            if all(w.isalpha() for w in words) and not all(self._common_zipf(w, lang) for w in words):
                return 0.0
            from wordfreq import zipf_frequency  # its word lists ship in the wheel: nothing downloads

            return zipf_frequency(folded, lang)
        return self._common_zipf(folded, lang)

    def _common_zipf(self, folded: str, lang: str) -> float:
        """The Zipf frequency of a one-token word at least Zipf 4 common (the gazetteer's word_zipf), else 0."""
        with self._lock:
            row = self._con.execute("SELECT zipf FROM word_zipf WHERE lang = ? AND word = ?", (lang, folded)).fetchone()
        return row[0] if row else 0.0

    def _query(self, sql: str, keys: set[str]) -> dict[str, str]:
        """key -> value of `sql` (a two-column SELECT with one IN list) for those of `keys` the gazetteer holds.

        Answers are remembered (a miss as None): a corpus repeats its words, and a dictionary look-up is ten times
        cheaper than a query. The memory is emptied when it passes _MEMO_SIZE entries."""
        memo = self._memo.setdefault(sql, {})
        missing = sorted(k for k in keys if k not in memo)
        for k in range(0, len(missing), 900):
            chunk = missing[k:k + 900]
            with self._lock:
                rows = dict(self._con.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall())
            if len(memo) + len(chunk) > _MEMO_SIZE:
                memo.clear()
            memo.update((key, rows.get(key)) for key in chunk)
        return {k: v for k in keys if (v := memo.get(k)) is not None}

    def _lemma_spans(self, text: str, lang: str) -> list[_Span]:
        lemmas = self._lemma_table()
        tokens = list(_TOKEN.finditer(text))
        # each word's readings, read once (in text order, as each word was first asked before) and not again for every
        # name a later word may end
        forms = [_forms(tok.group(), lang) for tok in tokens]
        spans = []
        prefixes = self._lemma_prefixes
        for i, tok in enumerate(tokens):
            forms0 = forms[i]
            if not (tok.group()[0].isupper() or forms0 & self._lemma_leads):
                continue
            # the most words a key can have here: past it no reading of the words begins a key (same hits, fewer tries)
            reach, alive = 0, {f for f in forms0 if f in prefixes}
            while alive and reach < min(MAX_NAME_WORDS, len(tokens) - i):
                reach += 1
                if reach < min(MAX_NAME_WORDS, len(tokens) - i):
                    alive = {f"{a} {f}" for a in alive for f in forms[i + reach]} & prefixes
            for n in range(reach, 0, -1):
                group = tokens[i:i + n]
                if any(text[a.end():b.start()].strip() for a, b in zip(group, group[1:])):
                    continue  # the words of one name are separated by spaces only
                hits = _keys_found(forms[i:i + n], lemmas)
                if hits:
                    refs: dict[int, int] = {}
                    for key in hits:  # every reading of the words: "Покровську" is Покровськ or Покровське
                        for ent, q in _parse_refs(lemmas[key]).items():
                            refs[ent] = max(refs.get(ent, 0), q)
                    spans.append(_Span(group[0].start(), group[-1].end(), refs))
                    break
        return spans

    def _lemma_table(self) -> dict[str, str]:
        with self._lock:
            if self._lemmas is None:
                rows = self._con.execute("SELECT key, refs, lead FROM lemma").fetchall()
                self._lemmas = {k: r for k, r, _ in rows}
                self._lemma_leads = {k.split(" ", 1)[0] for k, _, lead in rows if lead}
                self._lemma_prefixes = _word_prefixes(self._lemmas)
            return self._lemmas

    def _plausible(self, text: str, span: _Span, lang: str) -> bool:
        """Common words and function words are not places: capital letter required, stop lists, sentence starts."""
        surface = text[span.start:span.end]
        if not any(c.isupper() for c in surface):
            return False
        single = " " not in surface
        first, _, rest = surface.partition(" ")
        if rest and not any(c.isupper() for c in rest) and (
                (word := normalize(first)) in _stopwords(lang) or word in _stopwords("en")):
            return False  # "The villages of Murom": an article and common words, capitalised by the sentence start, no
            # name ("The Villages", Florida, a firm place that would pull the report's area away from Belgorod Oblast)
        if single and surface.isupper() and len(surface) <= 4:  # "SHOT", "ГУР": acronyms, unless a country's ("КНДР", "US")
            # or a war-zone subdivision's own short name ("в ДНР", "in the LPR"; not "ACT" or "NSW" far from it)
            qualifies = _QUALIFIED_BEFORE.search(text, max(0, span.start - 80), span.start) is not None
            return any(row.feature == "country" or (qualifies and row.feature == "admin1" and q == OWN
                                                    and row.country in FOCUS_COUNTRIES)
                       for e, q in span.refs.items() for row, _ in self._candidates({e: q})[:1])
        if single and len(surface) <= 5 and all(_initials(r.name) == surface.upper() for r, _ in self._candidates(span.refs)):
            return False  # "Missile Hits Parked Car": a word of a title in capitals, not the initials "CAR" some region has
        norm = normalize(surface)
        if norm in _stopwords(lang) or norm in _stopwords("en"):
            return False
        if single and norm in _demonyms():
            return False  # "a Kazakh citizen": the nationality, not a town some gazetteer spells so
        if _names_water(text, span, lang):
            return False
        if lang in ("ru", "uk") and single and script(surface) == "cyrillic":
            start = _at_sentence_start(text, span.start)
            # at a sentence start the capital says nothing: a common word ("Атака", "Усі") is a place only when the
            # place is much better known than the word
            toponym = _may_be_toponym(surface, lang, start) or any(
                self._exact_refs(plural) for plural in _plural_of_given_name(surface, lang))
            if not toponym and not start and _after_settlement_word(text, span.start, span.end, lang) and _adjective(
                    surface, lang):
                # "в поселке Северный", "село Красное": an adjective the dictionary knows, named a village; with a
                # region named right after it ("селе Новое Белгородской области"), only a village in that region
                return self._in_region_after(text, span, lang)
            return toponym and not (start and self._common_word(surface, span, True, lang))
        if single and script(surface) == "latin":
            return not self._common_word(surface, span, _at_sentence_start(text, span.start))
        return True

    def _in_region_after(self, text: str, span: _Span, lang: str) -> bool:
        """True unless a region named right after the span ("Новое Белгородской области") holds none of its places."""
        told = _REGION_AFTER.match(text, span.end)
        if not told:
            return True
        regions = {c.admin1_code for c in self.lookup(told.group().strip(), lang=lang) if c.feature == "admin1"}
        return not regions or any(r.admin1_code in regions for r, _ in self._candidates(span.refs))

    def _common_word(self, word: str, span: _Span, sentence_start: bool, lang: str = "en") -> bool:
        """A common English word is a place only when the place is much better known than the word ("Mobile fire
        groups" is not Mobile, Alabama; "Paris" at a sentence start is Paris). wordfreq's Zipf frequency of the word
        (log10 of uses per billion words) is weighed against log10 of the largest namesake's population; at a sentence
        start, where the capital letter says nothing, the word needs a lead of COMMON_START_MARGIN more."""
        cands = self._candidates(span.refs)
        if any(r.feature in PROMINENT and q == OWN for r, q in cands):
            return False
        zipf = _zipf(word, lang)
        if zipf < COMMON_ZIPF:
            return False
        population = max((r.population if r.feature != "airport" else 10_000) for r, _ in cands)
        return zipf + (COMMON_START_MARGIN if sentence_start else 0.0) > math.log10(population + 1)

    # --- resolving names -------------------------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None, admin1: str | None = None, lang: str = "en",
               context_countries: Sequence[str] = ()) -> list[Candidate]:
        """Ranked candidates for one name: exact normalised match, or for ru/uk any inflected form of it."""
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"lookup() needs a non-empty place name, got {name!r}")
        _check_lang(lang)
        cands = self._candidates(self._name_refs(name, lang))
        if country:
            cands = [(r, q) for r, q in cands if r.country == country.upper()]
        if admin1:
            want = normalize(admin1)
            cands = [(r, q) for r, q in cands
                     if r.admin1_code and (normalize(r.admin1_code) == want or normalize(r.admin1_name or "") == want)]
        admin1s = {r.admin1_code for r, _ in cands if admin1 and r.admin1_code}
        countries = set(context_countries) | ({country.upper()} if country else set())
        return [self._candidate(r) for r, _ in _rank(cands, admin1s, countries)]

    def airport(self, code: str) -> Candidate | None:
        """The airport with this ICAO ("USII") or IATA ("IJK") code."""
        if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z0-9]{3,4}", code.strip()):
            raise GazetteerError(f"airport() needs a 3-letter IATA or 4-letter ICAO code, got {code!r}")
        code = code.strip().upper()
        # by ICAO code through the index on (icao, iata): "+feature" keeps SQLite from walking every airport through
        # the index on (feature, admin1_code) instead (5 ms a look-up against 0.02); an IATA code has no index of its own
        where = "feature = 'airport' AND iata = ?" if len(code) == 3 else "+feature = 'airport' AND icao = ?"
        with self._lock:
            row = self._con.execute(f"SELECT * FROM entity WHERE {where} ORDER BY iata IS NULL, id LIMIT 1",
                                    (code,)).fetchone()
            found = self._in_its_subdivision(_Row(*row)) if row else None
        return self._candidate(found) if found else None

    def airliner_airports(self) -> list[tuple[str, str]]:
        """(name, ICAO code) of every airport with an IATA code too: the airliner airports reports name by name
        ("в аэропорту Шереметьево")."""
        with self._lock:
            return self._con.execute("SELECT name, icao FROM entity WHERE feature = 'airport' AND icao IS NOT NULL "
                                     "AND iata IS NOT NULL").fetchall()

    def admin1(self, country: str, admin1_code: str) -> Candidate | None:
        """A first-level subdivision by GeoNames code: admin1("RU", "80") or admin1("RU", "RU.80")."""
        if not country or not admin1_code:
            raise GazetteerError(f"admin1() needs a country and a code, got {country!r}, {admin1_code!r}")
        code = admin1_code if "." in admin1_code else f"{country.upper()}.{admin1_code}"
        with self._lock:
            row = self._con.execute("SELECT * FROM entity WHERE feature = 'admin1' AND admin1_code = ?",
                                    (code,)).fetchone()
        return self._candidate(_Row(*row)) if row else None

    def capital(self, country: str) -> Candidate | None:
        """A country's capital by ISO code: capital("UA") is Kyiv. Kept by country: the query scans every entity."""
        code = country.upper()
        if code not in self._capitals:
            with self._lock:
                row = self._con.execute("SELECT * FROM entity WHERE capital = 1 AND country = ? ORDER BY population DESC "
                                        "LIMIT 1", (code,)).fetchone()
            self._capitals[code] = self._candidate(_Row(*row)) if row else None
        return self._capitals[code]

    # --- rows and candidates ---------------------------------------------------------------------------------

    def _candidates(self, refs: dict[int, int]) -> list[tuple[_Row, int]]:
        missing = [e for e in refs if e not in self._rows]
        if missing:
            with self._lock:
                for i in range(0, len(missing), 500):
                    chunk = missing[i:i + 500]
                    marks = ",".join("?" * len(chunk))
                    for row in self._con.execute(f"SELECT * FROM entity WHERE id IN ({marks})", chunk):
                        self._rows[row[0]] = self._in_its_subdivision(_Row(*row))
        return [(self._rows[e], q) for e, q in refs.items()]

    def _in_its_subdivision(self, row: _Row) -> _Row:
        """An airport whose listed city the build did not find (a military airfield: "Dyagilevo", city "Ryazan" spelt
        otherwise) takes the subdivision of the nearest town within AIRPORT_TOWN_DEG, so that "the Dyagilevo airfield in
        the Ryazan region" is one place inside that region, not two. (Called holding the lock.)"""
        if row.feature != "airport" or row.admin1_code or row.lat is None or row.lon is None:
            return row
        country = row.country or ""
        if country not in self._towns:
            self._towns[country] = self._con.execute(
                "SELECT lat, lon, admin1_code, admin1_name FROM entity WHERE feature = 'city' AND country IS ? "
                "AND admin1_code IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL", (row.country,)).fetchall()
        lat, lon = row.lat, row.lon
        near = min((t for t in self._towns[country]
                    if abs(t[0] - lat) <= AIRPORT_TOWN_DEG and abs(t[1] - lon) <= AIRPORT_TOWN_DEG),
                   key=lambda t: (t[0] - lat) ** 2 + (t[1] - lon) ** 2, default=None)
        return row._replace(admin1_code=near[2], admin1_name=near[3]) if near else row

    @staticmethod
    def _candidate(row: _Row) -> Candidate:
        place = Place(
            name=row.name, country=row.country, admin1=row.admin1_name, lat=row.lat, lon=row.lon,
            precision=row.precision, geonames_id=row.geonames_id, iata=row.iata, icao=row.icao,  # type: ignore[arg-type]
            name_en=row.name if script(row.name) != "cyrillic" else None,  # a district named from its adjective has none
        )
        return Candidate(place, row.feature, row.population, row.admin1_code, bool(row.capital))


def _prior(row: _Row, quality: int) -> float:
    """What a candidate has before the text's context: own name over alternate (Pokrovsk over Engels, once called
    Pokrovsk), population on a log scale (airports, which have none, count as a town of 10,000), a country's capital
    over its namesakes (Washington, D.C., not the state; Moscow, not Moscow, Idaho), a country by its own name over
    namesake places."""
    population = row.population if row.feature != "airport" else 10_000
    edge = COUNTRY_EDGE if row.feature == "country" and quality == OWN else 0.0
    return 3 * quality + math.log10(population + 1) + CAPITAL * row.capital + edge


def _score(row: _Row, quality: int, in_admin1: bool, in_country: bool, given: bool = False, more: float = 0.0) -> float:
    """The prior, plus the text's context: its subdivisions, its countries, `more` (the second pass's). A country the
    caller gives (`context_countries`: outside knowledge that the text is about it) weighs as much as an own name:
    "Uglegorsk" in a report on Ukraine is Vuhlehirsk (its Russian name), not Uglegorsk on Sakhalin."""
    country = GIVEN_COUNTRY if given else 2 * in_country
    return _prior(row, quality) + 4 * in_admin1 + country + more


def _rank(cands: Iterable[tuple[_Row, int]], admin1s: set[str], countries: set[str],
          given: frozenset[str] = frozenset()) -> list[tuple[_Row, int]]:
    """Best first. A sea or area named by its own name outranks any namesake place; a country by its own name has an
    edge of COUNTRY_EDGE over namesakes ("Georgia" the country unless the text is about the United States);
    subdivisions compete with places by the score, so that "Крым" is Crimea, not the hamlet Krym, and Manchester is
    the English city, not the Jamaican parish. Among namesakes of similar size the text's context decides, but a
    village in the text's country does not beat New York."""

    cands = list(cands)
    floor = _area_floor(cands)

    def key(item: tuple[_Row, int]) -> tuple:
        row, quality = item
        in_admin1, in_country = row.admin1_code in admin1s, row.country in countries
        if row.feature in OUTRANKING_ALWAYS and quality == OWN:
            return (0, -(2 * in_admin1 + in_country), FEATURE_RANK[row.feature], -row.population, row.id)
        return (1 + _dwarfed(row, quality, floor), -_score(row, quality, in_admin1, in_country, row.country in given),
                int(row.feature not in ("city", "airport")), 0, row.id)

    return sorted(cands, key=key)


def _area_floor(cands: list[tuple[_Row, int]]) -> float:
    """The prior below which a namesake cannot beat a country or subdivision named by its own name, whatever the text
    says around it: AREA_MARGIN below the largest such area's prior ("China" is never China, Maine; "Kansas" never
    Kansas, Illinois; but "Georgia" may be the US state, as large as the country)."""
    areas = [_prior(r, q) for r, q in cands if q == OWN and r.feature in ("country", "admin1")]
    return max(areas) - AREA_MARGIN if areas else -math.inf


def _dwarfed(row: _Row, quality: int, floor: float) -> int:
    if quality == OWN and row.feature in ("country", "admin1"):
        return 0
    return int(_prior(row, quality) < floor)


def _admin1_shares(ranked: list[tuple[_Row, int]]) -> dict[str, float]:
    """How one name's candidates spread over subdivisions, by their prior: "Gainesville" is mostly Florida, some
    Georgia and Texas. SUPPORT_SPREAD flattens the prior (2: by the square root of population)."""
    if not ranked:
        return {}
    priors = [_prior(r, q) for r, q in ranked]
    top = max(priors)
    weights = [10 ** ((p - top) / SUPPORT_SPREAD) for p in priors]
    total = sum(weights)
    out: dict[str, float] = {}
    for (row, _), w in zip(ranked, weights):
        if row.admin1_code:
            out[row.admin1_code] = out.get(row.admin1_code, 0.0) + w / total
    return out


def _vouched(anchors: list, context_countries: Sequence[str]):  # noqa: ANN202 - i -> (admin1s, countries)
    """The subdivisions and countries the spans other than span i vouch for (see `_anchor`), and the given countries.
    Counted once for the text: most spans vouch for nothing, and share the sets."""
    admin1_counts = Counter(a[1] for a in anchors if a and a[1])
    country_counts = Counter(a[0] for a in anchors if a and a[0])
    given = frozenset(context_countries)
    admin1s, countries = frozenset(admin1_counts), frozenset(country_counts)

    def for_span(i: int) -> tuple[frozenset[str], frozenset[str]]:
        a = anchors[i]
        if not a:
            return admin1s, countries | given
        own_admin1 = admin1s - {a[1]} if a[1] and admin1_counts[a[1]] == 1 else admin1s
        own_country = countries - {a[0]} if a[0] and country_counts[a[0]] == 1 else countries
        return own_admin1, own_country | given

    return for_span


class _Near:
    """Whether a point is within NEAR_KM of a town of the text named otherwise than `name` (`_Surroundings`)."""

    def __init__(self, surroundings: _Surroundings, name: str):
        self._s, self._name = surroundings, name

    def __call__(self, lat: float, lon: float) -> bool:
        s = self._s
        lo, hi = bisect_left(s.lats, lat - _NEAR_LAT), bisect_right(s.lats, lat + _NEAR_LAT)
        return any(name != self._name and abs(lat - la) <= _NEAR_LAT and _km(lat, lon, la, lo_) <= NEAR_KM
                   for la, lo_, name in s.points[lo:hi])


class _Surroundings:
    """The text's places (as a pass ranked them) seen from each name: the share of the others in each country and
    the towns among them near a point. Counted once a pass, so that a long text with many names is not rescanned for
    each name (which made place ranking cost the square of the text's length)."""

    def __init__(self, top_names: list[tuple[str, _Row]]):
        self.total = len(top_names)
        self.per_name = Counter(name for name, _ in top_names)
        self.countries: Counter[str] = Counter()
        self.name_countries: dict[str, Counter[str]] = {}
        for name, row in top_names:
            if row.country:
                self.countries[row.country] += 1
                self.name_countries.setdefault(name, Counter())[row.country] += 1
        self.points = sorted({(r.lat, r.lon, name) for name, r in top_names
                              if r.feature in ("city", "airport", "admin2") and r.lat is not None})
        self.lats = [p[0] for p in self.points]

    def besides(self, name: str) -> tuple[bool, dict[str, float], _Near]:
        """What `_rerank` needs of the places not called `name`: any at all, the share per country, nearness."""
        others = self.total - self.per_name[name]
        own = self.name_countries.get(name, Counter())
        share = {c: _repeated(k - own[c], others) for c, k in self.countries.items() if k - own[c] > 0}
        return others > 0, share, _Near(self, name)


@lru_cache(maxsize=100_000)
def _repeated(k: int, n: int) -> float:
    """1/n added k times, as the share was once summed row by row: the same float, so rankings do not move."""
    total = 0.0
    for _ in range(k):
        total += 1 / n
    return total


def _rerank(ranked: list[tuple[_Row, int]], share: dict[str, float], points: _Near,
            centres: list[tuple[float, float]], admin1s: frozenset[str], countries: frozenset[str],
            context_countries: Sequence[str], total: dict[str, float], own: dict[str, float],
            named: frozenset[str] = frozenset()) -> list[tuple[_Row, int]]:
    """Second pass: namesakes in the countries most of the text's other places are in (`share`), near one of them
    (`points`), near the town a named district is called after (`centres`), or in the subdivisions the text's other
    names may be in (the sum of their shares, `total` less this name's `own`; see `_admin1_shares`), win."""

    def bonus(row: _Row) -> float:
        near = row.lat is not None and points(row.lat, row.lon)
        code = row.admin1_code or ""
        backed = min(total.get(code, 0.0) - own.get(code, 0.0), SUPPORT_CAP)
        in_district = row.lat is not None and any(
            abs(row.lat - la) <= 1 and _km(row.lat, row.lon, la, lo) <= DISTRICT_KM for la, lo in centres
        )
        return COHERENCE * share.get(row.country or "", 0.0) + NEAR_BONUS * near + SUPPORT * backed + \
            DISTRICT_BONUS * in_district + NAMED_SUBDIVISION * (code in named)

    floor = _area_floor(ranked)

    def key(item: tuple[_Row, int]) -> tuple:
        row, quality = item
        in_admin1, in_country = row.admin1_code in admin1s, row.country in countries
        if row.feature in OUTRANKING_ALWAYS and quality == OWN:
            return (0, -(2 * in_admin1 + in_country), FEATURE_RANK[row.feature], -row.population, row.id)
        given = row.country in context_countries
        return (1 + _dwarfed(row, quality, floor), -_score(row, quality, in_admin1, in_country, given, bonus(row)),
                int(row.feature not in ("city", "airport")), 0, row.id)

    return sorted(ranked, key=key)


def _city_over_village(ranked: list[tuple[_Row, int]], near: Callable[[float, float], bool],
                       share: dict[str, float] | None = None) -> list[tuple[_Row, int]]:
    """A city of BIG_CITY or more over a village of SMALL_VILLAGE or less that the text's context ranked first, when the
    words may name either as well ("под Курском": Kursk, or the Crimean village Kurskoye, by the same inflected form)
    and the village lies near no other town the text names (`near`): a subdivision the text names elsewhere ("в
    западной части Крыма") does not make a report of Kursk one of a village there, while a village among the towns
    around it (a local paper's) stays. A name only the village has, or the city only by an alternate name, keeps the
    village. Near a town of the text or not, a village named only by an alternate name does not beat a city named by
    its own name: "Cherkasy" in a report on Ukraine that names a Russian airbase is Cherkasy, not a Saratov village
    GeoNames also spells so, and "Novorossiysk" in a report that lists Crimean towns is the port, not the Kherson
    village that bears the name as an alternate (whichever country most of the text's places lie in)."""
    if len(ranked) < 2:
        return ranked
    top, quality = ranked[0]
    if top.feature not in ("city", "airport") or top.population > SMALL_VILLAGE:
        return ranked
    close = top.lat is not None and top.lon is not None and near(top.lat, top.lon)
    del share  # (the share of the text's countries no longer decides: a city by its own name wins near or not)
    for item in ranked[1:]:
        row, q = item
        if row.feature == "city" and row.population >= BIG_CITY and q >= quality:
            if close and not q > quality:
                return ranked
            return [item, *(other for other in ranked if other is not item)]
    return ranked



def _qualifier(text: str, resolved: list[tuple[_Span, list[tuple[_Row, int]]]], i: int,
               following: list[tuple[_Row, int]], lang: str = "en") -> _Row | None:
    """The subdivision, district or country that qualifies span i: the next span (`following`: its candidates as
    ranked, after its own qualifier), after only ", ", " in ", " (" or " of "."""
    if i + 1 >= len(resolved):
        return None
    span, nxt = resolved[i][0], resolved[i + 1][0]
    if not following:
        return None
    best, quality = following[0]
    # Russian and Ukrainian qualify by the genitive with no word between: "с. Лютівка Золочівської громади"
    genitive = lang in ("ru", "uk") and best.id < 0 and text[span.end:nxt.start].isspace()
    told = best.feature in ("admin1", "admin2") and not _names_an_area(resolved[i][1]) and \
        _region_case_after(text[span.end:nxt.start], text[nxt.start:nxt.end], lang)
    if not (genitive or told or _QUALIFIER_GAP.fullmatch(text[span.end:nxt.start])):
        return None
    if re.search(r"\w", text[span.end:nxt.start]) and _home_town(text, span.start, lang):
        return None  # "Мобилизованный из Рыльска в ДНР погиб": where he is from, not where Rylsk lies
    if best.feature == "city" and _DISTRICT_WORD_AFTER.match(text, nxt.end) and resolved[i][1]:
        # "Krutaya Balka village in the Yasinovataya district": the district around the town it is named after (its
        # extent is not known: within DISTRICT_QUALIFIER_KM of the town, as a district named by its adjective)
        return best._replace(id=-1, feature="admin2", precision="admin2", population=0, capital=0)
    if quality != OWN and not _told_as_district(text[nxt.start:nxt.end], best, lang) or \
            best.feature not in ("admin1", "country", "admin2"):
        return None
    if best.feature == "country" and text[span.end:nxt.start].strip() == "," and _SUBJECT_AFTER.match(text, nxt.end):
        return None  # "By striking Novorossiysk, Ukraine sends a message": the country opens the next clause
    # Russian and Ukrainian qualify by the genitive ("район Краснодарского края"): two subdivisions joined by a comma
    # are a list there ("над Кубанью, Крымом"); English writes "Sverdlovsk region, Luhansk region" for a district
    peers = [r for r, q in resolved[i][1] if q == OWN and r.feature == best.feature
             and (r.feature == "country" or r.country == best.country or lang in ("ru", "uk"))]
    if peers and (_listed(text, resolved, i - 1) or _listed(text, resolved, i + 1)
                  or not any(_inside(r, best) for r, _ in resolved[i][1])):
        return None  # "Idaho, Illinois, Indiana", "Canada, Australia": a list, not Idaho in Illinois
    return best


def _a_town_elsewhere(ranked: list[tuple[_Row, int]], region: _Row) -> bool:
    """Whether a settlement has no reading inside `region` but a town by that name (`_a_town`) outside it: a list's member is then that town ("по Купянску и Ильинке в ДНР":
    Kupiansk, Kharkiv Oblast), not held at the region the list ends with, which only villages the gazetteer lacks
    there are."""
    return not any(_inside(r, region) for r, _ in ranked) and any(_a_town(r, q) for r, q in ranked)


def _a_town(row: _Row, quality: int) -> bool:
    """A reading that is a town the text means by the name, never a village the gazetteer lacks: TOWN or more by its
    own name ("Шебекино", "Рыльск"), or UA_TOWN or more by an alternate ("Kupiansk" for Kupyansk). A smaller place an
    alternate names ("Ивановка" for a town of Kyrgyzstan, "Іллінку" for Illintsi) is no sign against the village."""
    return row.feature == "city" and row.population >= TOWN and (quality == OWN or row.population >= UA_TOWN)


def _home_town(text: str, start: int, lang: str) -> bool:
    """Whether the settlement at `start` is told as where someone is from: after "из"/"з"/"from" (`origin_prepositions`
    in places.yaml) or right after a noun of a person ("Жительница Шебекино", "уроженец Рыльска"; `person_role_nouns`).
    A region then told after it with a preposition ("... в Курской области пострадала") is where the clause happens,
    not where the settlement lies; the genitive qualifier ("уроженец Рыльска Курской области") is kept by the caller."""
    found = re.search(r"([\w'’-]+)\W*$", text[max(0, start - 40):start])
    if found is None:
        return False
    word = found.group(1).lower().replace("ё", "е")
    if word in {str(w).lower() for w in topic(lang, "places").get("origin_prepositions") or []}:
        return True
    roles = _person_role_nouns(lang) if lang in ("ru", "uk") else frozenset()
    return bool(roles) and any(p.normal_form.replace("ё", "е") in roles for p in _morph(lang).parse(word)[:3])


def _short_name(surface: str, row: _Row) -> bool:
    """A subdivision named by its abbreviation ("ДНР", "LPR"): read only where it says where the settlement named right
    before it lies ("Ильинка в ДНР"). Alone it names the self-styled republic as a party ("глава ДНР", "власти ЛНР")
    more often than where something happened, and a report's events were wrongly moved to the region by it."""
    return row.feature == "admin1" and row.country in FOCUS_COUNTRIES and _abbreviation(surface)


def _abbreviation(surface: str) -> bool:
    return " " not in surface and surface.isupper() and len(surface) <= 4


# A capitalised word right before a subdivision's abbreviation, as a settlement it qualifies is ("Ильинка в ДНР",
# "Ilyinka, DPR", "Ilyinka in the DPR"): only there is the abbreviation looked at (see `_short_name`)
_QUALIFIED_BEFORE = re.compile(
    r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:\s*[,(]\s*|\s+(?:(?:в|во|на|у|in|of)\s+(?:the\s+)?)?)$")


def _after_a_place(text: str, before: _Span, span: _Span, lang: str) -> bool:
    """Whether `span` follows the place `before` as a qualifier does: ", ", " in ", or a Russian or Ukrainian case."""
    gap = text[before.end:span.start]
    return bool(_QUALIFIER_GAP.fullmatch(gap)) or _region_case_after(gap, text[span.start:span.end], lang)


def _region_case_after(gap: str, region: str, lang: str) -> bool:
    """Whether a Russian or Ukrainian subdivision after a settlement says where the settlement lies: after "в"/"на" in
    the locative ("Ильинка в Донецкой области", "в ДНР"), or right after it in the genitive ("Мартыновка Курской
    области"); `qualifier_*` in places.yaml. Other cases name another place of the clause ("из Белгорода в Курскую
    область": where to, not where Belgorod is). An abbreviation ("ДНР") does not decline."""
    data = topic(lang, "places")
    prepositions = data.get("qualifier_prepositions") or []
    if not prepositions:
        return False
    words = gap.split()
    if not words:
        forms = data.get("qualifier_genitive_words") or []
    elif len(words) == 1 and words[0].lower() in prepositions:
        forms = data.get("qualifier_locative_words") or []
    else:
        return False
    last = region.split()[-1]
    return (last.isupper() and len(last) > 1) or last.lower().endswith(tuple(forms))


def _listed_with_next(text: str, resolved: list[tuple[_Span, list[tuple[_Row, int]]]], i: int, lang: str) -> bool:
    """Spans i and i + 1 are members of one list of places ("Ильинка и Петровка", "Illinka, Petrivka and ..."): a comma
    or a list word (`list_joins` in places.yaml) between them, and neither names a subdivision or country."""
    if i + 1 >= len(resolved) or _names_an_area(resolved[i][1]) or _names_an_area(resolved[i + 1][1]):
        return False
    gap = text[resolved[i][0].end:resolved[i + 1][0].start]
    joins = topic(lang, "places").get("list_joins") or ["and"]
    return bool(_LIST_GAP.fullmatch(gap)) or re.fullmatch(
        rf"\s*,?\s*(?:{'|'.join(re.escape(w) for w in joins)})\s+", gap, re.IGNORECASE) is not None


# A country after a comma and before a lower-case word that no qualifier runs on into (a preposition, a conjunction, a
# relative word): the subject of the clause it opens ("..., Ukraine sends", "..., Russia said"), not where the place
# before it lies ("Kupiansk, Ukraine, on Monday", "Odesa, Ukraine (AP)"). Latin script only: Russian and Ukrainian
# qualify by the genitive.
_SUBJECT_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|to|of|for|from|by|with|as|near|where|when|which|who|that|after|before|"
                            r"during|between|amid|since|while|the|a|an)\b)[a-z]")


def _told_as_district(surface: str, row: _Row, lang: str) -> bool:
    """Whether a district is named as one, with the word for a district ("the Korenevsky district"): its spelling may
    be another romanisation than the gazetteer's ("Korenevskiy Rayon"), read as an alternate name, but the words say it
    is a district, so it qualifies the village named with it as surely as its own name would ("the village of
    Troitskoye in the Korenevsky district" is no Troitskoye of another region)."""
    if row.feature != "admin2":
        return False
    words = topic(lang, "events").get("district_words") or []
    return bool(words) and re.search(rf"(?<![\w-])(?:{'|'.join(words)})$", surface.strip(), re.IGNORECASE) is not None


def _compound_names(name: str) -> list[str]:
    """The names a hyphenated name made from an adjective may have: as made, with a space ("зноб новгородське"), and
    with its first part's linking "о" read back as the "а" the name ends that word with ("середино-будський" ->
    Середина-Буда), as an adjective joins two words with "о"."""
    names = [name, name.replace("-", " ")]
    first, dash, rest = name.partition("-")
    if dash and first.endswith("о") and len(first) >= 4:
        names += [f"{first[:-1]}а-{rest}", f"{first[:-1]}а {rest}"]
    return list(dict.fromkeys(names))


def _adjective_names(lemma: str, lang: str) -> Iterator[list[str]]:
    """The names of towns an adjective may be made from, rule by rule of `adjective_places` (the first rule that names a
    town wins: "покровский" is of Покров by "-овский" before Покровск by "-ский")."""
    for before, rest in _adjective_parts(lemma, lang):
        for rule in topic(lang, "places").get("adjective_places") or []:
            ending = rule["ending"]
            if rest.endswith(ending) and len(rest) - len(ending) >= 3:
                root = rest[: -len(ending)]
                yield [before + made for tail in rule["names"] for made in _compound_names(root + tail)]


def _adjective_parts(lemma: str, lang: str) -> list[tuple[str, str]]:
    """The ways an adjective may be made from a town's name: whole ("", "балаклійський"), or a first word joined to it
    (`adjective_prefixes` in places.yaml: "великописарівський" is "велика " + "писарівський", Velyka Pysarivka)."""
    parts = [("", lemma)]
    for prefix, words in (topic(lang, "places").get("adjective_prefixes") or {}).items():
        if lemma.startswith(prefix) and len(lemma) - len(prefix) >= 6:
            parts += [(f"{word} ", lemma[len(prefix):]) for word in words]
    return parts


def _names_an_area(cands: list[tuple[_Row, int]]) -> bool:
    return any(r.feature in ("admin1", "country") and q == OWN for r, q in cands)


def _listed(text: str, resolved: list[tuple[_Span, list[tuple[_Row, int]]]], i: int) -> bool:
    """Spans i and i + 1 both name subdivisions or countries, with only a comma or "and" between them."""
    if i < 0 or i + 1 >= len(resolved):
        return False
    (a, first), (b, second) = resolved[i], resolved[i + 1]
    return bool(_LIST_GAP.fullmatch(text[a.end:b.start])) and _names_an_area(first) and _names_an_area(second)


def _near(row: _Row, area: _Row) -> bool:
    """A city that is its own subdivision, next to the one named with it ("Sevastopol, Crimea")."""
    own_subdivision = normalize(row.name) in normalize(row.admin1_name or "")
    return own_subdivision and area.feature == "admin1" and None not in (row.lat, area.lat) and \
        _km(row.lat, row.lon, area.lat, area.lon) <= NEAR_KM  # type: ignore[arg-type]


def _inside(row: _Row, area: _Row) -> bool:
    if area.feature == "country":
        return row.country == area.country
    if area.feature == "admin2":  # a district's extent is not known: its subdivision, near its point
        reach = DISTRICT_QUALIFIER_KM if area.id < 0 else LISTED_DISTRICT_QUALIFIER_KM
        return row.admin1_code == area.admin1_code and row.feature not in ("admin1", "admin2") and \
            None not in (row.lat, area.lat) and _km(row.lat, row.lon, area.lat, area.lon) <= reach  # type: ignore[arg-type]
    return row.admin1_code == area.admin1_code and row.feature != "admin1"


def _anchor(cands: list[tuple[_Row, int]]) -> tuple[str | None, str | None] | None:
    """(country, admin1) that a match vouches for: when it names one place, or a subdivision/country by its own name
    that no namesake comes near: the others' names are alternates, or they are VOUCH_MARGIN times smaller ("Texas" the
    state, though two Mexican villages are called Texas)."""
    if not cands:
        return None
    if len(cands) == 1:
        row = cands[0][0]
        return row.country, row.admin1_code
    best = _rank(cands, set(), set())
    (row, quality), (second, second_quality) = best[0], best[1]
    if row.feature in ("admin1", "country") and quality == OWN and (
            second_quality < OWN or row.population >= VOUCH_MARGIN * max(second.population, 1)):
        return row.country, row.admin1_code
    return None


_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# "Yasinovatsky district", "Shakhtarskyi raion", "the Slavyanoserbsky district": a district named by its adjective
_DISTRICT_PHRASE = re.compile(r"(?<![\w'’-])(?P<adjective>[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?(?:sk|tsk|ck|zk)(?:iy|yi|yy|ij|ii|y|i))"
                              r"\s+(?i:(?:(?:urban|municipal)\s+)?(?:district|okrug)|raion|rayon)\b")
_DISTRICT_PHRASE_CYRILLIC = re.compile(
    rf"(?<![\w'’-])(?P<adjective>[{adj.CAPITAL}][{adj.SMALL}]+(?:-[{adj.SMALL}]+)?(?:{adj.SUFFIX})(?:{adj.MASCULINE}))"
    r"\s+район(?:а|е|у|ом|і|ові)?\b")
# "в белгородскую многоэтажку", "Глуховской громаде", "Зноб-Новгородській громаді": an adjective (of -ск-/-цк-) and
# the noun after it
_ADJECTIVE_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’-])(?P<adjective>[{adj.SMALL}{adj.CAPITAL}][{adj.SMALL}]+(?:-[{adj.SMALL}{adj.CAPITAL}][{adj.SMALL}]+)?"
    rf"(?:{adj.SUFFIX})(?:{adj.MASCULINE}|{adj.FEMININE}|{adj.NEUTER}|{adj.PLURAL}))\s+(?P<noun>[{adj.SMALL}{adj.CAPITAL}]+)\b")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,4}|[A-Z]{2,4}")  # "U.S.", "US", "UAE": a country by its initials, mostly its state
_COMMUNITY_ID = -1000  # ids of the communities a text names (`_adjective_sites`) are this and below: this text's only
def _loose_spelling(name: str) -> str:
    """A Latin name spelt loosely alike across romanisations: y/j as i, h as g, no apostrophes, no doubled letters."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", normalize(name).translate(_LOOSE)))


_LOOSE = str.maketrans({"y": "i", "j": "i", "h": "g"})
_START_LETTERS = 4  # the fewest first letters the words must share with a village's own name
_OWN_NAME_LETTERS = 2  # first letters shared with the town's own name that make the words its name, not a former one


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _former_name_of_villages(town: _Row, cands: list[tuple[_Row, int]], surface: str) -> bool:
    """Whether a Ukrainian town was matched by a Cyrillic name that other places of Ukraine bear as their own (spelt
    in Latin, it starts as the words do, further than the town's own name does): the name is theirs, the town's former
    one ("Новоолександрівка" is Melitopol's name of the 1830s; "Олександрівку" names no suburb of Donetsk; "Слов'янськ",
    Nikopol's name of 1780, is Sloviansk, a town as large: place20). A former
    name is another word: one that starts as the town's own name does is that name inflected or spelt in another
    language ("Львові" is Lviv, not the village of Lvove)."""
    said = _loose_spelling(latin(surface))
    own = _shared_start(said, _loose_spelling(town.name))
    if own >= _OWN_NAME_LETTERS:
        return False
    return any(r.country == "UA" and r.id != town.id and r.feature == "city"
               and _shared_start(said, _loose_spelling(r.name)) > max(own, _START_LETTERS - 1) for r, _ in cands)


# A town's name right before the word for a district names the district: "in the Yasinovataya district", "Bakhmut raion"
_DISTRICT_WORD_AFTER = re.compile(r"\s+(?:district|raion|rayon)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _region_office_pattern(lang: str) -> re.Pattern[str] | None:
    offices = (topic(lang, "events").get("region_offices") or []) + (topic(lang, "events").get("region_words") or [])
    if lang not in ("ru", "uk") or not offices:
        return None
    alternation = "|".join(f"(?:{o})" for o in offices)
    return re.compile(rf"(?<![\w'’-])(?P<adjective>[{adj.SMALL}{adj.CAPITAL}][{adj.SMALL}]+(?:{adj.SUFFIX}|зьк|зк)"
                      rf"(?:{adj.MASCULINE}|{adj.FEMININE}))\s+(?:{alternation})(?![\w])")


_NEXT_WORD = re.compile(r"\s+([а-яёіїєґА-ЯЁІЇЄҐ]+)\b")
CITY_WITH_DISTRICTS = 100_000  # a city this large has districts of its own ("Kievsky district of Donetsk")
AIRPORT_TOWN_DEG = 0.3  # an airport lies within this many degrees (about 30 km) of a town of its subdivision
_CITY_DISTRICT_GAP_CYRILLIC = re.compile(r"\s+(?:г\.\s*|города\s+|міста\s+|м\.\s*)?")
_CITY_DISTRICT_GAP = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?", re.IGNORECASE)
_DISTRICT_PHRASE_HINT = re.compile(r"(?i:district|raion|rayon|район)")


def _whole_compounds(text: str, spans: list[_Span]) -> list[_Span]:
    """Drop a match that is the second part of a hyphenated proper name whose first part names nothing: "Mogila" of
    "Saur-Mogila" (a hill, not the Macedonian municipality), "Donetsk" of "Yuzhno-Donetsk". Both parts of "Kyiv-Moscow"
    are places and stay; the first part stays too ("Kupyansk" of "Kupyansk-Vuzlovy" is next to it)."""
    ends = {s.end for s in spans}
    kept = []
    for s in spans:
        before = _WORD_BEFORE.search(text, 0, s.start - 1) if s.start >= 2 and text[s.start - 1] == "-" else None
        if before is None or before.end() != s.start - 1 or not before.group()[0].isupper() or s.start - 1 in ends:
            kept.append(s)
    return kept


def _merged(spans: list[_Span]) -> list[_Span]:
    """One span per stretch of text, with every reading of it: "Винницы" is both the village Vinnitsy by its surface
    and Vinnytsia by its lemma."""
    if len({(s.start, s.end) for s in spans}) == len(spans):
        return spans
    by_place: dict[tuple[int, int], dict[int, int]] = {}
    for s in spans:
        refs = by_place.setdefault((s.start, s.end), {})
        for e, q in s.refs.items():
            refs[e] = max(refs.get(e, 0), q)
    return [_Span(a, b, refs) for (a, b), refs in by_place.items()]


def _longest_non_overlapping(spans: list[_Span]) -> list[_Span]:
    taken: list[_Span] = []
    occupied: set[int] = set()
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not occupied.intersection(range(s.start, s.end)):
            taken.append(s)
            occupied.update(range(s.start, s.end))
    return sorted(taken, key=lambda s: s.start)


def _keys_found(forms: list[set[str]], lemmas: dict[str, str], limit: int = 64) -> list[str]:
    combos = (" ".join(c) for c in itertools.islice(itertools.product(*forms), limit))
    return [key for key in combos if key in lemmas]


def _is_word_boundary(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def normalize_text(text: str) -> str:
    """normalize() without collapsing spaces, so offsets into the text stay valid when lengths agree."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_TRANSLATE)


def _offsets(text: str) -> list[tuple[str, int]]:
    """Per normalised character, the original offset: for the rare texts where normalising changes the length."""
    out = []
    for i, c in enumerate(text):
        n = normalize_text(c) or " "
        out.extend((ch, i) for ch in n)
    return out


def _check_lang(lang: str) -> None:
    if lang not in ("en", "ru", "uk"):
        raise GazetteerError(f"unsupported language {lang!r}: the gazetteer reads en, ru, uk")


@lru_cache(maxsize=50_000)
def _zipf(word: str, lang: str = "en") -> float:
    return Gazetteer.load().zipf(word, lang)


_NAME_AFTER = re.compile(r"\s+([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ-]+)")
_NAME_BEFORE = re.compile(r"([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ-]+)\s+$")


@lru_cache(maxsize=2_000)
def _nominative(phrase: str, lang: str) -> str:
    """An adjective-and-noun name put in the nominative, the adjectives agreeing with the noun's gender
    ("Шебекинского городского округа" -> "Шебекинский городской округ"), capitals kept."""
    *adjectives, noun = phrase.split()
    head = _morph(lang).parse(noun)[0]
    gender = {head.tag.gender} - {None}
    words = []
    for word, parsed in [(w, _morph(lang).parse(w)[0]) for w in adjectives] + [(noun, head)]:
        agree = gender if parsed is not head else set()
        # (the Ukrainian dictionary marks no singular: "Іллінку" asked for "sing" gave nothing, and stayed as written)
        form = parsed.inflect({"nomn", "sing"} | agree) or parsed.inflect({"nomn"} | agree)
        out = form.word if form else word
        words.append(out[:1].upper() + out[1:] if word[:1].isupper() else out)
    return " ".join(words)


@lru_cache(maxsize=20_000)
def _is_given_name(word: str, lang: str) -> bool:
    """A first name or patronymic in the language's dictionary ("Віталій", "Вячеслав", "Владимирович"); a word the
    dictionary only guesses at ("Жители" in the Ukrainian one) is not, and neither is a name only in the plural: one
    person is named in the singular ("в Алешках" is the town, not a crowd of Alyoshkas)."""
    morph = _morph(lang)
    return morph.word_is_known(word.lower()) and any(
        {"Name", "Patr"} & p.tag.grammemes and "plur" not in p.tag.grammemes for p in morph.parse(word)[:3])


@lru_cache(maxsize=20_000)
def _unknown_before_surname(word: str, next_word: str, lang: str, role_cases: frozenset[str] = frozenset()) -> bool:
    """A word the dictionary does not know, right before a surname it does know in the same case ("Илезом Аушевым",
    both instrumental), is a first name from outside the dictionary (Ingush, Chechen, Dagestani names are many), not a
    place, when a noun of one person's rank, post or role stands right before it in that case too (`role_cases`,
    `_role_cases_before`: "с сержантом полиции Илезом Аушевым"). Without one, a village the dictionary lacks before a
    surname ("жители Журавлёвки Гладкова") stays a place (review14). A surname that is also a place, or one that never
    declines, tells nothing."""
    morph = _morph(lang)
    if not role_cases or morph.word_is_known(word.lower()) or not morph.word_is_known(next_word.lower()):
        return False
    parses = morph.parse(next_word)
    if any({"Geox", "Fixd"} & p.tag.grammemes for p in parses):
        return False
    surname_cases = {p.tag.case for p in parses if "Surn" in p.tag.grammemes}
    case = morph.parse(word)[0].tag.case
    return case in surname_cases and case in role_cases


_WORDS_BEFORE = re.compile(r"(\w+)\s+(?:(\w+)\s+)?$")


@lru_cache(maxsize=8)
def _person_role_nouns(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower().replace("ё", "е") for w in topic(lang, "places").get("person_role_nouns") or [])


def _role_cases_before(text: str, start: int, lang: str) -> frozenset[str]:
    """The cases of a noun of one person's rank, post or role (`person_role_nouns` of lang/<code>/places.yaml, in the
    singular) right before `start`, or one word before that ("сержантом полиции ..."): what names the next words a
    person's names. Not the genitive: a role noun there takes a place after it ("жительницы Журавлёвки Гладковой",
    "главы Козинки") as readily as a name."""
    found = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    roles = _person_role_nouns(lang)
    if not found or not roles:
        return frozenset()
    morph = _morph(lang)
    cases: set[str] = set()
    for word in (found.group(2), found.group(1)) if found.group(2) else (found.group(1),):
        for p in morph.parse(word):
            if p.normal_form.replace("ё", "е") in roles and "sing" in p.tag.grammemes and p.tag.case not in (None, "gent"):
                cases.add(p.tag.case)
        if cases:
            break
    return frozenset(cases)


def _initials(name: str) -> str:
    """The capitals that open the words of a name of two words or more ("Cordillera Administrative Region": "CAR"), or
    "" for a name of one word."""
    words = name.split()
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 1 else ""


def _without_personal_names(text: str, spans: list[_Span], lang: str) -> list[_Span]:
    """Surnames are not places: a word right after a first name or patronymic ("Сергій Лисак", "Віталій Кличко",
    "Артём Дехтяренко") is a person, and so is the same surname later in the text ("повідомив Лисак")."""
    surnames: set[str] = set()
    kept: list[_Span] = []
    # a name of two words or more right after is a place the first one lies in ("Алешки Херсонской области"), no surname
    places_after = {s.start for s in spans if " " in text[s.start:s.end]}
    for span in spans:
        surface = text[span.start:span.end]
        after = _NAME_AFTER.match(text, span.end)
        if after and after.start(1) in places_after:
            after = None
        if " " not in surface and after and _is_given_name(surface, lang) and not _is_given_name(after.group(1), lang):
            continue  # "Артём Дехтяренко": a first name before a surname is not Artyom in Primorsky Krai
        if " " not in surface and after and _unknown_before_surname(
                surface, after.group(1), lang, _role_cases_before(text, span.start, lang)):
            continue  # "с сержантом Илезом Аушевым": a first name the dictionary lacks is no village Ileza
        before = _NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
        if " " not in surface and before and _is_given_name(before.group(1), lang):
            surnames.add(normalize(surface)[:max(4, len(surface) - 2)])
            continue
        kept.append(span)
    if not surnames:
        return kept
    return [s for s in kept if " " in text[s.start:s.end]
            or not any(normalize(text[s.start:s.end]).startswith(stem) for stem in surnames)]


def _without_romanised_first_names(text: str, spans: list[_Span]) -> list[_Span]:
    """A Russian or Ukrainian first name in Latin letters before a surname ("Marina Barsuk", "Marina Koval") is a
    person, not the town Marina, and the surname is no village Koval: the word after is capitalised, rare as an English
    word and opens no place name of two words or more ("Marina Bay Sands" stays). A surname after a first name that is
    no place ("Governor Alexander Gusev", "Maria Ivanova") is no town Gusev or Ivanovo either, and neither is the same
    surname later in the text ("according to Gusev")."""
    longer = {s.start for s in spans if " " in text[s.start:s.end]}
    people: set[int] = set()
    surnames: set[str] = set()
    for span in spans:
        after = _NAME_AFTER.match(text, span.end)
        surface = text[span.start:span.end]
        if (after and " " not in surface and _given_name_en(surface) and after.start(1) not in longer
                and not is_first_name(after.group(1)) and _zipf(after.group(1), "en") < COMMON_ZIPF):
            people.update((span.start, after.start(1)))
        before = _NAME_BEFORE.search(text, max(0, span.start - 40), span.start)
        if (" " not in surface and before and _given_name_en(before.group(1)) and _zipf(surface, "en") < COMMON_ZIPF
                and not _given_name_en(surface)):
            people.add(span.start)
            surnames.add(normalize(surface)[:max(4, len(surface) - 2)])
    return [s for s in spans if " " in text[s.start:s.end] or (
        s.start not in people and not any(normalize(text[s.start:s.end]).startswith(stem) for stem in surnames))]


def _given_name_en(word: str) -> bool:
    """A first name as English reports of the war spell it: romanised back to the Russian or Ukrainian dictionary's
    ("Oleksandr", "Vyacheslav"), or listed in `given_names` of lang/en/places.yaml where the English spelling does not
    lead back ("Alexander", "Maria", "Sergei")."""
    return is_first_name(word) or normalize(word) in _given_names()


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in topic("en", "places").get("given_names") or [])


def _without_parts_of_longer_names(text: str, spans: list[_Span], lang: str) -> list[_Span]:
    """A one-word name right after a capitalised adjective that opens names of places ("Велика", "Червоний",
    "Большое"; `name_prefix_stems` in lang/<code>/places.yaml) is the second word of a longer name, when the gazetteer
    has not that name as a whole: "Велика Чернеччина" is no village Chernechchyna 60 km off, "Большое Савино" (Perm's
    airport) no village Savino in Ivanovo Oblast. Such a place is one the gazetteer lacks, named no finer than the
    report's other places name it."""
    pattern = _name_prefix(lang)
    if pattern is None:
        return spans
    whole = [(s.start, s.end) for s in spans if " " in text[s.start:s.end]]
    out = []
    for s in spans:
        if " " not in text[s.start:s.end] and pattern.search(text, max(0, s.start - 30), s.start) and not any(
                a < s.start and s.end <= b for a, b in whole):
            continue
        out.append(s)
    return out


@lru_cache(maxsize=None)
def _name_prefix(lang: str) -> re.Pattern[str] | None:
    stems = topic(lang, "places").get("name_prefix_stems") or []
    if not stems:
        return None
    return re.compile(rf"(?<![\w'’ʼ-])(?:{'|'.join(map(re.escape, stems))})[^\W\d_]*\s+$")


_NEXT_LOWER_WORDS = re.compile(r"[ \t]+([^\W\d_A-ZА-ЯЁІЇЄҐ][^\W\d_]*(?:[-'’ʼ][^\W\d_]+)*)")


def _agreement(tag) -> tuple[str | None, str, str | None]:  # noqa: ANN001 - a pymorphy3 OpencorporaTag
    """Case, number and (in the singular) gender of a parse; the Ukrainian dictionary marks no singular, and its
    second genitive and locative are the first ones."""
    number = "plur" if "plur" in tag else "sing"
    case = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}.get(tag.case, tag.case)
    return case, number, tag.gender if number == "sing" else None


def _modifies_next_noun(word: str, after: str, lang: str) -> bool:
    """Whether a capitalised word stands as an adjective: the words after it, in lower case, are a noun it agrees with,
    perhaps after lower-case adjectives that agree too ("Покровського міського ліцею"). A name standing as a noun is
    followed by a comma, a verb, a conjunction or nothing ("зазнало Покровське, там", "Покровськ і Покровське")."""
    morph = _morph(lang)
    forms = {_agreement(p.tag) for p in morph.parse(word.lower()) if p.tag.POS == "ADJF"}
    for _ in range(3):
        nxt = _NEXT_LOWER_WORDS.match(after)
        if not forms or not nxt:
            return False
        parses = morph.parse(nxt.group(1))
        if any(p.tag.POS == "NOUN" and _agreement(p.tag) in forms for p in parses):
            return True
        forms &= {_agreement(p.tag) for p in parses if p.tag.POS == "ADJF"}
        after = after[nxt.end():]
    return False


def _settlement_word_right_before(text: str, start: int, lang: str) -> bool:
    """Whether a word for a settlement ("села", "в поселке", `settlement_words` of places.yaml) ends right before
    `start`."""
    pattern = _settlement_word_before(lang)
    return bool(pattern and pattern.search(text[max(0, start - 20):start]))


def _same_entry(a: Place, b: Place) -> bool:
    return (a.geonames_id, a.lat, a.lon) == (b.geonames_id, b.lat, b.lon)


@lru_cache(maxsize=None)
def _romanised_endings() -> tuple[tuple[str, ...], ...]:
    """Families of endings one adjectival name takes in different romanisations, longest first in each family."""
    families = topic("en", "places").get("romanised_endings") or []
    return tuple(tuple(sorted((str(e).lower() for e in family), key=len, reverse=True)) for family in families)


def _add_variants(wanted: dict[str, set[tuple[int, int]]], families: tuple[tuple[str, ...], ...], word: str,
                  start: int, end: int, after: str | None, after_end: int) -> None:
    """Add to `wanted` each other romanised ending of `word` (and with the word `after` it), with where it stands."""
    low = word.lower()
    for family in families:
        ending = next((e for e in family if low.endswith(e) and len(low) - len(e) >= 2), None)
        if ending is None:
            continue
        stem = low[: len(low) - len(ending)]
        for other in family:
            for variant in {stem + other, stem.rstrip("'’") + "'" + other} - {low}:
                wanted.setdefault(variant, set()).add((start, end))
                if after:
                    wanted.setdefault(f"{variant} {after.lower()}", set()).add((start, after_end))
        break


# a capitalised Latin word (and the word after it, for names of two words: "Shevchenkivskyy district")
_ROMANISED_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)\b(?=(?:\s+([a-z]+|[A-Z][a-z]+))?)")


@lru_cache(maxsize=None)
def _demonyms() -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in topic("en", "places").get("demonyms") or {})


def _names_water(text: str, span: _Span, lang: str) -> bool:
    """A name with a water body's noun beside it ("the Dnipro River", "річки Дніпро", "the Gulf of Aden", "Керченского
    пролива") is the river, gulf or strait, not the town named after it: a place of shelling across it, or of a ship
    struck in it, is told by other names (or by the whole name, when the gazetteer holds the sea)."""
    data = topic(lang, "places")
    following = _NEXT_WORD_ANY.match(text, span.end)
    if following and following.group(1) in (data.get("water_nouns_after") or []):
        return True
    before = text[max(0, span.start - 40):span.start].rstrip()
    if lang != "en":  # Russian and Ukrainian nouns are listed in lower case; English ones as written ("Gulf of")
        before = before.lower()
    return any(before.endswith(noun) and not before[:-len(noun)][-1:].isalnum()
               for noun in data.get("water_nouns_before") or [])


_NEXT_WORD_ANY = re.compile(r"\s+(\w+)")


@lru_cache(maxsize=None)
def _settlement_word_before(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "places").get("settlement_words") or []
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})\s+$", re.IGNORECASE)


# a capitalised word after a name that is not the next word of the name: a region's or district's adjective
_REGION_AFTER = re.compile(r"\s+\w+(?:ой|ого|ій)\s+(?:област|район|округ|кра|республик|громад)\w*", re.IGNORECASE)


def _after_settlement_word(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a name comes right after a word for a settlement ("в поселке Северный", "Село Красное",
    `settlement_words` of places.yaml) and is the whole name: the next word is in lower case, or the adjective of a
    region or district ("селе Разумное Белгородской области"); "село Старый Хутор" is no village Staryy."""
    if not _settlement_word_right_before(text, start, lang):
        return False
    after = text[end:end + 60]
    nxt = re.match(r"\s+(\w)", after)
    return not (nxt and nxt.group(1).isupper()) or bool(_REGION_AFTER.match(after))


@lru_cache(maxsize=20_000)
def _adjective(word: str, lang: str) -> bool:
    """Whether the dictionary reads a word as an adjective ("Северный", "Разумное"), not as a noun or a name
    ("Петровка", a village of many namesakes the gazetteer may hold only elsewhere)."""
    parses = _morph(lang).parse(word)
    return bool(parses) and parses[0].tag.POS == "ADJF"


@lru_cache(maxsize=None)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(normalize(str(w)) for w in topic(lang, "places").get("stopwords", []))


@lru_cache(maxsize=50_000)
def _may_be_toponym(word: str, lang: str, sentence_start: bool) -> bool:
    """A dictionary word is a place only when the dictionary says so: "Дело" is not Delhi, "Илья" not Iĺja.

    The Russian dictionary tags toponyms (Geox); the Ukrainian one does not, so there a common or proper noun that is
    not a first name, surname or patronymic passes. Words the dictionary does not know (most small places) pass.
    """
    morph = _morph(lang)
    if not morph.word_is_known(word.lower()):
        return True
    parses = morph.parse(word)
    if any("Geox" in p.tag.grammemes for p in parses):
        return True
    if lang == "ru":
        return False
    if sentence_start and parses and parses[0].tag.POS in FUNCTION_POS:
        return False
    if sentence_start and any(p.tag.POS in FUNCTION_POS for p in parses) and _zipf(word, lang) >= 5.0:
        return False  # "Усі служби": a very common word that can be a pronoun or preposition, not Wuxi
    return any(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


@lru_cache(maxsize=20_000)
def _plural_of_given_name(word: str, lang: str) -> tuple[str, ...]:
    """For a word the dictionary reads only as a given name, and never as one person's name in the nominative
    ("Алешки": Alyoshkas, or of Alyoshka; "в Алешках"), its nominative plural: a report names a person in the
    nominative or with a surname, and a place called by that plural ("Алешки", Oleshky in Russian) is the place."""
    parses = _morph(lang).parse(word)
    if not parses or any("Name" not in p.tag.grammemes or {"sing", "nomn"} <= p.tag.grammemes for p in parses):
        return ()
    plurals = {form.word for p in parses if (form := p.inflect({"plur", "nomn"}))}
    return tuple(sorted(plurals))


def _site_lemma(word: str, lang: str, wanted: Collection[str]) -> str:
    """The normal form of `word` that is one of `wanted`, of any of pymorphy3's readings ("округу" reads first as
    the feminine "округа", the neighbourhood, then as "округ"); else its likeliest normal form."""
    forms = [p.normal_form for p in _morph(lang).parse(word.lower())]
    return next((f for f in forms if f in wanted), forms[0])


def _morph(lang: str):  # noqa: ANN202 - pymorphy3.MorphAnalyzer
    ru, uk = _analyzers()
    return ru if lang == "ru" else uk


def _word_prefixes(keys: Collection[str]) -> set[str]:
    """Each key and each of its first words ("a b c" -> "a b c", "a", "a b"): the keys stand whole, so only the keys
    with a space are walked (most are one word)."""
    out = set(keys)
    for key in keys:
        i = key.find(" ")
        while i != -1:
            out.add(key[:i])
            i = key.find(" ", i + 1)
    return out


@lru_cache(maxsize=50_000)
def _forms(word: str, lang: str) -> set[str]:
    if script(word) != "cyrillic":
        return {normalize(word)}
    # the analyzers' dictionaries spell the Ukrainian apostrophe as ASCII; news mostly types it as ’ or ʼ, and a word
    # so spelt is unknown to them and guessed ("Слов’янську" read as a form of an adjective, not of Слов'янськ)
    return word_forms(word.translate(_ASCII_APOSTROPHE), (_morph(lang),))
