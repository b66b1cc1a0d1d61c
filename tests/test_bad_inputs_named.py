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


def notice_lines(result) -> list[str]:  # noqa: ANN001
    return [line for line in result.stderr.splitlines() if line.startswith("notice ")]


def undated(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(row[0] for row in conn.execute("SELECT origin FROM publications WHERE published IS NULL"))


@pytest.mark.parametrize("first, problem", [
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


@pytest.mark.parametrize("where", [0, 2])
def test_a_record_that_leaves_out_its_date_key_is_stored_undated_as_one_with_a_null_date(tmp_path, where):
    """A writer that drops null keys and one that writes `"date": null` mean the same: no date. The first record as
    any other (only a file where none of the first records has the key is told its field name is wrong)."""
    no_key = {"id": "a4", "text": "Explosions were heard near the airport in Kaluga, residents said."}
    null = {**no_key, "id": "a5", "date": None, "text": "Sirens sounded in Tula overnight, the governor said."}
    rows = [*RECORDS]
    rows.insert(where, no_key)
    corpus = write_lines(tmp_path / "posts.jsonl", *map(json.dumps, [*rows, null]))
    db = tmp_path / "ledger.db"
    result = invoke("ingest", corpus, "--db", db, "--id-field", "id")
    assert result.exit_code == 0 and failed_lines(result) == []
    assert len(origins(db)) == 5
    assert undated(db) == [f"{corpus}:{where + 1}#a4", f"{corpus}:5#a5"]  # (batch too: tests/test_batch.py)


def test_a_record_without_the_text_field_is_still_named_and_skipped(tmp_path):
    no_text = {"id": "a4", "date": "2025-06-05T10:00:00Z", "body": "Explosions were heard in Kaluga."}
    corpus = write_lines(tmp_path / "posts.jsonl", *map(json.dumps, [no_text, *RECORDS]))
    result = invoke("ingest", corpus, "--db", tmp_path / "ledger.db", "--id-field", "id")
    assert result.exit_code == 1
    assert failed_lines(result) == [f"failed {corpus}:1: no field 'text' for the text (fields: body, date, id)"]
    assert len(origins(tmp_path / "ledger.db")) == 3


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


@pytest.mark.parametrize("name, content, why", [
    ("posts.jsonl", b"", "an empty file"),
    ("posts.jsonl", b"\n  \n", "blank lines only"),
    ("posts.csv", b"", "an empty file"),
    ("posts.csv", b"text,date\n", "a header and no rows"),
    ("posts.parquet", None, "no rows"),
])
def test_an_empty_corpus_is_a_notice_and_the_run_succeeds(tmp_path, name, content, why):
    """A nightly job over a quiet day's dump: the empty file is said, and the exit code stays 0 (1 would page someone)."""
    corpus = tmp_path / name
    if content is None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"text": pa.array([], pa.string()), "date": pa.array([], pa.string())}), corpus)
    else:
        corpus.write_bytes(content)
    result = invoke("ingest", corpus, "--db", tmp_path / "ledger.db")
    assert result.exit_code == 0 and failed_lines(result) == []
    assert notice_lines(result) == [f"notice no reports in {corpus} ({why})"]
    summary = json.loads(invoke("ingest", corpus, "--db", tmp_path / "ledger.db", "--json").stdout)
    assert summary["failed"] == 0 and summary["notices"] == [f"no reports in {corpus} ({why})"]


def test_an_empty_corpus_beside_a_bad_one_still_fails_the_run(tmp_path):
    empty, bad = tmp_path / "quiet.jsonl", tmp_path / "broken.jsonl"
    empty.write_bytes(b"")
    write_lines(bad, "not json", *map(json.dumps, RECORDS))
    result = invoke("ingest", empty, bad, "--db", tmp_path / "ledger.db")
    assert result.exit_code == 1
    assert notice_lines(result) == [f"notice no reports in {empty} (an empty file)"]
    assert failed_lines(result) == [f"failed {bad}:1: not valid JSON: Expecting value at column 1"]


def test_an_empty_csv_header_without_the_date_column_is_still_a_wrong_column_name(tmp_path):
    table = tmp_path / "posts.csv"
    table.write_text("id,text\n", encoding="utf-8")
    [line] = failed_lines(invoke("ingest", table, "--db", tmp_path / "ledger.db"))
    assert line.startswith(f"failed {table}: no column 'date' for the date (columns: id, text)")


def test_an_empty_folder_is_named(tmp_path):
    (tmp_path / "reports").mkdir()
    result = invoke("ingest", tmp_path / "reports", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 1
    assert failed_lines(result) == [f"failed {tmp_path / 'reports'}: no files in this folder (hidden ones are skipped)"]


def test_a_csv_row_that_leaves_out_its_trailing_date_is_stored_undated(tmp_path):
    """Spreadsheet exports drop trailing empty cells: the row is read as if they were empty. A row too short to hold
    the text, or with more fields than the header, is still named."""
    table = tmp_path / "posts.csv"
    table.write_text("id,text,date\n"
                     "k1,\"A drone hit a depot in Kursk; the governor said two were hurt.\",2025-06-01\n"
                     "k2,Sirens sounded in Orel overnight.\n"
                     "k3\n"
                     "k4,Shelling injured a man in Shebekino.,2025-06-02,extra\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = invoke("ingest", table, "--db", db, "--id-field", "id")
    assert failed_lines(result) == [f"failed {table}:4: 1 field, the header has 3",
                                    f"failed {table}:5: 4 fields, the header has 3"]
    assert origins(db) == [f"{table}:2#k1", f"{table}:3#k2"] and undated(db) == [f"{table}:3#k2"]


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


def test_extract_says_an_empty_corpus_and_succeeds(tmp_path):
    corpus = tmp_path / "posts.csv"
    corpus.write_text("text,date\n", encoding="utf-8")
    result = invoke("extract", corpus)
    assert result.exit_code == 0 and notice_lines(result) == [f"notice no reports in {corpus} (a header and no rows)"]
