"""Finding the mentions that lie inside a stretch of text without scanning them all.

Extraction asks, for every sentence and segment, which dates, numbers and places lie inside it; scanning every
mention each time made a long report cost the square of its length (a 500 KB report took seconds in these scans
alone). Mentions are indexed by start once, and each question costs a binary search plus what it finds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class _Mention(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


M = TypeVar("M", bound=_Mention)


class Within(Generic[M]):
    """`Within(mentions).inside(a, b)` == `[m for m in mentions if a <= m.start and m.end <= b]`, same order."""

    def __init__(self, mentions: Sequence[M]):
        self._mentions = list(mentions)
        self._order = sorted(range(len(self._mentions)), key=lambda i: self._mentions[i].start)
        self._starts = [self._mentions[i].start for i in self._order]
        # mentions given in order of their starts (as extraction keeps them): slices of them are already in order
        self._in_order = all(i == k for k, i in enumerate(self._order))

    def inside(self, start: int, end: int) -> list[M]:
        lo, hi = bisect_left(self._starts, start), bisect_right(self._starts, end)
        if self._in_order:
            return [m for m in self._mentions[lo:hi] if m.end <= end]
        found = sorted(i for i in self._order[lo:hi] if self._mentions[i].end <= end)
        return [self._mentions[i] for i in found]
