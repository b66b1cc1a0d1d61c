"""What resolution reads of stored report events, kept between reports of one ingest so it is not read again.

Ingest compares each new report event with the members of the events near it, and an out-of-order report makes it
re-resolve the days around it: the same few hundred stored items, read from the database (with their vectors and
claims) and compared pairwise, report after report. An item is fixed by its report event and claims, which are never
rewritten, and by its report's first publication, which can move earlier; so an item read once is reused while its
publication time is unchanged (checked with one light query), and a pairwise verdict is reused for the same two items
at the same publication times. Both are bounded (oldest first out), and kept per database engine, so two ledgers
open in one process never share them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

    from eventledger.resolve import Item

MAX_ITEMS = 20_000  # each holds two 512-float vectors: about 4 KB, so at most ~80 MB
MAX_VERDICTS = 200_000  # a few hundred bytes each


class Bounded(dict):  # type: ignore[type-arg]
    """A dict that forgets its oldest entries past `limit` (safe enough across threads: a lost race only forgets)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: object, value: object) -> None:
        super().__setitem__(key, value)
        while len(self) > self.limit:
            try:
                self.pop(next(iter(self)), None)
            except (RuntimeError, StopIteration):  # another thread changed it meanwhile
                break


class ItemCache:
    def __init__(self) -> None:
        self.items: Bounded = Bounded(MAX_ITEMS)  # report event id -> Item
        self.verdicts: Bounded = Bounded(MAX_VERDICTS)  # VerdictKey -> Verdict, for `resolve.compare_to_event`
        self.claims: Bounded = Bounded(MAX_ITEMS)  # report event id -> its claims [(claim id, Claim)], immutable
        # report event id -> the row an event is made of (`resolution._FACTS`), valid while its report's times are
        self.facts: Bounded = Bounded(MAX_ITEMS)

    def clear(self) -> None:
        self.items.clear()
        self.verdicts.clear()
        self.claims.clear()
        self.facts.clear()

    def item(self, report_event_id: str, published: datetime | None) -> Item | None:
        """The item read before, if its report's publication time is still `published`."""
        found = self.items.get(report_event_id)
        return found if found is not None and found.published == published else None


_TIMES = "eventledger.times_read"  # key of `Connection.info` (see `times_read`)


def times_read(conn: Connection) -> dict[str, tuple[datetime | None, datetime | None]] | None:
    """The report times (first publication, fetch) of report events read already in this write transaction, or None
    outside one. Nobody else can change them before it ends (SQLite: one writer; PostgreSQL: SERIALIZABLE), and the
    ledger's own change of a time (a text published earlier than known) clears them, so a time read once need not be
    read again to check a cached item or row: the same reports recur in the events near report after report."""
    return conn.info.get(_TIMES)


@contextmanager
def reading_times(conn: Connection) -> Iterator[None]:
    """Keep `times_read` for the write transaction of `conn` (inside it)."""
    conn.info[_TIMES] = {}
    conn.info[_MEMBERS] = {}
    try:
        yield
    finally:
        conn.info.pop(_TIMES, None)
        conn.info.pop(_MEMBERS, None)


_MEMBERS = "eventledger.members_read"  # key of `Connection.info` (see `members_read`)


def members_read(conn: Connection) -> dict[str, list[str]] | None:
    """The members of events read in this write transaction since its last change of memberships (by event id, as
    read), or None outside one: `resolution.write_clusters` asks again for the members of the event an item joins,
    which `event_items` read just before. Every change of memberships clears them (`write_clusters`)."""
    return conn.info.get(_MEMBERS)


def forget_times(conn: Connection) -> None:
    """A report's time changed in this transaction: what `times_read` kept is read again."""
    times = times_read(conn)
    if times is not None:
        times.clear()


_caches: WeakKeyDictionary[Engine, ItemCache] = WeakKeyDictionary()
_lock = threading.Lock()


def cache_for(engine: Engine) -> ItemCache:
    with _lock:
        found = _caches.get(engine)
        if found is None:
            found = _caches[engine] = ItemCache()
        return found
