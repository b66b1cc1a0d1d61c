"""Wrong dates and incidents that were none (date24). Each report here was written for the test.

1. A night told without its preposition ("всю ночь с воскресенья на понедельник", "всю ніч з неділі на понеділок",
   "all night from Sunday to Monday") is a night phrase like "в ночь с ...": dated by the morning it ends, not by
   the first weekday it names.
"""

import datetime as dt

import pytest

from eventledger.extract import dates

PUBLISHED = dt.date(2025, 3, 10)  # a Monday


# -- 1. a night told without its preposition -------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Очевидцы говорят, что обстрелы шли всю ночь с воскресенья на понедельник.", "ru"),
    ("Жители рассказали, что ночью с воскресенья на понедельник над городом летали дроны.", "ru"),
    ("Мешканці кажуть, що обстріли тривали всю ніч з неділі на понеділок.", "uk"),
    ("Residents said the shelling went on all night from Sunday to Monday.", "en"),
])
def test_a_night_without_its_preposition_is_dated_by_its_morning(text, lang):
    found = dates.find_dates(text, lang, PUBLISHED)
    assert [d.date for d in found] == ["2025-03-10"]
