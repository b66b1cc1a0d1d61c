"""A reviewer's mark on an event: kept in the event's history (event_changes), so it shows who looked and when."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import insert

from eventledger.store import schema as t
from eventledger.store.ledger import Ledger, _retrying


@_retrying  # rerun when a concurrent PostgreSQL writer made it fail
def mark_reviewed(ledger: Ledger, event_id: str, note: str | None = None) -> str:
    """Record that a person checked the event (by id or 6+ character prefix); returns its id."""
    with ledger._write(f"review of event {event_id}") as conn:
        found = ledger._require_event(conn, event_id)
        conn.execute(
            insert(t.event_changes).values(
                event_id=found, at=datetime.now(timezone.utc), change={"action": "reviewed", "note": note}
            )
        )
    return found
