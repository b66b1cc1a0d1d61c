"""The first ledger: reports and their publications, what each report said, the resolved events, feeds.

A frozen snapshot, deliberately not importing `schema.py`: a migration must keep meaning what it meant when
it shipped, whatever the current schema becomes.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", ID, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("first_published", UTC),
        sa.Column("fetched_at", UTC, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
    )
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("report_id", ID, nullable=False),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False, server_default=""),
        sa.Column("published", UTC),
        sa.Column("fetched_at", UTC, nullable=False),
        sa.Column("origin", sa.Text()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("edited_at", UTC),
        sa.PrimaryKeyConstraint("id", name="pk_publications"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name="fk_publications_report_id_reports"),
        sa.UniqueConstraint("report_id", "source", "url", name="uq_publications_report_id_source_url"),
    )
    op.create_index("ix_publications_source_url", "publications", ["source", "url"])
    op.create_table(
        "sources",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("url", sa.Text()),
        sa.Column("added_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
    )
    op.create_table(
        "feed_state",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("last_polled_at", UTC),
        sa.Column("last_ok_at", UTC),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_poll_at", UTC),
        sa.Column("last_error", sa.Text()),
        sa.PrimaryKeyConstraint("url", name="pk_feed_state"),
    )
    op.create_table(
        "feed_items",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.Column("seen_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("url", "item_id", name="pk_feed_items"),
    )
    op.create_table(
        "report_events",
        sa.Column("id", ID, nullable=False),
        sa.Column("report_id", ID, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("weapon", sa.String(32)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("place", sa.JSON()),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("target", sa.JSON()),
        sa.Column("attacker", sa.Text()),
        sa.Column("defender", sa.Text()),
        sa.Column("background", sa.Boolean(), nullable=False),
        sa.Column("details", sa.Text()),
        sa.Column("anchor", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_report_events"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name="fk_report_events_report_id_reports"),
    )
    op.create_index("ix_report_events_report_id", "report_events", ["report_id"])
    op.create_table(
        "claims",
        sa.Column("id", ID, nullable=False),
        sa.Column("report_event_id", ID, nullable=False),
        sa.Column("report_id", ID, nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("figure", sa.String(32)),
        sa.Column("assertion", sa.Text()),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("value_is_int", sa.Boolean(), nullable=False),
        sa.Column("lower_bound", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("published", UTC),
        sa.PrimaryKeyConstraint("report_event_id", "id", name="pk_claims"),
        sa.ForeignKeyConstraint(["report_event_id"], ["report_events.id"], name="fk_claims_report_event_id_report_events"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name="fk_claims_report_id_reports"),
        sa.CheckConstraint('"start" <= "end"', name="ck_claims_span"),
    )
    op.create_index("ix_claims_report_id", "claims", ["report_id"])
    op.create_table(
        "events",
        sa.Column("id", ID, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("weapon", sa.String(32)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("place", sa.JSON()),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("target", sa.JSON()),
        sa.Column("attacker", sa.Text()),
        sa.Column("defender", sa.Text()),
        sa.Column("background", sa.Boolean(), nullable=False),
        sa.Column("details", sa.Text()),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text()),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_kind", "events", ["kind"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_table(
        "event_members",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("report_event_id", ID, nullable=False),
        sa.PrimaryKeyConstraint("event_id", "report_event_id", name="pk_event_members"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_members_event_id_events"),
        sa.ForeignKeyConstraint(
            ["report_event_id"], ["report_events.id"], name="fk_event_members_report_event_id_report_events"
        ),
        sa.UniqueConstraint("report_event_id", name="uq_event_members_report_event_id"),
    )
    op.create_table(
        "event_links",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("related_id", ID, nullable=False),
        sa.Column("why", sa.String(32), nullable=False),
        sa.Column("evidence", sa.Text()),
        sa.PrimaryKeyConstraint("event_id", "related_id", "why", name="pk_event_links"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_links_event_id_events"),
    )
    op.create_table(
        "event_changes",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_changes"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_changes_event_id_events"),
    )
    op.create_index("ix_event_changes_event_id", "event_changes", ["event_id"])


def downgrade() -> None:
    for table in (
        "event_changes", "event_links", "event_members", "events", "claims", "report_events",
        "feed_items", "feed_state", "sources", "publications", "reports",
    ):
        op.drop_table(table)
