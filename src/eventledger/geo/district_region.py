"""A district told with its region beside it is that region's district: "в Троицком районе Луганской
области", "in Kaluga region's Dzerzhinsky district", "the Glushkovsky district of the Kursk region".

Districts share their names across regions (a Troitsky district lies in Altai Krai, Chelyabinsk Oblast and the
Luhansk region; a Dzerzhinsky one in Krasnoyarsk Krai, Kaluga Oblast and Belarus), and the gazetteer's first reading
of a district's name is often another region's. When the report names the region right beside the district, the
district is the one in that region; when the gazetteer has none of that name there, the place is the region itself
(the honest coarser level, as for a village the gazetteer lacks), not a district hundreds of kilometres away, nor the
report's city (`focus.city_districts`, which reads a district named alone as a quarter of the city the report is
about, would otherwise take a far district for one: a report filed in Moscow on the Luhansk region).

The words between a district and its region are per language (`district_region_gap` in lang/<code>/place_roles.yaml:
`after`, the region right after the district; `before`, the region right before it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger.lang import topic

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import Candidate, Gazetteer, PlaceMatch


def districts_beside_their_region(matches: list[PlaceMatch], text: str, lang: str,
                                  gazetteer: Gazetteer) -> list[PlaceMatch]:
    """`matches` (sorted by start) with each district read in another region than the one named right beside it
    read as that region's district of the same name, or as the region when the gazetteer has none there."""
    after, before = _gaps(lang)
    if after is None and before is None:
        return matches
    out = list(matches)
    for i, match in enumerate(matches):
        best = match.candidates[0] if match.candidates else None
        if best is None or best.feature != "admin2":
            continue
        region = _region_beside(matches, i, text, after, before)
        if region is None or (region.admin1_code == best.admin1_code and region.place.country == best.place.country):
            continue
        inside = [c for c in match.candidates if c.feature == "admin2" and c.admin1_code == region.admin1_code]
        if not inside:
            try:
                inside = [c for c in gazetteer.lookup(best.place.key, lang="en", admin1=region.admin1_code)
                          if c.feature == "admin2" and c.place.country == region.place.country]
            except Exception:  # noqa: BLE001 - a name the gazetteer refuses to look up: the region stands
                inside = []
        chosen = inside[0] if inside else region
        out[i] = replace(match, candidates=(replace(chosen, place=replace(chosen.place, as_written=match.text)),))
    return out


def _region_beside(matches: list[PlaceMatch], i: int, text: str, after: re.Pattern[str] | None,
                   before: re.Pattern[str] | None) -> Candidate | None:
    """The region (admin1) named right after the district, else right before it, with only the gap words between."""
    district = matches[i]
    if after is not None and i + 1 < len(matches):
        nxt = matches[i + 1]
        if _is_region(nxt) and after.fullmatch(text, district.end, nxt.start):
            return nxt.candidates[0]
    if before is not None and i > 0:
        prev = matches[i - 1]
        if _is_region(prev) and before.fullmatch(text, prev.end, district.start):
            return prev.candidates[0]
    return None


def _is_region(match: PlaceMatch) -> bool:
    return bool(match.candidates) and match.candidates[0].feature == "admin1"


@cache
def _gaps(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = (topic(lang, "place_roles") or {}).get("district_region_gap") or {}

    def joined(key: str) -> re.Pattern[str] | None:
        words = data.get(key) or []
        return re.compile("|".join(f"(?:{w})" for w in words)) if words else None

    return joined("after"), joined("before")
