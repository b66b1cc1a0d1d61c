"""A page's stamp at its head (date21): the day it was published, never the day of an incident it tells; for a report
stored without a publication date, a stamp written without a clock time stands in for that date. Every report here is
written for the test."""

import datetime as dt

import pytest

from eventledger.extract.dates import dateline, day_of_telling, find_dates, stamps
from eventledger.extract.pipeline import extract
from eventledger.model import Report


def dated(gazetteer, text: str, lang: str) -> set[str | None]:
    return {e.date for e in extract(Report(text=text, published=None, language=lang), gazetteer)}


@pytest.mark.parametrize("text, lang", [
    ("Drones attacked Kharkiv\n\n15.01.2026\n\nRussian drones attacked Kharkiv yesterday, the mayor said. A warehouse "
     "burned down.", "en"),
    ("Дроны атаковали Харьков\n\n15.01.2026\n\nВчера российские беспилотники атаковали Харьков, сообщил мэр. Сгорел "
     "склад.", "ru"),
    ("Дрони атакували Харків\n\n15.01.2026\n\nУчора російські дрони атакували Харків, повідомив мер. Згорів склад.",
     "uk"),
])
def test_a_date_alone_under_the_headline_is_the_publication_day(gazetteer, text, lang):
    assert dated(gazetteer, text, lang) == {"2026-01-14"}


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a school in Sumy\n    Published: May 27, 2024 (2 weeks ago)\nA Russian drone hit a school in Sumy "
     "in the early hours, the regional governor said.", "en"),
    ("Дрон попал в школу в Сумах\nОпубликовано: 27 мая 2024\nРоссийский беспилотник попал в школу в Сумах, сообщил "
     "губернатор.", "ru"),
    ("Дрон влучив у школу в Сумах\nОпубліковано: 27 травня 2024\nРосійський дрон влучив у школу в Сумах, повідомив "
     "голова ОВА.", "uk"),
])
def test_a_date_after_a_word_of_publishing_dates_the_undated_incident(gazetteer, text, lang):
    assert dated(gazetteer, text, lang) == {"2024-05-27"}


@pytest.mark.parametrize("text, lang", [
    ("Explosions in Vinnytsia\n16:58 05.09.2022\nExplosions were heard in Vinnytsia, the governor said.", "en"),
    ("Взрывы в Виннице\n16:58 05.09.2022\nВ Виннице прогремели взрывы, сообщил губернатор.", "ru"),
    ("Вибухи у Вінниці\n16:58 05.09.2022\nУ Вінниці пролунали вибухи, повідомив голова ОВА.", "uk"),
])
def test_a_stamp_with_a_clock_time_dates_nothing_and_stands_in_for_nothing(gazetteer, text, lang):
    """A time of posting may be an update's or a feed entry's: the report stays undated (and its stamp is not the one
    day it tells, as `_sole_day` would read it)."""
    assert dateline(text, lang) is None
    assert [day for _, _, day, clocked in stamps(text, lang) if clocked] == [dt.date(2022, 9, 5)]
    assert dated(gazetteer, text, lang) == {None}


@pytest.mark.parametrize("text, lang", [
    ("Учора, 17 квітня 2025 року, о 22:57 селище знову зазнало обстрілу.", "uk"),
    ("Вчера, 17 апреля 2025 года, в 22:57 поселок снова подвергся обстрелу.", "ru"),
    ("On 17 April 2025, at 22:57, the village was shelled again.", "en"),
    ("Атака на Київ 13 грудня 2024\nУночі дрони атакували Київ.", "uk"),
])
def test_a_date_in_a_sentence_or_a_headline_is_no_stamp(text, lang):
    assert stamps(text, lang) == []


def test_the_stamp_may_be_in_the_language_of_the_site():
    """A Ukrainian report under an English stamp line."""
    text = "Обстріл Очакова\nPublished: 22 January, 2024\nУчора ворог обстріляв Очаків з артилерії."
    assert dateline(text, "uk") == dt.datetime(2024, 1, 22, tzinfo=dt.timezone.utc)


def test_a_stamp_far_below_the_head_is_none():
    text = "Drones attacked Kharkiv overnight, the mayor said. " * 12 + "\n15.01.2026\n"
    assert stamps(text, "en") == []


def test_ukrainian_short_month_names_of_page_stamps():
    assert [m.date for m in find_dates("13 Гру, 2024 11:38", "uk", None)] == ["2024-12-13"]
    assert [m.date for m in find_dates("5 лип. 2023", "uk", None)] == ["2023-07-05"]


@pytest.mark.parametrize("text, lang", [
    ("Shelling of Druzhkivka\n\nYesterday evening the town was shelled.\n\nYesterday, 17 April 2025, at 22:57 the town "
     "of Druzhkivka was shelled again, the head of the community said.", "en"),
    ("Обстрел Дружковки\n\nВчера вечером город попал под обстрел.\n\nВчера, 17 апреля 2025 года, в 22:57 Дружковка "
     "снова подверглась обстрелу, сообщил глава громады.", "ru"),
    ("Обстріл Дружківки\n\nУчора ввечері місто зазнало обстрілу.\n\nУчора, 17 квітня 2025 року, о 22:57 Дружківка знову "
     "зазнала обстрілу, повідомив голова громади.", "uk"),
])
def test_a_days_word_beside_its_date_tells_the_day_of_telling(gazetteer, text, lang):
    """No publication date, but "yesterday, 17 April" was told on the 18th: the headline's "yesterday evening" is the
    17th too, and the report tells one shelling."""
    assert day_of_telling(text, lang) == dt.datetime(2025, 4, 18, tzinfo=dt.timezone.utc)
    assert dated(gazetteer, text, lang) == {"2025-04-17"}


@pytest.mark.parametrize("text, lang", [
    ("Overnight, 21 January 2024, drones attacked Odesa.", "en"),
    ("Ночью, 21 января 2024 года, дроны атаковали Одессу.", "ru"),
    ("Уночі, 21 січня 2024 року, дрони атакували Одесу.", "uk"),
    ("Yesterday drones attacked Odesa. On 21 January 2024 a missile hit Kharkiv.", "en"),
])
def test_a_nights_word_or_a_date_elsewhere_tells_no_day_of_telling(text, lang):
    assert day_of_telling(text, lang) is None


def test_a_days_date_without_its_year_takes_the_stamps_year_in_the_sites_language():
    text = "Обстріл Очакова\n8:32, 22 January, 2024\nЗазначається, що учора, 21 січня, ворог обстріляв Очаків."
    assert day_of_telling(text, "uk") == dt.datetime(2024, 1, 22, tzinfo=dt.timezone.utc)
