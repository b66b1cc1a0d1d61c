"""The counts of one attack told as a strike and an interception: each goes to the event ANNOTATION.md gives it.

A report that tells an attack as both an interception and a strike ("ten missiles were fired at the port; seven were
shot down, three hit their targets") tells what was launched and what was downed of the interception, and what hit of
the strike. Clause-by-clause reading lends the counts to whichever event the sentence told first: the launched count
to the strike its sentence names the target of, the hit count to the interception whose sentence told the downing.
This moves them where they belong, only between a strike and the one interception of its attack (the same day, the
same weapon or one untold, the interception's place holding the strike's), so that no count of another incident is
taken: a launch only from the one strike of it that tells one, a hit only to the one strike (of the interception's
weapon, when several) that tells none, a count downed only to an interception that tells none of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventledger.extract.weapon_types import same_family
from eventledger.geo.distance import km
from eventledger.model import Claim, Event, Place
from eventledger.reconcile import reconcile

_NEAR_KM = 50.0  # a city's interception and the strike at its edge: the eval's own reach for a city
_HARMED = ("strike", "shelling", "explosion")
_AREAS = ("country", "region")


def counts_where_they_belong(events: Sequence[Event]) -> list[Event]:
    """Launched counts of a strike go to the interception of its attack that tells what was downed but not what was
    launched, and counts downed always; hit counts of an interception go to the strike of its attack that tells none."""
    out = list(events)
    interceptions = [i for i, e in enumerate(out) if e.kind == "interception" and not e.background]
    strikes = [i for i, e in enumerate(out) if e.kind in _HARMED and not e.background]
    for i in interceptions:
        ours = [s for s in strikes if _one_attack(out[s], out[i])
                and [j for j in interceptions if _one_attack(out[s], out[j])] == [i]]
        # what was downed is never a strike's ("обломки сбитого беспилотника повредили дом" tells the one drone downed in
        # the strike's sentence): the interception's, when it tells no count of its own (a wider count, "12 drones over
        # the oblast", holds that drone already)
        downed = [s for s in ours if _has(out[s], "intercepted")]
        if len(downed) == 1 and not _has(out[i], "intercepted"):
            _move(out, downed[0], i, "intercepted")
        # (of several strikes of it, only the one that tells a launch: two launches are two counts the clause placed)
        told = [s for s in ours if _has(out[s], "launched")]
        if len(told) == 1 and _has(out[i], "intercepted") and not _has(out[i], "launched"):
            _move(out, told[0], i, "launched")
        # (of several strikes, the one of the interception's own weapon: "ten cruise missiles ... three hit" is the
        # missile strike's, not the drone strike's told beside it)
        unhit = [s for s in ours if not _has(out[s], "hit")]
        if len(unhit) > 1:
            unhit = [s for s in unhit if out[i].weapon and out[s].weapon == out[i].weapon]
        if len(unhit) == 1 and _has(out[i], "hit"):
            _move(out, i, unhit[0], "hit")
    return out


def _move(out: list[Event], source: int, home: int, figure: str) -> None:
    moved = [c for c in out[source].claims if c.figure == figure]
    out[source] = _with_claims(out[source], [c for c in out[source].claims if c.figure != figure])
    out[home] = _with_claims(out[home], [*out[home].claims, *moved])


def _has(event: Event, figure: str) -> bool:
    return any(c.figure == figure for c in event.claims)


def _with_claims(event: Event, claims: list[Claim]) -> Event:
    ordered = tuple(sorted(claims, key=lambda c: c.start))
    return replace(event, claims=ordered, figures=reconcile(ordered))


def _one_attack(strike: Event, interception: Event) -> bool:
    """The same day, the same weapon (or one untold) and the interception's place holding the strike's."""
    if strike.date and interception.date and strike.date != interception.date:
        return False
    if strike.weapon and interception.weapon and not same_family(strike.weapon, interception.weapon):
        return False
    return _holds(interception.place, strike.place)


def _holds(outer: Place | None, inner: Place | None) -> bool:
    if outer is None or inner is None:
        return False
    if (outer.key, outer.country) == (inner.key, inner.country):
        return True
    if outer.precision in _AREAS:
        return outer.country is not None and outer.country == inner.country
    if outer.precision == "admin1":
        return outer.country == inner.country and outer.admin1 is not None and outer.admin1 == inner.admin1
    if None in (outer.lat, outer.lon, inner.lat, inner.lon):
        return False
    return km(outer.lat, outer.lon, inner.lat, inner.lon) <= _NEAR_KM  # type: ignore[arg-type]
