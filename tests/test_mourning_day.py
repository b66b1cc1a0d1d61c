"""A day of mourning declared for the victims of an attack is no day of the attack (dup12): "12 травня в Черкасах
оголосили жалобу за загиблими від удару", "Во вторник в Донецке траур по жертвам обстрела", "Friday was declared a day
of mourning for the victims of the attack". A date told before the word of mourning and before the incident's own word
is the mourning's, so the sentence tells the attack told before it, not a second one on the mourning's day; a date
told after the incident's word ("після обстрілу 8 березня в місті жалоба") stays the incident's. Reports written for
these tests."""

from datetime import date

import pytest

from eventledger.extract.dates import find_dates, mourning_day


@pytest.mark.parametrize("text, lang, word", [
    ("11 березня в Черкасах оголосили жалобу за загиблими від удару.", "uk", "удару"),
    ("11 марта в Донецке траур по жертвам обстрела.", "ru", "обстрела"),
    ("March 11 was declared a day of mourning for the victims of the attack.", "en", "attack"),
])
def test_a_date_before_the_mourning_is_the_mournings(text, lang, word):
    (d,) = [d for d in find_dates(text, lang, date(2025, 3, 10)) if d.date]
    assert mourning_day(text, d.start, text.index(word), lang)


def test_a_date_after_the_incidents_word_stays_the_incidents():
    text = "Після обстрілу 8 березня в місті жалоба."
    (d,) = [d for d in find_dates(text, "uk", date(2025, 3, 10)) if d.date]
    assert not mourning_day(text, d.start, text.index("обстрілу"), "uk")


def test_uk_the_mourning_for_an_attack_is_no_second_attack(read):
    events = read("У суботу ракети вдарили по Черкасах, загинули семеро людей. 11 березня в Черкасах оголосили жалобу "
                  "за загиблими від ракетного удару.", "uk")
    assert len(events) == 1
    assert events[0].date == "2025-03-08"


def test_ru_the_mourning_for_a_shelling_is_no_second_shelling(read):
    events = read("В субботу при обстреле Донецка погибли девять человек. 11 марта в Донецке траур по жертвам "
                  "обстрела.", "ru")
    assert len(events) == 1
    assert events[0].date == "2025-03-08"
