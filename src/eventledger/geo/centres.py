"""Points for countries and first-level subdivisions, from installed packages, read at build time.

GeoNames gives every country and subdivision its own point, and gazetteers built on it (and the corpora annotated
with it) draw an area there. No installed package ships those points; three ship others, each wrong somewhere:

- `countryinfo` (MIT): a reference point per country in whole degrees (the CIA World Factbook's "geographic
  coordinates": the United States at 38 N 97 W), and its boundary (johan/world.geo.json, from Natural Earth);
- `countrystatecity-countries` (ODbL 1.0): a point per subdivision (a geocoder's centre: New York State on New York
  City, now and then);
- `iso3166-2` (MIT): another point per subdivision (Hawaii on its Big Island).

Rules, each a robust combination of estimates that do not share their errors:

- a country: the midpoint of its reference point and the area centroid of its main landmass, when the two lie
  within `COUNTRY_AGREE_KM`; otherwise (Russia: its area centroid lies in the far north, where no map puts it) the
  reference point alone; without either, the centre of the extent of its places;
- a subdivision: the medoid (the estimate nearest the others) of the two packaged points and the centre of the extent
  of its places, so that one estimate far off is outvoted; with only one packaged point, that point (the centre of
  the area, where the extent of places follows the settled south of a Canadian province).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventledger.geo.distance import km

COUNTRY_AGREE_KM = 500.0

Point = tuple[float, float]


class CentresError(RuntimeError):
    """A package's data could not be read: names the package and the file."""


def package_dir(module: str) -> Path:
    """Where an installed package's files are, without importing it (iso3166_2 imports requests at import time)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise CentresError(f"package {module!r} is not installed: the gazetteer's country and subdivision points "
                           f"are read from it")
    return Path(next(iter(spec.submodule_search_locations)))


def distance_km(a: Point, b: Point) -> float:
    return km(a[0], a[1], b[0], b[1])


def _vector(p: Point) -> tuple[float, float, float]:
    la, lo = math.radians(p[0]), math.radians(p[1])
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


def _point(x: float, y: float, z: float) -> Point:
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 4), round(math.degrees(math.atan2(y, x)), 4)


def midpoint(a: Point, b: Point) -> Point:
    """On the sphere, so that two points either side of the antimeridian meet near it, not at longitude 0."""
    va, vb = _vector(a), _vector(b)
    return _point(*(i + j for i, j in zip(va, vb)))


def medoid(points: Iterable[Point]) -> Point | None:
    """The point nearest to all the others (the first of a tie): one estimate far off does not move it."""
    ps = list(points)
    if not ps:
        return None
    return min(ps, key=lambda p: sum(distance_km(p, q) for q in ps))


def polygon_centroid(polygon: list[list[list[float]]]) -> tuple[float, Point] | None:
    """Area (in square degrees scaled by cos latitude) and centroid of a GeoJSON polygon (outer ring, holes after).

    Triangles fanned from each ring's first vertex, each weighted by its area on the local equal-area plane and
    averaged as unit vectors: close enough for a marker, and right across the antimeridian.
    """
    area, vx, vy, vz = 0.0, 0.0, 0.0, 0.0
    for k, ring in enumerate(polygon):
        if len(ring) < 3:
            continue
        sign = 1.0 if k == 0 else -1.0
        x0, y0 = ring[0][:2]
        ring_area, rx, ry, rz = 0.0, 0.0, 0.0, 0.0
        for (x1, y1, *_), (x2, y2, *_) in zip(ring[1:], ring[2:]):
            cy = (y0 + y1 + y2) / 3
            a = ((x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)) / 2 * math.cos(math.radians(cy))
            v = _vector((cy, (x0 + x1 + x2) / 3))
            ring_area += a
            rx, ry, rz = rx + a * v[0], ry + a * v[1], rz + a * v[2]
        if ring_area < 0:  # either winding order
            ring_area, rx, ry, rz = -ring_area, -rx, -ry, -rz
        area += sign * ring_area
        vx, vy, vz = vx + sign * rx, vy + sign * ry, vz + sign * rz
    if area <= 0:
        return None
    return area, _point(vx, vy, vz)


def _polygons(geojson: object) -> list:
    polys: list = []
    features = geojson.get("features", []) if isinstance(geojson, dict) else []
    for feature in features:
        geometry = (feature or {}).get("geometry") or {}
        if geometry.get("type") == "Polygon":
            polys.append(geometry["coordinates"])
        elif geometry.get("type") == "MultiPolygon":
            polys.extend(geometry["coordinates"])
    return polys


def _package_json(folder: Path, pattern: str, package: str) -> Iterator[Any]:
    """Each JSON file of a data package, in name order; a package with none, or a file that does not parse, is a
    build error naming the file (a broken install must not give a gazetteer with silently missing points)."""
    files = sorted(folder.glob(pattern))
    if not files:
        raise CentresError(f"{folder}: no {pattern} files in the {package} package")
    for path in files:
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CentresError(f"{path}: cannot read {package} data: {exc}") from exc


def country_points() -> dict[str, Point]:
    """ISO alpha-2 -> the country's point by the rule of this module's docstring (countryinfo)."""
    points: dict[str, Point] = {}
    for data in _package_json(package_dir("countryinfo") / "data", "*.json", "countryinfo"):
        iso = ((data.get("ISO") or {}) if isinstance(data, dict) else {}).get("alpha2")
        latlng = data.get("latlng") if isinstance(data, dict) else None
        if not iso or not isinstance(latlng, list) or len(latlng) != 2:
            continue
        reference = (float(latlng[0]), float(latlng[1]))
        shape = data.get("geoJSON")
        if isinstance(shape, str) and shape.strip():
            try:  # stored as a Python literal (single quotes), not as JSON
                shape = ast.literal_eval(shape)
            except (ValueError, SyntaxError):
                shape = None
        parts = [c for c in (polygon_centroid(p) for p in _polygons(shape)) if c]
        point = reference
        if parts:
            main = max(parts, key=lambda c: c[0])[1]
            if distance_km(reference, main) <= COUNTRY_AGREE_KM:
                point = midpoint(reference, main)
        points[iso] = point
    return points


def subdivision_points() -> dict[str, list[Point]]:
    """ISO 3166-2 code ("US-NY") -> the packaged points of the subdivision (countrystatecity, iso3166-2)."""
    out: dict[str, list[Point]] = {}
    folder = package_dir("countrystatecity_countries") / "data" / "by-country"
    for states in _package_json(folder, "*/states.json", "countrystatecity-countries"):
        for s in states if isinstance(states, list) else []:
            try:
                out.setdefault(s["iso3166_2"], []).append((float(s["latitude"]), float(s["longitude"])))
            except (KeyError, TypeError, ValueError):
                continue
    path = package_dir("iso3166_2") / "iso3166-2.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CentresError(f"{path}: cannot read iso3166-2 data: {exc}") from exc
    for subdivisions in data.values() if isinstance(data, dict) else []:
        for code, s in subdivisions.items() if isinstance(subdivisions, dict) else []:
            latlng = (s or {}).get("latLng") if isinstance(s, dict) else None
            if isinstance(latlng, list) and len(latlng) == 2 and all(isinstance(v, (int, float)) for v in latlng):
                out.setdefault(code, []).append((float(latlng[0]), float(latlng[1])))
    return out


def subdivision_point(packaged: list[Point], extent: Point | None) -> Point | None:
    """The rule for a subdivision: the medoid of the packaged points and the extent centre of its places."""
    if len(packaged) >= 2:
        return medoid(packaged[:2] + ([extent] if extent else []))
    if packaged:
        return packaged[0]
    return extent
