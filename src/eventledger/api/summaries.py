"""Event summaries rendered once per ledger generation, shared by every page of the events list that shows them,
and each page asked as the list of its items.

The answer cache (`cache.py`) keeps whole pages as bytes, so it holds few of them (a page of 100 items is ~60 KB:
64 MB keep ~1,000 of a mix of 7,717 pages), and a page it dropped was selected again: about 1-2 ms of SQLite for
its ids, 25-45 ms for a searched word with a minimum figure. Here an item rendered once is reused until the ledger
changes (a new page costs its ids and the items not seen yet), and a page asked once is kept as references to its
items and its cursor (~1 KB whatever its items' size), so every page asked before the ledger changed is answered
by joining bytes already kept.

Entries belong to the generation seen before the page was read (`store.version.LedgerVersion`). If the generation
moved while a page was read, the page is rendered again from scratch in one transaction and nothing is kept, so a
page never mixes items from before and after a commit. Past `max_bytes` the items and pages are dropped all at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from eventledger.store import Ledger
from eventledger.store.query import EventFilter
from eventledger.store.summary_json import event_summary_items, newest_summary_items, page_json

PAGE_BYTES = 200  # what a kept page costs beyond 8 bytes an item: its key, its tuple, its cursor
WARM_SHARE = 0.5  # of the budget, filled at start-up with the newest events' items (`SummaryCache.warm`)
WARM_BATCH = 5000  # items a statement of the warm-up renders


class _Kept(dict[str, bytes]):
    """Items by event id, counting their bytes as `event_summary_items` adds them (a race may count one twice)."""

    size = 0

    def update(self, items: dict[str, bytes]) -> None:  # type: ignore[override]
        super().update(items)
        self.size += sum(map(len, items.values()))


_FIELDS = tuple(field.name for field in fields(EventFilter) if field.name != "min_figures")


def _key(f: EventFilter, sort: str, limit: int, cursor: str | None) -> tuple[Any, ...]:
    """The page's question, hashable (`min_figures` is a dict)."""
    return (*[getattr(f, name) for name in _FIELDS], tuple(sorted(f.min_figures.items())), sort, limit, cursor)


class SummaryCache:
    """`page(...)` is `event_summaries_json(...)`; `version()` None (changes cannot be seen) or `max_bytes` 0 keep nothing."""

    def __init__(self, ledger: Ledger, version: Callable[[], int | None], max_bytes: int) -> None:
        self.ledger, self.version, self.max_bytes = ledger, version, max_bytes
        self._generation: int | None = None
        self._items = _Kept()
        self._pages: dict[tuple[Any, ...], tuple[list[bytes], str | None]] = {}
        self._lock = threading.Lock()

    def warm(self, share: float = WARM_SHARE) -> int:
        """Render the newest dated events' items, newest first, until they fill `share` of the budget (or every dated
        event is rendered), and keep them as if pages had shown them; how many. For a server's start, before it
        answers: every list's first pages in the default order (-date) show the newest events that pass their
        filters, so a page new to the server then reads only its ids. Nothing is kept if the ledger changed meanwhile."""
        generation = self.version() if self.max_bytes > 0 and share > 0 else None
        if generation is None:
            return 0
        items, after = _Kept(), None
        while items.size < share * self.max_bytes:
            rows = newest_summary_items(self.ledger, WARM_BATCH, after)
            items.update({i: item for i, _date, item in rows})
            if len(rows) < WARM_BATCH:
                break
            after = (rows[-1][1], rows[-1][0])
        with self._lock:
            if self.version() != generation or not items or self._generation is not None:
                return 0  # a change, or pages already kept: those stay as they are
            self._generation, self._items, self._pages = generation, items, {}
        return len(items)

    def kept(self, f: EventFilter, *, sort: str, limit: int, cursor: str | None) -> bytes | None:
        """The page if it is kept and current, else None: no SQL, a few microseconds (the event loop may call it)."""
        generation = self.version() if self.max_bytes > 0 else None
        if generation is None:
            return None
        with self._lock:
            found = self._pages.get(_key(f, sort, limit, cursor)) if generation == self._generation else None
        return page_json(*found) if found is not None else None

    def page(self, f: EventFilter, *, sort: str, limit: int, cursor: str | None) -> bytes:
        generation = self.version() if self.max_bytes > 0 else None
        if generation is None:
            return page_json(*event_summary_items(self.ledger, f, sort=sort, limit=limit, cursor=cursor))
        key = _key(f, sort, limit, cursor)
        with self._lock:
            if generation != self._generation or self._items.size > self.max_bytes:
                self._generation, self._items, self._pages = generation, _Kept(), {}
            items, pages = self._items, self._pages
            found = pages.get(key)
        if found is not None:
            return page_json(*found)
        page = event_summary_items(self.ledger, f, sort=sort, limit=limit, cursor=cursor, kept=items)
        if self.version() != generation:  # a commit while reading: the kept items may be older than the ids
            with self._lock:
                if self._items is items:
                    self._items, self._pages = _Kept(), {}
            return page_json(*event_summary_items(self.ledger, f, sort=sort, limit=limit, cursor=cursor))
        with self._lock:
            if self._pages is pages and key not in pages:
                pages[key] = page
                items.size += PAGE_BYTES + 8 * len(page[0])
        return page_json(*page)
