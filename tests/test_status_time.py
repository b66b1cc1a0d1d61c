"""A date that tells when a count stands ("Станом на ранок 23 червня у лікарнях перебувають 40 постраждалих", "as of
Monday morning") and the leading "date YYYY-MM-DD" stamp of a stored file are no day of the incident: the morning
update of the day before's strike is that strike told again, not a second one (issue 10, duplicates: one incident
split by the day its update was told). Reports written for these tests."""

from datetime import date

import pytest

from eventledger.extract.dates import find_dates, status_time


@pytest.mark.parametrize("text, lang", [
    ("Станом на ранок 23 червня в лікарнях перебувають 12 постраждалих.", "uk"),
    ("По состоянию на утро 23 июня в больницах остаются 12 пострадавших.", "ru"),
    ("As of Monday morning, 12 people remained in hospital.", "en"),
])
def test_a_date_that_a_count_stands_at_is_a_status_time(text, lang):
    (d,) = [d for d in find_dates(text, lang, date(2025, 6, 23)) if d.date]
    assert status_time(text, d.start, lang)


@pytest.mark.parametrize("text, lang", [
    ("23 червня окупанти вдарили КАБами по Харкову.", "uk"),
    ("В ночь на 23 июня дроны атаковали Курск.", "ru"),
    ("On Monday morning, a missile hit Odesa.", "en"),
])
def test_a_date_told_of_an_incident_is_not(text, lang):
    assert not any(status_time(text, d.start, lang) for d in find_dates(text, lang, date(2025, 6, 23)))


def test_a_morning_update_retells_the_strike_of_the_day_before(read):
    events = read("Станом на ранок 10 березня після удару КАБами по Харкову у лікарнях перебувають 14 постраждалих.\n\n"
                  "9 березня окупанти вдарили КАБами по Харкову, пошкоджено житловий будинок.", "uk")
    strikes = [e for e in events if e.kind == "strike"]
    assert len(strikes) == 1 and strikes[0].date == "2025-03-09"


def test_the_leading_date_stamp_of_a_file_dates_no_incident(read):
    events = read(" date 2025-03-10 Ворог обстріляв Сумщину: є постраждалі\nУ Сумській громаді поранено двох людей "
                  "внаслідок обстрілу 9 березня.", "uk")
    assert [e.date for e in events if e.kind in ("strike", "shelling")] == ["2025-03-09"]
