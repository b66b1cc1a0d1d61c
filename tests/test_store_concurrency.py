"""Several ingest processes writing one ledger at once, on PostgreSQL and on SQLite: nothing is lost or doubled,
no "database is locked" reaches the user, and the ledger holds what one process ingesting alone would have stored.

Extraction (pure, deterministic) is done once in the test process; the forked workers do what `ingest` does
with its result: `Ledger.ingest`, the part where writers meet.

Concurrent writers make an order of arrival of their own; resolution gives the same events whatever the order
(incremental or full, `resolve_all`), so the ledger must match the lone writer's both as written and re-resolved.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Event, Report
from eventledger.sources.files import read_text_file
from eventledger.store import Ledger
from ledger_snapshot import snapshot
from resolution_corpus import SPECS, event

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
Pair = tuple[Report, list[Event]]


@pytest.fixture(scope="module")
def corpus(gazetteer: Gazetteer) -> list[Pair]:
    """The demo reports, each also as two later retellings (the same places again), and the resolution corpus."""
    pairs: list[Pair] = []
    for path in sorted(DEMO.glob("*.txt")):
        base = read_text_file(path)
        for n, suffix in enumerate(("", "\n\nUpdated.")):
            rep = Report(text=base.text + suffix, published=base.published, language=base.language,
                         source=f"outlet {n}", source_kind="media", origin=f"{path.name}#{n}")
            pairs.append((rep, extract(rep, gazetteer)))
    for name, *_ in SPECS:
        rep, ev = event(name)
        pairs.append((rep, [ev]))
    return pairs


def _ingest(url: str, pairs: list[Pair]) -> int:
    with Ledger(url) as ledger:
        for rep, events in pairs:
            ledger.ingest(rep, events)
    return len(pairs)


def _run_workers(url: str, shares: list[list[Pair]]) -> None:
    """One forked process per share, all started together; a failure in any is raised here with its message."""
    with ProcessPoolExecutor(len(shares), mp_context=multiprocessing.get_context("fork")) as pool:
        for done in [pool.submit(_ingest, url, share) for share in shares]:
            done.result()


@pytest.fixture(scope="module")
def alone(tmp_path_factory: pytest.TempPathFactory, corpus: list[Pair]) -> dict:
    """The ledger one process ingesting the corpus alone makes."""
    with Ledger(tmp_path_factory.mktemp("alone") / "alone.db") as ledger:
        for rep, events in corpus:
            ledger.ingest(rep, events)
        return snapshot(ledger)


def _resolved(ledger: Ledger) -> dict:
    """The snapshot as written, after checking that each report event is in one event and that a full
    resolution changes nothing."""
    incremental = snapshot(ledger)
    members = [m for ms, _ in incremental["events"].values() for m in ms]
    assert len(members) == len(set(members)) == len({c[0] for c in incremental["claims"]} | set(members))
    ledger.resolve_all()
    assert snapshot(ledger) == incremental
    return incremental


@pytest.mark.parametrize("split", ["same corpus", "disjoint shares"])
@pytest.mark.parametrize("backend,workers", [("postgresql", 4), ("sqlite", 2), ("sqlite", 4)])
def test_concurrent_ingest_stores_each_report_claim_and_event_once(
    request: pytest.FixtureRequest, tmp_path: Path, corpus: list[Pair], alone: dict, backend: str, workers: int,
    split: str,
) -> None:
    url = request.getfixturevalue("postgres_url") if backend == "postgresql" else str(tmp_path / "shared.db")
    shares = [corpus] * workers if split == "same corpus" else [corpus[i::workers] for i in range(workers)]
    _run_workers(url, shares)
    with Ledger(url) as ledger:
        together = _resolved(ledger)
    assert together["reports"] == alone["reports"]
    assert together["claims"] == alone["claims"]
    assert together["publications"] == alone["publications"]
    assert together["events"] == alone["events"]


def test_two_ingest_commands_at_once_into_postgresql(postgres_url: str, tmp_path: Path, gazetteer: Gazetteer) -> None:
    """The command line as a team runs it: `eventledger ingest` of the same files twice at once into one server
    (two, not four, and few files: each process loads the gazetteer, built beforehand by the `gazetteer` fixture so
    that they do not both build it; the forked workers above cover four)."""
    files = [str(p) for p in sorted(DEMO.glob("*.txt"))[:4]]
    command = [sys.executable, "-m", "eventledger.cli", "ingest", *files, "--db", postgres_url]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        results = [(run.wait(timeout=600), run.stderr.read()) for run in runs]  # type: ignore[union-attr]
    finally:
        for run in runs:
            run.kill()
            run.wait()
    for code, stderr in results:
        assert code == 0, stderr
        assert "locked" not in stderr and "Traceback" not in stderr
    subprocess.run([sys.executable, "-m", "eventledger.cli", "ingest", *files, "--db", str(tmp_path / "alone.db")],
                   check=True, capture_output=True, timeout=600)
    with Ledger(postgres_url) as together, Ledger(tmp_path / "alone.db") as one:
        assert _resolved(together) == _resolved(one)
