"""Fewer garbage collections while a corpus is extracted or ingested.

Python's cyclic collector runs its youngest generation every 700 new container objects, and a full collection
whenever enough objects have survived into the oldest. Reading one report makes tens of thousands of short-lived
lists, tuples and match objects, so a corpus triggers a young collection every few clauses, and the long-lived
tables a process loads on its first report (the gazetteer's lemma table and name prefixes, the compiled word lists,
pymorphy3's readings, the caches kept by word) are walked again by every full collection: measured on the 2,368
Russian posts (2026-12-07, speed21), 2,200 young and 11 full collections took 2.0 s of a 20 s `ingest`, the full
ones 1.5 s of it. Reference counting frees almost everything a report makes the moment it is dropped; the collector
only finds cycles, and a larger young generation lets it find the same cycles less often (0.7-0.8 s on that run, and
no full collection once ingest began). Nothing read or written depends on when a cycle is freed: the ledger is the same.

The threshold is raised only while `fewer_collections` is open and put back when the last caller leaves it, so a
process that ingests once (a test, the API server) keeps Python's defaults for everything else.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 50_000  # new container objects between young collections (Python's default is 700)

_lock = threading.Lock()
_open = 0  # callers inside `fewer_collections` (ingest may run in several threads of one process)
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections(young: int = YOUNG) -> Iterator[None]:
    """Within the block, young collections run every `young` new objects at most as often as before (a caller that
    set a larger threshold keeps it); the threshold the process had is restored when the last block closes."""
    global _open, _saved
    with _lock:
        if _open == 0:
            _saved = gc.get_threshold()
            if young > _saved[0]:
                gc.set_threshold(young, *_saved[1:])
        _open += 1
    try:
        yield
    finally:
        with _lock:
            _open -= 1
            if _open == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
