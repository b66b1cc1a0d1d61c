"""Work that ingest used to repeat or throw away is done once or skipped, with the same answers (speed15)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.extract.figures import find_figures
from eventledger.extract.numbers import find_quantities
from eventledger.extract.segment import Span
from eventledger.model import Report
from eventledger.resolve import _parts_of_day
from eventledger.store.editions import _DAY_IDS, EDITION_WINDOW, _edition_ids


def test_a_capital_is_looked_up_once_a_country(gazetteer) -> None:  # noqa: ANN001 - the conftest fixture
    first = gazetteer.capital("ua")
    assert first is not None and first.place.name == "Kyiv"
    assert gazetteer.capital("UA") is first  # kept: the query scans every entity


def test_a_dated_report_has_one_bound_parameter_for_each_edition_id() -> None:
    """`stored_as` looks the 16 ids up with one parameter each; a different window would fall back to the list."""
    report = Report(text="Two drones were shot down over the town.", published=datetime(2026, 3, 5, 7, tzinfo=timezone.utc))
    reach = 2 * EDITION_WINDOW.days + 1
    days = [report.published.date() + timedelta(days=d) for d in range(-reach, reach + 1)]
    assert len(_edition_ids(report.text, days)) == len(_DAY_IDS)


def test_the_parts_of_the_day_are_the_same_when_asked_again() -> None:
    text = "The village was shelled overnight and again in the evening."
    assert _parts_of_day(text) == _parts_of_day(text) == frozenset({"night", "evening"})


def test_ages_after_a_plural_noun_still_count_one_person_each() -> None:
    """The age-list loop now runs only where `ages_after` matches at all: "women aged 33 and 71" is still two."""
    text = "Women aged 33 and 71 were injured in the strike."
    clause = Span(0, len(text), text)
    figures = find_figures(clause, find_quantities(text, "en"), "en")
    assert [(m.figure, m.value) for m in figures if m.figure == "injured"] == [("injured", 2)]
