"""Bad input as a new user meets it: each command names the input it could not use, on one line with no traceback,
and goes on with the rest; nothing already stored is lost or stored twice. Every test runs `eventledger` through its
command line on real files and a real SQLite ledger."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app

RECORDS = [
    {"id": "a1", "date": "2025-06-02T08:00:00Z",
     "text": "Drones attacked the oil depot in Bryansk overnight, the regional governor said. Two people were injured."},
    {"id": "a2", "date": "2025-06-03T09:00:00Z",
     "text": "A missile struck a warehouse in Kharkiv on Tuesday, injuring four people, the mayor said."},
    {"id": "a3", "date": "2025-06-04T10:00:00Z",
     "text": "Shelling of Shebekino in Belgorod Oblast injured one man on Wednesday, the governor said."},
]


def invoke(*args: object):  # noqa: ANN201
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "250"})


def write_lines(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines))
    return path


def origins(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(row[0] for row in conn.execute("SELECT origin FROM publications"))


def failed_lines(result) -> list[str]:  # noqa: ANN001
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if line.startswith("failed ")]


@pytest.mark.parametrize("first, problem", [
    ({"id": "a0", "text": "A drone hit a depot in Kursk, the governor said."}, "no field 'date' for the date (fields: id, text)"),
    ({"id": "a0", "body": "A drone hit a depot in Kursk.", "date": "2025-06-01"}, "no field 'text' for the text (fields: body, date, id)"),
    (["a list", "not a record"], "expected a JSON object, got list"),
    (b'{"id": "a0", "text": "Sirens in \xff Kursk.", "date": "2025-06-01"}', "not UTF-8 (invalid byte at column 33)"),
])
def test_a_bad_first_record_is_named_by_its_line_and_the_rest_are_stored(tmp_path, first, problem):
    corpus = write_lines(tmp_path / "posts.jsonl", first if isinstance(first, bytes) else json.dumps(first),
                         *map(json.dumps, RECORDS))
    db = tmp_path / "ledger.db"
    result = invoke("ingest", corpus, "--db", db, "--id-field", "id")
    assert result.exit_code == 1
    assert failed_lines(result) == [f"failed {corpus}:1: {problem}"]
    assert origins(db) == [f"{corpus}:2#a1", f"{corpus}:3#a2", f"{corpus}:4#a3"]


def test_a_first_record_without_its_id_is_stored_with_its_line_for_a_name(tmp_path):
    corpus = write_lines(tmp_path / "posts.jsonl", *(json.dumps(r if r["id"] != "a1" else {**r, "id": None})
                                                     for r in RECORDS))
    db = tmp_path / "ledger.db"
    assert invoke("ingest", corpus, "--db", db, "--id-field", "id").exit_code == 0
    assert origins(db) == [f"{corpus}:1", f"{corpus}:2#a2", f"{corpus}:3#a3"]


def test_a_later_record_without_the_date_field_is_named_not_stored_without_a_date(tmp_path):
    undated = {"id": "a4", "text": "Explosions were heard near the airport in Kaluga, residents said."}
    corpus = write_lines(tmp_path / "posts.jsonl", *map(json.dumps, [*RECORDS, undated]))
    db = tmp_path / "ledger.db"
    result = invoke("ingest", corpus, "--db", db, "--id-field", "id")
    assert failed_lines(result) == [f"failed {corpus}:4: no field 'date' for the date (fields: id, text)"]
    assert len(origins(db)) == 3
    # a corpus that has no dates says so, and every record is stored undated
    result = invoke("ingest", corpus, "--db", tmp_path / "undated.db", "--date-field", "")
    assert result.exit_code == 0 and len(origins(tmp_path / "undated.db")) == 4


def test_a_wrong_field_name_is_one_line_for_the_whole_file(tmp_path):
    many = [{"body": f"A drone hit a depot in Kursk on day {n}.", "date": "2025-06-01"} for n in range(250)]
    corpus = write_lines(tmp_path / "posts.jsonl", *map(json.dumps, many))
    result = invoke("ingest", corpus, "--db", tmp_path / "ledger.db")
    assert result.exit_code == 1
    assert failed_lines(result) == [
        f"failed {corpus}: no field 'text' for the text (fields: body, date); pass the right --text-field (text_field=...)"]


def test_a_wrong_field_name_in_a_short_file_too(tmp_path):
    corpus = write_lines(tmp_path / "posts.jsonl", *(json.dumps({"text": r["text"], "when": r["date"]}) for r in RECORDS))
    result = invoke("ingest", corpus, "--db", tmp_path / "ledger.db")
    [line] = failed_lines(result)
    assert line.startswith(f"failed {corpus}: no field 'date' for the date (fields: text, when); pass the right --date-field")


@pytest.mark.parametrize("name, content, problem", [
    ("posts.jsonl", b"", "empty file: no records"),
    ("posts.jsonl", b"\n\n", "empty file: no records"),
    ("posts.csv", b"", "empty file: no header and no records"),
    ("posts.csv", b"text,date\n", "no records after the header"),
])
def test_an_empty_corpus_is_named(tmp_path, name, content, problem):
    corpus = tmp_path / name
    corpus.write_bytes(content)
    result = invoke("ingest", corpus, "--db", tmp_path / "ledger.db")
    assert result.exit_code == 1 and failed_lines(result) == [f"failed {corpus}: {problem}"]


def test_an_empty_folder_is_named(tmp_path):
    (tmp_path / "reports").mkdir()
    result = invoke("ingest", tmp_path / "reports", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 1
    assert failed_lines(result) == [f"failed {tmp_path / 'reports'}: no files in this folder (hidden ones are skipped)"]


def test_a_short_csv_row_is_named_not_read_with_its_values_in_the_wrong_columns(tmp_path):
    table = tmp_path / "posts.csv"
    table.write_text("text,date,outlet\n"
                     "A drone hit a depot in Kursk; the governor said two were hurt.,2025-06-01,Wire\n"
                     "Sirens sounded in Orel.,2025-06-02\n", encoding="utf-8")
    result = invoke("ingest", table, "--db", tmp_path / "ledger.db", "--source-field", "outlet")
    assert failed_lines(result) == [f"failed {table}:3: 2 fields, the header has 3"]
    assert origins(tmp_path / "ledger.db") == [f"{table}:2"]


def test_a_telegram_export_with_damaged_messages_names_each_and_stores_the_rest(tmp_path):
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Example Wire", "type": "public_channel", "id": 77, "messages": [
        7,
        {"id": 2, "type": "message", "text": "A drone hit a depot in Kursk, the governor said."},
        {"id": 3, "type": "message", "date": "last night", "text": "Sirens sounded in Orel."},
        {"type": "message", "date": "2025-06-01T10:00:00", "text": "Explosions were heard in Tula, residents said."},
        {"id": 5, "type": "message", "date": "2025-06-01T11:00:00", "date_unixtime": "1748775600",
         "text": "Two drones were shot down over Belgorod, the governor said."},
        {"id": 6, "type": "service", "date": "2025-06-01T12:00:00", "action": "pin_message"},
    ]}), encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = invoke("ingest", export, "--db", db)
    assert result.exit_code == 1
    assert failed_lines(result) == [
        f"failed {export} message 1: not a message object but a number",
        f"failed {export}#2: no date (`date` or `date_unixtime`)",
        f"failed {export}#3: unreadable date 'last night'",
    ]
    assert origins(db) == [f"{export} message 4", f"{export}#5"]


@pytest.fixture()
def damaged(tmp_path) -> Path:
    """A ledger made by `ingest`, then damaged as a failing disk would: the pages of its events, claims and report
    events overwritten. It still opens (its schema is whole); reading those tables fails."""
    corpus = write_lines(tmp_path / "posts.jsonl", *map(json.dumps, RECORDS))
    db = tmp_path / "ledger.db"
    assert invoke("ingest", corpus, "--db", db).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name IN ('events', 'claims', 'report_events', 'event_members')"
            " AND rootpage > 0")]
    data = bytearray(db.read_bytes())
    for page in pages:
        data[(page - 1) * size: page * size] = b"\xde\xad\xbe\xef" * (size // 4)
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize("command", [
    ["events"], ["events", "--format", "jsonl"], ["export", "--out", "-"], ["claims"], ["show", "abcdef12"],
    ["resolve"], ["sources", "list"],
])
def test_a_damaged_ledger_is_a_one_line_error_naming_it(damaged, command):
    result = invoke(*command, "--db", damaged)
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code:
        [line] = result.stderr.strip().splitlines()
        assert result.exit_code == 2 and line.startswith("error: ") and str(damaged) in line


def test_the_server_answers_503_naming_a_damaged_ledger(damaged):
    from fastapi.testclient import TestClient

    from eventledger.api.app import create_app

    with TestClient(create_app(damaged, warm=True)) as client:  # its start, which reads the newest events, goes on
        answer = client.get("/api/v1/events")
    assert answer.status_code == 503
    assert answer.json()["detail"].startswith(f"could not read ledger {damaged}")


def test_a_url_of_another_scheme_is_named_as_given_not_read_as_a_missing_file(tmp_path):
    result = invoke("ingest", "ftp://files.example/report.txt", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 1
    assert failed_lines(result) == ["failed ftp://files.example/report.txt: only http and https URLs are read, not 'ftp'"]


def test_a_parquet_export_is_not_written_over_another_without_force(tmp_path):
    corpus = write_lines(tmp_path / "posts.jsonl", *map(json.dumps, RECORDS))
    db, folder = tmp_path / "ledger.db", tmp_path / "export"
    assert invoke("ingest", corpus, "--db", db).exit_code == 0
    assert invoke("export", "--db", db, "--format", "parquet", "--out", folder).exit_code == 0
    again = invoke("export", "--db", db, "--format", "parquet", "--out", folder)
    assert again.exit_code == 2
    assert again.stderr.strip() == f"error: --out {folder}: the folder holds an export already; pass --force to overwrite it"
    assert invoke("export", "--db", db, "--format", "parquet", "--out", folder, "--force").exit_code == 0
