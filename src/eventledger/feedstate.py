"""What the ledger remembers about one polled feed between runs.

Kept in its own module because two parts share it: the feed poller decides with it (conditional requests,
back-off after failures) and the store persists it; neither should import the other to get the type.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedState:
    """Datetimes are timezone-aware UTC; `etag` and `last_modified` are the server's header values, kept verbatim."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    last_ok_at: datetime | None = None
    consecutive_failures: int = 0
    next_poll_at: datetime | None = None
    last_error: str | None = None
