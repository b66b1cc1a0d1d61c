"""Flat-cost linking: events.target_key, so that a strike finds earlier strikes on its target through an index.

- events.target_key: "category" of the event's named target when it is a strike on a specific category (refinery,
  airfield, ...), else NULL (`resolve.target_key`); indexed with the cell and first day, so that a `same_target`
  link looks back through the index instead of scanning every event of the cell.

A frozen snapshot like 0001: it does not import `schema.py`; the key is computed here the same way.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_NAMED = ("military_industry", "energy", "oil_refinery", "airfield", "airport", "military", "transport")


def upgrade() -> None:
    op.add_column("events", sa.Column("target_key", sa.String(32)))
    op.create_index("ix_events_target_key", "events", ["target_key", "cell", "day_lo"])
    events = sa.table("events", sa.column("id"), sa.column("kind"), sa.column("target", sa.JSON),
                      sa.column("target_key"))
    conn = op.get_bind()
    for row in list(conn.execute(sa.select(events.c.id, events.c.kind, events.c.target))):
        category = (row.target or {}).get("category")
        if row.kind == "strike" and category in _NAMED:
            conn.execute(sa.update(events).where(events.c.id == row.id).values(target_key=category))


def downgrade() -> None:
    op.drop_index("ix_events_target_key", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("target_key")
