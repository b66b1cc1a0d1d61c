"""A blast or a "shelling" that people made at the place - assailants who drove up and opened fire, a home-made bomb
left under a car, a shootout on the border - is an armed attack (`other`, ANNOTATION.md's armed clash), not a blast of
the air war nor a shelling from afar. The blast word or the "обстрел" chose the kind; the words around it that name
the people who attacked (`armed_attack_words` of lang/<code>/events.yaml: assailants, a shootout, an IED) tell which
it was, once no weapon fired from afar, no guns or shells and no air defence is named beside them
(`incidents.armed_attack`). Read after the events are placed and filtered, so that the attack keeps the place, toll
and standing the blast had; then joined to the clash told at its place that day."""

from __future__ import annotations

from dataclasses import replace

from eventledger.extract import incidents, segment
from eventledger.extract.pair_decision import joined
from eventledger.extract.placeless_told import with_kind
from eventledger.model import Event

_READ = ("explosion", "shelling")


def armed_attacks(events: list[Event], text: str, lang: str) -> list[Event]:
    """The events, each blast or shelling whose telling (its sentence, the one before and the report's first) names an
    attack by people at the place coded `other`, with no weapon."""
    if not any(e.kind in _READ for e in events):
        return events
    spans = segment.sentences(text, lang)
    attacks = {id(e): _attack(e) for e in events if e.kind in _READ and _told_as_armed_attack(e, text, spans, lang)}
    return _clash_joined([attacks.get(id(e), e) for e in events], {id(a) for a in attacks.values()})


def _clash_joined(events: list[Event], attacks: set[int]) -> list[Event]:
    """The events, each armed attack told at the place and day of another `other` (the clash there: "в селе идёт бой с
    ДРГ ... село также подверглось обстрелу") joined to it: events.py joins events of one kind, place and day before
    this module makes the shelling an attack, so the two tellings of one fight are joined here."""
    out: list[Event] = []
    for e in events:
        host = next((i for i, o in enumerate(out) if (id(e) in attacks or id(o) in attacks) and _one_fight(o, e)), None)
        if host is None:
            out.append(e)
        else:
            out[host] = joined(out[host], e)
    return out


def _one_fight(a: Event, b: Event) -> bool:
    return (a.kind == b.kind == "other" and a.date == b.date and a.background == b.background
            and a.place is not None and b.place is not None and a.place.key == b.place.key)


def _attack(e: Event) -> Event:
    """The blast or shelling `e` as the armed attack it was: kind `other` (its kind claims too), no weapon, and the id
    an `other` there would have had (as events.py makes it)."""
    claims = tuple(replace(c, value="other") if c.assertion == "kind" else c for c in e.claims)
    return replace(with_kind(e, "other"), weapon=None, claims=claims)


def _told_as_armed_attack(e: Event, text: str, spans: list[segment.Span], lang: str) -> bool:
    told = [c for c in e.claims if c.assertion == "kind"]
    if not told or not spans:
        return False
    start = min(c.start for c in told)
    at = max((i for i, s in enumerate(spans) if s.start <= start), default=0)
    context = " ".join(dict.fromkeys(s.text for s in (spans[0], spans[max(0, at - 1)], spans[at])))
    return incidents.armed_attack(context, lang, spans[at].text)
