"""Flat-cost relinking: the other end of a link and the successor of a redirect, indexed.

Every ingest drops the automatic links of the events it touched at both ends (`resolution.relink`:
`event_id IN (...) OR related_id IN (...)`), and a merge moves the links that point at the absorbed event and the
redirects that lead to it (`resolution._move_event`). `event_links` had an index on `event_id` only (its primary key)
and `event_redirects` none on `event_id`, so each of these scanned the whole table: a cost per report that grew with
the ledger. Indexes only; no row changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_links_related_id", "event_links", ["related_id"])
    op.create_index("ix_event_redirects_event_id", "event_redirects", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_redirects_event_id", table_name="event_redirects")
    op.drop_index("ix_event_links_related_id", table_name="event_links")
