"""Debris of a downed drone or missile that fell somewhere tells two things: a strike where it fell (the damage or
casualties it caused, ANNOTATION.md) and that air defence downed the weapon there. A report that tells only the
debris ("уламки збитої ракети пошкодили будинки у Бучанській громаді", "debris from a downed drone fell on the roof of
a building in the Podilskyi district") still tells that interception, at that place, unless it tells one nearby
itself (then that one is it). The debris words are the language's `debris_phrases` (lang/<code>/events.yaml), as
`incidents` reads them to tell a debris strike from an interception."""

from __future__ import annotations

import re
from dataclasses import replace

from eventledger.extract import incidents
from eventledger.model import Claim, Event, Place, content_id

_AREAS = ("region", "country", "sea")
_COUNTS = {"intercepted", "launched", "shot_down"}


def downed_where_debris_fell(events: list[Event], text: str, lang: str) -> list[Event]:
    """The events, with an interception added at the place of each strike told by the debris of a downed weapon where
    the report tells no interception there (the same place, or another in the same oblast)."""
    pattern = incidents.patterns(lang).debris
    if pattern is None:
        return events
    added: list[Event] = []
    for e in events:
        if e.kind != "strike" or e.background or e.place is None or e.place.precision in _AREAS:
            continue
        said = _debris_said(e, text, pattern, lang)
        if said is None or any(_covers(o, e.place) for o in events + added if o.kind == "interception"):
            continue
        start, end, claim = said
        quote = Claim(
            report_id=claim.report_id, start=start, end=end, quote=text[start:end], value="interception",
            assertion="kind", source=claim.source, source_kind=claim.source_kind, hedged=claim.hedged,
            published=claim.published,
        )
        anchor = e.anchor + 1  # a distinct id beside the strike's, kept stable across runs
        added.append(replace(
            e, id=content_id(e.reports[0] if e.reports else "", "interception", anchor, e.place.key),
            kind="interception", target=None, figures={}, claims=(quote,), related=(), anchor=anchor,
        ))
    return events + added if added else events


def _debris_said(e: Event, text: str, pattern: re.Pattern[str], lang: str) -> tuple[int, int, Claim] | None:
    """Where one of the event's own sentences tells the debris of a downed weapon: the phrase's span and the claim."""
    for c in e.claims:
        if c.assertion != "kind":
            continue
        for m in pattern.finditer(text, c.start, c.end):
            if not incidents.ground_destroyed(text, m.start(), m.end(), lang):
                return m.start(), m.end(), c  # (not "the wreckage of destroyed buildings": no weapon was downed)
    return None


def _covers(told: Event, fell: Place) -> bool:
    """Whether an interception the report tells is the one over the place the debris fell: one at the same place or
    in the same first-level subdivision (the count for the oblast, the city over which it was downed), or one told
    with no count of its own anywhere in the country ("Downed drone kills three in Russia", "air defence was
    operational"): its place is only less precise. A count for a whole country or several regions (the night's
    summary) is another claim."""
    place = told.place
    if place is None or place.country != fell.country:
        return False
    if place.key == fell.key or (place.admin1 and place.admin1 == fell.admin1):
        return True
    return not (told.figures.keys() & _COUNTS)

