"""How the report-class tests read a report they wrote: one publication time, and events told as (kind, place) and
figure bests, so that each test reads like the report and what it must give."""

from collections.abc import Callable
from datetime import datetime, timezone

from eventledger.extract.attribution import Source, SourceBook
from eventledger.extract.pipeline import extract
from eventledger.extract.segment import Span
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


def bounds(e: Event, name: str) -> tuple[int, int, int | None]:
    """A figure's low, best and high, as a test compares them in one line."""
    f = e.figures[name]
    return f.low, f.best, f.high


def casualty_event(events: list[Event]) -> Event:
    """The report's one strike or shelling (a test's report tells exactly one)."""
    (e,) = [e for e in events if e.kind in ("strike", "shelling")]
    return e


def sources(e: Event, figure: str) -> set[str | None]:
    """Who the event's claims of one figure are credited to."""
    return {c.source for c in e.claims if c.figure == figure}


def speaker(text: str, lang: str, book: SourceBook | None = None) -> tuple[SourceBook, Source]:
    """The speaker a report's one sentence is credited to, and the book of sources that read it (pass it on to read
    the next sentence as the report's continuation)."""
    book = book or SourceBook(text, lang)
    span = Span(0, len(text), text)
    return book, book.speaker(span, span)
