"""The publication day is the day the report's readers count (`dates.local_day`, `time_zone` in lang/<code>/dates.yaml):
a Russian post of 00:40 Moscow time is stored as 21:40 UTC the evening before, yet its "этой ночью", "вчера" and its
undated incidents are of the Moscow day; a Ukrainian one is read in Kyiv time; English keeps the UTC day. Each shown
with a report written for this test."""

from datetime import date, datetime, timedelta, timezone

import pytest

from eventledger.extract.dates import find_dates, local_day
from eventledger.extract.pipeline import extract
from eventledger.model import Report

# 21:40 UTC on 14 May 2025: 00:40 on 15 May in Moscow (UTC+3) and in Kyiv (UTC+3 in summer)
AFTER_MIDNIGHT = datetime(2025, 5, 14, 21, 40, tzinfo=timezone.utc)
# 20:40 UTC on 14 January 2025: 23:40 in Moscow (UTC+3), 22:40 in Kyiv (UTC+2 in winter): still the 14th in both
BEFORE_MIDNIGHT = datetime(2025, 1, 14, 20, 40, tzinfo=timezone.utc)
# 22:30 UTC on 14 January 2025: 01:30 on the 15th in Moscow, 00:30 on the 15th in Kyiv
WINTER_NIGHT = datetime(2025, 1, 14, 22, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("moment, lang, day", [
    (AFTER_MIDNIGHT, "ru", date(2025, 5, 15)),
    (AFTER_MIDNIGHT, "uk", date(2025, 5, 15)),
    (AFTER_MIDNIGHT, "en", date(2025, 5, 14)),
    (BEFORE_MIDNIGHT, "ru", date(2025, 1, 14)),
    (BEFORE_MIDNIGHT, "uk", date(2025, 1, 14)),
    (WINTER_NIGHT, "ru", date(2025, 1, 15)),
    (WINTER_NIGHT, "uk", date(2025, 1, 15)),
    (WINTER_NIGHT, "en", date(2025, 1, 14)),
    # the same moment told in another zone is the same moment
    (AFTER_MIDNIGHT.astimezone(timezone(timedelta(hours=-5))), "ru", date(2025, 5, 15)),
    (AFTER_MIDNIGHT.astimezone(timezone(timedelta(hours=-5))), "en", date(2025, 5, 14)),
])
def test_the_publication_day_is_counted_in_the_readers_zone(moment, lang, day):
    assert local_day(moment, lang) == day


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_day_or_no_moment_is_read_as_given(lang):
    # a manifest that gives only the day (stored as midnight UTC) keeps that day in every zone east of UTC
    assert local_day(date(2025, 5, 14), lang) == date(2025, 5, 14)
    assert local_day(datetime(2025, 5, 14, tzinfo=timezone.utc), lang) == date(2025, 5, 14)
    assert local_day(datetime(2025, 5, 14, 23, 0), lang) == date(2025, 5, 14)  # naive: as stored
    assert local_day(None, lang) is None


@pytest.mark.parametrize("text, lang, day", [
    ("Этой ночью беспилотник атаковал нефтебазу.", "ru", "2025-05-15"),
    ("Вчера вечером обстреляли село.", "ru", "2025-05-14"),
    ("Утром сбит беспилотник.", "ru", "2025-05-15"),
    ("Вночі ворог атакував місто дронами.", "uk", "2025-05-15"),
    ("Учора ввечері обстріляли село.", "uk", "2025-05-14"),
    ("Overnight, drones attacked an oil depot.", "en", "2025-05-14"),
    ("Yesterday the village was shelled.", "en", "2025-05-13"),
])
def test_relative_days_are_read_from_the_readers_day(text, lang, day):
    (found,) = [d for d in find_dates(text, lang, AFTER_MIDNIGHT) if d.relative]
    assert found.date == day


def _dates(text: str, lang: str, moment: datetime, gazetteer) -> set[str | None]:
    events = extract(Report(text=text, published=moment, language=lang), gazetteer)
    return {e.date for e in events if e.kind in ("strike", "shelling", "interception")}


@pytest.mark.parametrize("text, lang, day", [
    ("Этой ночью беспилотник атаковал нефтебазу в Ельце Липецкой области, сообщил губернатор. Пострадавших нет.",
     "ru", "2025-05-15"),
    ("Беспилотник атаковал нефтебазу в Ельце Липецкой области, сообщил губернатор. Пострадавших нет.",
     "ru", "2025-05-15"),
    ("Вночі російський дрон влучив у багатоповерхівку в Сумах, повідомив голова ОВА. Поранено двох людей.",
     "uk", "2025-05-15"),
    ("Overnight, a drone hit an oil depot in Yelets, Lipetsk region, the governor said. No one was hurt.",
     "en", "2025-05-14"),
])
def test_a_post_after_midnight_dates_its_night_by_the_readers_day(gazetteer, text, lang, day):
    assert _dates(text, lang, AFTER_MIDNIGHT, gazetteer) == {day}


def test_a_post_before_midnight_keeps_its_day(gazetteer):
    text = "Этой ночью беспилотник атаковал нефтебазу в Ельце Липецкой области, сообщил губернатор. Пострадавших нет."
    assert _dates(text, "ru", BEFORE_MIDNIGHT, gazetteer) == {"2025-01-14"}


def test_the_stored_moment_is_unchanged(gazetteer):
    text = "Этой ночью беспилотник атаковал нефтебазу в Ельце Липецкой области, сообщил губернатор. Пострадавших нет."
    events = extract(Report(text=text, published=AFTER_MIDNIGHT, language="ru"), gazetteer)
    assert events and all(c.published == AFTER_MIDNIGHT for e in events for c in e.claims)


@pytest.mark.parametrize("text, lang, day", [
    # an evening told by its clock times in a post of the small hours is the evening before
    ("С 21:00 до 23:40 по московскому времени средства ПВО сбили 12 беспилотников над областью.", "ru", date(2025, 5, 14)),
    ("Около 23:50 беспилотник упал на склад.", "ru", date(2025, 5, 14)),
    ("О 23:45 ворог атакував місто дронами.", "uk", date(2025, 5, 14)),
    # a span running past midnight, a time already past tonight, or none: the readers' day
    ("Комендантский час действует с 23:00 до 05:00.", "ru", date(2025, 5, 15)),
    ("В 00:20 беспилотник упал на склад.", "ru", date(2025, 5, 15)),
    ("Этой ночью беспилотник упал на склад.", "ru", date(2025, 5, 15)),
    # English clock times may be of any zone: the UTC day, as before
    ("At 23:40 a drone fell on a warehouse.", "en", date(2025, 5, 14)),
])
def test_evening_clock_times_told_after_midnight_are_the_evening_before(text, lang, day):
    from eventledger.extract.dates import report_day
    assert report_day(AFTER_MIDNIGHT, text, lang) == day


def test_evening_clock_times_told_in_the_evening_keep_the_day():
    from eventledger.extract.dates import report_day
    evening = datetime(2025, 5, 14, 20, 50, tzinfo=timezone.utc)  # 23:50 in Moscow
    assert report_day(evening, "С 21:00 до 23:40 по московскому времени сбиты 12 беспилотников.", "ru") == date(2025, 5, 14)


def test_a_day_given_without_its_time_is_no_moment_of_telling():
    from eventledger.extract.dates import report_day
    day_only = datetime(2025, 5, 15, tzinfo=timezone.utc)  # "2025-05-15" from a manifest: 03:00 in Moscow, yet no time
    assert report_day(day_only, "С 21:00 до 23:40 по московскому времени сбиты 12 беспилотников.", "ru") == date(2025, 5, 15)
