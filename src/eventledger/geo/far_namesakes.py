"""A village read as a far namesake of the one the text means, when the gazetteer lacks the village the text means.

A digest on fighting in Kursk Oblast names Lyubimovka, a Kursk village the gazetteer does not hold; its only Lyubimovka
is a village in Kherson Oblast, in another country, hundreds of kilometres from every other place of the text. Such a village is the one
of the subdivision the text names, placed at that subdivision: the honest coarser level, as for a village named with
its region's adjective.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventledger.geo.centres import distance_km

if TYPE_CHECKING:  # the gazetteer calls this module
    from eventledger.geo.gazetteer import Candidate, PlaceMatch

VILLAGE = 10_000  # a settlement smaller than this may share its name with one the gazetteer lacks
FAR_KM = 200.0  # farther than this from every other place of the text: not the village the text means


def far_villages_in_named_region(matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """`matches` with each small settlement whose every reading lies in another country, far from the text's other
    places, read as the one subdivision the text names by its own name, when it names a town of that subdivision too.
    (A namesake in the same country, "Volga" beside Tatarstan, may be the river or a place told for its own sake.)"""
    out = list(matches)
    for i, match in enumerate(matches):
        cands = match.candidates
        if not cands or any(c.feature != "city" or c.population >= VILLAGE for c in cands):
            continue
        own = {c.place for c in cands}  # the same village said again, in another case ("Любимовка", "в Любимовке")
        others = [m.candidates[0] for m in matches if m.candidates and
                  not {replace(c.place, as_written=None) for c in m.candidates[:1]} & {replace(p, as_written=None) for p in own}]
        regions = {c.admin1_code: c for c in others if c.feature == "admin1"}
        if len(regions) != 1:
            continue
        (region,) = regions.values()
        if not any(o.feature == "city" and o.admin1_code == region.admin1_code for o in others):
            continue  # no town of the subdivision named: the text may not be about it
        if any(c.place.country == region.place.country or c.admin1_code in {o.admin1_code for o in others}
               or _near_any(c, others) for c in cands):
            continue
        out[i] = replace(match, candidates=(replace(region, place=replace(region.place, as_written=match.text)),))
    return out


def _near_any(cand: Candidate, others: list[Candidate]) -> bool:
    return any(distance_km((cand.place.lat, cand.place.lon), (o.place.lat, o.place.lon)) <= FAR_KM for o in others
               if None not in (cand.place.lat, o.place.lat))
