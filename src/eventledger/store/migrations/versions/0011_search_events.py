"""A search joins its matches straight to the ledger events holding them: `fts_events`.

`GET /api/v1/events?q=drone&weapon=missile` (no such event) gathered every report matching the words and read, for
each, its report id from FTS5's content table, its report events and their members: ~7 us a match, 75-95 ms for the
synthetic ledger's searches at odds with their filters. `fts_events` holds (FTS5 rowid of a report, id of an event
one of whose members that report told), keyed both ways, with the event's date, kind, weapon, country, lat and lon
(what the list's indexes hold): a gather reads one row a match and applies those filters there, and a walk in date
order tests each event by its id against FTS5's set of matching rowids. The store rewrites the rows of every event
it writes (`search.index_events`, called by `resolution.write_clusters`, the one writer of events and members); a
later migration that rewrites those columns of `events` must refill this table. SQLite only, as the rest of
the full-text index (migration 0003); other backends search with LIKE and get nothing here.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# Every (indexed report, event holding it) with the event's columns; the store's `search.rebuild` does the same
FILL = (
    "INSERT INTO fts_events (report_rowid, event_id, date, kind, weapon, country, lat, lon) "
    "SELECT DISTINCT c.id, m.event_id, e.date, e.kind, e.weapon, e.country, e.lat, e.lon FROM event_members AS m "
    "JOIN report_events AS re ON re.id = m.report_event_id JOIN fts_reports_content AS c ON c.c0 = re.report_id "
    "JOIN events AS e ON e.id = m.event_id"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE IF NOT EXISTS fts_events (report_rowid INTEGER NOT NULL, event_id VARCHAR(64) NOT NULL, "
        "date VARCHAR(10), kind VARCHAR(32), weapon VARCHAR(32), country VARCHAR(2), lat FLOAT, lon FLOAT, "
        "PRIMARY KEY (report_rowid, event_id)) WITHOUT ROWID"
    )
    op.execute(FILL)
    op.execute("CREATE INDEX IF NOT EXISTS fts_events_event_id ON fts_events (event_id, report_rowid)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS fts_events")
