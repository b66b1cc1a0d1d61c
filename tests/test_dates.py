"""Dates as reports write them, in English, Russian and Ukrainian, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventledger.extract.dates import DateInputError, DateMention, date_spans, find_dates, resolve_date

TUESDAY = dt.date(2025, 7, 1)  # a Tuesday morning report


def dates(text: str, lang: str, published: dt.date | None = TUESDAY) -> list[tuple[str, str, str, bool]]:
    return [(m.text, m.date, m.precision, m.relative) for m in find_dates(text, lang, published)]


@pytest.mark.parametrize(
    ("phrase", "lang", "date", "precision"),
    [
        ("1 July 2025", "en", "2025-07-01", "day"),
        ("July 1, 2025", "en", "2025-07-01", "day"),
        ("2025-07-01", "en", "2025-07-01", "day"),
        ("01.07.2025", "en", "2025-07-01", "day"),
        ("in November 2024", "en", "2024-11", "month"),
        ("in 2023", "en", "2023", "year"),
        ("1 июля 2025 года", "ru", "2025-07-01", "day"),
        ("в ноябре 2024 года", "ru", "2024-11", "month"),
        ("в 2023 году", "ru", "2023", "year"),
        ("01.07.2025", "ru", "2025-07-01", "day"),
        ("1 липня 2025 року", "uk", "2025-07-01", "day"),
        ("у листопаді 2024 року", "uk", "2024-11", "month"),
        ("у 2023 році", "uk", "2023", "year"),
    ],
)
def test_absolute_dates_need_no_publication_date(phrase: str, lang: str, date: str, precision: str):
    mention = resolve_date(phrase, lang, None)
    assert mention is not None and (mention.text, mention.date, mention.precision, mention.relative) == (
        phrase, date, precision, False
    )


def test_day_and_month_take_the_publication_year():
    assert dates("Drones struck on 28 June and again on July 1.", "en") == [
        ("28 June", "2025-06-28", "day", True),
        ("July 1", "2025-07-01", "day", True),
    ]
    # A date well after publication belongs to the year before; a day or two ahead is a time-zone matter.
    assert resolve_date("3 December", "en", dt.date(2025, 1, 5)).date == "2024-12-03"
    assert resolve_date("6 January", "en", dt.date(2025, 1, 5)).date == "2025-01-06"
    assert dates("Drones struck on 28 June.", "en", None) == []


def test_nights_are_dated_by_the_morning_they_end():
    text = "On the night of 16-17 November and on the night of June 30 to July 1, and in the early hours of 1 July."
    assert dates(text, "en") == [
        ("On the night of 16-17 November", "2024-11-17", "day", True),
        ("on the night of June 30 to July 1", "2025-07-01", "day", True),
        ("in the early hours of 1 July", "2025-07-01", "day", True),
    ]
    assert dates("Air defence was active overnight; residents heard blasts last night.", "en") == [
        ("overnight", "2025-07-01", "day", True),
        ("last night", "2025-07-01", "day", True),
    ]


def test_russian_nights_and_relative_words():
    text = (
        "В ночь на 1 июля сбиты дроны. В ночь с 30 июня на 1 июля, этой ночью и вчера вечером звучали взрывы; "
        "накануне губернатор сообщил, а сегодня утром подтвердил. В ночь с пятницы на субботу было тихо."
    )
    assert dates(text, "ru") == [
        ("В ночь на 1 июля", "2025-07-01", "day", True),
        ("В ночь с 30 июня на 1 июля", "2025-07-01", "day", True),
        ("этой ночью", "2025-07-01", "day", True),
        ("вчера вечером", "2025-06-30", "day", True),
        ("накануне", "2025-06-30", "day", True),
        ("сегодня утром", "2025-07-01", "day", True),
        ("В ночь с пятницы на субботу", "2025-06-28", "day", True),
    ]
    assert dates("Ночью и утром было громко, вчера тоже.", "ru") == [
        ("Ночью", "2025-07-01", "day", True),
        ("утром", "2025-07-01", "day", True),
        ("вчера", "2025-06-30", "day", True),
    ]


def test_ukrainian_nights_and_relative_words():
    text = (
        "У ніч на 1 липня та в ніч проти 1 липня лунали вибухи. Вночі, цієї ночі, сьогодні і вчора працювала ППО; "
        "напередодні влада попередила. Атака 1 липня."
    )
    assert dates(text, "uk") == [
        ("У ніч на 1 липня", "2025-07-01", "day", True),
        ("в ніч проти 1 липня", "2025-07-01", "day", True),
        ("Вночі", "2025-07-01", "day", True),
        ("цієї ночі", "2025-07-01", "day", True),
        ("сьогодні", "2025-07-01", "day", True),
        ("вчора", "2025-06-30", "day", True),
        ("напередодні", "2025-06-30", "day", True),
        ("1 липня", "2025-07-01", "day", True),
    ]


@pytest.mark.parametrize(
    ("phrase", "lang", "date"),
    [
        ("on Tuesday", "en", "2025-07-01"),  # the publication day itself is a Tuesday
        ("on Sunday", "en", "2025-06-29"),
        ("on Wednesday night", "en", "2025-06-26"),  # a night is dated by its morning (ANNOTATION.md)
        ("во вторник", "ru", "2025-07-01"),
        ("в субботу", "ru", "2025-06-28"),
        ("у вівторок", "uk", "2025-07-01"),
        ("у пʼятницю", "uk", "2025-06-27"),
        ("у п'ятницю", "uk", "2025-06-27"),
    ],
)
def test_weekdays_are_the_latest_on_or_before_publication(phrase: str, lang: str, date: str):
    assert resolve_date(phrase, lang, TUESDAY) == DateMention(0, len(phrase), phrase, date, "day", True)


def test_weeks_are_dated_by_their_monday():
    assert dates("Earlier this week and last week drones flew.", "en") == [
        ("Earlier this week", "2025-06-30", "week", True),
        ("last week", "2025-06-23", "week", True),
    ]
    assert resolve_date("на прошлой неделе", "ru", TUESDAY).date == "2025-06-23"
    assert resolve_date("минулого тижня", "uk", TUESDAY).date == "2025-06-23"


def test_a_bare_month_takes_the_latest_one():
    assert dates("Strikes began in May and again in November.", "en") == [
        ("in May", "2025-05", "month", True),
        ("in November", "2024-11", "month", True),
    ]
    assert resolve_date("в ноябре", "ru", TUESDAY).date == "2024-11"
    assert resolve_date("у червні", "uk", TUESDAY).date == "2025-06"


def test_relative_phrases_need_a_publication_date():
    for text, lang in [("overnight and yesterday, on Tuesday", "en"), ("этой ночью, вчера", "ru"), ("вночі, вчора", "uk")]:
        assert find_dates(text, lang, None) == []


def test_nonsense_dates_are_ignored_not_raised():
    assert dates("On 32 July, on 31 June, on 2025-13-45 and on 45.13.2025 nothing happened.", "en") == []
    assert dates("32 июля и 30 февраля", "ru") == []
    assert dates("2 may have died", "en") == []  # "may" is no month in lower case


def test_spans_for_the_number_finder_cover_invalid_dates_too():
    text = "On 32 July 2025 and 2025-13-45"
    assert [text[s:e] for s, e in date_spans(text, "en")] == ["32 July 2025", "2025-13-45"]


def test_a_datetime_publication_counts_by_its_date():
    published = dt.datetime(2025, 7, 1, 6, 30, tzinfo=dt.timezone.utc)
    assert resolve_date("yesterday", "en", published).date == "2025-06-30"


def test_bad_input_is_named():
    with pytest.raises(DateInputError, match="published must be a date"):
        find_dates("yesterday", "en", "2025-07-01")  # type: ignore[arg-type]
    with pytest.raises(DateInputError, match="text must be a string"):
        find_dates(b"yesterday", "en", TUESDAY)  # type: ignore[arg-type]




def test_two_readings_of_the_same_words_give_one_date_whatever_the_hash_seed():
    """ "late on Friday night" is both a weekday's night after it and a night phrase opened by "late on": the weekday's
    night (dated by Saturday's morning) is taken, in every process, not whichever a set happened to list first."""
    import os
    import subprocess
    import sys

    code = ("import datetime as dt; from eventledger.extract.dates import find_dates; "
            "print(find_dates('Two people died late on Friday night when a drone hit a depot.', 'en', "
            "dt.date(2025, 3, 13))[0].date)")
    seen = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True).stdout.strip() for seed in (0, 1, 3, 5)}
    assert seen == {"2025-03-08"}
