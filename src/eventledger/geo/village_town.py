"""A village the gazetteer lacks, placed near the one town or district the report names around it.

`unlisted_villages` and `focus` read a village the gazetteer lacks ("сёла Белянка и Мешковое", "the village of
Murom") as a settlement of its own placed at the report's subdivision (precision admin1): the region's centre, often
60 to 100 km from the village. When every other place the report names in that subdivision lies in one small area
(a town and its district: "Шебекинский округ ... город Шебекино"; a town and the villages around it), the village is
in that area too, as a reader takes it: it is placed at that area's district, else its largest town (precision admin2,
the honest level: somewhere in that district). It keeps its own name, so it stays a place of its own. A report whose
places in the subdivision lie far apart, or that names none, leaves the village at the subdivision.
"""

from __future__ import annotations

from dataclasses import replace

from eventledger.geo.distance import km
from eventledger.geo.gazetteer import Candidate, PlaceMatch

AREA_KM = 30.0  # places of a report all within this of one another are one area: a town, its district, its villages


def villages_at_their_town(matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """The matches with each village placed at a subdivision moved to the one area the report names in it."""
    out = []
    for m in matches:
        village = m.candidates[0] if m.candidates else None
        if village is not None and _unplaced_village(village) and (town := _one_area(matches, village)) is not None:
            m = replace(m, candidates=(_placed_at(village, town), *m.candidates[1:]))
        out.append(m)
    return out


def _unplaced_village(c: Candidate) -> bool:
    """A settlement the gazetteer lacks, standing at its subdivision's point."""
    return c.feature == "city" and c.place.precision == "admin1" and c.place.geonames_id is None


def _one_area(matches: list[PlaceMatch], village: Candidate) -> Candidate | None:
    """The district (else the largest town) of the places the report names in the village's subdivision, when they
    all lie within AREA_KM of one another; else None."""
    inside = [c for m in matches if m.candidates and (c := m.candidates[0]).feature in ("city", "admin2")
              and c.place.geonames_id is not None and c.place.precision in ("city", "admin2")
              and c.admin1_code == village.admin1_code and c.place.country == village.place.country
              and c.place.lat is not None and c.place.lon is not None]
    if not inside or any(km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) > AREA_KM  # type: ignore[arg-type]
                         for a in inside for b in inside):
        return None
    districts = [c for c in inside if c.feature == "admin2"]
    return districts[0] if districts else max(inside, key=lambda c: c.population)


def _placed_at(village: Candidate, area: Candidate) -> Candidate:
    place = replace(village.place, lat=area.place.lat, lon=area.place.lon, precision="admin2")
    return replace(village, place=place)
