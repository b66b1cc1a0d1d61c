"""A month told with "last year" after it ("в ноябре прошлого года", "у листопаді минулого року", "in November last
year") is that month of the year before publication, not the last such month up to it (issue 10, dates)."""

from datetime import date

import pytest

from eventledger.extract.dates import find_dates


@pytest.mark.parametrize("text, lang, expected", [
    ("Впервые такие дроны применили в ноябре прошлого года, а в марте их снова сбили.", "ru", ["2023-11", "2024-03"]),
    ("Вперше такі дрони застосували у листопаді минулого року, а в березні їх знову збили.", "uk",
     ["2023-11", "2024-03"]),
    ("Such drones were first used in November last year and downed again in March.", "en", ["2023-11", "2024-03"]),
])
def test_a_month_of_last_year_is_a_year_back(text, lang, expected):
    assert [m.date for m in find_dates(text, lang, date(2024, 11, 5))] == expected


def test_a_month_after_publication_last_year_is_still_last_year():
    assert [m.date for m in find_dates("В декабре прошлого года завод атаковали.", "ru", date(2024, 11, 5))] == [
        "2023-12"]
