"""Misfires of date21's date rules found in review (fix21a): a date line well before publication is no page stamp, a
relative clause on an earlier attack lends its day to nothing, a quoted old day is no day of telling, 'Дата:' is no
word of publishing, a short Ukrainian month is read only after its day. Every report here is written for the test."""

import datetime as dt

import pytest

from eventledger.extract import incidents
from eventledger.extract.dates import dateline, day_of_telling, find_dates, stamps
from eventledger.extract.pipeline import extract
from eventledger.model import Report


def dated(gazetteer, text: str, lang: str, published: dt.datetime | None) -> list[str | None]:
    return sorted((e.date or "") for e in extract(Report(text=text, published=published, language=lang), gazetteer))


AUGUST_20 = dt.datetime(2024, 8, 20, 9, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("text, lang", [
    ("Night of attacks: a summary\n\n17 August 2024\nA missile hit Mykolaiv, wounding four people.\n\n18 August 2024\n"
     "A guided bomb struck Kupiansk, killing a man.", "en"),
    ("Сводка ударов\n\n17 августа 2024\nРакета попала в Николаев, ранены четыре человека.\n\n18 августа 2024\n"
     "Управляемая бомба попала в Купянск, погиб мужчина.", "ru"),
    ("Зведення ударів\n\n17 серпня 2024\nРакета влучила в Миколаїв, поранено чотирьох людей.\n\n18 серпня 2024\n"
     "Керована бомба влучила в Куп'янськ, загинув чоловік.", "uk"),
    ("Стрічка подій\n\n21:40, 17 серпня 2024\nРакета влучила в Миколаїв, поранено чотирьох людей.\n\n"
     "07:15, 18 серпня 2024\nКерована бомба влучила в Куп'янськ, загинув чоловік.", "uk"),
])
def test_dates_heading_sections_date_the_parts_under_them(gazetteer, text, lang):
    """Published on the 20th: date lines two days and more before it head the sections under them, and each part takes
    its heading's day."""
    assert stamps(text, lang, AUGUST_20.date()) == []
    assert dated(gazetteer, text, lang, AUGUST_20) == ["2024-08-17", "2024-08-18"]


@pytest.mark.parametrize("text, lang", [
    ("Mykolaiv under fire\n\n17 August 2024\n\nA missile hit Mykolaiv, wounding four people, the governor said.", "en"),
    ("Обстрел Николаева\n\n17 августа 2024\n\nРакета попала в Николаев, ранены четыре человека, сообщил губернатор.",
     "ru"),
    ("Обстріл Миколаєва\n\n17 серпня 2024\n\nРакета влучила в Миколаїв, поранено чотирьох людей, повідомив голова ОВА.",
     "uk"),
])
def test_a_date_line_days_before_the_publication_date_is_no_stamp(gazetteer, text, lang):
    """The page was published on the 20th: a date line of the 17th is not its day of publishing but the day of what it
    tells below."""
    assert stamps(text, lang, AUGUST_20.date()) == []
    assert dated(gazetteer, text, lang, AUGUST_20) == ["2024-08-17"]


def test_a_date_line_of_the_publication_day_or_the_day_before_is_still_a_stamp():
    text = "Обстріл Миколаєва\n\n19 серпня 2024\n\nРакета влучила в Миколаїв, поранено чотирьох людей."
    assert [day for _, _, day, _ in stamps(text, "uk", AUGUST_20.date())] == [dt.date(2024, 8, 19)]


@pytest.mark.parametrize("text, lang", [
    ("Обстрел Николаева\nДата: 17 августа 2024\nРакета попала в Николаев, ранены четыре человека.", "ru"),
    ("Обстріл Миколаєва\nДата публікації матеріалу: 17 серпня 2024\nРакета влучила в Миколаїв.", "uk"),
])
def test_a_date_after_a_word_that_is_not_of_publishing_is_no_stamp(text, lang):
    """'Дата', 'публікації' label any date (of an event card, of a document): only 'Опубліковано' and its kin announce
    the page's own day."""
    assert stamps(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Air defence downed nine drones over Bryansk Oblast overnight. The previous attack, which took place on Sunday, "
     "left no one hurt. A garage burned down in Bryansk, the governor said.", "en"),
    ("Ночью ПВО сбила девять беспилотников над Брянской областью. Прошлая атака, которая случилась в воскресенье, "
     "обошлась без пострадавших. В Брянске сгорел гараж, сообщил губернатор.", "ru"),
    ("Уночі ППО збила дев'ять дронів над Чернігівщиною. Минула атака, яка сталася в неділю, минулася без постраждалих. "
     "У Чернігові згорів гараж, повідомив голова ОВА.", "uk"),
])
def test_a_relative_clause_on_an_earlier_attack_dates_nothing_told_tonight(gazetteer, text, lang):
    """Published on Wednesday 7 May 2025: Sunday is the earlier attack's day, and tonight's events keep the
    publication day."""
    published = dt.datetime(2025, 5, 7, 9, 0, tzinfo=dt.timezone.utc)
    assert set(dated(gazetteer, text, lang, published)) == {"2025-05-07"}


