"""Two incidents of different kinds told in one clause, each at its own place, joined by "and": "повідомили про вибухи
у Синельниківському районі та роботу ППО в Чернігівському районі", "drones hit a depot in Kursk and air defence downed
two over Belgorod". A clause has one kind (`incidents.trigger`, by the language's precedence), so read whole it makes
one event of the higher kind over both places; read as two clauses, each half has its own kind at its own place
(ANNOTATION.md: one event per incident and place; an interception claim is its own event).

The joining words are the language's `kind_joiners` (lang/<code>/segment.yaml). A clause is cut at one only when the
words before it and the words after it each name a place and each tell an incident, of different kinds: a list of
places under one verb ("взрывы в Курске и Белгороде"; a bracketed list, or "and" right between two names) or a second verb with no place of its own ("дрон сбили, и его
обломки упали на дом") stays one clause; so does one whose first incident is told after a word of cause (the language's
`kind_joint_causes`: "В результате отражения ракетного обстрела Киева и атаки беспилотников их обломки упали ..."), where
"and" joins the nouns of the cause, not two incidents. Nor is a clause cut between explosions and air defence at work where
one half's place holds the other's ("explosions were heard in Kharkiv and air defence was working in the Kharkiv
region"): the explosions air defence is told beside are its interception (ANNOTATION.md), one incident."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventledger.extract import incidents
from eventledger.extract.same_incident import contains
from eventledger.extract.segment import Span
from eventledger.geo import PlaceMatch
from eventledger.lang import alternation, topic


@cache
def _joiner(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "segment").get("kind_joiners") or []
    return re.compile(rf",?\s+(?:{alternation(words)})\s+", re.IGNORECASE) if words else None


@cache
def _cause(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "segment").get("kind_joint_causes") or []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None


def by_kind(clause: Span, places: Sequence[PlaceMatch], lang: str) -> list[Span]:
    """The clause, or its parts when "and" joins two incidents of different kinds told at places of their own."""
    joiner = _joiner(lang)
    if joiner is None:
        return [clause]
    spans = [(m.start, m.end) for m in places if m.candidates and clause.start <= m.start < clause.end]
    named = [start for start, _ in spans]
    if len(named) < 2:
        return [clause]
    for m in joiner.finditer(clause.text):
        cut, rest = clause.start + m.start(), clause.start + m.end()
        if not any(p < cut for p in named) or not any(p >= rest for p in named):
            continue
        if clause.text.count("(", 0, m.start()) > clause.text.count(")", 0, m.start()) or (
                any(end == cut for _, end in spans) and rest in named):
            continue  # a list of places ("airports (Krasnodar, Gelendzhik and Sochi) after an attack"): one clause
        left, right = clause.text[: m.start()], clause.text[m.end():]
        before, after = incidents.trigger(left, lang), incidents.trigger(right, lang)
        if before is None or after is None or before.kind == after.kind:
            continue
        if (cause := _cause(lang)) is not None and cause.search(left, 0, before.start):
            return [clause]  # (the nouns of one cause joined: one clause)
        if {before.kind, after.kind} == {"explosion", "interception"} and _nested(places, clause, cut, rest):
            continue  # (the explosions of air defence at work over the same city and its region: one incident)
        return [Span(clause.start, cut, left), *by_kind(Span(rest, clause.end, right), places, lang)]
    return [clause]


def _nested(places: Sequence[PlaceMatch], clause: Span, cut: int, rest: int) -> bool:
    """Whether a place named before the joint holds one named after it, or the other way round (a city and its own
    region)."""
    left = [m.candidates[0] for m in places if m.candidates and clause.start <= m.start < cut]
    right = [m.candidates[0] for m in places if m.candidates and rest <= m.start < clause.end]
    return any(contains(a, b) or contains(b, a) for a in left for b in right)
