"""The ledger's tables, in SQLAlchemy Core so the same queries run on SQLite and PostgreSQL.

This is the current shape the code queries; the migrations in `migrations/versions` are how a database gets
there. A test compares the two, so a column added here without a migration fails the suite.

Layers, from what was read to what is believed:
reports (text, stored once) <- publications (who published it, when) <- report_events + claims (what one
report said, immutable) <- event_members -> events (the resolved incidents, figures recomputed from claims),
with event_links and event_changes (the history) around them.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always gives back timezone-aware UTC, whatever the backend keeps.

    SQLite has no time zones and returns naive values; PostgreSQL's timestamptz returns the session's zone.
    Naive input is taken to be UTC, as `reconcile` does.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


# Named constraints: Alembic's batch mode (how SQLite alters tables) needs names to find them again.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(64)

reports = Table(
    "reports",
    metadata,
    Column("id", ID, primary_key=True),  # Report.id: a hash of the text
    Column("text", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("title", Text),
    Column("first_published", UTCDateTime),  # the earliest time any publisher put this text out
    Column("fetched_at", UTCDateTime, nullable=False),
    Column("content_hash", String(64), nullable=False),  # full sha256 of the text, to verify it was not altered
)

# Absent source/url are stored as "" so that the unique constraint holds (SQL NULLs never compare equal).
publications = Table(
    "publications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", ID, ForeignKey("reports.id"), nullable=False),
    Column("source", Text, nullable=False, server_default=""),
    Column("source_kind", String(16), nullable=False),
    Column("url", Text, nullable=False, server_default=""),
    Column("published", UTCDateTime),
    Column("fetched_at", UTCDateTime, nullable=False),
    Column("origin", Text),
    Column("version", Integer, nullable=False, server_default="1"),  # >1: an edit of an earlier text at this url
    Column("edited_at", UTCDateTime),  # when the edited text was first seen
    UniqueConstraint("report_id", "source", "url"),
    Index(None, "source", "url"),
)

sources = Table(
    "sources",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("language", String(8)),
    Column("url", Text),
    Column("added_at", UTCDateTime, nullable=False),
    Column("allow_private", Boolean, nullable=False, server_default=false()),  # its feed may be on a private address
)

feed_state = Table(
    "feed_state",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled_at", UTCDateTime),
    Column("last_ok_at", UTCDateTime),
    Column("consecutive_failures", Integer, nullable=False, server_default="0"),
    Column("next_poll_at", UTCDateTime),
    Column("last_error", Text),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("url", Text, primary_key=True),
    Column("item_id", Text, primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False),
)

report_events = Table(
    "report_events",
    metadata,
    Column("id", ID, primary_key=True),  # Event.id as extraction gave it
    Column("report_id", ID, ForeignKey("reports.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("weapon", String(32)),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("place", JSON),
    Column("areas", JSON, nullable=False),
    Column("target", JSON),
    Column("attacker", Text),
    Column("defender", Text),
    Column("background", Boolean, nullable=False),
    Column("details", Text),
    Column("anchor", Integer, nullable=False),
    Column("text", Text),  # the sentence that told the incident (and the title), what similarity compares
    Column("vector", LargeBinary),  # its sentence-encoder vector, float16
    Column("target_vector", LargeBinary),  # the target name's vector, to match names across languages
    Index(None, "report_id", "id"),  # a report's events without reading their rows (migration 0009)
)

# One claim text may support two report events (one sentence naming two towns), so the key includes the event.
claims = Table(
    "claims",
    metadata,
    Column("id", ID, nullable=False),  # Claim.id
    Column("report_event_id", ID, ForeignKey("report_events.id"), nullable=False),
    Column("report_id", ID, ForeignKey("reports.id"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("figure", String(32)),
    Column("assertion", Text),
    Column("value", Text, nullable=False),
    Column("value_is_int", Boolean, nullable=False),  # so 5 comes back as 5, and "5 drones" as text
    Column("lower_bound", Boolean, nullable=False),
    Column("source", Text),
    Column("source_kind", String(16), nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("published", UTCDateTime),
    PrimaryKeyConstraint("report_event_id", "id"),  # event first: reading an event's claims is the hot path
    CheckConstraint('"start" <= "end"', name="span"),
)

events = Table(
    "events",
    metadata,
    Column("id", ID, primary_key=True),  # the id of its earliest member
    Column("kind", String(32), nullable=False),
    Column("weapon", String(32)),
    Column("date", String(10), index=True),
    Column("date_precision", String(8)),
    Column("place", JSON),
    Column("areas", JSON, nullable=False),
    Column("target", JSON),
    Column("attacker", Text),
    Column("defender", Text),
    Column("background", Boolean, nullable=False),
    Column("details", Text),
    Column("figures", JSON, nullable=False),  # {name: {low, best, high, reason}}: a cache of reconcile(claims)
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("cell", String(160)),  # blocking: "country/admin1" of its place (resolve.cell_of)
    Column("day_lo", Integer),  # blocking: first and last day (ordinals) any member may have happened on
    Column("day_hi", Integer),
    Column("target_key", String(32)),  # same_target links: the named target's category (resolve.target_key)
    Column("place_names", Text),  # "|калуга|kaluga|в районе калуги|": what `--place` matches (resolution.place_names)
    # The killed figure's best, CAST(figures -> killed -> best AS INTEGER), kept by the database (migration 0012:
    # its triggers, on SQLite and PostgreSQL): no writer needs to set it, and a value given is replaced
    Column("killed", Integer),
    Index(None, "cell", "day_hi"),
    Index(None, "country", "day_hi"),
    Index(None, "day_hi"),
    # Keyset paging of the API (store/query.py), a page of one kind, country or weapon in date order (0008, 0009); a
    # bbox (0010), the other two and a minimum killed (0012) tested on the index entry, without reading the row
    Index(None, "date", "id", "lat", "lon", "killed"),
    Index(None, "kind", "date", "id", "lat", "lon", "weapon", "country", "killed"),
    Index(None, "country", "date", "id", "lat", "lon", "kind", "weapon", "killed"),
    Index(None, "weapon", "date", "id", "lat", "lon", "kind", "country", "killed"),
    Index("ix_events_target_key", "target_key", "cell", "day_lo"),
)

event_members = Table(
    "event_members",
    metadata,
    Column("event_id", ID, ForeignKey("events.id"), primary_key=True),
    Column("report_event_id", ID, ForeignKey("report_events.id"), primary_key=True),
    Column("reason", JSON),  # why it joined: {"reasons": [...], "score": ...} or {"manual": ...}
    UniqueConstraint("report_event_id"),  # a report's event belongs to one ledger event at a time
)

event_links = Table(
    "event_links",
    metadata,
    Column("event_id", ID, ForeignKey("events.id"), primary_key=True),
    Column("related_id", ID, primary_key=True),  # may name an event not in this ledger yet
    Column("why", String(32), primary_key=True),
    Column("evidence", Text),
    Index(None, "related_id"),  # relinking drops links by either end (migration 0007)
)

event_changes = Table(
    "event_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", ID, ForeignKey("events.id"), nullable=False, index=True),
    Column("at", UTCDateTime, nullable=False),
    Column("change", JSON, nullable=False),  # {"action": ..., "report_id": ..., "claims": [...], "figures": {...}}
)

# Hand decisions, in report_event ids (stable), replayed by every automatic resolution afterwards.
decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(8), nullable=False),
    Column("left", JSON, nullable=False),
    Column("right", JSON, nullable=False),
    Column("note", Text),
    Column("at", UTCDateTime, nullable=False),
    CheckConstraint("action IN ('merge', 'split')", name="action"),
)

# An event id that disappeared (merged away, or taken over by an earlier member) and where it went.
event_redirects = Table(
    "event_redirects",
    metadata,
    Column("old_id", ID, primary_key=True),
    Column("event_id", ID, nullable=False, index=True),  # a merge moves the redirects to the absorbed event (0007)
    Column("at", UTCDateTime, nullable=False),
)
