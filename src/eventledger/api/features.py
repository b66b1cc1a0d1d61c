"""Events as map features and CSV rows: the light shapes the map and spreadsheets read."""

from __future__ import annotations

from typing import Any

from eventledger.export import CSV_COLUMNS, csv_row
from eventledger.model import FIGURE_NAMES, Event

# How far from the stored point the event may have been, by how precisely the place is known. An oblast-level
# event is somewhere in the oblast, not at its centre: Ukrainian oblasts and most Russian regions span 150-300 km,
# so 100 km is the radius of a typical one; a country-level place says little more than the country.
RADIUS_KM: dict[str, float] = {
    "point": 0.5, "city": 5, "admin2": 25, "admin1": 100, "region": 300, "country": 500, "sea": 150,
}

CSV_HEADER: tuple[str, ...] = (*CSV_COLUMNS, "outlets")


def feature(row: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature from an event's own columns (`query.select_event_rows`); null geometry without coordinates."""
    place = row["place"] or {}
    target = row["target"] or {}
    figures = row["figures"] or {}
    precision = place.get("precision")
    properties: dict[str, Any] = {
        "id": row["id"], "kind": row["kind"], "date": row["date"], "date_precision": row["date_precision"],
        "place_name": place.get("name"), "admin1": row["admin1"], "country": row["country"], "precision": precision,
        "radius_km": RADIUS_KM.get(precision) if precision else None,
        "weapon": row["weapon"], "target": target.get("name"), "target_category": target.get("category"),
        "background": row["background"],
    }
    for name in FIGURE_NAMES:
        figure = figures.get(name)
        properties[name] = figure.get("best") if isinstance(figure, dict) else None
    geometry = None
    if row["lat"] is not None and row["lon"] is not None:
        geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": properties}


def event_record(event: Event, outlets: list[str]) -> dict[str, Any]:
    """The SCHEMA.md record with the outlets that published its reports and how many claims it rests on."""
    record = event.to_dict()
    record["outlets"] = outlets
    record["claim_count"] = len(event.claims)
    return record


def csv_record(event: Event, outlets: list[str]) -> dict[str, Any]:
    row = csv_row(event)
    row["outlets"] = "; ".join(outlets)
    return row
