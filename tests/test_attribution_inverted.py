"""English inversion after a comma ("Two people were killed, said the regional governor X") names the speaker after
the verb; a clause before a speech verb ("It was the second reported attack", "..., said the strike was meant to")
names nobody (issue 10, attribution among matched events). Each report is written for this test."""

import pytest

from report_reading import casualty_event


def _sources(e, figure):
    return {c.source for c in e.claims if c.figure == figure}


@pytest.mark.parametrize("text, expected", [
    ("A Russian missile struck Kharkiv on Monday. Two people were killed and five injured, said the regional governor "
     "Oleh Petrenko.", "regional governor Oleh Petrenko"),
    ("A Russian missile struck Kharkiv on Monday. Two people were killed, reported the State Emergency Service.",
     "State Emergency Service"),
])
def test_the_speaker_after_an_inverted_verb(read, text, expected):
    assert _sources(casualty_event(read(text, "en")), "killed") == {expected}


@pytest.mark.parametrize("text", [
    "A missile hit a house in Kharkiv on Monday, killing two people, said the strike was meant to kill a commander.",
    "A missile hit a house in Kharkiv on Monday, killing two people. It was the second reported attack on the city.",
    "A missile hit a house in Kharkiv on Monday, killing two people, said on Telegram.",
])
def test_no_clause_or_place_is_a_speaker(read, text):
    assert _sources(casualty_event(read(text, "en")), "killed") == {None}


@pytest.mark.parametrize("text, lang, expected", [
    ("Уламки збитої ракети пошкодили будинки в Ірпені. Про це повідомив міський голова Ірпеня Анатолій Мельник у "
     "Facebook в четвер. «Загинула одна людина», – написав він.", "uk", "Анатолій Мельник"),
    ("Беспилотник атаковал Белгород, сообщил губернатор Белгородской области Иван Петров в телеграм-канале 12 мая. "
     "«Пострадали два человека», - написал он.", "ru", "Иван Петров"),
])
def test_where_and_when_he_spoke_are_not_his_name(read, text, lang, expected):
    e = casualty_event(read(text, lang))
    assert {c.source for c in e.claims if c.figure} == {expected}


def test_a_title_is_the_holder_named_last_before_it(read):
    text = ("Курская область подверглась атаке беспилотников, сообщил губернатор региона Иван Петров. Ранее в этот день "
            "губернатор Орловской области Сергей Соколов сообщил об атаке на Орёл. «В Орле дрон атаковал жилой дом, "
            "пострадали два человека», — написал глава области.")
    events = read(text, "ru")
    sources = {c.source for e in events for c in e.claims if c.figure == "injured"}
    assert sources == {"Сергей Соколов"}


def test_according_to_him_is_the_person_named_before(read):
    text = ("Russian missiles struck Odesa on Monday. This was announced by the regional governor Oleh Petrenko. "
            "According to him, three people were killed.")
    assert {c.source for c in casualty_event(read(text, "en")).claims if c.figure == "killed"} == {
        "regional governor Oleh Petrenko"}
