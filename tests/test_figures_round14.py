"""Figures of the real-news pool (ninth session, second round): a stated zero that a bare word of harm elsewhere must
not raise, zeros with a coordinated noun, "claimed the lives of N" and its Russian and Ukrainian forms, "injuries to
N". Shown with short reports written for this test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a fuel depot in Belgorod on Monday. There were no injuries or fatalities, the governor said. "
     "Such attacks have caused injuries and deaths across the region.", "en"),
    ("Снаряд попал в жилой дом в Донецке. Жильцы не пострадали. Ранее среди раненых был оператор.", "ru"),
    ("Дрон влучив у склад у Сумах. Обійшлося без постраждалих. Раніше серед поранених був водій.", "uk"),
])
def test_a_bare_word_does_not_raise_a_stated_zero(read, text, lang):
    # the bare word ("injuries", "раненых") tells no number: the report's "nobody" stands
    event = casualty_event(read(text, lang))
    assert bounds(event, "injured")[1] == 0


def test_a_word_said_of_one_person_still_counts_beside_a_zero(read):
    # "no one was killed ... a man was injured": one injured, however the zero of the dead reads
    text = "A drone hit a house in Belgorod on Monday. No one was killed. A man was injured, the governor said."
    assert bounds(casualty_event(read(text, "en")), "injured")[1] == 1


@pytest.mark.parametrize("text, lang, value", [
    ("A missile strike on a market in Kharkiv on Monday claimed the lives of 12 people, the governor said.", "en", 12),
    ("Ракетный удар по рынку в Харькове в понедельник унес жизни 12 человек, сообщил губернатор.", "ru", 12),
    ("Ракетний удар по ринку в Харкові в понеділок забрав життя 12 людей, повідомив голова ОВА.", "uk", 12),
])
def test_claimed_the_lives_of_is_killed(read, text, lang, value):
    assert bounds(casualty_event(read(text, lang)), "killed")[1] == value


@pytest.mark.parametrize("text, lang", [
    ("A drone strike on Kherson on Monday caused injuries to four people, the governor said.", "en"),
    ("Ранения различной степени тяжести получили четыре человека после обстрела Горловки в понедельник.", "ru"),
    ("Поранення різного ступеня тяжкості отримали четверо людей після обстрілу Херсона в понеділок.", "uk"),
])
def test_injuries_told_before_their_count(read, text, lang):
    assert bounds(casualty_event(read(text, lang)), "injured")[1] == 4


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a warehouse in Kursk on Monday. There were no casualties or damage, the governor said.", "en"),
    ("A drone hit a warehouse in Kursk on Monday. There were no reported civilian casualties, the governor said.", "en"),
    ("Беспилотник атаковал склад в Курске в понедельник. Нет ни разрушений, ни пострадавших.", "ru"),
    ("Дрон атакував склад у Сумах у понеділок. Немає ні руйнувань, ні постраждалих.", "uk"),
])
def test_a_zero_with_a_coordinated_noun(read, text, lang):
    # before, the negated word alone was read as at least one injured
    event = casualty_event(read(text, lang))
    assert bounds(event, "injured")[1] == 0
    assert bounds(event, "killed")[1] == 0


def test_no_one_suffered_serious_injuries_is_no_one_critical(read):
    text = "A drone hit a house in Belgorod on Monday. Two people were injured, but no one has suffered serious injuries."
    event = casualty_event(read(text, "en"))
    assert bounds(event, "critical")[1] == 0
    assert bounds(event, "injured")[1] == 2
