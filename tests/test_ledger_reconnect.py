"""A SQLite ledger reopens its connections after a minute, so that their memory maps (which keep every page read
resident) do not grow with the ledger over a long ingest. Reopening changes nothing stored: the ledger ingested with a
new connection at every use is the one ingested with connections kept."""

from __future__ import annotations

from pathlib import Path

import eventledger.store.ledger
from eventledger.ingest import ingest
from eventledger.sources.corpus import read_corpus
from eventledger.store import Ledger
from ledger_checks import fingerprint, problems, write_corpus


def test_a_ledger_ingested_through_reopened_connections_is_the_same(tmp_path: Path, gazetteer, monkeypatch) -> None:
    corpus = list(read_corpus(write_corpus(tmp_path / "corpus.jsonl", 12)))
    with Ledger(tmp_path / "kept.db") as ledger:
        assert ledger.engine.pool._recycle == eventledger.store.ledger.SQLITE_RECYCLE_SECONDS  # type: ignore[attr-defined]
        ingest(ledger, corpus, gazetteer, batch=1)
    monkeypatch.setattr(eventledger.store.ledger, "SQLITE_RECYCLE_SECONDS", 0)  # a new connection at every checkout
    with Ledger(tmp_path / "reopened.db") as ledger:
        ingest(ledger, corpus, gazetteer, batch=1)
    assert problems(tmp_path / "reopened.db") == []
    assert fingerprint(tmp_path / "reopened.db") == fingerprint(tmp_path / "kept.db")
