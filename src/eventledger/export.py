"""Events out of the ledger, in the formats other tools read: JSON Lines, CSV, GeoJSON.

Every format is written one event at a time, so a ledger of any size streams through without being held in
memory. JSON Lines and GeoJSON carry the full SCHEMA.md record; CSV flattens it to one row an event, with a
fixed header (every figure name) so the header never depends on which events came first.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TextIO

from eventledger.model import FIGURE_NAMES, Event

Format = Literal["jsonl", "csv", "geojson"]
FORMATS: tuple[str, ...] = Format.__args__  # type: ignore[attr-defined]

CSV_COLUMNS: tuple[str, ...] = (
    "id", "kind", "weapon", "date", "date_precision",
    "place_name", "country", "admin1", "lat", "lon", "precision",
    "target_name", "target_category", "attacker", "defender",
    *(f"{name}_{part}" for name in FIGURE_NAMES for part in ("low", "best", "high")),
    "n_claims", "reports",
    "place_name_en", "place_as_written",  # added after the rest: no column moved
)


class ExportError(Exception):
    """An export was asked for in a form that cannot be written; the message says which."""


def write_events(events: Iterable[Event], fmt: Format, out: TextIO, outlets: Mapping[str, list[str]] | None = None) -> int:
    """Write `events` to `out` as `fmt`; returns how many were written. With `outlets` (event id -> the outlets that
    published its reports, filled as the events stream by), each record gets an `outlets` field / column.

    >>> write_events(ledger.events(country="UA"), "geojson", open("ua.geojson", "w"))  # doctest: +SKIP
    """
    writers = {"jsonl": _jsonl, "csv": _csv, "geojson": _geojson}
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return writers[fmt](events, out, outlets)


def _record(event: Event, outlets: Mapping[str, list[str]] | None) -> dict[str, Any]:
    record = event.to_dict()
    if outlets is not None:
        record["outlets"] = outlets.get(event.id, [])
    return record


def _jsonl(events: Iterable[Event], out: TextIO, outlets: Mapping[str, list[str]] | None = None) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(_record(event, outlets), ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(event: Event) -> dict[str, Any]:
    """One event as a flat CSV row; absent values are empty cells, reports are joined with spaces."""
    place, target = event.place, event.target
    row: dict[str, Any] = {
        "id": event.id, "kind": event.kind, "weapon": event.weapon, "date": event.date,
        "date_precision": event.date_precision,
        "place_name": place.name if place else None, "place_name_en": place.name_en if place else None,
        "place_as_written": place.as_written if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None, "lat": place.lat if place else None,
        "lon": place.lon if place else None, "precision": place.precision if place else None,
        "target_name": target.name if target else None, "target_category": target.category if target else None,
        "attacker": event.attacker, "defender": event.defender,
        "n_claims": len(event.claims), "reports": " ".join(event.reports),
    }
    for name, figure in event.figures.items():
        if name in FIGURE_NAMES:
            row.update({f"{name}_low": figure.low, f"{name}_best": figure.best, f"{name}_high": figure.high})
    return row


def _csv(events: Iterable[Event], out: TextIO, outlets: Mapping[str, list[str]] | None = None) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS + (("outlets",) if outlets is not None else ()), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        row = csv_row(event)
        if outlets is not None:
            row["outlets"] = "; ".join(outlets.get(event.id, []))
        writer.writerow(row)
        n += 1
    return n


def geojson_feature(event: Event, outlets: Mapping[str, list[str]] | None = None) -> dict[str, Any]:
    """A GeoJSON Feature; an event whose place has no coordinates keeps `geometry: null` (RFC 7946 allows it)."""
    place = event.place
    geometry = None
    if place is not None and place.lat is not None and place.lon is not None:
        geometry = {"type": "Point", "coordinates": [place.lon, place.lat]}
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": _record(event, outlets)}


def _geojson(events: Iterable[Event], out: TextIO, outlets: Mapping[str, list[str]] | None = None) -> int:
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for event in events:
        out.write(("," if n else "") + "\n" + json.dumps(geojson_feature(event, outlets), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
