"""Alembic environment, run from inside the package: `Ledger` calls it on open, so users need no alembic.ini.

A caller passes an open connection in `config.attributes["connection"]` (what `Ledger` does, so the upgrade
runs in its transaction); the `alembic` command line can still be used by developers with `-x url=...` or a
`sqlalchemy.url` option, e.g. to autogenerate a revision against `schema.metadata`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from eventledger.store.schema import metadata


def _configure(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things, so later migrations copy-and-move tables.
    # include_name: the full-text index (FTS5 tables, store/search.py) is made by raw SQL, not described in `metadata`.
    context.configure(
        connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True,
        include_name=lambda name, kind, _parents: not (kind == "table" and (name or "").startswith("fts_")),
    )
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    return context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option("sqlalchemy.url")


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    given = context.config.attributes.get("connection")
    if given is not None:
        _configure(given)
    else:
        with create_engine(_url()).begin() as connection:
            _configure(connection)
