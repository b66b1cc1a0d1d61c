"""Exports: every format parses back, the CSV header and the JSON record are pinned, nothing is held in memory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from eventledger.export import CSV_COLUMNS, ExportError, write_events
from eventledger.model import Claim, Event, Place, Report, Target
from eventledger.store import Ledger

TEXT = "Вночі дрони атакували Одесу. За словами голови ОВА, щонайменше 4 людини поранені."
REPORT = Report(text=TEXT, published=datetime(2026, 3, 6, 5, tzinfo=timezone.utc), language="uk", source="Example channel")


def _claim(quote: str, value: int, figure: str, **kw: object) -> Claim:
    start = TEXT.index(quote)
    return Claim(REPORT.id, start, start + len(quote), quote, value, figure=figure, **kw)  # type: ignore[arg-type]


ODESA = Event(
    kind="strike", weapon="drone", date="2026-03-06", date_precision="day",
    place=Place("Odesa", "UA", "Odesa Oblast", 46.48, 30.73, "city"), target=Target("port", "transport"),
    claims=(_claim("щонайменше 4 людини поранені", 4, "injured", lower_bound=True, source="голова ОВА",
                   source_kind="official"),),
    id="0d35a000000000aa",
)
SEA = Event(kind="interception", weapon="naval_drone", date="2026-03", date_precision="month",
            place=Place("Black Sea", None, None, None, None, "sea"), id="b1ac5ea000000000")


@pytest.fixture
def events(tmp_path: Path) -> list[Event]:
    """Events as the ledger gives them back: figures recomputed, reports filled in."""
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.ingest(REPORT, [ODESA, SEA])
        return ledger.events()


def test_jsonl_is_one_schema_record_per_line(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_events(events, "jsonl", out) == 2
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == [ODESA.id, SEA.id]
    odesa = records[0]
    # The public record (SCHEMA.md): fields may be added, never renamed or dropped.
    assert set(odesa) >= {"id", "kind", "weapon", "date", "date_precision", "place", "areas", "target", "attacker",
                          "defender", "figures", "claims", "reports", "related"}
    assert odesa["figures"]["injured"] | {"reason": ""} == {"low": 4, "best": 4, "high": None, "reason": ""}
    assert odesa["claims"][0]["quote"] == "щонайменше 4 людини поранені"  # written as text, not \u escapes
    assert "щонайменше" in out.getvalue()
    assert odesa["reports"] == [REPORT.id]


def test_csv_has_a_fixed_header_and_one_flat_row_per_event(events: list[Event]) -> None:
    out = io.StringIO()
    write_events(events, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert CSV_COLUMNS[:13] == ("id", "kind", "weapon", "date", "date_precision", "place_name", "country", "admin1",
                                "lat", "lon", "precision", "target_name", "target_category")
    assert CSV_COLUMNS[-4:] == ("n_claims", "reports", "place_name_en", "place_as_written") and "killed_best" in CSV_COLUMNS
    odesa, sea = rows
    assert (odesa["place_name"], odesa["lat"], odesa["target_category"]) == ("Odesa", "46.48", "transport")
    assert (odesa["injured_low"], odesa["injured_best"], odesa["injured_high"]) == ("4", "4", "")
    assert (odesa["n_claims"], odesa["reports"]) == ("1", REPORT.id)
    assert (sea["place_name"], sea["country"], sea["lat"], sea["killed_best"]) == ("Black Sea", "", "", "")


def test_geojson_keeps_events_without_coordinates_as_null_geometry(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_events(events, "geojson", out) == 2
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    odesa, sea = collection["features"]
    assert odesa["type"] == "Feature" and odesa["geometry"] == {"type": "Point", "coordinates": [30.73, 46.48]}
    assert odesa["properties"]["id"] == ODESA.id and odesa["properties"]["figures"]["injured"]["best"] == 4
    assert sea["geometry"] is None and sea["properties"]["place"]["precision"] == "sea"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_nothing_in_is_a_valid_empty_export(fmt: str) -> None:
    out = io.StringIO()
    assert write_events([], fmt, out) == 0  # type: ignore[arg-type]
    if fmt == "geojson":
        assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
    elif fmt == "csv":
        assert out.getvalue().strip() == ",".join(CSV_COLUMNS)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_events_are_written_as_they_arrive(fmt: str) -> None:
    out = io.StringIO()

    def one_at_a_time() -> Iterator[Event]:
        yield ODESA
        written = out.tell()
        assert ODESA.id in out.getvalue()  # the first event is out before the second is asked for
        yield SEA
        assert out.tell() > written

    assert write_events(one_at_a_time(), fmt, out) == 2  # type: ignore[arg-type]


def test_an_unknown_format_is_refused_by_name() -> None:
    with pytest.raises(ExportError, match="unknown export format 'xlsx'"):
        write_events([ODESA], "xlsx", io.StringIO())  # type: ignore[arg-type]
