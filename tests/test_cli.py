"""The command line as a user meets it: a directory of reports with bad files among good ones, ingesting twice,
listing, showing and exporting events, and exit codes a script can test."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.store import Ledger

runner = CliRunner()

GOOD = {
    "belgorod.txt": " date 2025-05-02\nA drone struck a residential building in Belgorod overnight, injuring three people, "
    "governor Ivan Sokolov said.\n",
    "tuapse.txt": " date 2025-05-03\nDrones attacked the Tuapse oil refinery, sparking a fire, the Telegram channel Shot "
    "reported. Two workers were killed.\n",
}


@pytest.fixture()
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "latin1.txt").write_bytes("Explosions à Kherson: caf\xe9".encode("latin-1") + b"\xff\xfe")
    with (folder / "huge.txt").open("wb") as fh:  # 50 MB
        fh.write(b"Drones attacked a depot. " * (50 * 1024 * 1024 // 25))
    return folder


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def test_ingest_a_directory_with_bad_files_stores_the_good_ones_and_names_the_bad(reports, tmp_path):
    db = tmp_path / "ledger.db"
    result = invoke("ingest", reports, "--db", db)
    assert result.exit_code == 1  # some inputs failed
    for bad in ("empty.txt", "binary.txt", "latin1.txt", "huge.txt"):
        assert bad in result.stderr
    assert "2 new" in result.stderr and "4 failed" in result.stderr
    assert "--max-mb" in result.stderr  # the too-large message says how to raise the limit
    with Ledger(db) as ledger:
        assert ledger.counts()["reports"] == 2


def test_ingesting_twice_changes_nothing(reports, tmp_path):
    db = tmp_path / "ledger.db"
    invoke("ingest", reports, "--db", db)
    with Ledger(db) as ledger:
        before = ledger.counts()
    again = invoke("ingest", reports, "--db", db)
    assert "0 new" in again.stderr and "2 duplicate" in again.stderr
    with Ledger(db) as ledger:
        assert ledger.counts() == before


def test_list_show_and_export_events(reports, tmp_path):
    db = tmp_path / "ledger.db"
    invoke("ingest", reports / "belgorod.txt", reports / "tuapse.txt", "--db", db)

    table = invoke("events", "--db", db, "--kind", "strike", "--country", "RU")
    assert table.exit_code == 0 and "Belgorod" in table.stdout and "Tuapse" in table.stdout

    lines = invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    belgorod = next(r for r in records if r["place"] and r["place"]["name"] == "Belgorod")
    assert belgorod["figures"]["injured"]["best"] == 3
    assert belgorod["claims"][0]["quote"] in GOOD["belgorod.txt"]

    shown = invoke("show", belgorod["id"][:8], "--db", db)
    assert shown.exit_code == 0
    assert "injured" in shown.stdout and "Ivan Sokolov" in shown.stdout and "injuring three people" in shown.stdout

    rows = list(csv.DictReader(io.StringIO(invoke("events", "--db", db, "--format", "csv").stdout)))
    assert {row["place_name"] for row in rows} >= {"Belgorod", "Tuapse"}

    out = tmp_path / "events.geojson"
    assert invoke("export", "--db", db, "--format", "geojson", "--out", out).exit_code == 0
    collection = json.loads(out.read_text())
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(records)


def test_extract_prints_json_lines_without_a_database(reports, tmp_path):
    result = invoke("extract", reports / "tuapse.txt")
    assert result.exit_code == 0
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["kind"] == "strike" and event["place"]["name"] == "Tuapse" and event["date"] == "2025-05-03"
    assert event["figures"]["killed"]["best"] == 2
    assert not list(tmp_path.glob("*.db"))


def test_a_plain_text_file_takes_its_date_from_the_command_line(tmp_path):
    report = tmp_path / "plain.txt"
    report.write_text("Drones attacked an oil depot in Bryansk last night, the governor said.\n", encoding="utf-8")
    (event,) = [json.loads(line) for line in invoke("extract", report, "--published", "2025-06-10").stdout.splitlines()]
    assert event["date"] == "2025-06-10"
    assert invoke("extract", report, "--published", "10/06/2025").exit_code == 2


def test_usage_errors_exit_with_2(tmp_path):
    assert invoke("events", "--db", tmp_path / "missing.db").exit_code == 2
    db = tmp_path / "ledger.db"
    Ledger(db).close()
    assert invoke("show", "nosuchevent", "--db", db).exit_code == 2
    assert invoke("events", "--db", db, "--kind", "picnic").exit_code == 2
    assert invoke("eval", tmp_path / "no-gold-here").exit_code == 2
