"""Keyset paging over events with and without dates: every event once, dated ones in date order, undated last."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger
from eventledger.store.query import EventFilter, select_event_rows, select_event_summaries

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, gazetteer: Any) -> Ledger:
    path = tmp_path_factory.mktemp("paging") / "ledger.db"
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    with Ledger(path) as ledger:
        assert not ingest(ledger, reports, gazetteer).failed
    with sqlite3.connect(path) as db:  # as if three events had been read from reports that give no date
        db.execute("UPDATE events SET date = NULL, date_precision = NULL WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 3)")
    return Ledger(path)


@pytest.mark.parametrize("sort", ["-date", "date"])
@pytest.mark.parametrize("size", [1, 2, 5])
def test_pages_visit_every_event_once_with_the_undated_last(ledger: Ledger, sort: str, size: int) -> None:
    everything = select_event_rows(ledger, limit=1000, sort=sort).items
    seen, cursor = [], None
    while True:
        page = select_event_summaries(ledger, EventFilter(), sort=sort, limit=size, cursor=cursor)
        seen += page.items
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert [e["id"] for e in seen] == [e["id"] for e in everything]
    dates = [e["date"] for e in seen]
    assert dates[-3:] == [None, None, None] and None not in dates[:-3]
    assert dates[:-3] == sorted(dates[:-3], reverse=sort == "-date")
