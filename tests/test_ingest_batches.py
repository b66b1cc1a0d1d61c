"""`ingest` stores reports a batch at a time, one transaction a batch: the ledger is the one that storing them one at a
time gives, and a report that cannot be stored fails alone while the rest of its batch is stored."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import eventledger.ingest
from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.corpus import read_corpus
from eventledger.store import Ledger
from ledger_checks import count, fingerprint, problems, write_corpus


def reports(tmp_path: Path) -> list[Report]:
    """Twenty generated reports, one of them reposted the next day (the same report) and five days later (a new
    edition): what a batch must store as one-at-a-time storing would."""
    found = list(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 20)))
    first = found[3]
    assert first.published is not None
    return [*found[:10], replace(first, published=first.published + timedelta(days=1), source="another channel"),
            *found[10:], replace(first, published=first.published + timedelta(days=5), source="a third channel")]


def test_batches_give_the_ledger_that_one_report_at_a_time_gives(tmp_path: Path, gazetteer) -> None:
    corpus = reports(tmp_path)
    for name, size in (("one.db", 1), ("batches.db", 50), ("fours.db", 4)):
        with Ledger(tmp_path / name) as ledger:
            summary = ingest(ledger, corpus, gazetteer, batch=size)
        assert (summary.new, summary.new_source, summary.failed) == (21, 1, [])
        assert problems(tmp_path / name) == []
    assert fingerprint(tmp_path / "batches.db") == fingerprint(tmp_path / "one.db")
    assert fingerprint(tmp_path / "fours.db") == fingerprint(tmp_path / "one.db")


def test_an_archive_read_newest_first_gives_the_ledger_that_reading_it_in_order_gives(tmp_path: Path, gazetteer) -> None:
    """A backfill: every report arrives after reports published later near it, so its days are re-resolved; a
    batch does that once for its late reports, and the ledger is still the one publication order gives."""
    corpus = sorted(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 40)), key=lambda r: r.published or 0)  # type: ignore[arg-type, return-value]
    for name, order, size in (("in_order.db", corpus, 50), ("newest_first.db", corpus[::-1], 50),
                              ("newest_first_one_by_one.db", corpus[::-1], 1)):
        with Ledger(tmp_path / name) as ledger:
            ingest(ledger, order, gazetteer, batch=size)
        assert problems(tmp_path / name) == []
    expected = fingerprint(tmp_path / "in_order.db")
    assert fingerprint(tmp_path / "newest_first.db") == expected
    assert fingerprint(tmp_path / "newest_first_one_by_one.db") == expected


def test_a_late_text_reposted_earlier_in_the_same_batch_is_resolved_once(tmp_path: Path, gazetteer) -> None:
    """A backfill read newest first, with one late report's text also published a day earlier by another channel,
    further on in the same batch: the ledger is still the one publication order gives, each report event in one
    event."""
    corpus = sorted(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 30)), key=lambda r: r.published or 0)  # type: ignore[arg-type, return-value]
    late = corpus[10]
    assert late.published is not None
    earlier = replace(late, published=late.published - timedelta(days=1), source="an earlier channel")
    backfill = [*corpus[::-1][:25], earlier, *corpus[::-1][25:]]
    in_order = sorted([*corpus, earlier], key=lambda r: r.published or 0)  # type: ignore[arg-type, return-value]
    for name, order in (("in_order.db", in_order), ("backfill.db", backfill)):
        with Ledger(tmp_path / name) as ledger:
            ingest(ledger, order, gazetteer, batch=50)
        assert problems(tmp_path / name) == []
    assert fingerprint(tmp_path / "backfill.db") == fingerprint(tmp_path / "in_order.db")


def test_a_report_that_cannot_be_stored_fails_alone(tmp_path: Path, gazetteer, monkeypatch) -> None:
    corpus = list(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 12)))
    bad = corpus[5]
    real = eventledger.ingest.extract

    def extract_a_kind_the_ledger_refuses(report, gaz):  # noqa: ANN001, ANN202 - a bug in extraction, for one report
        events = real(report, gaz)
        return [replace(e, kind="not a kind") for e in events] if report.id == bad.id else events

    monkeypatch.setattr(eventledger.ingest, "extract", extract_a_kind_the_ledger_refuses)
    with Ledger(tmp_path / "ledger.db") as ledger:
        summary = ingest(ledger, corpus, gazetteer)  # one batch of 12
    assert summary.new == 11
    assert len(summary.failed) == 1 and bad.id in summary.failed[0] and "unknown kind" in summary.failed[0]
    assert count(tmp_path / "ledger.db", "reports") == 11
    assert problems(tmp_path / "ledger.db") == []


def test_interrupted_ingest_stores_what_it_extracted(tmp_path: Path, gazetteer, monkeypatch) -> None:
    corpus = list(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 6)))
    real = eventledger.ingest.extract

    def extract_then_ctrl_c(report, gaz):  # noqa: ANN001, ANN202 - Ctrl-C arrives during the fourth report
        if report.id == corpus[3].id:
            raise KeyboardInterrupt
        return real(report, gaz)

    monkeypatch.setattr(eventledger.ingest, "extract", extract_then_ctrl_c)
    summary = eventledger.ingest.IngestSummary()
    with Ledger(tmp_path / "ledger.db") as ledger:
        try:
            ingest(ledger, corpus, gazetteer, summary=summary)
        except KeyboardInterrupt:
            pass
    assert summary.new == 3 and count(tmp_path / "ledger.db", "reports") == 3


def test_a_slow_source_is_stored_as_it_comes(tmp_path: Path, gazetteer) -> None:
    """Pages fetched one by one are stored once the batch has waited `wait_seconds` for its next one."""
    corpus = list(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 8)))
    stored_while_streaming = []

    def stream():  # noqa: ANN202
        for report in corpus:
            time.sleep(0.04)
            stored_while_streaming.append(count(tmp_path / "ledger.db", "reports"))
            yield report

    with Ledger(tmp_path / "ledger.db") as ledger:
        assert ingest(ledger, stream(), gazetteer, wait_seconds=0.1).new == 8
    assert stored_while_streaming[-1] > 0


def test_slow_extraction_does_not_cut_a_batch(tmp_path: Path, gazetteer, monkeypatch) -> None:
    """Where a batch ends decides which late reports are re-resolved together, so a file is cut by count alone:
    reading it twice on a busy machine gives one ledger."""
    corpus = list(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 6)))
    real = eventledger.ingest.extract

    def slow_extract(report, gaz):  # noqa: ANN001, ANN202 - a loaded machine: each report takes a while
        time.sleep(0.15)
        return real(report, gaz)

    monkeypatch.setattr(eventledger.ingest, "extract", slow_extract)
    seen = []

    def read():  # noqa: ANN202
        for report in corpus:
            seen.append(count(tmp_path / "ledger.db", "reports"))
            yield report

    with Ledger(tmp_path / "ledger.db") as ledger:
        assert ingest(ledger, read(), gazetteer).new == 6
    assert seen == [0] * 6
