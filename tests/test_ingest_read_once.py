"""Whether a text is stored already is read once for a batch of reports (speed20): the answers are those of one
look-up a report, also for reposts, editions, undated texts and texts the same transaction writes."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.store import Ledger
from eventledger.store import editions

UTC = timezone.utc
NIGHTLY = "Air defence shot down 12 drones over Belgorod region overnight, governor Vyacheslav Gladkov said."
OTHER = "A drone hit a warehouse on the edge of the town in the morning, the mayor said; nobody was hurt."


def post(text: str, day: int | None, channel: str = "a") -> Report:
    when = None if day is None else datetime(2026, 3, day, 7, tzinfo=UTC)
    return Report(text=text, published=when, language="en", source=channel, source_kind="telegram",
                  url=None if day is None else f"https://t.me/{channel}/{day}")


def test_a_batch_look_up_answers_as_one_look_up_a_report(tmp_path: Path, gazetteer) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        ingest(ledger, [post(NIGHTLY, 1), post(OTHER, None)], gazetteer)
        asked = [post(NIGHTLY, 1),  # this very publication again
                 post(NIGHTLY, 2, "b"),  # a repost within the window
                 post(NIGHTLY, 9),  # past the window: a new edition
                 post(OTHER, None),  # undated, stored
                 post(OTHER, 3),  # dated, its undated first report stored
                 post("Two missiles were shot down over the city at night.", 4),  # new
                 post("Two missiles were shot down over the city at night.", None)]  # new, undated
        one_by_one = [ledger.stored_as(report) for report in asked]
        assert ledger.stored_as_many(asked) == one_by_one
        assert [stored for _, stored in one_by_one] == [True, True, False, True, True, False, False]


def test_ids_the_transaction_writes_are_read_again(tmp_path: Path, gazetteer) -> None:
    first, repost = post(NIGHTLY, 1), post(NIGHTLY, 2, "b")
    with Ledger(tmp_path / "ledger.db") as ledger, ledger.engine.begin() as conn:
        read = editions.ReadBefore(conn, [first, repost])
        assert read.rows_of(editions._ids_around(NIGHTLY, first.published)) == []  # nothing stored yet
        read.wrote(first.id)
        assert read.rows_of(editions._ids_around(NIGHTLY, repost.published)) is None  # written since: asked again
        assert read.rows_of(["not asked"]) is None


def test_a_batch_with_a_repost_of_its_own_text_stores_it_once(tmp_path: Path, gazetteer) -> None:
    posts = [post(NIGHTLY, 1), post(OTHER, 1), post(NIGHTLY, 2, "b"), post(NIGHTLY, 9)]
    with Ledger(tmp_path / "ledger.db") as ledger:
        summary = ingest(ledger, posts, gazetteer)
        assert (summary.new, summary.new_source, summary.duplicate) == (3, 1, 0)
        assert ingest(ledger, posts, gazetteer).duplicate == 4
