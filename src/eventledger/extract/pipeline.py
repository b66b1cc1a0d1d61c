"""Extraction of one report: a pure function of (text, publication date, language data, gazetteer).

No database and no network, so the same call serves `eventledger extract`, ingestion, tests and parallel workers.
"""

from __future__ import annotations

from eventledger.extract.breakdowns import air_force_events, find_region_breakdowns, merge_region_breakdowns
from eventledger.extract.dates import find_dates
from eventledger.extract.events import build_events
from eventledger.extract.numbers import find_quantities
from eventledger.geo import Candidate, Gazetteer
from eventledger.lang import SUPPORTED, topic
from eventledger.model import Event, Report


def extract(report: Report, gazetteer: Gazetteer | None = None) -> list[Event]:
    """The events one report tells, each with its claims, in the order the report first tells them."""
    gaz = gazetteer or Gazetteer.load()
    lang = report.language if report.language in SUPPORTED else "en"
    text = report.text
    published = report.published
    places = gaz.find(text, lang)
    quantities = find_quantities(text, lang)
    dates = find_dates(text, lang, published.date() if published else None)
    events = build_events(
        text, lang, report.id, published, places, quantities, dates, _countries(gaz, lang)
    )
    # the two structured formats (per-region breakdowns, air-force nightly summaries) are re-read whole
    if any(e.kind == "interception" for e in events):
        events = merge_region_breakdowns(events, find_region_breakdowns(text, lang, places, quantities, gaz), text)
    events = air_force_events(text, lang, report.id, events, quantities, dates, gaz)
    return sorted(events, key=lambda e: e.anchor)


_COUNTRY_CACHE: dict[tuple[int, str], dict[str, Candidate]] = {}


def _countries(gaz: Gazetteer, lang: str) -> dict[str, Candidate]:
    """Gazetteer entries of the countries the language's adjectives name ("Russian" -> Russia)."""
    key = (id(gaz), lang)
    if key not in _COUNTRY_CACHE:
        names = set(topic(lang, "events").get("demonyms", {}).values())
        found: dict[str, Candidate] = {}
        for name in names:
            candidates = [c for c in gaz.lookup(name, lang=lang) if c.feature == "country"]
            if candidates:
                found[name] = candidates[0]
        _COUNTRY_CACHE[key] = found
    return _COUNTRY_CACHE[key]
