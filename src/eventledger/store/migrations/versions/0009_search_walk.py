"""A search page walking the list's date order tests each event's reports against the matches by the report's id.

`GET /api/v1/events?q=drone` gathered the id of every report that matches (16,570 of 100,000 synthetic reports,
~30 ms) before it looked at the page's first event. With an index on the report id column of FTS5's content table
(`fts_reports_content.c0`), each event walked finds its report's index row and tests it against the set of matching
rowids, which FTS5 gives alone in a few milliseconds (`query._walk_cap` says when a page walks). SQLite only (the
full-text tables exist only there); an index only, no row changes, and the store's writes fill it as they fill the
table.

The index on report_events' report id becomes (report_id, id): a search gathering its matches goes from each
report to its events without reading their rows (each holds its sentence and two vectors: most of the gather's
time). It replaces the index on report_id alone, which it serves as well, so ingest keeps as many indexes.

(weapon, date, id) gives a page of one weapon in date order after the equality, as 0008's (kind, date, id) does
for a kind: without it, `weapon=glide_bomb&q=Kazan` read ~20,000 event rows to find its candidates, and a weapon
with a bounding box or a minimum figure walked every event's row. One index more for ingest to keep.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_weapon_date_id", "events", ["weapon", "date", "id"])
    op.create_index("ix_report_events_report_id_id", "report_events", ["report_id", "id"])
    op.drop_index("ix_report_events_report_id", table_name="report_events")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX IF NOT EXISTS fts_reports_content_report_id ON fts_reports_content (c0)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS fts_reports_content_report_id")
    op.create_index("ix_report_events_report_id", "report_events", ["report_id"])
    op.drop_index("ix_report_events_report_id_id", table_name="report_events")
    op.drop_index("ix_events_weapon_date_id", table_name="events")
