"""Geoparsing: every place mention of a text, resolved, with its runners-up, and honest about what is not known.

`geoparse()` finds the mentions (the gazetteer's `find`); `resolve_spans()` resolves spans someone else found (the
"toponyms given" setting of geoparsing benchmarks). Both add what a bare gazetteer match lacks: the offset place
("15 km north of X"), and for a settlement the gazetteer lacks, the coarser level the same sentence names ("the village
of Zarichne in Kharkiv Oblast" -> Kharkiv Oblast, precision admin1) instead of a guess or a country centroid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventledger.geo.gazetteer import Candidate, Gazetteer, GazetteerError, PlaceMatch
from eventledger.geo.offsets import place_with_offset
from eventledger.lang import topic
from eventledger.model import Place

RUNNERS_UP = 3
_COARSER = ("city", "admin2", "admin1", "country")  # levels a settlement the gazetteer lacks may fall to
_SENTENCE_END = re.compile(r"[.!?\n]\s")
# Between a place the gazetteer lacks and the level that qualifies it: "Zarichne, Kharkiv Oblast", "Zarichne in ...".
_QUALIFIER_GAP = re.compile(r"\s*(?:,|\(|in|of|,\s*in|в|у|на)\s*(?:the\s+)?", re.IGNORECASE)


class GeoparseError(GazetteerError):
    """Bad input to geoparsing (a toponyms file that cannot be read): the message names it."""


@dataclass(frozen=True, slots=True)
class GeoMention:
    """One place mention. `place` is what it resolves to (None: nothing honest to say); `how` says why."""

    start: int
    end: int
    text: str
    place: Place | None
    feature: str | None
    candidates: tuple[Candidate, ...] = ()  # ranked, best first; empty when the place fell to a coarser level
    how: str = "gazetteer"  # "gazetteer", "coarser" (the level named around it), "unresolved"
    offset: Place | None = None  # "15 km north of X": the point the phrase describes, precision admin2

    def to_dict(self, runners_up: int = RUNNERS_UP) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             "resolved": self.place.to_dict() if self.place else None, "feature": self.feature,
                             "how": self.how}
        if self.offset:
            d["offset"] = self.offset.to_dict()
        d["runners_up"] = [dict(c.place.to_dict(), feature=c.feature) for c in self.candidates[1 : 1 + runners_up]]
        return d


def geoparse(text: str, lang: str = "en", *, gazetteer: Gazetteer | None = None,
             context_countries: Sequence[str] = ()) -> list[GeoMention]:
    """Every place mention of `text`: the gazetteer's matches, and settlements it lacks at the level the text names."""
    gaz = gazetteer or Gazetteer.load()
    matches = gaz.find(text, lang, context_countries=context_countries)
    mentions = [_mention(text, m, lang) for m in matches if m.candidates]
    taken = [(m.start, m.end) for m in matches if m.candidates]
    # a name the gazetteer has only elsewhere than the text says ("Zarichne in Kharkiv Oblast") is unknown here too
    unknown = [(m.start, m.end) for m in matches if not m.candidates]
    for start, end in unknown + unknown_settlements(text, lang, taken + unknown):
        coarser = _coarser(text, start, end, matches, sentence=True)
        mentions.append(GeoMention(start, end, text[start:end], coarser.place if coarser else None,
                                   coarser.feature if coarser else None, (), "coarser" if coarser else "unresolved"))
    return sorted(mentions, key=lambda m: m.start)


