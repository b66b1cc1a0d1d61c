"""A cheap number that changes whenever the ledger does: what a cache of answers is keyed by.

SQLite's `PRAGMA data_version` answers, in microseconds and without reading a table, whether any *other*
connection has committed to the file since this connection last asked, in this process or any other. So the
watcher keeps a connection of its own that never writes: every commit, by the server's own pool, by `eventledger
ingest` running beside it or by a batch, is another connection's commit and moves the number.

PostgreSQL has no such counter, and an in-memory SQLite ledger is private to its pool: there `current()` is None,
which tells a cache not to keep anything.
"""

from __future__ import annotations

import sqlite3
import threading

from eventledger.store.ledger import Ledger, sqlite_file


class LedgerVersion:
    """`current()` is a generation number, 1 at first, one more each time a change to the ledger is seen.

    >>> version = LedgerVersion(ledger); before = version.current()  # doctest: +SKIP
    >>> ledger.ingest(...); version.current() > before               # doctest: +SKIP
    True
    """

    def __init__(self, ledger: Ledger) -> None:
        path = sqlite_file(ledger.url) if ledger.engine.dialect.name == "sqlite" else None
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None) if path else None
        self._lock = threading.Lock()
        self._seen: int | None = None
        self._generation = 0

    def current(self) -> int | None:
        if self._conn is None:
            return None
        with self._lock:
            seen = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if seen != self._seen:
                self._seen = seen
                self._generation += 1
            return self._generation

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
