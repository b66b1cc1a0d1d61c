"""Do two ledgers hold the same thing? A speed change must not change what ingest stores.

Compares every row of the tables ingest writes (reports, publications, report events with their vectors, claims,
events with their figures and blocking keys, members with their reasons, links, the change history), leaving out
only wall-clock times and autoincrement ids, which differ from run to run. Prints the first differences of each
table and exits 1 when the ledgers differ.

    .venv/bin/eventledger ingest CORPUS --db /tmp/a.db   # with one tree
    .venv/bin/eventledger ingest CORPUS --db /tmp/b.db   # with the other
    .venv/bin/python benchmarks/compare_ledgers.py /tmp/a.db /tmp/b.db
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

CLOCK = {"fetched_at", "created_at", "updated_at", "at", "seen_at", "edited_at"}  # when it ran, not what it found
SERIAL = {"publications": "id", "event_changes": "id", "decisions": "id"}  # autoincrement ids
TABLES = ("reports", "publications", "report_events", "claims", "events", "event_members", "event_links",
          "event_changes", "event_redirects")


def _rows(db: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in CLOCK and c != SERIAL.get(table)]
        if not keep:
            return []
        columns_sql = ", ".join(f'"{c}"' for c in keep)
        rows = conn.execute(f"SELECT {columns_sql} FROM {table}").fetchall()
    return sorted((tuple(_plain(v) for v in row) for row in rows), key=repr)


def _plain(value: object) -> object:
    """JSON compared as data (key order aside), with its wall-clock fields dropped."""
    if isinstance(value, str) and value[:1] in "{[":
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if k not in CLOCK}
        return json.dumps(data, sort_keys=True)
    return value


def compare(a: Path, b: Path, show: int = 5) -> int:
    """The number of tables that differ; their first differing rows are printed."""
    differing = 0
    for table in TABLES:
        ra, rb = _rows(a, table), _rows(b, table)
        if ra == rb:
            print(f"{table}: {len(ra)} rows, the same")
            continue
        differing += 1
        sa, sb = set(ra), set(rb)
        print(f"{table}: DIFFERS ({len(ra)} vs {len(rb)} rows; {len(sa - sb)} only in the first, {len(sb - sa)} only in the second)")
        for row in sorted(sa - sb, key=repr)[:show]:
            print(f"  - {str(row)[:300]}")
        for row in sorted(sb - sa, key=repr)[:show]:
            print(f"  + {str(row)[:300]}")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    sys.exit(1 if compare(args.first, args.second) else 0)


if __name__ == "__main__":
    main()
