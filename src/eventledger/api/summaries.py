"""Event summaries rendered once per ledger generation, shared by every page of the events list that shows them.

The answer cache (`cache.py`) keeps whole pages, so a page not asked before is rendered in full: about 2.5 ms of
SQLite for 100 events, while most of them are on other pages already asked (the recent events are on the first
pages of most filters: in the benchmark's mix, 8% of the events on its pages are not on an earlier one). Here an
item rendered once is reused until the ledger changes; a new page costs its ids and the items not seen yet.

Entries belong to the generation seen before the page was read (`store.version.LedgerVersion`). If the generation
moved while a page was read, the page is rendered again from scratch in one transaction and nothing is kept, so a
page never mixes items from before and after a commit. Past `max_bytes` the items are dropped all at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from eventledger.store import Ledger
from eventledger.store.query import EventFilter
from eventledger.store.summary_json import event_summaries_json


class _Kept(dict[str, bytes]):
    """Items by event id, counting their bytes as `event_summaries_json` adds them (a race may count one twice)."""

    size = 0

    def update(self, items: dict[str, bytes]) -> None:  # type: ignore[override]
        super().update(items)
        self.size += sum(map(len, items.values()))


class SummaryCache:
    """`page(...)` is `event_summaries_json(...)`; `version()` None (changes cannot be seen) or `max_bytes` 0 keep nothing."""

    def __init__(self, ledger: Ledger, version: Callable[[], int | None], max_bytes: int) -> None:
        self.ledger, self.version, self.max_bytes = ledger, version, max_bytes
        self._generation: int | None = None
        self._items = _Kept()
        self._lock = threading.Lock()

    def page(self, f: EventFilter, *, sort: str, limit: int, cursor: str | None) -> bytes:
        generation = self.version() if self.max_bytes > 0 else None
        if generation is None:
            return event_summaries_json(self.ledger, f, sort=sort, limit=limit, cursor=cursor)
        with self._lock:
            if generation != self._generation or self._items.size > self.max_bytes:
                self._generation, self._items = generation, _Kept()
            items = self._items
        body = event_summaries_json(self.ledger, f, sort=sort, limit=limit, cursor=cursor, kept=items)
        if self.version() != generation:  # a commit while reading: the kept items may be older than the ids
            with self._lock:
                if self._items is items:
                    self._items = _Kept()
            body = event_summaries_json(self.ledger, f, sort=sort, limit=limit, cursor=cursor)
        return body
