"""What a ledger holds, in a form two ledgers can be compared by: the same reports, claims and events (members and
figures), whatever the backend, the order of ingest or the number of writers."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from eventledger.store import Ledger
from eventledger.store import schema as t


def snapshot(ledger: Ledger) -> dict[str, Any]:
    with ledger.engine.connect() as conn:
        reports = sorted(conn.execute(select(t.reports.c.id)).scalars())
        publications = sorted(
            tuple(row) for row in conn.execute(select(t.publications.c.report_id, t.publications.c.source, t.publications.c.url))
        )
        claims = sorted(tuple(row) for row in conn.execute(select(t.claims.c.report_event_id, t.claims.c.id, t.claims.c.value)))
        members: dict[str, set[str]] = defaultdict(set)
        for event_id, member in conn.execute(select(t.event_members.c.event_id, t.event_members.c.report_event_id)):
            members[event_id].add(member)
    figures = {e.id: {n: (f.low, f.best, f.high) for n, f in e.figures.items()} for e in ledger.events()}
    events = {eid: (tuple(sorted(ms)), figures.get(eid)) for eid, ms in members.items()}
    return {"reports": reports, "publications": publications, "claims": claims, "events": events}
