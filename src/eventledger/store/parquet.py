"""The whole ledger as Parquet files, one per table, for DuckDB, pandas or Spark, and back into an empty ledger.

Every table is written as it is stored (docs/SCHEMA-PARQUET.md), so an import gives back the same ledger: the
same ids, claims, events, history and hand decisions, on SQLite or PostgreSQL whichever it came from. Rows are
streamed a batch at a time both ways, so a ledger larger than memory exports and imports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from alembic.runtime.migration import MigrationContext
from sqlalchemy import JSON, Boolean, Float, Integer, LargeBinary, String, Table, Text, func, insert, select, text

from eventledger.store import schema as t
from eventledger.store import search
from eventledger.store.ledger import Ledger, LedgerError

BATCH = 5_000
REVISION_KEY = b"eventledger.schema_revision"


def _arrow_type(column: Any) -> pa.DataType:
    kind = column.type
    if isinstance(kind, t.UTCDateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(kind, Boolean):
        return pa.bool_()
    if isinstance(kind, Integer):
        return pa.int64()
    if isinstance(kind, Float):
        return pa.float64()
    if isinstance(kind, LargeBinary):
        return pa.binary()
    if isinstance(kind, (JSON, String, Text)):  # JSON as its text: DuckDB's json functions and pandas read it
        return pa.string()
    raise TypeError(f"no Parquet type for {column.table.name}.{column.name} ({kind})")


def arrow_schema(table: Table, revision: str | None = None) -> pa.Schema:
    """The Parquet schema of one ledger table; the Alembic revision rides along in its metadata."""
    fields = [pa.field(c.name, _arrow_type(c), nullable=c.nullable or False) for c in table.columns]
    return pa.schema(fields, metadata={REVISION_KEY: (revision or "").encode()})


def _to_arrow(table: Table, rows: list[Any]) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {c.name: [] for c in table.columns}
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    for row in rows:
        for name, value in row._mapping.items():
            if name in json_columns and value is not None:
                value = json.dumps(value, ensure_ascii=False)
            columns[name].append(value)
    return columns


def export_parquet(ledger: Ledger, folder: Path) -> dict[str, int]:
    """Write every table of the ledger to FOLDER/<table>.parquet from one snapshot; returns the rows per table."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LedgerError(f"cannot create the folder {folder}: {exc}") from exc
    counts: dict[str, int] = {}
    with ledger._read() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        for table in t.metadata.sorted_tables:
            schema = arrow_schema(table, revision)
            path = folder / f"{table.name}.parquet"
            counts[table.name] = 0
            key = [c for c in table.primary_key.columns]
            query = select(table).order_by(*key)
            with pq.ParquetWriter(path, schema, compression="zstd") as writer:
                result = conn.execution_options(yield_per=BATCH).execute(query)
                for rows in result.partitions():
                    writer.write_table(pa.table(_to_arrow(table, list(rows)), schema=schema))
                    counts[table.name] += len(rows)
                if counts[table.name] == 0:
                    writer.write_table(schema.empty_table())
    return counts


def _batches(path: Path, table: Table) -> Iterator[list[dict[str, Any]]]:
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH):
        rows = batch.to_pylist()
        for row in rows:
            for name in json_columns:
                if row.get(name) is not None:
                    row[name] = json.loads(row[name])
        yield rows


def _index(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """The search index is derived, not exported: filled here as the store fills it on ingest."""
    if table is t.reports:
        for row in rows:
            search.index_report(conn, row["id"], row["title"], row["text"])
    elif table is t.claims:
        search.index_claims(conn, rows)
    elif table is t.event_members:  # after reports (sorted_tables): their search rows exist
        search.index_events(conn, {row["event_id"] for row in rows})


def import_parquet(ledger: Ledger, folder: Path) -> dict[str, int]:
    """Load an export into an empty ledger, in one transaction: all of it or, on any error, nothing."""
    missing = [f"{table.name}.parquet" for table in t.metadata.sorted_tables if not (folder / f"{table.name}.parquet").is_file()]
    if missing:
        raise LedgerError(f"{folder} is not a ledger export: missing {', '.join(missing)}")
    counts: dict[str, int] = {}
    with ledger._write(f"the import of {folder}") as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        held = sum(conn.execute(select(func.count()).select_from(table)).scalar_one() for table in (t.reports, t.events))
        if held:
            raise LedgerError(f"ledger {ledger.url} is not empty: import {folder} into a new ledger")
        for table in t.metadata.sorted_tables:
            path = folder / f"{table.name}.parquet"
            try:
                written = pq.read_schema(path)
            except (OSError, pa.ArrowException) as exc:
                raise LedgerError(f"{path} is not a Parquet file: {exc}") from exc
            exported = (written.metadata or {}).get(REVISION_KEY, b"").decode()
            if exported != (revision or ""):
                raise LedgerError(f"{path} was exported at schema revision {exported!r}, this ledger is at {revision!r}")
            expected = arrow_schema(table, revision)
            if written.remove_metadata() != expected.remove_metadata():
                raise LedgerError(f"{path} does not have the columns of table {table.name} (docs/SCHEMA-PARQUET.md)")
            counts[table.name] = 0
            for rows in _batches(path, table):
                if rows:
                    conn.execute(insert(table), rows)
                    counts[table.name] += len(rows)
                    _index(conn, table, rows)
        if conn.dialect.name == "postgresql":  # ids were given explicitly: move the counters past them
            for table in t.metadata.sorted_tables:
                auto = [c for c in table.primary_key.columns if c.autoincrement is True]
                for column in auto:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"coalesce(max({column.name}), 1), max({column.name}) IS NOT NULL) FROM {table.name}"
                    ))
    return counts
