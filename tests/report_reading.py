"""How the report-class tests read a report they wrote: one publication time, and events told as (kind, place) and
figure bests, so that each test reads like the report and what it must give."""

from collections.abc import Callable
from datetime import datetime, timezone

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Event, Report

PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)


def reader(gazetteer: Gazetteer) -> Callable[..., list[Event]]:
    def read(text: str, lang: str = "en") -> list[Event]:
        return extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    return read


def figures(e: Event) -> dict[str, int]:
    return {name: f.best for name, f in e.figures.items()}


def kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.kind, e.place.key if e.place else None) for e in events]
