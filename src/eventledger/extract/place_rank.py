"""Which of the places a report names an incident is at, decided by a small learned model rather than by rules.

When the clauses have told their incidents and the retellings are joined, each incident has the place its own clause
gave (or none the report's other rules gave it). A report often names the incident's place elsewhere: the region in
the clause and the town in the next sentence, the town in the headline and only the district in the body. Each place
the report's clauses name where something happened (and the report's main place) is a candidate; a logistic model
scores every candidate of an incident from general features of the report's layout and the gazetteer (the place's
level, how near its mentions stand to the incident's words, how often the report names it or places inside it,
whether it contains or lies in another candidate, whether another incident is told there) and the incident takes the
best-scored one. No place name, outlet or word of a text is a feature.

The weights live in `place_rank.json` beside this module, written by `eval/real_news/train_place_model.py` from the
real-news gold (the file records the command and the commit of the gold); scoring is plain Python.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

from eventledger.geo import Candidate, PlaceMatch
from eventledger.model import Claim

_LEVELS = {"airport": "point", "point": "point", "city": "city", "admin2": "district", "area": "district",
           "admin1": "admin1", "country": "country", "sea": "sea"}
_RANK = {"point": 0, "city": 1, "district": 2, "sea": 2, "admin1": 3, "country": 5}
_KINDS = ("strike", "shelling", "explosion", "interception", "airspace_restriction", "other")
_WORD = re.compile(r"\w+")
_WEIGHTS = Path(__file__).with_name("place_rank.json")


class Placed(Protocol):
    """What the model reads of an incident being assembled (`events._Draft`)."""

    kind: str
    place: Candidate | None
    areas: list[Candidate]
    anchor: int
    claims: list[Claim]


class Layout:
    """What the features read of one report: its text, sentences (start, end), the place mentions that may say where
    (launch sites and places named in other roles left out) and the places its clauses name where something happened."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[PlaceMatch],
                 told: Sequence[Candidate], main: Candidate | None, headline_end: int) -> None:
        self.text = text
        self.sentences = list(sentences)
        self.mentions = [m for m in mentions if m.candidates]
        self.main = main
        self.headline_end = headline_end
        self.candidates: list[Candidate] = []
        for c in [*told, *([main] if main is not None else [])]:
            if not any(same(c, o) for o in self.candidates):
                self.candidates.append(c)

    def sentence_of(self, offset: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if s <= offset < e:
                return i
        return len(self.sentences)

    def at(self, c: Candidate) -> list[PlaceMatch]:
        return [m for m in self.mentions if same(m.candidates[0], c)]


def same(a: Candidate | None, b: Candidate | None) -> bool:
    if a is None or b is None:
        return False
    if a.place.geonames_id and a.place.geonames_id == b.place.geonames_id:
        return True
    return (a.place.key, a.place.country) == (b.place.key, b.place.country)


def inside(inner: Candidate, outer: Candidate) -> bool:
    """Whether `inner` lies in `outer`: a country holds its places, a region those of its code, a district or city
    the places named after it within a few kilometres are not asked (the gazetteer gives no district codes)."""
    lo, hi = _LEVELS.get(inner.feature, "district"), _LEVELS.get(outer.feature, "district")
    if same(inner, outer) or _RANK[lo] >= _RANK[hi] or not inner.place.country:
        return False
    if hi == "country":
        return inner.place.country == outer.place.country
    if hi == "admin1":
        return bool(inner.place.country == outer.place.country and inner.admin1_code
                    and inner.admin1_code == outer.admin1_code)
    return False


def features(event: Placed, c: Candidate, layout: Layout, others: Sequence[Placed]) -> dict[str, float]:
    """The general features of one candidate place of one incident."""
    text = layout.text
    level = _LEVELS.get(c.feature, "district")
    told = [(k.start, k.end) for k in event.claims if k.assertion == "kind"] or [(event.anchor, event.anchor + 1)]
    spans = [(k.start, k.end) for k in event.claims] or told
    own_sentences = {layout.sentence_of(s) for s, _ in spans}
    kind_sentences = {layout.sentence_of(s) for s, _ in told}
    mentions = layout.at(c)
    in_clause = any(s <= m.start < e for m in mentions for s, e in told)
    in_sentence = any(layout.sentence_of(m.start) in kind_sentences for m in mentions)
    in_claims = any(layout.sentence_of(m.start) in own_sentences for m in mentions)
    gaps = [abs(layout.sentence_of(m.start) - k) for m in mentions for k in own_sentences]
    words = [len(_WORD.findall(text[min(m.end, s):max(m.start, s)])) for m in mentions for s, _ in told
             if layout.sentence_of(m.start) == layout.sentence_of(s)]
    first = min((layout.sentence_of(m.start) for m in mentions), default=len(layout.sentences))
    within = [m for m in layout.mentions if inside(m.candidates[0], c)]
    others_here = [o for o in others if o is not event and same(o.place, c)]
    current = same(event.place, c)
    finer_than_current = event.place is not None and inside(c, event.place)
    coarser_than_current = event.place is not None and inside(event.place, c)
    interception = event.kind in ("interception", "airspace_restriction")
    f = {
        "rule_choice": float(current),
        "no_rule_place": float(event.place is None),
        f"level_{level}": 1.0,
        "in_trigger_clause": float(in_clause),
        "in_trigger_sentence": float(in_sentence),
        "in_claim_sentences": float(in_claims),
        "sentence_gap_log": math.log1p(min(gaps)) if gaps else math.log1p(len(layout.sentences)),
        "token_gap_log": math.log1p(min(words)) if words else 0.0,
        "no_token_gap": float(not words),
        "first_sentence_log": math.log1p(first),
        "in_headline": float(any(m.start < layout.headline_end for m in mentions)),
        "in_first_sentence": float(first == 0),
        "mentions_log": math.log1p(len(mentions)),
        "places_inside_log": math.log1p(len(within)),
        "contains_candidate": float(any(inside(o, c) for o in layout.candidates)),
        "inside_candidate": float(any(inside(c, o) for o in layout.candidates)),
        "finer_than_rule_place": float(finer_than_current),
        "coarser_than_rule_place": float(coarser_than_current),
        "sole_finer_in_rule_place": float(finer_than_current and sum(
            inside(o, event.place) for o in layout.candidates) == 1),  # type: ignore[arg-type]
        "capital": float(c.capital),
        "population_log": math.log10(1 + c.population) / 7,
        "main_place": float(same(layout.main, c)),
        "other_incident_here": float(bool(others_here)),
        "other_same_kind_here": float(any(o.kind == event.kind for o in others_here)),
        "interception_x_coarse": float(interception and level in ("admin1", "country")),
        "interception_x_fine": float(interception and level in ("point", "city")),
    }
    return f


def score(f: dict[str, float], weights: dict[str, float]) -> float:
    return weights.get("bias", 0.0) + sum(v * weights.get(k, 0.0) for k, v in f.items())


@cache
def _shipped() -> dict[str, float]:
    return json.loads(_WEIGHTS.read_text(encoding="utf-8"))["weights"]


def choices(events: Sequence[Placed], layout: Layout) -> list[tuple[Placed, list[Candidate]]]:
    """The incidents the model places and their candidates: each incident with a single place (not a list of areas)
    has the report's told places, its own place and the report's main place."""
    out = []
    for e in events:
        if e.areas or (e.place is None and e.kind not in _KINDS):
            continue
        options = list(layout.candidates)
        if e.place is not None and not any(same(e.place, o) for o in options):
            options.append(e.place)
        if e.place is None or len(options) < 2:
            continue
        out.append((e, options))
    return out


def place(events: Sequence[Placed], layout: Layout, weights: Callable[[], dict[str, float]] | None = None) -> None:
    """Give each incident the candidate place the model scores best (decided for all from the places as the rules
    left them, so one incident's move does not steer another's)."""
    w = (weights or _shipped)()
    moves = []
    for e, options in choices(events, layout):
        scored = [(score(features(e, c, layout, events), w), -i, c) for i, c in enumerate(options)]
        best = max(scored, key=lambda t: (t[0], t[1]))[2]
        if not same(best, e.place):
            moves.append((e, best))
    for e, best in moves:
        e.place = best
