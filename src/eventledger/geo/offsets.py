"""Places given as an offset from a named place: "15 km north of Kupiansk", "near Pokrovsk", "под Курском".

An offset is not the town itself: the point moves by the distance and bearing the text gives (or stays, for "near"),
and the precision becomes `admin2`, an area around the place. The phrases live in lang/<code>/places.yaml
(`offset_patterns`, `offset_directions`, `offset_units`).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from eventledger.geo.distance import EARTH_RADIUS_KM
from eventledger.geo.gazetteer import GazetteerError, PlaceMatch
from eventledger.lang import topic
from eventledger.model import Offset, Place

LOOKBEHIND = 90  # characters before a place name that an offset phrase may take
_AREAS = {"admin1", "country", "sea", "region"}  # an offset from these says nothing finer than the area itself


def move(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point `km` away on a great circle at `bearing_deg` (0 = north, 90 = east)."""
    d, b = km / EARTH_RADIUS_KM, math.radians(bearing_deg)
    la1, lo1 = math.radians(lat), math.radians(lon)
    la2 = math.asin(math.sin(la1) * math.cos(d) + math.cos(la1) * math.sin(d) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(la1), math.cos(d) - math.sin(la1) * math.sin(la2))
    return round(math.degrees(la2), 5), round((math.degrees(lo2) + 540) % 360 - 180, 5)



_LAST_WORD = re.compile(r"(?<!\w)(\w+)\W*$")  # (the look-behind: tried from each word's start only, not each letter)


@lru_cache(maxsize=None)
def _last_words(lang: str) -> frozenset[str]:
    """The words an offset phrase can end with: the language's list and the last word of each direction."""
    data = topic(lang, "places")
    directions = [re.findall(r"\w+", d)[-1] for d in (data.get("offset_directions") or {})]
    return frozenset(w.casefold() for w in [*(data.get("offset_last_words") or []), *directions])


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], ...], dict[str, float], dict[str, float]]:
    data = topic(lang, "places")
    units = {k.casefold(): float(v) for k, v in (data.get("offset_units") or {}).items()}
    directions = {k.casefold(): float(v) for k, v in (data.get("offset_directions") or {}).items()}
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"  # noqa: E731
    compiled = tuple(
        re.compile(p.replace("{units}", alt(units)).replace("{directions}", alt(directions)), re.IGNORECASE)
        for p in data.get("offset_patterns") or []
    )
    return compiled, units, directions


def place_with_offset(text: str, match: PlaceMatch, lang: str = "en") -> Place | None:
    """The place an offset phrase right before `match` describes, or None when there is no such phrase.

    "15 km north of Kupiansk" -> a point 15 km north of Kupiansk, precision admin2, named Kupiansk with the offset
    (15 km, bearing 0) and the text's own words beside; "near Pokrovsk" -> Pokrovsk's point, precision admin2. An offset from an oblast, country or sea gives None (the
    area itself is already the honest answer).
    """
    if not isinstance(text, str) or not isinstance(match, PlaceMatch):
        raise GazetteerError("place_with_offset() needs the text and one PlaceMatch found in it")
    if not match.candidates:
        return None
    base = match.candidates[0].place
    if base.precision in _AREAS or base.lat is None or base.lon is None:
        return None
    patterns, units, directions = _patterns(lang)
    window_start = max(0, match.start - LOOKBEHIND)
    before = text[window_start:match.start]
    last = _LAST_WORD.search(before)
    if not last or last.group(1).casefold() not in _last_words(lang):
        return None  # runs for every place found: most are preceded by no word an offset phrase ends with
    for pattern in patterns:
        found = pattern.search(before)
        if not found:
            continue
        groups = found.groupdict()
        lat, lon = base.lat, base.lon
        km = float(groups["distance"].replace(",", ".")) * units.get((groups.get("unit") or "").casefold(), 1.0) \
            if groups.get("distance") else None
        bearing = directions[groups["direction"].casefold()] if groups.get("direction") else None
        if bearing is not None:
            lat, lon = move(lat, lon, km or 0.0, bearing)
        phrase_start = window_start + found.start() + (len(found.group()) - len(found.group().lstrip()))
        written = " ".join(text[phrase_start:match.end].split())
        return replace(base, as_written=written, lat=lat, lon=lon, precision="admin2", geonames_id=None, iata=None,
                       icao=None, name_en=base.name_en or base.name, offset=Offset(km, bearing))
    return None
