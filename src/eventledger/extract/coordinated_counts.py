"""Weapon counts joined by "and" share the verb that one of them has: "shot down 12 drones and three missiles",
"Two cruise missiles and two drones ... were destroyed", "збито три БПЛА та чотири ракети".

The figure rules read a count by the words right around it, so only the count beside the verb got a figure and the
other weapon type of the claim was lost (ANNOTATION.md wants one interception event per weapon type, each with its
count). A list is told by its grammar, not by words: two counts, each followed by a weapon, with nothing but a list
joiner (or a comma of a longer list) between the first weapon and the second count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from eventledger.extract import incidents
from eventledger.extract.numbers import Quantity

if TYPE_CHECKING:
    from eventledger.extract.figures import FigureMention

_PHRASE_END = re.compile(r"[.;:!?,()\[\]]")  # (not quotes: "три БПЛА типу "Shahed" та чотири ракети")
_LIST_COMMA = re.compile(r",\s*$")
_WEAPON_REACH = 40  # characters after a count where its weapon may be named ("three hostile Russian Shahed drones")


def shared_weapon_figures(text: str, base: int, counts: Sequence[Quantity], found: list[FigureMention], lang: str,
                          joins: re.Pattern[str]) -> list[FigureMention]:
    """`found` with an interception count for each weapon count listed beside one that was downed; the listed count's
    figure ends where the list joiner begins, so that each quote names its own weapon. (Not launches: "пуски семи БПЛА
    та шести ракет" says nothing of what was downed, and a launch count alone would make an interception of its own.)"""
    counts = sorted(counts, key=lambda q: q.start)
    out = list(found)
    # a list is read from the count that has the verb outwards, either way: "37 missiles, 29 drones and one drone were
    # shot down" gives the last its figure first, then the one before it, and so on (a pass per count at most)
    for _ in counts:
        grown = len(out)
        for a, b in zip(counts, counts[1:]):
            _share(text, base, a, b, counts, out, lang, joins)
        if len(out) == grown:
            break
    return sorted(out, key=lambda m: (m.start, m.figure))


def _share(text: str, base: int, a: Quantity, b: Quantity, counts: Sequence[Quantity], out: list[FigureMention],
           lang: str, joins: re.Pattern[str]) -> None:
    """Give the count of two listed beside each other that has no figure the interception figure of the other."""
    between = text[a.end - base : b.start - base]
    joined = [m for m in joins.finditer(between) if m.end() == len(between)]
    # ... or a comma of a longer list: "37 cruise missiles, 29 Shahed drones and one reconnaissance drone"
    cut_at = joined[-1].start() if joined else (comma.start() if (comma := _LIST_COMMA.search(between)) else None)
    if cut_at is None or _PHRASE_END.search(between[:cut_at]) or len(between) > _WEAPON_REACH:
        return
    b_words = text[b.end - base : b.end - base + _WEAPON_REACH]
    b_words = b_words[: m.start()] if (m := _PHRASE_END.search(b_words)) else b_words
    b_weapon = incidents.patterns(lang).weapon_words.search(b_words)
    if incidents.weapon(between[:cut_at], lang) is None or b_weapon is None:
        return
    first, second = _owned(a, counts, out), _owned(b, counts, out)
    if first is not None and second is None and _owned(b, counts, out, figure=None) is None:
        cut = a.end + cut_at
        out[out.index(first)] = replace(first, end=min(first.end, cut))
        out.append(replace(first, value=b.value, lower_bound=b.lower_bound, start=b.start, end=b.end + b_weapon.end()))
    elif second is not None and first is None and _owned(a, counts, out, figure=None) is None:
        out.append(replace(second, value=a.value, lower_bound=a.lower_bound, start=a.start, end=a.end + cut_at))


def _owned(q: Quantity, counts: Sequence[Quantity], found: list[FigureMention],
           figure: str | None = "intercepted") -> FigureMention | None:
    """The figure (of this name, or any) read from this count: one whose span starts at it, or covers it with no
    other count first."""
    for m in found:
        if figure in (None, m.figure) and m.start <= q.start < m.end and not any(
                m.start <= o.start < q.start for o in counts if o is not q):
            return m
    return None

