"""A village read as a far namesake of the one the text means, when the gazetteer lacks the village the text means.

A digest on fighting in Kursk Oblast names Lyubimovka, a Kursk village the gazetteer does not hold; its only Lyubimovka
is a village in Kherson Oblast, in another country, hundreds of kilometres from every other place of the text. Such a village is the one
of the subdivision the text names, placed at that subdivision: the honest coarser level, as for a village named with
its region's adjective.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from eventledger.geo.distance import between, km

if TYPE_CHECKING:  # the gazetteer calls this module
    from eventledger.geo.gazetteer import Candidate, PlaceMatch, _Row
    from eventledger.model import Place

VILLAGE = 10_000  # a settlement smaller than this may share its name with one the gazetteer lacks
FAR_KM = 200.0  # farther than this from every other place of the text: not the village the text means
ALTERNATE_FAR_KM = 800.0  # a place named only by an alternate name this far from every other place: not the one meant
_POINTLESS = {"country", "sea", "area"}  # too large for a distance to say anything


def far_villages_in_named_region(matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """`matches` with each small settlement whose every reading lies in another country, far from the text's other
    places, read as the one subdivision the text names by its own name, when it names a town of that subdivision too.
    (A namesake in the same country, "Volga" beside Tatarstan, may be the river or a place told for its own sake.)"""
    out = list(matches)
    firsts: list[Place | None] | None = None  # each match's first reading, as written nowhere: worked out once
    for i, match in enumerate(matches):
        cands = match.candidates
        if not cands or any(c.feature != "city" or c.population >= VILLAGE for c in cands):
            continue
        own = {c.place for c in cands}  # the same village said again, in another case ("Любимовка", "в Любимовке")
        if firsts is None:
            firsts = [replace(m.candidates[0].place, as_written=None) if m.candidates else None for m in matches]
        own_places = {replace(p, as_written=None) for p in own}
        others = [m.candidates[0] for m, first in zip(matches, firsts) if m.candidates and first not in own_places]
        regions = {c.admin1_code: c for c in others if c.feature == "admin1"}
        if len(regions) != 1:
            continue
        (region,) = regions.values()
        if not any(o.feature == "city" and o.admin1_code == region.admin1_code for o in others):
            continue  # no town of the subdivision named: the text may not be about it
        # another far village vouches for none ("Новоивановка" and "Любимовка" of a Kursk digest, both read in
        # Ukraine's south): only the places of the region's country and the larger towns do
        firm = [o for o in others if not (o.feature == "city" and o.population < VILLAGE
                                          and o.place.country != region.place.country)]
        if any(c.place.country == region.place.country or c.admin1_code in {o.admin1_code for o in firm}
               or _near_any(c, firm) for c in cands):
            continue
        out[i] = replace(match, candidates=(village_at(region, match.text, cands[0].place.name,
                                                       cands[0].place.name_en),))
    return out


def village_at(region: Candidate, written: str, name: str, name_en: str | None = None) -> Candidate:
    """A village the gazetteer lacks in `region`, called `name` (its namesake's name, or the nominative of the text's
    words), placed at `region` (precision admin1, the honest level): a settlement of its own, not the region itself.
    Read as the region, its incident would fold into another told there (same_incident's rule 3: "штурм Мартыновки"
    into the fighting at Sudzha told before it, "В селе Муром повреждены два дома" into Shebekino's strike), and two
    such villages would become one region. The one maker of such villages: `focus`, `far_villages_in_named_region` and
    the gazetteer's villages held at their qualifier ("Ильинка в ДНР") all call it."""
    village = replace(region.place, name=name, name_en=name_en, as_written=written,
                      geonames_id=None, iata=None, icao=None)
    return replace(region, place=village, feature="city", population=0, capital=False)


def _near_any(cand: Candidate, others: list[Candidate]) -> bool:
    return any(km(cand.place.lat, cand.place.lon, o.place.lat, o.place.lon) <= FAR_KM for o in others
               if None not in (cand.place.lat, o.place.lat))


def far_alternates(tops: list[tuple[_Row, int] | None], own: int, initials: AbstractSet[int] = frozenset()) -> set[int]:
    """The indices of `tops` (each name's best reading and the quality of the name that found it, None for a name
    with no reading) read only by an alternate name, in a country the text names neither by its name nor by another
    place, further than ALTERNATE_FAR_KM from every place the text names by its own name.

    GeoNames lists for a town the spellings of many languages: "Gul" (Gulu, Uganda), "Ради" (Radom), "Усі" (Wuxi). In
    a report on Waziristan or Kryvyi Rih such a word is a person's name, the Rada or "all", not that town. A place named
    by its own name ("Kiev", "Dnipro") stands wherever it is; so does one in a country the text names (Kaluga beside
    Krasnodar, both named by their Russian alternates in a Russian report; Sanaa in a report naming Yemen). Unlike in
    `focus.in_focus`, a town's size does not save it: only here is it known how the name was found."""
    firm = [(i, row.lat, row.lon) for i, top in enumerate(tops) if top is not None and top[1] >= own
            for row in (top[0],) if row.feature not in _POINTLESS and row.lat is not None and row.lon is not None]
    distant = set()
    for i, top in enumerate(tops):
        if top is None or top[1] >= own or top[0].feature not in _PLACES or top[0].lat is None or top[0].lon is None:
            continue
        row = top[0]
        others = [(lat, lon) for j, lat, lon in firm if j != i]
        if others and all(km(row.lat, row.lon, *p) > ALTERNATE_FAR_KM for p in others):
            distant.add(i)
    # another place of the same country vouches for one, unless it is as far and as weakly named itself: "Kin" and
    # "Kan" (two Chinese cities' alternates) in a report on Mon State vouch for nothing; nor does a country told only
    # by its initials (`initials`: "U.S. forces", "the US military" say who acts, not where): "Garrison" and "Qari",
    # alternates of Harrison, New Jersey, and Gary, Indiana, in reports on Syria and Waziristan
    return {i for i in distant if not any(
        other is not None and j != i and j not in distant and j not in initials
        and other[0].id != tops[i][0].id and other[0].country == tops[i][0].country  # type: ignore[index]
        for j, other in enumerate(tops))}


_PLACES = {"city", "airport"}  # a district's alternates are its own name without "District", "Raion"
