"""Ctrl-C in the middle of `ingest`: the summary says what was stored and every bad input read up to then, and the
same command run again stores the rest, so that the ledger ends as one uninterrupted run makes it (nothing lost,
nothing twice)."""

from __future__ import annotations

import re
import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from ledger_checks import count, fingerprint, problems, run_ingest, start_ingest, write_corpus

from eventledger.ingest import IngestSummary, ingest
from eventledger.model import Report
from eventledger.sources.corpus import read_corpus
from eventledger.sources.errors import InputError
from eventledger.store import Ledger


def with_bad_lines(path: Path, n: int, every: int) -> tuple[Path, list[int]]:
    """`n` reports (ledger_checks.write_corpus) with a line that is not JSON after every `every`-th; the bad lines'
    numbers."""
    lines: list[str] = []
    bad: list[int] = []
    for k, line in enumerate(write_corpus(path, n).read_text(encoding="utf-8").splitlines(), 1):
        lines.append(line)
        if k % every == 0:
            lines.append("{not json")
            bad.append(len(lines))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, bad


def ctrl_c_after(items: Iterator[Report | InputError], read: int) -> Iterator[Report | InputError]:
    """The items, until Ctrl-C arrives while the item after the `read`-th is being read (a slow disk, a page)."""
    for n, item in enumerate(items):
        if n == read:
            raise KeyboardInterrupt
        yield item


def test_ctrl_c_while_reading_still_lists_the_bad_lines_read_and_a_second_run_completes(tmp_path, gazetteer):
    corpus, bad = with_bad_lines(tmp_path / "posts.jsonl", 12, every=4)  # bad lines 5, 10, 15
    clean = tmp_path / "clean.db"
    with Ledger(clean) as ledger:
        ingest(ledger, read_corpus(corpus), gazetteer)

    db, summary = tmp_path / "ledger.db", IngestSummary()
    with Ledger(db) as ledger:
        try:
            ingest(ledger, ctrl_c_after(read_corpus(corpus), 11), gazetteer, summary=summary)  # lines 1-11 read
        except KeyboardInterrupt:
            pass
        assert [message.split(": ")[0] for message in summary.failed] == [f"{corpus}:5", f"{corpus}:10"]
        assert summary.new == count(db, "reports")  # what it says was stored, was

        again = ingest(ledger, read_corpus(corpus), gazetteer)
    assert again.new + summary.new == 12 and again.duplicate == summary.new and len(again.failed) == 3
    assert problems(db) == [] and fingerprint(db) == fingerprint(clean)


def test_ctrl_c_sent_to_a_running_ingest(tmp_path):
    corpus, bad = with_bad_lines(tmp_path / "posts.jsonl", 400, every=20)
    db = tmp_path / "ledger.db"
    run = start_ingest(db, corpus)
    deadline = time.monotonic() + 240
    while count(db, "reports") == 0 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the first batch (50 reports) stored: the run is in the middle of the file
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=240)
    assert run.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    *failures, last = stderr.strip().splitlines()
    stored = count(db, "reports")
    assert re.match(rf"interrupted: {stored} new, 0 new source of a known text, 0 duplicate, \d+ failed", last), last
    listed = [int(line.split(":")[1]) for line in failures if line.startswith(f"failed {corpus}:")]
    with sqlite3.connect(db) as conn:
        highest = max(int(origin.split(":")[1].split("#")[0]) for (origin,) in conn.execute("SELECT origin FROM publications"))
    assert listed == sorted(listed) and set(listed) <= set(bad)
    assert [line for line in bad if line < highest] == listed[: len([line for line in bad if line < highest])]
    assert problems(db) == []

    finish = run_ingest(db, corpus)  # the same command again
    assert finish.returncode == 1 and "Traceback" not in finish.stderr
    assert finish.stderr.strip().splitlines()[-1].startswith(f"{400 - stored} new, 0 new source of a known text, "
                                                            f"{stored} duplicate, {len(bad)} failed")
    clean = tmp_path / "clean.db"
    assert run_ingest(clean, corpus).returncode == 1
    assert fingerprint(db) == fingerprint(clean)
