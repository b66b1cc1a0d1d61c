"""Two and four `eventledger ingest` processes writing into one SQLite ledger at once: none of them fails (no
"database is locked" reaches the user), the ledger stays sound, and it holds exactly the ledger of one process
ingesting everything: reports, publications, report events, claims, and (resolution being independent of arrival
order) the same events with the same figures. PostgreSQL: tests/test_store_concurrency.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger_checks import count, fingerprint, fork_cli, problems, wait, warm_up, write_corpus

N = 12


@pytest.fixture(scope="module")
def quarters(tmp_path_factory) -> tuple[list[str], Path]:
    """The corpus in four files, and the ledger of one process ingesting them in order."""
    warm_up()
    folder = tmp_path_factory.mktemp("corpus")
    files = [str(write_corpus(folder / f"q{k}.jsonl", N // 4, start=k * N // 4)) for k in range(4)]
    clean = folder / "clean.db"
    assert wait(fork_cli(["ingest", *files, "--db", str(clean)], folder / "clean.log")) == 0
    return files, clean


@pytest.mark.parametrize("writers", [2, 4])
@pytest.mark.parametrize("split", ["same corpus", "disjoint parts"])
def test_concurrent_ingests_lose_and_double_nothing(tmp_path, quarters, writers, split):
    files, clean = quarters
    if split == "same corpus":
        parts = [files] * writers
    else:
        parts = [files[k::writers] for k in range(writers)]

    db = tmp_path / "shared.db"
    logs = [tmp_path / f"writer{k}.log" for k in range(writers)]
    pids = [fork_cli(["ingest", *part, "--db", str(db)], log) for part, log in zip(parts, logs)]
    codes = [wait(pid) for pid in pids]
    output = "\n".join(log.read_text() for log in logs if log.exists())
    assert codes == [0] * writers, output
    assert "locked" not in output and "Traceback" not in output
    assert problems(db) == []
    assert count(db, "reports") == N
    assert fingerprint(db) == fingerprint(clean)
    assert count(db, "event_members") == count(db, "report_events")
    print(f"{writers} writers, {split}: {count(db, 'events')} events (one writer: {count(clean, 'events')})")