def resolve_spans(text: str, spans: Iterable[tuple[int, int]], lang: str = "en", *, gazetteer: Gazetteer | None = None,
                  context_countries: Sequence[str] = ()) -> list[GeoMention]:
    """Resolve given toponym spans, in the order given. A span the gazetteer cannot name falls to the coarser level the
    same sentence names (a city, subdivision or country found around it), else stays unresolved."""
    gaz = gazetteer or Gazetteer.load()
    given = gaz.resolve_spans(text, list(spans), lang, context_countries=context_countries)
    found: list[PlaceMatch] | None = None
    out = []
    for m in given:
        if m.candidates:
            out.append(_mention(text, m, lang))
            continue
        if found is None:
            found = [f for f in gaz.find(text, lang, context_countries=context_countries) if f.candidates]
        coarser = _coarser(text, m.start, m.end, found)
        out.append(GeoMention(m.start, m.end, m.text, coarser.place if coarser else None,
                              coarser.feature if coarser else None, (), "coarser" if coarser else "unresolved"))
    return out


def read_spans(path: Path) -> list[tuple[int, int]]:
    """A toponyms file: JSON Lines of {"start": …, "end": …}."""
    spans = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GeoparseError(f"{path}: cannot read the toponyms file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            spans.append((int(item["start"]), int(item["end"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise GeoparseError(f"{path}:{number}: expected {{\"start\": N, \"end\": N}}, got {line.strip()[:80]!r}") from exc
    return spans


def _mention(text: str, m: PlaceMatch, lang: str) -> GeoMention:
    best = m.candidates[0]
    return GeoMention(m.start, m.end, m.text, best.place, best.feature, m.candidates, "gazetteer",
                      place_with_offset(text, m, lang))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = [x.end() for x in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() + 1 if after else len(text))


def _coarser(text: str, start: int, end: int, matches: Sequence[PlaceMatch], *, sentence: bool = False) -> Candidate | None:
    """The level the text names for a place the gazetteer lacks: the place, subdivision or country that qualifies it
    right after ("Zarichne, Kharkiv Oblast", "Zarichne in Kharkiv Oblast"); with `sentence` (the name followed a word
    such as "village"), else the nearest subdivision the same sentence names. Never a guess beyond what the text says."""
    usable = [m for m in matches if m.candidates and m.candidates[0].place.precision in _COARSER
              and m.candidates[0].feature not in ("facility", "airport") and not (m.start < end and start < m.end)]
    after = sorted((m for m in usable if m.start >= end), key=lambda m: m.start)
    if after and _QUALIFIER_GAP.fullmatch(text[end:after[0].start]):
        return after[0].candidates[0]
    if not sentence:
        return None
    s0, s1 = _sentence(text, start, end)
    areas = [m for m in usable if s0 <= m.start and m.end <= s1 and m.candidates[0].place.precision in ("admin2", "admin1")]
    nearest = sorted(areas, key=lambda m: min(abs(m.start - end), abs(start - m.end)))
    return nearest[0].candidates[0] if nearest else None


@lru_cache(maxsize=None)
def _settlement_pattern(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "places").get("settlement_words") or []
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    name = r"[^\W\d_][\w'’ʼ-]*(?:\s+[^\W\d_][\w'’ʼ-]*)?"
    return re.compile(rf"(?<!\w)(?:{alternation})\s+(?P<name>{name})", re.IGNORECASE)


def unknown_settlements(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised names after "the village of", "село", ... that no gazetteer match covers."""
    pattern = _settlement_pattern(lang)
    spans = []
    for found in pattern.finditer(text) if pattern else ():
        start = found.start("name")
        words = found.group("name").split()
        # an all-capitals word is an abbreviation ("в селе ВСУ атаковали"), not a village's name
        if not words[0][0].isupper() or (len(words[0]) > 1 and words[0].isupper()):
            continue
        # keep the second word only when it is capitalised too ("Nova Zorya", not "Zarichne in")
        ends = [start + len(words[0])]
        if len(words) == 2 and words[1][0].isupper():
            ends.insert(0, found.end("name"))  # "Nova Zorya", unless the second word starts a known place
        for end in ends:
            end -= len(text[start:end]) - len(text[start:end].rstrip(".,;:'’-"))
            if not any(a < end and start < b for a, b in taken):
                spans.append((start, end))
                break
    return spans
