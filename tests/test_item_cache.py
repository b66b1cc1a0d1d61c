"""The items and verdicts ingest keeps between reports change nothing it stores: a ledger filled with them equals one
filled reading everything afresh for every report, row for row (`benchmarks/compare_ledgers.py`)."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from batch_corpus import records, write_jsonl

from eventledger.ingest import ingest
from eventledger.sources.corpus import read_corpus
from eventledger.store import Ledger, item_cache

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compare_ledgers import compare  # noqa: E402


def test_a_ledger_filled_with_the_cache_equals_one_filled_without(tmp_path, gazetteer, monkeypatch, capsys):
    rows = records(60)
    random.Random(3).shuffle(rows)  # out of publication order: late reports re-resolve the days around them
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows)
    with Ledger(tmp_path / "cached.db") as ledger:
        ingest(ledger, read_corpus(corpus, source_field="source", id_field="id"), gazetteer)
    monkeypatch.setattr(item_cache, "cache_for", lambda engine: item_cache.ItemCache())  # every look-up reads afresh
    monkeypatch.setattr("eventledger.store.resolution.cache_for", item_cache.cache_for)
    monkeypatch.setattr("eventledger.store.ledger.cache_for", item_cache.cache_for)
    with Ledger(tmp_path / "fresh.db") as ledger:
        ingest(ledger, read_corpus(corpus, source_field="source", id_field="id"), gazetteer)
        assert ledger.counts()["events"] > 0
    assert compare(tmp_path / "cached.db", tmp_path / "fresh.db") == 0, capsys.readouterr().out


def test_a_text_republished_earlier_in_the_same_batch_leaves_no_stale_item(tmp_path, gazetteer, monkeypatch, capsys):
    """A report whose text comes again, from another source and published earlier, in the same batch after its events
    were read: the ledger moves the text to the earlier time and drops what it kept of it, so a ledger filled with
    the cache still equals one filled reading everything afresh."""
    rows = records(40)
    reposts = [{**row, "id": f"{row['id']}-again", "source": "an earlier channel",
                "date": (datetime.fromisoformat(row["date"]) - timedelta(hours=5)).isoformat()} for row in rows[5:30:6]]
    corpus = write_jsonl(tmp_path / "corpus.jsonl", rows + reposts)  # one batch: each repost after its first telling
    with Ledger(tmp_path / "cached.db") as ledger:
        summary = ingest(ledger, read_corpus(corpus, source_field="source", id_field="id"), gazetteer)
        assert summary.new_source >= len(reposts)  # the generated corpus has a few of its own
    monkeypatch.setattr(item_cache, "cache_for", lambda engine: item_cache.ItemCache())
    monkeypatch.setattr("eventledger.store.resolution.cache_for", item_cache.cache_for)
    monkeypatch.setattr("eventledger.store.ledger.cache_for", item_cache.cache_for)
    with Ledger(tmp_path / "fresh.db") as ledger:
        ingest(ledger, read_corpus(corpus, source_field="source", id_field="id"), gazetteer)
    assert compare(tmp_path / "cached.db", tmp_path / "fresh.db") == 0, capsys.readouterr().out
