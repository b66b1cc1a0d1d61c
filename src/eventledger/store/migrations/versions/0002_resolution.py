"""Resolution across reports: what blocking needs, why members joined, hand decisions, and moved event ids.

- events.cell/day_lo/day_hi: the blocking keys (country/admin1 cell, first and last possible day), indexed, so
  that a new report is compared only with events near it in place and time.
- report_events.text/vector/target_vector: the sentence that told the incident and its sentence-encoder vectors,
  stored once so that a full re-run never re-embeds.
- event_members.reason: why a report's event joined the ledger event (evidence, score), or that a user decided.
- decisions: hand merges and splits, in report_event ids (which never change), replayed by every re-run.
- event_redirects: an event id that disappeared in a merge (or moved to an earlier member) points to its successor.

A frozen snapshot like 0001: it does not import `schema.py`. Events stored before this revision get their
blocking keys from `eventledger resolve`.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(64)
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("events", sa.Column("cell", sa.String(160)))
    op.add_column("events", sa.Column("day_lo", sa.Integer()))
    op.add_column("events", sa.Column("day_hi", sa.Integer()))
    op.create_index("ix_events_cell_day_hi", "events", ["cell", "day_hi"])
    op.create_index("ix_events_country_day_hi", "events", ["country", "day_hi"])
    op.create_index("ix_events_day_hi", "events", ["day_hi"])
    op.add_column("report_events", sa.Column("text", sa.Text()))
    op.add_column("report_events", sa.Column("vector", sa.LargeBinary()))
    op.add_column("report_events", sa.Column("target_vector", sa.LargeBinary()))
    op.add_column("event_members", sa.Column("reason", sa.JSON()))
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("left", sa.JSON(), nullable=False),
        sa.Column("right", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.CheckConstraint("action IN ('merge', 'split')", name="ck_decisions_action"),
    )
    op.create_table(
        "event_redirects",
        sa.Column("old_id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("old_id", name="pk_event_redirects"),
    )


def downgrade() -> None:
    op.drop_table("event_redirects")
    op.drop_table("decisions")
    with op.batch_alter_table("event_members") as batch:
        batch.drop_column("reason")
    with op.batch_alter_table("report_events") as batch:
        for column in ("target_vector", "vector", "text"):
            batch.drop_column(column)
    op.drop_index("ix_events_day_hi", "events")
    op.drop_index("ix_events_country_day_hi", "events")
    op.drop_index("ix_events_cell_day_hi", "events")
    with op.batch_alter_table("events") as batch:
        for column in ("day_hi", "day_lo", "cell"):
            batch.drop_column(column)