@pytest.mark.parametrize("before, lang, expected", [
    ("Drones hit a depot. The attack", "en", True), ("The previous attack", "en", False),
    ("It was the worst since the strike", "en", False),
    ("Этот удар", "ru", True), ("Прошлая атака", "ru", False),
    ("Ця атака", "uk", True), ("Минула атака", "uk", False),
])
def test_of_the_incident_only_for_the_report_own_incident_opening_its_sentence(before, lang, expected):
    assert incidents.of_the_incident(before, lang) is expected


@pytest.mark.parametrize("text, lang", [
    ('Drones struck Poltava overnight, wounding two. The mayor quoted his post of that summer: "Today, August 3, '
     '2022, our city mourns."', "en"),
    ("Ночью дроны атаковали Полтаву, ранены двое. Мэр процитировал свою запись того лета: «Сегодня, 3 августа "
     "2022 года, город скорбит».", "ru"),
    ("Уночі дрони атакували Полтаву, поранено двох. Мер процитував свій допис того літа: „Сьогодні, 3 серпня "
     "2022 року, місто в жалобі“.", "uk"),
])
def test_a_quoted_day_is_no_day_of_telling(text, lang):
    assert day_of_telling(text, lang) is None


def test_a_day_of_telling_far_below_the_opening_is_none():
    text = "Drones struck Poltava overnight, the mayor said. " * 12 + "Yesterday, August 3, 2024, was quiet."
    assert day_of_telling(text, "en") is None


def test_a_day_of_telling_in_the_opening_outside_quotes_still_counts():
    text = 'Сьогодні, 4 серпня 2024 року, мер сказав: "Уночі дрони атакували Полтаву".'
    assert day_of_telling(text, "uk") == dt.datetime(2024, 8, 4, tzinfo=dt.timezone.utc)


def test_a_clocked_update_line_stands_in_for_no_publication_date():
    """By design (date21): a clock time marks an update or a feed's entry as often as the publication."""
    assert dateline("Explosions in Poltava\nUpdated: 10:05, August 4, 2024\nExplosions were heard.", "en") is None


@pytest.mark.parametrize("text", ["Фестиваль «Запорізька Січ 2024» скасували.", "Лис 2024 року в місті бачили.",
                                  "Сер 2023 — ім'я персонажа."])
def test_a_short_ukrainian_month_without_its_day_is_no_date(text):
    assert [m.precision for m in find_dates(text, "uk", None) if m.precision != "year"] == []


def test_a_short_ukrainian_month_after_its_day_is_a_date():
    assert [m.date for m in find_dates("Оновлено 4 Сер, 2024", "uk", None)] == ["2024-08-04"]
