"""events.place_names: the names an event's place goes by, so that `events --place NAME` finds it in any language.

- events.place_names: "|калуга|kaluga|в районе калуги|": the place's name, its English name and the report's words
  for it, casefolded (the database's own lower() folds only ASCII in SQLite), between bars so that a LIKE finds one
  whole name (`resolution.place_names`). Ledgers written before this hold only `name` in their places.

A frozen snapshot like 0001: it does not import `schema.py`; the key is computed here the same way.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _names(place: dict | None) -> str | None:
    if not place:
        return None
    names = [" ".join(unicodedata.normalize("NFKC", n).casefold().replace("ё", "е").split())
             for n in (place.get("name"), place.get("name_en"), place.get("as_written")) if n]
    return "|" + "|".join(dict.fromkeys(names)) + "|" if names else None


def upgrade() -> None:
    op.add_column("events", sa.Column("place_names", sa.Text()))
    events = sa.table("events", sa.column("id"), sa.column("place", sa.JSON), sa.column("place_names"))
    conn = op.get_bind()
    for row in list(conn.execute(sa.select(events.c.id, events.c.place))):
        names = _names(row.place)
        if names:
            conn.execute(sa.update(events).where(events.c.id == row.id).values(place_names=names))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("place_names")
