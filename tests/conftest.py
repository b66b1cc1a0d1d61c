"""Shared fixtures: the gazetteer is built once per machine (cached in EVENTLEDGER_HOME) and loaded once per run."""

from pathlib import Path

import pytest

from eventledger.geo import Gazetteer
from report_reading import reader

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def read(gazetteer: Gazetteer):
    """`read(text, lang="en")`: the events of a report a test wrote, published at report_reading.PUBLISHED. A test
    file that reads reports another way defines its own `read`."""
    return reader(gazetteer)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The team's shared evaluation folder beside the repository; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


# -- ledgers on SQLite and PostgreSQL -----------------------------------------------------------------------------
# The store tests take `ledger_url` and run twice: on a SQLite file and on a real PostgreSQL server started for the
# session (tests/pgcluster.py). Without PostgreSQL installed the PostgreSQL half is skipped, unless
# EVENTLEDGER_REQUIRE_POSTGRES=1 (what `make test` sets), when it fails instead.


@pytest.fixture(scope="session")
def postgres_server():
    import os

    from pgcluster import pg_bin, throwaway_cluster

    if pg_bin() is None:
        message = "PostgreSQL is not installed (scripts/system-deps.sh installs it)"
        if os.environ.get("EVENTLEDGER_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with throwaway_cluster() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """An empty database of its own on the session's PostgreSQL server."""
    from pgcluster import fresh_database

    return fresh_database(postgres_server)


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh ledger lives: a SQLite file, or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("postgres_url")
