"""Crash consistency: an ingest killed (SIGKILL, as a power cut) at random moments, then restarted, leaves a sound
ledger each time, and once a restart completes, exactly the ledger of one clean uninterrupted ingest.

Each kill lands while the writer is storing: the test waits until the ledger has grown by a random number of
reports (0-2) since the last restart, then a random fraction of a second more, and kills. The killed runs are
forked from a warmed-up copy of `eventledger` (see `ledger_checks.fork_cli`) so that 20 kills take seconds, not
minutes of imports; the final restart is a fresh `eventledger ingest` process.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from ledger_checks import (
    count, fingerprint, fork_cli, partial_reports, problems, run_ingest, wait, warm_up, write_corpus,
)

KILLS = 20
SEED = 20261205


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    warm_up()


def kill_while_growing(db: Path, args: list[str], log: Path, table: str, goal: int, rng: random.Random) -> bool:
    """Start `eventledger ARGS`, SIGKILL it once `table` has `goal` rows and a random moment more; False when it
    ended by itself first."""
    pid = fork_cli(args, log)
    deadline = time.monotonic() + 120
    while count(db, table) < goal and time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG)[0]:
            return False
        time.sleep(0.01)
    time.sleep(rng.uniform(0, 0.3))
    if os.waitpid(pid, os.WNOHANG)[0]:
        return False
    os.kill(pid, signal.SIGKILL)
    assert wait(pid) == -signal.SIGKILL
    return True


def test_ingest_killed_20_times_at_random_leaves_a_sound_ledger_equal_to_a_clean_one(tmp_path):
    n = 30
    corpus = write_corpus(tmp_path / "corpus.jsonl", n)
    clean = tmp_path / "clean.db"
    assert wait(fork_cli(["ingest", str(corpus), "--db", str(clean)], tmp_path / "clean.log")) == 0
    assert count(clean, "reports") == n

    db, rng = tmp_path / "killed.db", random.Random(SEED)
    kills = runs = 0
    while kills < KILLS and runs < 3 * KILLS:
        runs += 1
        goal = min(count(db, "reports") + rng.randint(0, 2), n)
        if kill_while_growing(db, ["ingest", str(corpus), "--db", str(db)], tmp_path / "runs.log", "reports", goal, rng):
            kills += 1
        assert problems(db) == [], f"after kill {kills}"
        assert partial_reports(db, clean) == [], f"after kill {kills}"
        if count(db, "reports") == n:  # all stored before the kills were done: check it, go on with a new ledger
            assert fingerprint(db) == fingerprint(clean)
            db = tmp_path / f"killed-{runs}.db"
    assert kills == KILLS, (tmp_path / "runs.log").read_text()[-2000:]

    finish = run_ingest(db, corpus)  # the restart: a fresh process
    assert finish.returncode == 0, finish.stderr
    assert problems(db) == []
    assert fingerprint(db) == fingerprint(clean)
    print(f"ingest: {kills} kills in {runs} runs; the restarted ledger equals the clean one")
