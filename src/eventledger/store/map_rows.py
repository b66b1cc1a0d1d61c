"""The few columns the map page draws an event from, for every event at once.

The page loads the whole ledger's events when it opens and filters them itself; a full GeoJSON feature (13
figures, target, weapon) made that 5 MB for 10,000 events and most of the page's wait. The panel asks for the
full event when one is opened, so the map needs only where, what, when and how large.
"""

from __future__ import annotations

from typing import Any

from eventledger.store import query as qy
from eventledger.store import schema as t
from eventledger.store.ledger import Ledger

COLUMNS: tuple[str, ...] = (
    "id", "lon", "lat", "kind", "date", "place", "country", "precision", "killed", "injured", "background",
    "place_en",
)


def select_map_rows(
    ledger: Ledger, f: qy.EventFilter = qy.EventFilter(), *, limit: int = 100_000, cursor: str | None = None,
) -> qy.Page:
    """Rows of `COLUMNS`, newest first: the place is its name (in the report's language), else its first-level region, and `place_en` the place's
    English name when the gazetteer has one; coordinates are
    rounded to 5 decimals (about a metre); killed and injured are the figures' bests (None when not reported)."""
    e = t.events.c
    columns = [
        e.id, e.lon, e.lat, e.kind, e.date,
        e.place["name"].as_string(), e.admin1, e.country, e.place["precision"].as_string(),
        e.figures[("killed", "best")].as_integer(), e.figures[("injured", "best")].as_integer(), e.background,
        e.place["name_en"].as_string(),
    ]
    with ledger._read() as conn:
        rows, next_cursor = qy._select_ids(conn, f, "-date", limit, cursor, columns)
    return qy.Page([_row(*row) for row in rows], next_cursor)


def _row(id_: str, lon: float | None, lat: float | None, kind: str, date: str | None, place: str | None,
         admin1: str | None, country: str | None, precision: str | None, killed: int | None, injured: int | None,
         background: bool, place_en: str | None) -> list[Any]:
    return [id_, None if lon is None else round(lon, 5), None if lat is None else round(lat, 5), kind, date,
            place or admin1, country, precision, killed, injured, bool(background), place_en]
