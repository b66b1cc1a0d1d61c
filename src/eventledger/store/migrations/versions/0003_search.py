"""Full-text search: FTS5 tables over report texts and claim quotes, on SQLite only.

Other backends get only the (date, id) index that paging walks: searches there fall back to LIKE (see `store/search.py`). Existing reports and
claims are indexed once; from then on the store adds rows as it writes reports.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_date_id", "events", ["date", "id"])  # keyset paging by (date, id), every backend
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS fts_reports USING fts5("
        "report_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS fts_claims USING fts5("
        "claim_id UNINDEXED, report_event_id UNINDEXED, report_id UNINDEXED, quote, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO fts_reports (report_id, title, text) SELECT id, coalesce(title, ''), text FROM reports")
    op.execute(
        "INSERT INTO fts_claims (claim_id, report_event_id, report_id, quote) "
        "SELECT id, report_event_id, report_id, quote FROM claims"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS fts_claims")
        op.execute("DROP TABLE IF EXISTS fts_reports")
    op.drop_index("ix_events_date_id", "events")
