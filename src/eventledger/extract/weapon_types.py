"""One interception event per weapon type (ANNOTATION.md: "several weapon types in one claim, each with its own
figures: one interception event per weapon type").

A nightly summary counts drones and missiles in one breath ("intercepted more than 80 attack drones and at least six
ballistic missiles", "збито три БПЛА та чотири ракети"); the clause rules read it as one interception whose counts mix
weapons, so a reader could not tell how many of what were downed. Each count names its weapon right after the number
(the claim's quote), which is what splits the event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from eventledger.model import Claim, Weapon

_COUNTS = ("launched", "intercepted")
_MISSILES = ("ballistic_missile", "cruise_missile")


class Counted(Protocol):
    """What is read of an incident being assembled (`events._Draft`)."""

    kind: str
    anchor: int
    weapon: Weapon | None
    claims: list[Claim]


_D = TypeVar("_D", bound=Counted)


def one_per_weapon(drafts: Sequence[_D], weapon_of: Callable[[str], Weapon | None]) -> list[_D]:
    """The drafts with each interception whose counts name two or more weapon types split into one per type; the
    claims that count nothing (the kind, casualties, assertions) stay with the first. `weapon_of(quote)` reads the
    weapon a count's quote names."""
    out: list[_D] = []
    for d in drafts:
        groups = _by_weapon(d, weapon_of) if d.kind == "interception" else {}
        if len(groups) < 2:
            out.append(d)
            continue
        counted = {id(c) for claims in groups.values() for c in claims}
        rest = [c for c in d.claims if id(c) not in counted]
        for i, (weapon, claims) in enumerate(groups.items()):
            first = min(claims, key=lambda c: c.start)
            mine = claims + (rest if i == 0 else [c for c in rest if c.assertion == "kind"])
            out.append(replace(d, weapon=weapon, claims=sorted(mine, key=lambda c: c.start),  # type: ignore[type-var]
                               anchor=d.anchor if i == 0 else first.start, areas=list(getattr(d, "areas", []))))
    return out


def _by_weapon(d: Counted, weapon_of: Callable[[str], Weapon | None]) -> dict[Weapon, list[Claim]]:
    groups: dict[Weapon, list[Claim]] = {}
    for c in d.claims:
        weapon = weapon_of(c.quote) if c.figure in _COUNTS else None
        if weapon is not None:
            groups.setdefault(weapon, []).append(c)
    # "missiles and 20 drones ... two cruise missiles": missiles unnamed are the one kind of missile named
    specific = [w for w in groups if w in _MISSILES]
    if "missile" in groups and len(specific) == 1:
        groups[specific[0]] += groups.pop("missile")
    return groups


def same_family(a: str, b: str) -> bool:
    """Whether two weapons can be one attack's: the same, one of them unknown, or both missiles of any type (a report
    that calls an Iskander "a missile" in one line and "a ballistic missile" in the next tells one)."""
    return a == b or "unknown" in (a, b) or (a.endswith("missile") and b.endswith("missile"))
