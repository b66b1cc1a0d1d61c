"""Find and resolve place names offline, in English, Russian and Ukrainian text.

Names are found by an Aho-Corasick automaton over normalised names (exact surface forms) and, for Russian and
Ukrainian, by pymorphy3 normal forms ("Белгородской области" -> "белгородский область"), so that inflected names reach
the gazetteer. Many names are shared ("Pokrovsk" in Donetsk Oblast and in Yakutia; Engels' old name is Pokrovsk), so
candidates are ranked: first by the other places the same text names (a candidate in their subdivision or country wins),
then by whether the name is the place's own or an alternate one, then by feature and population.
"""

from __future__ import annotations

import itertools
import math
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from eventledger.geo.build import (
    _TRANSLATE, OWN, _analyzers, build, default_path, lemma_keys, normalize, script, version_tag, word_forms,
)
from eventledger.lang import topic
from eventledger.model import Place

MAX_NAME_WORDS = 5
FEATURE_RANK = {"country": 0, "sea": 1, "area": 1, "admin1": 2, "airport": 3, "city": 3}
PROMINENT = {"country", "admin1", "sea", "area"}
# Parts of speech that, at the start of a sentence, say a capitalised word is not a place ("По", "Мирные").
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR",
                "ADVB", "PRED", "INTJ"}
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_SENTENCE_END = ".!?:;…\n"
_OPENERS = " \t\r\"'«»“”„(—–-"


class GazetteerError(ValueError):
    """Bad input to the gazetteer, or a gazetteer file that cannot be used: the message names it."""


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    feature: str  # "city", "admin1", "airport", "sea", "country", "area"
    population: int
    admin1_code: str | None  # GeoNames style "RU.80"


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
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in _SENTENCE_END


class Gazetteer:
    """A read-only view of the gazetteer file, with the automaton find() needs. One per process is enough."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self.meta = dict(self._con.execute("SELECT key, value FROM meta"))
            names = self._con.execute("SELECT norm, refs FROM text_name")
            self._automaton = ahocorasick.Automaton()
            for norm, refs in names:
                self._automaton.add_word(norm, (len(norm), refs))
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: not a usable gazetteer file ({exc}); delete it to rebuild") from exc
        self._automaton.make_automaton()
        self._lock = threading.Lock()
        self._rows: dict[int, _Row] = {}
        self._lemmas: dict[str, str] | None = None
        self._lemma_leads: set[str] = set()

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The gazetteer at `path` (default `$EVENTLEDGER_HOME/gazetteer-<version>.sqlite`), built first if missing."""
        default = path is None
        path = Path(path) if path else default_path()
        with _instances_lock:
            if path not in _instances:
                if not path.exists():
                    build(path)
                    if default:  # older versions of the cache file are dead weight (80 MB each)
                        for old in path.parent.glob("gazetteer-*.sqlite"):
                            if old != path:
                                old.unlink(missing_ok=True)
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
        if lang in ("ru", "uk"):
            spans += self._lemma_spans(text, lang)
        spans = [s for s in spans if self._plausible(text, s, lang)]
        chosen = _longest_non_overlapping(spans)
        resolved = [(s, self._candidates(s.refs)) for s in chosen]
        anchors = [_anchor(cands) for _, cands in resolved]
        matches = []
        for i, (span, cands) in enumerate(resolved):
            others = [a for j, a in enumerate(anchors) if j != i and a]
            admin1s = {a[1] for a in others if a[1]}
            countries = {a[0] for a in others if a[0]} | set(context_countries)
            ranked = _rank(cands, admin1s, countries)
            matches.append(PlaceMatch(span.start, span.end, text[span.start:span.end],
                                      tuple(self._candidate(r) for r, _ in ranked)))
        return matches

    def _surface_spans(self, text: str) -> list[_Span]:
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

    def _lemma_spans(self, text: str, lang: str) -> list[_Span]:
        lemmas = self._lemma_table()
        tokens = list(_TOKEN.finditer(text))
        spans = []
        for i, tok in enumerate(tokens):
            forms0 = _forms(tok.group(), lang)
            if not (tok.group()[0].isupper() or forms0 & self._lemma_leads):
                continue
            for n in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
                group = tokens[i:i + n]
                if any(text[a.end():b.start()].strip() for a, b in zip(group, group[1:])):
                    continue  # the words of one name are separated by spaces only
                hits = _keys_found([forms0] + [_forms(t.group(), lang) for t in group[1:]], lemmas)
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
            return self._lemmas

    def _plausible(self, text: str, span: _Span, lang: str) -> bool:
        """Common words and function words are not places: capital letter required, stop lists, sentence starts."""
        surface = text[span.start:span.end]
        if not any(c.isupper() for c in surface):
            return False
        norm = normalize(surface)
        if norm in _stopwords(lang) or norm in _stopwords("en"):
            return False
        single = " " not in surface
        if single and surface.isupper() and len(surface) <= 4:  # "SHOT", "ГУР": acronyms, unless a country's ("КНДР")
            return any(self._candidates({e: q})[0][0].feature == "country" for e, q in span.refs.items())
        if lang in ("ru", "uk") and single and script(surface) == "cyrillic":
            return _may_be_toponym(surface, lang, _at_sentence_start(text, span.start))
        return True

    # --- resolving names -------------------------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None, admin1: str | None = None, lang: str = "en",
               context_countries: Sequence[str] = ()) -> list[Candidate]:
        """Ranked candidates for one name: exact normalised match, or for ru/uk any inflected form of it."""
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"lookup() needs a non-empty place name, got {name!r}")
        _check_lang(lang)
        with self._lock:
            refs = {e: q for e, q in self._con.execute("SELECT entity, quality FROM name WHERE norm = ?",
                                                        (normalize(name),))}
        if not refs and script(name) == "cyrillic":
            lemmas = self._lemma_table()
            analyzers = (_morph(lang),) if lang in ("ru", "uk") else _analyzers()
            for key in lemma_keys(name, analyzers):
                for ent, q in _parse_refs(lemmas[key]).items() if key in lemmas else ():
                    refs[ent] = max(refs.get(ent, 0), q)
        cands = self._candidates(refs)
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
        column = "iata" if len(code) == 3 else "icao"
        with self._lock:
            row = self._con.execute(f"SELECT * FROM entity WHERE feature = 'airport' AND {column} = ? "
                                    "ORDER BY iata IS NULL, id LIMIT 1", (code,)).fetchone()
        return self._candidate(_Row(*row)) if row else None

    def admin1(self, country: str, admin1_code: str) -> Candidate | None:
        """A first-level subdivision by GeoNames code: admin1("RU", "80") or admin1("RU", "RU.80")."""
        if not country or not admin1_code:
            raise GazetteerError(f"admin1() needs a country and a code, got {country!r}, {admin1_code!r}")
        code = admin1_code if "." in admin1_code else f"{country.upper()}.{admin1_code}"
        with self._lock:
            row = self._con.execute("SELECT * FROM entity WHERE feature = 'admin1' AND admin1_code = ?",
                                    (code,)).fetchone()
        return self._candidate(_Row(*row)) if row else None

    # --- rows and candidates ---------------------------------------------------------------------------------

    def _candidates(self, refs: dict[int, int]) -> list[tuple[_Row, int]]:
        missing = [e for e in refs if e not in self._rows]
        if missing:
            with self._lock:
                for i in range(0, len(missing), 500):
                    chunk = missing[i:i + 500]
                    marks = ",".join("?" * len(chunk))
                    for row in self._con.execute(f"SELECT * FROM entity WHERE id IN ({marks})", chunk):
                        self._rows[row[0]] = _Row(*row)
        return [(self._rows[e], q) for e, q in refs.items()]

    @staticmethod
    def _candidate(row: _Row) -> Candidate:
        place = Place(
            name=row.name, country=row.country, admin1=row.admin1_name, lat=row.lat, lon=row.lon,
            precision=row.precision, geonames_id=row.geonames_id, iata=row.iata, icao=row.icao,  # type: ignore[arg-type]
        )
        return Candidate(place, row.feature, row.population, row.admin1_code)


