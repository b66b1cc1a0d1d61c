"""Places are stored and shown in their dictionary form, in the report's language, with the English name beside and the
report's own words kept: "В районе Калуги" is Калуга (Kaluga), near it. Through the command line (typer's CliRunner) on
a real SQLite ledger made by `eventledger ingest` from reports written here, and through the HTTP API on that ledger."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

runner = CliRunner()

REPORTS = {
    "ru_kaluga.txt": "date 2025-07-01\nВ районе Калуги сбит беспилотник, сообщил губернатор Владислав Шапша.\n",
    "ru_nizhny.txt": "date 2025-07-02\nВ Нижнем Новгороде беспилотник попал в жилой дом, ранены два человека, сообщил "
                     "губернатор.\n",
    "uk_kharkiv.txt": "date 2025-07-03\nУ Харкові внаслідок удару безпілотника поранено трьох людей, повідомив голова "
                      "ОВА.\n",
    "en_kupiansk.txt": "date 2025-07-04\nA drone was shot down 15 km north of Kupiansk, the regional governor said.\n",
}


def invoke(*args: object):  # noqa: ANN201
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("places")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(folder: Path) -> Path:
    path = folder / "ledger.db"
    invoke("ingest", *sorted(folder.glob("*.txt")), "--db", path)
    return path


def places(db: Path, *args: object) -> dict[str, dict]:
    """The place of each event the `events` filters select, by its name."""
    lines = invoke("events", "--db", db, "--format", "jsonl", *args).stdout.splitlines()
    return {p["name"]: p for p in (json.loads(line)["place"] for line in lines)}


def test_extract_names_each_place_in_its_report_language_with_the_english_name_beside(folder):
    result = invoke("extract", *sorted(folder.glob("*.txt")))
    by_input = {Path(e["input"]).name: e["place"] for e in map(json.loads, result.stdout.splitlines())}
    kaluga = by_input["ru_kaluga.txt"]
    assert (kaluga["name"], kaluga["name_en"], kaluga["as_written"]) == ("Калуга", "Kaluga", "В районе Калуги")
    assert kaluga["precision"] == "admin2" and kaluga["offset"] == {"km": None, "bearing": None}  # near, not in it
    assert (by_input["ru_nizhny.txt"]["name"], by_input["ru_nizhny.txt"]["name_en"]) == ("Нижний Новгород",
                                                                                          "Nizhniy Novgorod")
    kharkiv = by_input["uk_kharkiv.txt"]
    assert (kharkiv["name"], kharkiv["name_en"], kharkiv["as_written"]) == ("Харків", "Kharkiv", "Харкові")
    assert "offset" not in kharkiv and kharkiv["precision"] == "city"
    kupiansk = by_input["en_kupiansk.txt"]
    assert (kupiansk["name"], kupiansk["as_written"]) == ("Kupyansk", "15 km north of Kupiansk")
    assert kupiansk["offset"] == {"km": 15.0, "bearing": 0.0} and kupiansk["lat"] > 49.75  # moved north of the town


def test_stored_events_keep_the_names_and_show_them_in_every_format(db):
    stored = places(db)
    assert set(stored) == {"Калуга", "Нижний Новгород", "Харків", "Kupyansk"}
    assert stored["Калуга"]["name_en"] == "Kaluga" and stored["Калуга"]["offset"] == {"km": None, "bearing": None}

    table = invoke("events", "--db", db).stdout  # piped: one tab-separated line per event
    assert "near Калуга / Kaluga (RU)" in table and "Харків / Kharkiv (UA)" in table
    assert "15 km N of Kupyansk (UA)" in table

    rows = list(csv.DictReader(io.StringIO(invoke("events", "--db", db, "--format", "csv").stdout)))
    kaluga = next(r for r in rows if r["place_name"] == "Калуга")
    assert (kaluga["place_name_en"], kaluga["place_as_written"]) == ("Kaluga", "В районе Калуги")

    event_id = next(json.loads(line)["id"] for line in invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()
                    if json.loads(line)["place"]["name"] == "Харків")
    shown = invoke("show", event_id, "--db", db).stdout
    assert "place: Харків / Kharkiv, Kharkiv Oblast, UA [city]" in shown and "as written: Харкові" in shown

    exported = json.loads(invoke("export", "--db", db, "--format", "geojson", "--out", "-").stdout)
    names = {(f["properties"]["place"]["name"], f["properties"]["place"]["name_en"]) for f in exported["features"]}
    assert ("Калуга", "Kaluga") in names and ("Нижний Новгород", "Nizhniy Novgorod") in names


@pytest.mark.parametrize("asked", ["Калуга", "калуга", "KALUGA", "в районе калуги", "В районе Калуги"])
def test_events_place_finds_a_place_by_any_of_its_names_in_any_case(db, asked):
    assert set(places(db, "--place", asked)) == {"Калуга"}


def test_the_place_filter_takes_whole_names_and_reaches_export_and_claims(db):
    assert set(places(db, "--place", "Харків")) == set(places(db, "--place", "kharkiv")) == {"Харків"}
    assert set(places(db, "--place", "Харкові")) == {"Харків"}  # as the report wrote it
    assert places(db, "--place", "Харк") == {} and places(db, "--place", "%") == {}  # no prefixes, no wildcards
    exported = invoke("export", "--db", db, "--format", "jsonl", "--out", "-", "--place", "Nizhniy Novgorod").stdout
    assert [json.loads(line)["place"]["name"] for line in exported.splitlines()] == ["Нижний Новгород"]
    kaluga = [json.loads(line)["id"] for line in invoke("events", "--db", db, "--format", "jsonl", "--place", "Kaluga")
              .stdout.splitlines()]
    claims = invoke("claims", "--db", db, "--format", "jsonl", "--place", "Kaluga").stdout.splitlines()
    assert claims and {json.loads(c)["event_id"] for c in claims} == set(kaluga)


def test_an_empty_place_is_a_usage_error(db):
    result = runner.invoke(app, ["events", "--db", str(db), "--place", " "])
    assert result.exit_code == 2 and "place is empty" in result.output


def test_the_api_filters_by_place_and_gives_the_english_name_on_the_map_rows(db):
    from eventledger.api.app import create_app

    client = TestClient(create_app(db))
    body = client.get("/api/v1/events", params={"place": "kaluga"}).json()
    assert [e["place"]["name"] for e in body["items"]] == ["Калуга"]
    assert body["items"][0]["place"]["name_en"] == "Kaluga"
    features = client.get("/api/v1/events.geojson", params={"place": "Харків"}).json()["features"]
    assert [(f["properties"]["place_name"], f["properties"]["place_name_en"]) for f in features] == [("Харків", "Kharkiv")]


@pytest.mark.parametrize("spelling", ["Ilsky", "Ilskiy", "Ilskij"])
def test_an_adjectival_name_romanised_another_way_is_found(gazetteer, spelling):
    # the gazetteer holds the refinery town as "Il'skiy" and "Ilskij"; English reports write it each way
    found = gazetteer.find(f"A drone struck the {spelling} oil refinery in the Krasnodar region overnight.", "en")
    assert ("Krasnodar Krai", "city") in {(m.candidates[0].place.admin1, m.candidates[0].feature) for m in found
                                          if m.text == spelling}


def test_a_district_romanised_with_another_ending_is_found(gazetteer):
    found = gazetteer.find("A shell hit a house in the Shevchenkivskyy district of Kyiv.", "en")
    assert "Shevchenkivskyy district" in [m.text for m in found]


@pytest.mark.parametrize("text, lang, part", [
    ("Уночі дрони атакували село Мала Чернеччина, повідомив міський голова. Пошкоджено ферму під Сумами.", "uk",
     "Чернеччина"),
    ("Беспилотник атаковал село Малая Петровка под Белгородом.", "ru", "Петровка"),
])
def test_the_second_word_of_a_longer_name_the_gazetteer_lacks_is_no_village(gazetteer, text, lang, part):
    # "Мала Чернеччина" is not the village Chernechchyna, "Малая Петровка" no Petrovka in Crimea
    found = [m.text for m in gazetteer.find(text, lang)]
    assert part not in found and len(found) == 1


def test_a_longer_name_the_gazetteer_holds_is_found_whole(gazetteer):
    assert [m.text for m in gazetteer.find("Ворог обстріляв Малу Рогань.", "uk")] == ["Малу Рогань"]
