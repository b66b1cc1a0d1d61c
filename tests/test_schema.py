"""The public record is pinned: the fields docs/SCHEMA.md lists are exactly the fields every export writes."""

import re
from pathlib import Path

from eventledger.export import CSV_COLUMNS
from eventledger.model import Claim, Event, Place

SCHEMA = (Path(__file__).resolve().parents[1] / "docs" / "SCHEMA.md").read_text(encoding="utf-8")


def documented_fields(section: str) -> set[str]:
    body = SCHEMA.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    fields: set[str] = set()
    for row in re.findall(r"^\| (`[^|]+`) \|", body, flags=re.MULTILINE):
        fields.update(re.findall(r"`([a-z_0-9]+)`", row))
    return fields


def test_event_fields_are_the_documented_ones():
    event = Event(kind="strike", date=None, date_precision=None, place=None)
    assert set(event.to_dict()) == documented_fields("Event")


def test_claim_fields_are_the_documented_ones():
    claim = Claim(report_id="r", start=0, end=1, quote="x", value=1, figure="killed")
    fields = set(claim.to_dict()) | {"assertion"}  # a claim has a figure or an assertion
    assert fields == documented_fields("Claim")


def test_place_fields_are_documented():
    place = Place("Izhevsk Airport", "RU", "Udmurt Republic", 56.8, 53.5, "point", 1, iata="IJK", icao="USII")
    body = SCHEMA.split("## Place\n", 1)[1].split("\n## ", 1)[0]
    assert all(f"`{name}`" in body for name in place.to_dict())


def test_csv_columns_are_documented():
    body = SCHEMA.split("## CSV and GeoJSON\n", 1)[1]
    fixed = [c for c in CSV_COLUMNS if not re.search(r"_(low|best|high)$", c)]
    assert all(c in body for c in fixed)
