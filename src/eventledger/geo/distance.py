"""Great-circle distance: one definition for every stage that compares places (gazetteer, extraction, resolution,
evaluation), so that a threshold such as "within 25 km" means the same thing in each of them."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventledger.model import Place

EARTH_RADIUS_KM = 6371.0088  # the IUGG mean radius


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def between(a: Place, b: Place) -> float | None:
    """Distance between two places, or None when either has no coordinates (a place named but not found)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return km(a.lat, a.lon, b.lat, b.lon)
