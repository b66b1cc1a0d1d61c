"""A ledger exported to Parquet and imported into an empty ledger is the same ledger, on SQLite and PostgreSQL
and across them; the files are what docs/SCHEMA-PARQUET.md says, readable without eventledger."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.feedstate import FeedState
from eventledger.model import Related
from eventledger.store import Ledger, LedgerError
from eventledger.store import schema as t
from eventledger.store import search
from eventledger.store.parquet import export_parquet, import_parquet
from pgcluster import fresh_database
from resolution_corpus import SPECS, event


def _fill(ledger: Ledger) -> None:
    """Something in every table: reports and their events, a second publisher, a hand merge, a source, a feed."""
    for name, *_ in SPECS:
        rep, ev = event(name)
        if name == SPECS[-1][0]:  # a link the report states, to an event of another ledger
            ev = replace(ev, related=(Related(event_id="0123456789abcdef", why="follow_up"),))
        ledger.ingest(rep, [ev])
    rep, ev = event(SPECS[0][0])
    ledger.ingest(replace(rep, source="relay", url="https://t.me/relay/1"), [ev])
    events = ledger.events()
    ledger.merge(events[0].id, events[1].id, note="the same strike, told twice")
    ledger.add_source("Example Daily", "https://example.org/rss.xml", "media", "en")
    moment = datetime(2025, 3, 10, 6, tzinfo=timezone.utc)
    ledger.save_feed_state(FeedState(url="https://example.org/rss.xml", etag='"abc"', last_polled_at=moment))
    ledger.mark_item("https://example.org/rss.xml", "item-1")


def _tables(ledger: Ledger) -> dict[str, list[dict[str, Any]]]:
    with ledger.engine.connect() as conn:
        return {
            table.name: [dict(row._mapping) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            for table in t.metadata.sorted_tables
        }


@pytest.fixture
def exported(ledger_url: str, tmp_path: Path) -> tuple[dict[str, list[dict[str, Any]]], Path]:
    with Ledger(ledger_url) as ledger:
        _fill(ledger)
        counts = export_parquet(ledger, tmp_path / "export")
        tables = _tables(ledger)
    assert counts == {name: len(rows) for name, rows in tables.items()}
    assert all(counts.values()), counts  # every table has rows, so every column type went through
    return tables, tmp_path / "export"


@pytest.mark.parametrize("into", ["sqlite", "postgresql"])
def test_an_export_imported_into_an_empty_ledger_is_the_same_ledger(
    exported: tuple[dict, Path], into: str, request: pytest.FixtureRequest, tmp_path: Path,
) -> None:
    tables, folder = exported
    if into == "postgresql":  # a database of its own: the export may have come from this test's other one
        url = fresh_database(request.getfixturevalue("postgres_server"))
    else:
        url = str(tmp_path / "imported.db")
    with Ledger(url) as ledger:
        import_parquet(ledger, folder)
        assert _tables(ledger) == tables
        ledger.ingest(*_new_report())  # the counters of autoincrement ids moved past the imported rows


def _new_report():  # type: ignore[no-untyped-def]
    from eventledger.model import Event, Report

    rep = Report(text="Explosions were heard in Kursk overnight.", published=datetime(2025, 6, 1, tzinfo=timezone.utc),
                 language="en", source="Example Daily", source_kind="media", url="https://example.org/kursk")
    return rep, [Event(kind="explosion", date="2025-06-01", date_precision="day", place=None)]


def test_the_files_are_plain_parquet_with_the_documented_columns(exported: tuple[dict, Path]) -> None:
    tables, folder = exported
    claims = pq.read_table(folder / "claims.parquet").to_pylist()
    assert {c["quote"] for c in claims} == {row["quote"] for row in tables["claims"]}
    events = pq.read_table(folder / "events.parquet", columns=["id", "figures", "created_at"]).to_pylist()
    assert events[0]["created_at"].tzinfo is not None and events[0]["figures"].startswith("{")
    documented = (Path(__file__).resolve().parents[1] / "docs" / "SCHEMA-PARQUET.md").read_text(encoding="utf-8")
    for table in t.metadata.sorted_tables:
        assert f"`{table.name}.parquet`" in documented
        for column in table.columns:
            assert f"`{column.name}`" in documented, f"{table.name}.{column.name} is not in docs/SCHEMA-PARQUET.md"


def test_importing_into_a_ledger_that_holds_reports_is_refused(exported: tuple[dict, Path], tmp_path: Path) -> None:
    _, folder = exported
    with Ledger(tmp_path / "busy.db") as ledger:
        ledger.ingest(*_new_report())
        with pytest.raises(LedgerError, match="not empty"):
            import_parquet(ledger, folder)
        assert ledger.counts()["reports"] == 1


def test_the_command_line_round_trip(tmp_path: Path) -> None:
    runner = CliRunner()
    with Ledger(tmp_path / "a.db") as ledger:
        _fill(ledger)
        before = _tables(ledger)
    out = runner.invoke(app, ["export", "--db", str(tmp_path / "a.db"), "--format", "parquet", "--out", str(tmp_path / "pq")])
    assert out.exit_code == 0, out.output
    back = runner.invoke(app, ["import", str(tmp_path / "pq"), "--db", f"sqlite:///{tmp_path / 'b.db'}"])
    assert back.exit_code == 0, back.output
    with Ledger(tmp_path / "b.db") as ledger:
        assert _tables(ledger) == before
    missing = runner.invoke(app, ["import", str(tmp_path / "nowhere"), "--db", str(tmp_path / "c.db")])
    assert missing.exit_code == 2 and "nowhere" in missing.output
