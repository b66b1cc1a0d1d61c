"""Where a report's CPU goes in `ingest`, stage by stage, without a profiler.

cProfile's clock charges every Python call, so Python-heavy parts (pymorphy3, SQLAlchemy) look several times
dearer than they are; here each stage function is wrapped with a CPU-time counter instead, and SQL statements are
timed through SQLAlchemy's execute events. Stages are inclusive and nest (the `·` rows are inside the row above
them; the store's rows overlap each other), so the column does not add up. Run it with another tree's sources
(`PYTHONPATH=<its worktree>/src`) to compare two trees on the same corpus; a stage a tree does not have is skipped.

    .venv/bin/python benchmarks/ingest_stages.py CORPUS.jsonl      # e.g. the first 1,000 Russian posts
"""

from __future__ import annotations

import functools
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

import eventledger.extract.pipeline as pipeline
import eventledger.geo.gazetteer as gazetteer
import eventledger.ingest as ingest_module
import eventledger.store.ledger as ledger_module
import eventledger.store.resolution as resolution
from eventledger.geo import Gazetteer
from eventledger.ingest import ingest
from eventledger.similarity import embed
from eventledger.sources.inputs import iter_any
from eventledger.store import Ledger

STAGES = [  # (owner, function, label), in the order printed
    (ledger_module.Ledger, "stored_as", "already stored? (one look-up before extracting)"),
    (ledger_module.Ledger, "stored_as_many", "already stored? (one look-up before extracting)"),  # a batch's at once
    (ingest_module, "extract", "extraction"),
    (gazetteer.Gazetteer, "find", "· place names (Gazetteer.find)"),
    (gazetteer.Gazetteer, "_lemma_spans", "· · inflected Russian/Ukrainian names (pymorphy3)"),
    (pipeline, "build_events", "· events: triggers, places, figures, sources"),
    (pipeline, "find_quantities", "· numbers"),
    (pipeline, "find_dates", "· dates"),
    (pipeline, "other_language_sentences", "· sentence languages"),
    (ledger_module.Ledger, "ingest", "store (Ledger.ingest, the encoder included)"),
    (ledger_module.Ledger, "ingest_many", "store (Ledger.ingest, the encoder included)"),  # a batch a transaction
    (ledger_module, "_vectors", "· sentence encoder"),
    (ledger_module.Ledger, "_store_text", "· text, publication, search row"),
    (resolution, "load_items", "· reading stored items"),
    (resolution, "arrived_late", "· arrival-order check"),
    (ledger_module.Ledger, "_resolve_one", "· joining an item to an event"),
    (resolution, "reresolve", "· re-resolving the days around a late report"),
    (resolution, "resolve", "· · pairwise comparison (resolve.resolve)"),
    (resolution, "write_clusters", "· rewriting events"),
    (resolution, "relink", "· links"),
]
spent: Counter[str] = Counter()


def _timed(owner: Any, name: str, label: str) -> None:
    original = getattr(owner, name, None)
    if original is None:
        return

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    setattr(owner, name, timed)


def main() -> None:
    for owner, name, label in STAGES:
        _timed(owner, name, label)
    sql = Counter()

    @event.listens_for(Engine, "before_execute")
    def _before(conn: Any, *_: Any) -> None:
        conn.info["sql_started"] = time.process_time()

    @event.listens_for(Engine, "after_execute")
    def _after(conn: Any, *_: Any) -> None:
        sql["cpu"] += time.process_time() - conn.info.pop("sql_started", time.process_time())
        sql["n"] += 1

    items = list(iter_any([sys.argv[1]]))
    gaz = Gazetteer.load()
    embed(["warm up the encoder"])
    with tempfile.TemporaryDirectory() as tmp, Ledger(os.path.join(tmp, "stages.db")) as ledger:
        spent.clear()
        sql.clear()
        start = time.process_time()
        ingest(ledger, items, gaz)
        total = time.process_time() - start
    n = len(items)
    print(f"{sys.argv[1]}: {n} reports, {total:.1f} s CPU: {1000 * total / n:.1f} ms a report, "
          f"{n / total:.1f} reports/s per core")
    for label in dict.fromkeys(label for _, _, label in STAGES):
        if label in spent:
            print(f"  {label:55s} {1000 * spent[label] / n:7.2f} ms  {100 * spent[label] / total:5.1f} %")
    print(f"  {'all SQL statements, SQLAlchemy included (statements a report)':55s} {1000 * sql['cpu'] / n:7.2f} ms  "
          f"{100 * sql['cpu'] / total:5.1f} %  ({sql['n'] / n:.1f} statements a report)")
    print(f"  {'peak RSS':55s} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MB")


if __name__ == "__main__":
    main()
