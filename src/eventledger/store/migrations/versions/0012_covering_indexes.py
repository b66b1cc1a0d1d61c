"""The list's indexes carry every column its plain filters test: a page's ids read from the index alone.

`GET /api/v1/events?kind=strike&weapon=drone` walked (kind, date, id, lat, lon) in date order and read each event's
row for its weapon; `min_killed=5` read each row and parsed its figures' JSON. On 100,000 synthetic events those
pages took 0.9-1.9 ms of SQLite each (a third of the first pass over the API's mix). Here:

- events.killed: the killed figure's best as an integer, exactly `CAST(json_extract(figures, '$."killed"."best"')
  AS INTEGER)` (what a `min_killed` filter compared), kept by the database itself, so every writer (the store, an
  import, a script's SQL, a Parquet import that carries the column) keeps it right: on SQLite by two triggers (after
  an insert, and after an update that sets `figures` or `killed`, when the value differs); on PostgreSQL by a
  trigger before each insert and update (a generated column would refuse the Parquet import's value). A later
  migration that rebuilds `events` (SQLite's batch copy) must create the triggers again.
- the four list indexes, (date, id, lat, lon) and (kind | weapon | country, date, id, lat, lon), are widened with
  the other two of kind, weapon and country and with killed (the date index with killed only). They replace the
  narrower ones (same leading columns, same order), so ingest keeps as many indexes, each wider.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BEFORE = (("date", "id", "lat", "lon"), ("kind", "date", "id", "lat", "lon"), ("country", "date", "id", "lat", "lon"),
           ("weapon", "date", "id", "lat", "lon"))
_AFTER = (("date", "id", "lat", "lon", "killed"), ("kind", "date", "id", "lat", "lon", "weapon", "country", "killed"),
          ("country", "date", "id", "lat", "lon", "kind", "weapon", "killed"),
          ("weapon", "date", "id", "lat", "lon", "kind", "country", "killed"))
SQLITE_KILLED = """CAST(json_extract({row}figures, '$."killed"."best"') AS INTEGER)"""
POSTGRES_FUNCTION = (
    "CREATE FUNCTION events_killed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.killed := CAST((NEW.figures -> 'killed') ->> 'best' AS INTEGER); RETURN NEW; END $$"
)
POSTGRES_TRIGGER = "CREATE TRIGGER events_killed BEFORE INSERT OR UPDATE ON events FOR EACH ROW EXECUTE PROCEDURE events_killed()"
TRIGGERS = (
    "CREATE TRIGGER events_killed_insert AFTER INSERT ON events "
    f"WHEN NEW.killed IS NOT {SQLITE_KILLED.format(row='NEW.')} "
    f"BEGIN UPDATE events SET killed = {SQLITE_KILLED.format(row='NEW.')} WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER events_killed_update AFTER UPDATE OF figures, killed ON events "
    f"WHEN NEW.killed IS NOT {SQLITE_KILLED.format(row='NEW.')} "
    f"BEGIN UPDATE events SET killed = {SQLITE_KILLED.format(row='NEW.')} WHERE rowid = NEW.rowid; END",
)


def _name(columns: tuple[str, ...]) -> str:
    return "ix_events_" + "_".join(columns)


def upgrade() -> None:
    op.add_column("events", sa.Column("killed", sa.Integer()))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"UPDATE events SET killed = {SQLITE_KILLED.format(row='')}")
        for trigger in TRIGGERS:
            op.execute(trigger)
    else:
        op.execute(POSTGRES_FUNCTION)
        op.execute(POSTGRES_TRIGGER)
        op.execute("UPDATE events SET killed = NULL")  # the trigger sets each row's value
    for before, after in zip(_BEFORE, _AFTER):
        op.create_index(_name(after), "events", list(after))
        op.drop_index(_name(before), table_name="events")


def downgrade() -> None:
    for before, after in zip(_BEFORE, _AFTER):
        op.create_index(_name(before), "events", list(before))
        op.drop_index(_name(after), table_name="events")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS events_killed_insert")
        op.execute("DROP TRIGGER IF EXISTS events_killed_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS events_killed ON events")
        op.execute("DROP FUNCTION IF EXISTS events_killed()")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("killed")
