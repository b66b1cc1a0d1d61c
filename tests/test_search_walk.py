"""A search page read by walking the date order (each event's reports tested against the index, up to a cap, then
gathering every match when the cap is reached first) holds exactly the events that gathering every match first
gives: same pages, same order, same cursors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger, query, search
from eventledger.store.query import EventFilter

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
WORDS = ["drone", "missile", "killed", "одес", "Харків", "drone killed", "refinery", "nothingsuchword"]
FILTERS: list[dict[str, Any]] = [
    {}, {"kind": "strike"}, {"country": "UA"}, {"country": "RU"}, {"since": "2024-01-01"},
    {"min_figures": {"killed": 1}},  # a filter off the indexes: the walk parses each candidate's figures
]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, gazetteer: Any) -> Iterator[Ledger]:
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    with Ledger(tmp_path_factory.mktemp("walk") / "demo.db") as ledger:
        ingest(ledger, reports, gazetteer)
        with ledger.engine.begin() as conn:  # an undated event, so that pages cross from dated to undated ones
            conn.exec_driver_sql("UPDATE events SET date = NULL WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 3)")
        yield ledger


def pages(ledger: Ledger, f: EventFilter, sort: str, limit: int) -> list[tuple[list[str], str | None]]:
    out, cursor = [], None
    while True:
        page = query.select_event_rows(ledger, f, sort=sort, limit=limit, cursor=cursor)
        out.append(([row["id"] for row in page.items], page.next_cursor))
        if (cursor := page.next_cursor) is None:
            return out


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("filters", FILTERS)
def test_walking_finds_the_same_pages_as_gathering(ledger: Ledger, monkeypatch: pytest.MonkeyPatch, words: str, filters: dict[str, Any]) -> None:
    f = EventFilter(q=words, **filters)
    for sort in ("-date", "date"):
        for limit in (1, 3, 50):
            monkeypatch.setattr(query, "_walk_cap", lambda conn, f, limit: None)  # every match gathered first
            gathered = pages(ledger, f, sort, limit)
            # the date order walked, each event's reports tested: the whole way, or stopped early and gathered then
            for cap in (10**9, 1, 2, 7):
                monkeypatch.setattr(query, "_walk_cap", lambda conn, f, limit, cap=cap: cap)
                assert pages(ledger, f, sort, limit) == gathered, (sort, limit, cap)
            monkeypatch.undo()
            assert pages(ledger, f, sort, limit) == gathered  # as the cap is chosen


def test_a_word_no_report_holds_is_an_empty_page_without_reading_events(ledger: Ledger) -> None:
    page = query.select_event_rows(ledger, EventFilter(q="nothingsuchword", kind="strike"))
    assert page.items == [] and page.next_cursor is None
    with pytest.raises(ValueError, match="not one this API gave out"):
        query.select_event_rows(ledger, EventFilter(q="nothingsuchword"), cursor="bad")


@pytest.mark.parametrize("words", ["drone", "killed", "Харків"])
def test_the_walk_read_as_before_when_its_rows_come_out_of_order(ledger: Ledger, monkeypatch: pytest.MonkeyPatch, words: str) -> None:
    """`_first_walked` relies on SQLite keeping a limited subquery's order; when the rows it gets are not in order,
    the walk reads the cap's candidate first and bounds the page by it, as it did before."""
    for filters in ({}, {"kind": "strike"}, {"min_figures": {"killed": 1}}):
        f = EventFilter(q=words, **filters)
        monkeypatch.setattr(query, "_walk_cap", lambda conn, f, limit: None)
        gathered = pages(ledger, f, "-date", 2)
        monkeypatch.setattr(query, "_first_walked", lambda *args: None)
        for cap in (10**9, 1, 7):
            monkeypatch.setattr(query, "_walk_cap", lambda conn, f, limit, cap=cap: cap)
            assert pages(ledger, f, "-date", 2) == gathered, (filters, cap)
        monkeypatch.undo()


def test_a_count_of_matches_is_kept_until_the_index_grows(ledger: Ledger) -> None:
    counted: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "count(*)" in statement and "MATCH" in statement:
            counted.append(statement)

    search._COUNTS.pop(ledger.engine, None)  # what the module's other tests left
    event.listen(ledger.engine, "before_cursor_execute", seen)
    try:
        with ledger._read() as conn:
            indexed = search.reports_indexed(conn)
            count = search.reports_counted(conn, "drone", indexed)
            assert count and len(counted) == 1
            assert search.reports_counted(conn, "drone", indexed) == count and len(counted) == 1  # kept
            assert search.reports_counted(conn, "drone", indexed + 1) == count and len(counted) == 2  # a grown index
            assert search.reports_counted(conn, "drone") == count and len(counted) == 3  # its size not given
            assert search.reports_counted(conn, "nothingsuchword", indexed) == 0
            assert search.reports_counted(conn, "nothingsuchword", indexed) == 0 and len(counted) == 5  # 0 not kept
    finally:
        event.remove(ledger.engine, "before_cursor_execute", seen)


def test_map_rows_walked_find_the_same_rows_as_gathered(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """The map's rows select unlabelled expressions (no name to carry through the walk's subquery): walked as before."""
    from eventledger.store.map_rows import select_map_rows

    for words in ("drone", "killed"):
        f = EventFilter(q=words)
        monkeypatch.setattr(query, "_walk_cap", lambda conn, f, limit: None)
        gathered = select_map_rows(ledger, f, limit=2)
        for cap in (10**9, 1, 7):
            monkeypatch.setattr(query, "_walk_cap", lambda conn, f, limit, cap=cap: cap)
            assert select_map_rows(ledger, f, limit=2) == gathered, cap
        monkeypatch.undo()
