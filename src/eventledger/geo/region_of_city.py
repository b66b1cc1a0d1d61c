"""A region told by the name of the city it is named after and a word for a region the gazetteer has no name with:
"the Krasnodar Territory", "the Stavropol Territory", "the Kursk border region", "Khabarovsk Krai".

The gazetteer knows "Krasnodar region" and "Krasnodar Krai" as the region, but reads "Krasnodar Territory" (TASS's word
for a krai) or "the Kursk border region" (a word between the name and "region") as the city of the name, which proposes
an event in the city, 40 to 250 km from where the report's incident was, and a second event beside the town's it
named. A city read right before one of `region_after_city` (lang/<code>/places.yaml) is its subdivision instead, when
that subdivision is called after it (its English name opens with the city's name as written). Russian and Ukrainian
name such a region by an adjective and "край"/"область", which the gazetteer reads: no words there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger.lang import topic

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import Gazetteer, PlaceMatch

STEM = 4  # the letters of the city's name the region's name must open with ("Kursk" / "Kursk Oblast")


def regions_named_by_their_city(matches: list[PlaceMatch], text: str, lang: str,
                                gazetteer: Gazetteer) -> list[PlaceMatch]:
    """`matches` with each city told as its region ("the Krasnodar Territory") read as that region."""
    after = _region_after(lang)
    if after is None:
        return matches
    out = []
    for m in matches:
        best = m.candidates[0] if m.candidates else None
        if best is not None and best.feature == "city" and best.place.country and best.admin1_code \
                and after.match(text, m.end):
            region = gazetteer.admin1(best.place.country, best.admin1_code)
            stem = m.text.split()[0][:STEM].casefold()
            if region is not None and len(stem) == STEM and (region.place.name_en or region.place.name).casefold() \
                    .startswith(stem):
                m = replace(m, candidates=(region,))
        out.append(m)
    return out


@cache
def _region_after(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "places").get("region_after_city") or []
    return re.compile(rf"\s+(?:{'|'.join(words)})\b") if words else None
