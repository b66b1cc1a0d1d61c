"""Events as map features and CSV rows: the light shapes the map and spreadsheets read."""

from __future__ import annotations

from typing import Any

from eventledger.export import CSV_COLUMNS, csv_row
from eventledger.model import Event

# How far from the stored point the event may have been, by how precisely the place is known. An oblast-level
# event is somewhere in the oblast, not at its centre: Ukrainian oblasts and most Russian regions span 150-300 km,
# so 100 km is the radius of a typical one; a country-level place says little more than the country.
RADIUS_KM: dict[str, float] = {
    "point": 0.5, "city": 5, "admin2": 25, "admin1": 100, "region": 300, "country": 500, "sea": 150,
}

CSV_HEADER: tuple[str, ...] = (*CSV_COLUMNS, "outlets")


def feature(row: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature from a flat event row (`query.select_event_rows`); null geometry without coordinates."""
    lat, lon = row.pop("lat"), row.pop("lon")
    row["radius_km"] = RADIUS_KM.get(row["precision"]) if row["precision"] else None
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": row}


def event_record(event: Event, outlets: list[str]) -> dict[str, Any]:
    """The SCHEMA.md record with the outlets that published its reports, how many claims it rests on."""
    record = event.to_dict()
    record["outlets"] = outlets
    record["claim_count"] = len(event.claims)
    return record


def csv_record(event: Event, outlets: list[str]) -> dict[str, Any]:
    row = csv_row(event)
    row["outlets"] = "; ".join(outlets)
    return row