def _rank(cands: Iterable[tuple[_Row, int]], admin1s: set[str], countries: set[str]) -> list[tuple[_Row, int]]:
    """Best first. A country, subdivision or sea named by its own name outranks any namesake village ("Крым" is
    Crimea, not the hamlet Krym in Rostov Oblast). Among the rest a score weighs, in this order of strength: own name
    over alternate (Pokrovsk over Engels, once called Pokrovsk), the text's subdivisions, its countries, and population
    on a log scale, so that context picks among namesakes of similar size but a village in the text's country does not
    beat New York."""

    def key(item: tuple[_Row, int]) -> tuple:
        row, quality = item
        in_admin1, in_country = row.admin1_code in admin1s, row.country in countries
        if row.feature in PROMINENT and quality == OWN:
            return (0, -(2 * in_admin1 + in_country), FEATURE_RANK[row.feature], -row.population, row.id)
        score = 3 * quality + 4 * in_admin1 + 2 * in_country + math.log10(row.population + 1)
        return (1, -score, int(row.feature not in ("city", "airport")), 0, row.id)

    return sorted(cands, key=key)


def _anchor(cands: list[tuple[_Row, int]]) -> tuple[str | None, str | None] | None:
    """(country, admin1) that a match vouches for: when it names one place, or a subdivision/country by its own name."""
    if not cands:
        return None
    if len(cands) == 1:
        row = cands[0][0]
        return row.country, row.admin1_code
    best = _rank(cands, set(), set())
    row, quality = best[0]
    if row.feature in ("admin1", "country") and quality == OWN and best[1][1] < OWN:
        return row.country, row.admin1_code
    return None


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
    return any(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def _morph(lang: str):  # noqa: ANN202 - pymorphy3.MorphAnalyzer
    ru, uk = _analyzers()
    return ru if lang == "ru" else uk


@lru_cache(maxsize=50_000)
def _forms(word: str, lang: str) -> set[str]:
    if script(word) != "cyrillic":
        return {normalize(word)}
    return word_forms(word, (_morph(lang),))
