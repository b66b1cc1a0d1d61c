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
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ledger_checks import (
    PLACES, _env, count, fingerprint, fork_cli, partial_reports, problems, run_ingest, wait, warm_up, write_corpus,
)

KILLS = 20
WATCH_KILLS = 6
BATCH_KILLS = 5
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
    code = wait(pid)
    assert code in (0, -signal.SIGKILL)  # 0: it finished just before the signal
    return code == -signal.SIGKILL


def test_ingest_killed_20_times_at_random_leaves_a_sound_ledger_equal_to_a_clean_one(tmp_path, monkeypatch):
    n = 30
    monkeypatch.setattr("eventledger.ingest.BATCH_REPORTS", 4)  # (the forked runs inherit it) kills land inside a
    # batch's transaction and between batches, not only before or after the one batch 30 reports would make
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


def _feed(n: int) -> bytes:
    items = "".join(
        f"<item><title>Report {i}</title><link>http://127.0.0.1/news/{i}</link>"
        f"<pubDate>Sun, {1 + i % 28:02d} Jun 2025 12:00:00 GMT</pubDate>"
        f"<description>A drone struck a fuel depot in {PLACES[i % len(PLACES)]} on {1 + i % 28} June 2025, "
        f"the governor said. {i % 5 + 2} people were injured.</description></item>"
        for i in range(n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{items}</channel></rss>'.encode()


@pytest.fixture()
def feed_url() -> Iterator[str]:
    body = _feed(12)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "application/rss+xml")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
    server.shutdown()
    server.server_close()


def test_watch_killed_at_random_leaves_a_sound_ledger_equal_to_a_clean_one(tmp_path, feed_url):
    def follow(db: Path) -> None:
        args = ["sources", "add", feed_url, "--name", "Test Wire", "--db", str(db), "--allow-private"]
        assert wait(fork_cli(args, tmp_path / "add.log")) == 0

    watch = ["watch", "--once", "--allow-private", "--db"]
    clean = tmp_path / "clean.db"
    follow(clean)
    assert wait(fork_cli([*watch, str(clean)], tmp_path / "clean.log")) == 0
    assert count(clean, "reports") == 12

    db, rng = tmp_path / "killed.db", random.Random(SEED)
    follow(db)
    kills = runs = 0
    while kills < WATCH_KILLS and runs < 4 * WATCH_KILLS:
        runs += 1
        goal = min(count(db, "reports") + rng.randint(0, 2), 12)
        kills += kill_while_growing(db, [*watch, str(db)], tmp_path / "runs.log", "reports", goal, rng)
        assert problems(db) == [], f"after kill {kills}"
        assert partial_reports(db, clean) == [], f"after kill {kills}"
    assert kills == WATCH_KILLS
    assert wait(fork_cli([*watch, str(db)], tmp_path / "runs.log")) == 0
    assert problems(db) == []
    assert fingerprint(db) == fingerprint(clean)
    print(f"watch: {kills} kills in {runs} runs; the restarted ledger equals the clean one")


def test_batch_killed_at_random_leaves_a_sound_ledger_equal_to_a_clean_batch(tmp_path):
    """`batch` with its Dask worker killed too (the whole process group, as a power cut): each part is stored whole
    or not at all, and a restart stores what is missing and resolves, giving the ledger of one uninterrupted `batch`."""
    n = 150  # a batch stores a part at a time: enough parts that the kills land between and inside them
    corpus = write_corpus(tmp_path / "corpus.jsonl", n)
    clean = tmp_path / "clean.db"

    def batch(db: Path) -> list[str]:
        return [sys.executable, "-m", "eventledger.cli", "batch", str(corpus), "--db", str(db), "--workers", "1"]

    done = subprocess.run(batch(clean), capture_output=True, text=True, timeout=600, env=_env())
    assert done.returncode == 0, done.stderr[-2000:]

    db, rng, log = tmp_path / "batch.db", random.Random(SEED), (tmp_path / "batch.log").open("w")
    command = batch(db)
    kills = runs = restarts = 0

    def restart_equals_clean(db: Path) -> None:
        finish = subprocess.run(batch(db), capture_output=True, text=True, timeout=600, env=_env())
        assert finish.returncode == 0, finish.stderr[-2000:]
        assert problems(db) == []
        assert fingerprint(db) == fingerprint(clean)

    while kills < BATCH_KILLS and runs < 4 * BATCH_KILLS:
        runs += 1
        goal = min(count(db, "reports") + rng.randint(1, 4), n)
        run = subprocess.Popen(batch(db), stdout=log, stderr=log, env=_env(), start_new_session=True)
        deadline = time.monotonic() + 180
        while count(db, "reports") < goal and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.02))
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            kills += 1
        run.wait(timeout=60)
        assert problems(db) == [], f"after kill {kills}"  # a part is stored with its resolution, whole or not at all
        assert partial_reports(db, clean) == [], f"after kill {kills}"
        if count(db, "reports") == n:  # the parts came in faster than the kills: restart this one, go on with a new ledger
            restart_equals_clean(db)
            restarts += 1
            db = tmp_path / f"batch-{runs}.db"
    assert kills == BATCH_KILLS, (tmp_path / "batch.log").read_text()[-2000:]
    restart_equals_clean(db)
    print(f"batch: {kills} kills in {runs} runs, {restarts + 1} restarts; each restarted ledger equals a clean batch")
