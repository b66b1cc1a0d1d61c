"""A night named by the weekday before it ("on Friday night") is dated by the morning it ends on, as ANNOTATION.md
dates "overnight" and "the night of 16-17 May" (issue 10, second round on dates)."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.dates import find_dates
from eventledger.extract.pipeline import extract
from eventledger.model import Report

SATURDAY = datetime(2025, 3, 8, 9, 0, tzinfo=timezone.utc)


def test_a_strike_on_friday_night_is_dated_saturday(gazetteer):
    text = ("Russian drones attacked Odesa on Friday night, damaging a warehouse and injuring two people, the regional "
            "governor said on Saturday.")
    events = extract(Report(text=text, published=SATURDAY, language="en"), gazetteer)
    assert [(e.kind, e.date) for e in events] == [("strike", "2025-03-08")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Air defence downed two missiles on Friday morning.", "en", "2025-03-07"),  # a morning is its own day
    ("Air defence downed two missiles on Friday night.", "en", "2025-03-08"),
    ("В ночь на субботу ПВО сбила две ракеты.", "ru", "2025-03-08"),  # the night phrase names the morning itself
    ("У ніч на суботу ППО збила дві ракети.", "uk", "2025-03-08"),
])
def test_a_night_is_its_morning_and_a_morning_its_day(text, lang, expected):
    assert [m.date for m in find_dates(text, lang, SATURDAY.date())] == [expected]


def test_friday_night_told_on_friday_is_never_dated_after_publication():
    friday = datetime(2025, 3, 7).date()
    assert [m.date for m in find_dates("Explosions were heard on Friday night.", "en", friday)] == ["2025-03-07"]
