"""`--db` as a user types it: a path, a sqlite:/// URL or a postgresql:// URL; a wrong one is a one-line error that
names it, and never a stray local file named after it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.store import Ledger, LedgerError

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
runner = CliRunner()


def invoke(cwd: Path, *args: str):  # type: ignore[no-untyped-def]
    here = os.getcwd()
    os.chdir(cwd)  # stray files would appear here
    try:
        return runner.invoke(app, list(args), env={"COLUMNS": "400"})
    finally:
        os.chdir(here)


def test_a_sqlite_url_is_the_file_it_names(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    result = invoke(tmp_path, "ingest", str(DEMO / "en_kazan_airport.txt"), "--db", url)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("ledger.db")) == []
    with Ledger(tmp_path / "ledger.db") as ledger:
        assert ledger.counts()["reports"] == 1


@pytest.mark.parametrize("url,message", [
    ("postgresql://nobody@127.0.0.1:1/ledger", "Connection refused"),
    ("postgresql://nobody@127.0.0.1:1", "names no database"),
    ("postgresql://no body@:x/", "malformed"),
    ("mysql://me@localhost/ledger", "SQLite or PostgreSQL"),
    ("sqlite:////no/such/folder/ledger.db", "/no/such/folder"),
])
def test_a_bad_ledger_url_is_one_clear_line_and_leaves_no_file(tmp_path: Path, url: str, message: str) -> None:
    result = invoke(tmp_path, "events", "--db", url)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_reading_a_missing_sqlite_url_does_not_create_it(tmp_path: Path) -> None:
    result = invoke(tmp_path, "events", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert result.exit_code == 2 and "no ledger at" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_password_in_the_url_is_not_repeated_in_errors() -> None:
    with pytest.raises(LedgerError) as failure:
        Ledger("postgresql://me:s3cret@127.0.0.1:1/ledger")
    assert "s3cret" not in str(failure.value) and "***" in str(failure.value)


def test_postgresql_urls_reach_the_server(postgres_url: str, tmp_path: Path) -> None:
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    result = invoke(tmp_path, "ingest", str(DEMO / "en_kazan_airport.txt"), "--db", plain)
    assert result.exit_code == 0, result.output
    listed = invoke(tmp_path, "events", "--db", postgres_url, "--format", "jsonl")
    assert listed.exit_code == 0 and listed.output.count('"id"') >= 1
    assert list(tmp_path.iterdir()) == []


def test_writing_into_a_sqlite_url_whose_folder_is_missing_is_refused(tmp_path: Path) -> None:
    result = invoke(tmp_path, "ingest", str(DEMO / "en_kazan_airport.txt"), "--db", "sqlite:////no/such/folder/x.db")
    assert result.exit_code == 2 and "no folder /no/such/folder" in result.output
