"""An incident told at "the capital" with no name ("уламки пошкодили інфраструктуру столиці", "explosions in the
capital") is in the capital of the country the report is about: the country most of its places lie in. Without this
the incident has no place, or takes the place of whatever else the report tells."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from eventledger.geo import Gazetteer, PlaceMatch
from eventledger.lang import load
from eventledger.model import Event


def at_the_capital(events: list[Event], text: str, lang: str, places: list[PlaceMatch], gaz: Gazetteer) -> list[Event]:
    """The events with no place whose quotes speak of the capital, placed at the capital of the report's country."""
    pattern = _capital_words(lang)
    if pattern is None or not any(_unplaced(e) for e in events):
        return events
    countries = Counter(m.candidates[0].place.country for m in places if m.candidates and m.candidates[0].place.country)
    capital = gaz.capital(countries.most_common(1)[0][0]) if countries else None
    if capital is None:
        return events
    return [replace(e, place=capital.place) if _unplaced(e) and any(pattern.search(c.quote) for c in e.claims) else e
            for e in events]


def tells_the_capital(quotes: list[str], lang: str) -> bool:
    """Whether any of the quotes speaks of the capital unnamed (the place `at_the_capital` gives it later)."""
    pattern = _capital_words(lang)
    return pattern is not None and any(q and pattern.search(q) for q in quotes)


def _unplaced(e: Event) -> bool:
    return e.place is None and not e.areas


@cache
def _capital_words(lang: str) -> re.Pattern[str] | None:
    words = (load(lang).get("place_roles") or {}).get("capital_words") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})", re.IGNORECASE) if words else None
