"""List items rendered once and reused by other pages (`api.summaries`) until the ledger changes: a write from
another connection shows on the next page, and a write while a page is read never mixes items of before and after."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from eventledger.api.summaries import SummaryCache
from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger
from eventledger.store.query import EventFilter
from eventledger.store.summary_json import event_summaries_json
from eventledger.store.version import LedgerVersion

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
EVERYTHING = EventFilter()


@pytest.fixture()
def ledger(tmp_path: Path, gazetteer: Any) -> Ledger:
    path = tmp_path / "ledger.db"
    reports = [r for r in iter_inputs(sorted(DEMO.glob("en_*.txt"))) if isinstance(r, Report)]
    with Ledger(path) as ledger:
        assert not ingest(ledger, reports, gazetteer).failed
    return Ledger(path)


def _details(body: bytes) -> dict[str, Any]:
    return {item["id"]: item["details"] for item in orjson.loads(body)["items"]}


def test_pages_share_the_items_they_have_in_common(ledger: Ledger) -> None:
    cache = SummaryCache(ledger, LedgerVersion(ledger).current, max_bytes=2**20)
    first = cache.page(EVERYTHING, sort="-date", limit=4, cursor=None)
    kept = dict(cache._items)
    assert len(kept) == 4
    assert cache.page(EVERYTHING, sort="-date", limit=6, cursor=None) == event_summaries_json(ledger, limit=6)
    assert len(cache._items) == 6 and all(cache._items[k] is v for k, v in kept.items())
    assert first == event_summaries_json(ledger, limit=4)


def test_a_write_from_another_connection_shows_on_the_next_page(ledger: Ledger) -> None:
    cache = SummaryCache(ledger, LedgerVersion(ledger).current, max_bytes=2**20)
    event_id = next(iter(_details(cache.page(EVERYTHING, sort="-date", limit=3, cursor=None))))
    with sqlite3.connect(ledger.url) as db:
        db.execute("UPDATE events SET details = 'changed' WHERE id = ?", (event_id,))
    assert _details(cache.page(EVERYTHING, sort="-date", limit=3, cursor=None))[event_id] == "changed"


def test_a_write_while_a_page_is_read_gives_the_page_of_one_moment(ledger: Ledger) -> None:
    generations = iter([1, 1, 1, 2])  # the second page starts in generation 1 and ends in 2
    cache = SummaryCache(ledger, lambda: next(generations), max_bytes=2**20)
    event_id = next(iter(_details(cache.page(EVERYTHING, sort="-date", limit=3, cursor=None))))
    with sqlite3.connect(ledger.url) as db:
        db.execute("UPDATE events SET details = 'changed' WHERE id = ?", (event_id,))
    # a page not asked before, read across the commit: its kept items (of before) are not mixed with its new one
    assert _details(cache.page(EVERYTHING, sort="-date", limit=4, cursor=None))[event_id] == "changed"
    assert not cache._items and not cache._pages  # nothing kept from a read that crossed a commit


def test_a_page_asked_again_is_joined_from_kept_items_until_the_ledger_changes(ledger: Ledger) -> None:
    version = LedgerVersion(ledger)
    cache = SummaryCache(ledger, version.current, max_bytes=2**20)
    first = cache.page(EVERYTHING, sort="-date", limit=3, cursor=None)
    second = orjson.loads(first)["next_cursor"]
    assert cache.page(EVERYTHING, sort="-date", limit=3, cursor=second) == event_summaries_json(ledger, limit=3, cursor=second)
    assert len(cache._pages) == 2
    with sqlite3.connect(ledger.url) as db:  # changed under the kept page: not seen until the generation moves
        db.execute("UPDATE events SET details = 'changed' WHERE id = ?", (next(iter(_details(first))),))
    again = cache.page(EVERYTHING, sort="-date", limit=3, cursor=None)
    assert again == event_summaries_json(ledger, limit=3) != first
    assert cache.page(EVERYTHING, sort="-date", limit=3, cursor=None) == again
    assert cache.page(EventFilter(min_figures={"killed": 0}), sort="-date", limit=3, cursor=None) == event_summaries_json(
        ledger, EventFilter(min_figures={"killed": 0}), limit=3)
    version.close()


def test_without_a_budget_nothing_is_kept(ledger: Ledger) -> None:
    cache = SummaryCache(ledger, LedgerVersion(ledger).current, max_bytes=0)
    assert cache.page(EVERYTHING, sort="-date", limit=5, cursor=None) == event_summaries_json(ledger, limit=5)
    assert not cache._items and not cache._pages


def test_the_warm_up_keeps_the_newest_items_as_pages_render_them(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventledger.api import summaries

    monkeypatch.setattr(summaries, "WARM_BATCH", 2)  # several statements, each after the last one's (date, id)
    cache = SummaryCache(ledger, LedgerVersion(ledger).current, max_bytes=2**20)
    everything = orjson.loads(event_summaries_json(ledger, limit=1000))["items"]
    dated = [item for item in everything if item["date"] is not None]
    assert cache.warm() == len(dated) > 2
    rendered: dict[str, bytes] = {}
    event_summaries_json(ledger, limit=1000, kept=rendered)  # every item as a page renders it, byte for byte
    assert dict(cache._items) == {item["id"]: rendered[item["id"]] for item in dated}
    assert not cache._pages
    # a page is then joined from them, and is the page
    assert cache.page(EVERYTHING, sort="-date", limit=3, cursor=None) == event_summaries_json(ledger, limit=3)


def test_the_warm_up_stops_at_its_share_of_the_budget_and_keeps_nothing_across_a_change(
        ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventledger.api import summaries

    monkeypatch.setattr(summaries, "WARM_BATCH", 1)
    rendered: dict[str, bytes] = {}
    ids = [item["id"] for item in orjson.loads(event_summaries_json(ledger, limit=1000, kept=rendered))["items"]]
    sizes = [len(rendered[i]) for i in ids]
    cache = SummaryCache(ledger, LedgerVersion(ledger).current, max_bytes=4 * sum(sizes[:3]))
    assert cache.warm(share=0.25) == 3 and list(cache._items) == ids[:3]  # newest first, until a quarter is filled
    generations = iter([1, 2])
    changed = SummaryCache(ledger, lambda: next(generations), max_bytes=2**20)
    assert changed.warm() == 0 and not changed._items  # the ledger changed while the items were read
    assert SummaryCache(ledger, LedgerVersion(ledger).current, max_bytes=0).warm() == 0
