"""The CLI as an analyst uses it every day: listing, filtering and exporting with outlets, auditing claims, fixing
events by hand, reading from pipes. Every test goes through the command line (typer's CliRunner) on a real SQLite
ledger made by `eventledger ingest` from a small corpus written here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app

runner = CliRunner()

RECORDS = [
    {"id": "a1", "outlet": "Volga Wire", "date": "2025-06-02T08:00:00Z",
     "text": "Drones attacked the oil refinery in Saratov [city] overnight, the governor said [/i]. "
             "Two people were injured, he said."},
    {"id": "a2", "outlet": "Kyiv Desk", "date": "2025-06-03T09:00:00Z",
     "text": "A Russian missile struck a residential building in Kharkiv on Tuesday, killing three people "
             "and injuring 21, the head of the regional military administration said."},
    {"id": "a3", "outlet": "Border Post", "date": "2025-06-04T10:00:00Z",
     "text": "Shelling of Shebekino in Belgorod Oblast injured one man on Wednesday, the governor said."},
]


def invoke(*args: object, input: str | None = None):  # noqa: ANN201
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("daily")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    path = folder / "ledger.db"
    result = invoke("ingest", corpus, "--db", path, "--source-field", "outlet", "--id-field", "id")
    assert result.exit_code == 0, result.output
    return path


def rows(db: Path, *args: object) -> list[dict]:
    result = invoke("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_events_carry_their_outlets_and_filter_by_them(db):
    everything = rows(db)
    assert {tuple(e["outlets"]) for e in everything} >= {("Volga Wire",), ("Kyiv Desk",), ("Border Post",)}
    kharkiv = rows(db, "--outlet", "Kyiv Desk")
    assert [e["place"]["name"] for e in kharkiv] == ["Kharkiv"]
    assert [e["place"]["name"] for e in rows(db, "--country", "UA", "--min", "killed=1")] == ["Kharkiv"]
    assert {e["place"]["name"] for e in rows(db, "--admin1", "Belgorod Oblast")} == {"Shebekino"}
    assert rows(db, "--search", "refinery")[0]["place"]["name"] == "Saratov"
    assert rows(db, "--limit", "1", "--offset", "1") == everything[1:2]


def test_events_as_csv_have_an_outlets_column(db):
    result = invoke("events", "--db", db, "--format", "csv", "--outlet", "Volga Wire")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["outlets"] for r in table] == ["Volga Wire"]


@pytest.mark.parametrize("args, problem", [
    (("--country", "XX"), "unknown country 'XX'"),
    (("--since", "last week"), "is not a date"),
    (("--min", "killed"), "is not FIGURE=N"),
    (("--weapon", "sling"), "unknown weapon"),
])
def test_a_bad_filter_is_a_usage_error_on_one_line(db, args, problem):
    result = invoke("events", "--db", db, *args)
    assert result.exit_code == 2
    assert problem in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_piped_table_is_one_unwrapped_line_per_event(db):
    result = invoke("events", "--db", db)  # CliRunner's output is not a terminal
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["id", "date", "kind"]
    assert len(lines) == 1 + len(rows(db))
    assert all(len(line.split("\t")) == 8 for line in lines)


def test_show_prints_report_text_as_text_with_outlets_and_claim_ids(db):
    saratov = rows(db, "--outlet", "Volga Wire")[0]
    result = invoke("show", saratov["id"], "--db", db)
    assert result.exit_code == 0, result.output
    assert "[city]" in result.stdout and "[/i]" in result.stdout
    assert "Volga Wire" in result.stdout and "2025-06-02" in result.stdout
    claim_ids = {c["claim_id"][:12] for c in claims(db, "--event", saratov["id"])}
    assert claim_ids and all(f"claim {c}" in result.stdout for c in claim_ids)


def claims(db: Path, *args: object) -> list[dict]:
    result = invoke("claims", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_claims_list_one_row_per_claim_with_outlet_time_quote_offsets_and_hedging(db):
    found = claims(db, "--outlet", "Kyiv Desk")
    assert found and all(c["outlet"] == "Kyiv Desk" and c["published"].startswith("2025-06-03") for c in found)
    killed = next(c for c in found if c["figure"] == "killed")
    assert killed["value"] == 3 and killed["hedged"] is False
    assert "killing three" in killed["quote"] and killed["end"] > killed["start"]
    as_csv = invoke("claims", "--db", db, "--format", "csv", "--outlet", "Kyiv Desk").stdout
    table = list(csv.DictReader(io.StringIO(as_csv)))
    assert len(table) == len(found) and {"claim_id", "outlet", "published", "quote", "start", "end", "hedged"} <= set(table[0])


def test_export_to_standard_output_refuses_to_overwrite_and_names_a_missing_folder(db, tmp_path):
    piped = invoke("export", "--db", db, "--out", "-", "--country", "RU")
    assert piped.exit_code == 0
    assert {json.loads(line)["place"]["country"] for line in piped.stdout.splitlines()} == {"RU"}
    target = tmp_path / "events.jsonl"
    target.write_text("keep me", encoding="utf-8")
    refused = invoke("export", "--db", db, "--out", target)
    assert refused.exit_code == 2 and "--force" in refused.stderr and target.read_text() == "keep me"
    assert invoke("export", "--db", db, "--out", target, "--force").exit_code == 0
    assert len(target.read_text().splitlines()) == len(rows(db))
    missing = invoke("export", "--db", db, "--out", tmp_path / "nowhere" / "events.csv", "--format", "csv")
    assert missing.exit_code == 2 and "no directory" in missing.stderr and "Traceback" not in missing.output


def test_a_merged_away_id_says_where_it_went_and_split_takes_a_listed_claim_id(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = tmp_path / "ledger.db"
    invoke("ingest", corpus, "--db", db, "--source-field", "outlet")
    saratov, kharkiv = (rows(db, "--outlet", o)[0]["id"] for o in ("Volga Wire", "Kyiv Desk"))
    merged = invoke("merge", saratov, kharkiv, "--db", db)
    assert merged.exit_code == 0
    gone = saratov if saratov not in merged.stderr else kharkiv
    shown = invoke("show", gone, "--db", db)
    assert shown.exit_code == 0 and f"event {gone} was merged into event" in shown.stdout
    new_id = json.loads(invoke("show", gone, "--db", db, "--json").stdout)["id"]
    claim = next(c for c in claims(db, "--event", new_id) if c["outlet"] == "Kyiv Desk")
    split = invoke("split", new_id, "--claims", claim["claim_id"][:12], "--db", db)
    assert split.exit_code == 0, split.output


def test_the_short_id_the_table_showed_before_a_merge_still_leads_to_the_event(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = tmp_path / "ledger.db"
    invoke("ingest", corpus, "--db", db, "--source-field", "outlet")
    saratov, kharkiv = (rows(db, "--outlet", o)[0]["id"] for o in ("Volga Wire", "Kyiv Desk"))
    assert invoke("merge", saratov, kharkiv, "--db", db).exit_code == 0
    kept = json.loads(invoke("show", saratov, "--db", db, "--json").stdout)["id"]
    gone = kharkiv if kept == saratov else saratov
    shown = invoke("show", gone[:10], "--db", db)
    assert shown.exit_code == 0, shown.output
    assert f"event {gone[:10]} was merged into event {kept}" in shown.stdout


def test_extract_reads_standard_input_and_names_each_input(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text(" date 2025-06-09\nShelling of Shebekino injured one man, the governor said.", encoding="utf-8")
    result = invoke("extract", dated, "-", "--published", "2024-01-01",
                    input="Shelling of Shebekino injured two women yesterday, the governor said.")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["input"] for e in events] == [str(dated), "<stdin>"]
    assert events[0]["date"] == "2025-06-09"  # the file's own date line wins over --published
    assert events[1]["date"] == "2023-12-31"  # "yesterday" of the --published date
    undated = invoke("extract", "-", input="Shelling of Shebekino injured one man, the governor said.")
    assert "no publication date" in undated.stderr


def test_geoparse_detects_the_language(tmp_path):
    text = tmp_path / "ru.txt"
    text.write_text("Обстрел Белгорода: ранены двое, сообщил губернатор.", encoding="utf-8")
    result = invoke("geoparse", text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["resolved"]["name_en"] == "Belgorod"


def test_ingest_summaries_for_scripts(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "not json\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    as_json = invoke("ingest", corpus, "--db", db, "--json")
    summary = json.loads(as_json.stdout)
    assert as_json.exit_code == 1 and (summary["new"], summary["failed"], summary["interrupted"]) == (3, 1, False)
    quiet = invoke("ingest", corpus, "--db", db, "--quiet")
    assert quiet.exit_code == 1 and quiet.stdout == "" and quiet.stderr == ""


def test_an_interrupted_ingest_still_says_what_it_stored(tmp_path, monkeypatch):
    import eventledger.ingest

    real = eventledger.ingest.extract
    calls = []

    def extract_then_interrupt(report, gazetteer):  # noqa: ANN001, ANN202 - Ctrl-C arrives during the second report
        calls.append(report)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(report, gazetteer)

    monkeypatch.setattr(eventledger.ingest, "extract", extract_then_interrupt)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    result = invoke("ingest", corpus, "--db", tmp_path / "ledger.db")
    assert result.exit_code == 130
    assert result.stderr.strip().splitlines()[-1].startswith("interrupted: 1 new")


def test_an_inflected_target_is_stored_in_its_dictionary_form():
    text = "Беспилотник ВСУ нанёс удар по аэропорту Калуги, сообщил губернатор. Пострадавших нет."
    result = invoke("extract", "-", "--published", "2025-06-01", input=text)
    targets = [json.loads(line)["target"] for line in result.stdout.splitlines()]
    assert {"name": "аэропорт Калуги", "category": "airport"} in targets
