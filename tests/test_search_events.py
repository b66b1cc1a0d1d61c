"""The full-text index's events (`fts_events`, migration 0011) follow the ledger: after ingest, a merge, a split and a
re-resolution they hold exactly each indexed report's events with those events' columns, and a search finds an
event by the words of any report it holds now."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger, query
from eventledger.store.query import EventFilter

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
AS_THE_LEDGER_IS = (  # what fts_events must hold, read from the tables it is derived from
    "SELECT DISTINCT c.id, m.event_id, e.date, e.kind, e.weapon, e.country, e.lat, e.lon FROM event_members AS m "
    "JOIN report_events AS re ON re.id = m.report_event_id JOIN fts_reports_content AS c ON c.c0 = re.report_id "
    "JOIN events AS e ON e.id = m.event_id ORDER BY 1, 2"
)


@pytest.fixture
def ledger(tmp_path: Path, gazetteer: Any) -> Iterator[Ledger]:
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    with Ledger(tmp_path / "demo.db") as ledger:
        ingest(ledger, reports, gazetteer)
        yield ledger


def index_is_current(ledger: Ledger) -> bool:
    with sqlite3.connect(str(ledger.engine.url.database)) as db:
        held = db.execute("SELECT * FROM fts_events ORDER BY 1, 2").fetchall()
        return bool(held) and held == db.execute(AS_THE_LEDGER_IS).fetchall()


def found(ledger: Ledger, **filters: Any) -> set[str]:
    return {row["id"] for row in query.select_event_rows(ledger, EventFilter(**filters), limit=1000).items}


def an_event_with_a_word_of_its_own(ledger: Ledger, among: set[str]) -> tuple[str, str]:
    """An event and a word of one of its reports that no other event's reports hold."""
    for event_id in sorted(among):
        event = ledger.event(event_id)
        assert event is not None
        for report_id in event.reports:
            text = ledger.report(report_id).text  # type: ignore[union-attr]
            for word in sorted({w for w in text.split() if w.isalpha() and len(w) > 4}):
                if found(ledger, q=word) == {event_id}:
                    return event_id, word
    raise AssertionError("no event has a word of its own")


def test_ingest_fills_the_index(ledger: Ledger) -> None:
    assert index_is_current(ledger)


def test_a_merge_and_a_split_keep_the_index_current(ledger: Ledger) -> None:
    second, word = an_event_with_a_word_of_its_own(ledger, found(ledger))
    first = min(found(ledger) - {second})

    merged = ledger.merge(first, second)
    assert index_is_current(ledger)
    assert found(ledger, q=word) == {merged}
    assert merged in found(ledger, q=word, kind=ledger.event(merged).kind)  # type: ignore[union-attr]

    event = ledger.event(merged)
    assert event is not None
    moved = next(r for r in event.reports if word in ledger.report(r).text.split())  # type: ignore[union-attr]
    kept, new = ledger.split(merged, [moved])
    assert index_is_current(ledger)
    assert found(ledger, q=word) == {new} and kept not in found(ledger, q=word)


def test_a_re_resolution_keeps_the_index_current(ledger: Ledger) -> None:
    first, second = sorted(found(ledger, country="UA"))[:2]
    ledger.merge(first, second)
    ledger.resolve_all()
    assert index_is_current(ledger)
