"""Figures a post gives that are not its incident's (issue 10, the ledger's judges): a number that names an outlet
("По данным 112, ..."), animals counted or harmed like people ("семь собак погибли"), the toll of the attack a war
began with or of the whole war told as background in the sentence ("..., причиной которой стало нападение ..., в
результате чего более 1200 человек погибли"), and a number word cut off from its verb by Telegram's emphasis marks
or by a long "Жертвами ... стали" (read as one instead of four). Each report is written for this test."""

import pytest

from eventledger.extract.numbers import find_quantities
from eventledger.extract.things_counted import names_animals, names_things
from report_reading import bounds, casualty_event, figures


# --- a number that names an outlet ---

@pytest.mark.parametrize("text, lang", [
    ("По данным 112, пострадали два человека", "ru"),
    ("Два человека ранены, сообщает 112.", "ru"),
    ("Телеканал 24 сообщил о взрыве", "ru"),
    ("За даними 112, поранені двоє людей", "uk"),
    ("According to 112, two people were injured", "en"),
])
def test_a_number_naming_an_outlet_is_no_count(text, lang):
    assert 112 not in [q.value for q in find_quantities(text, lang)] and 24 not in [q.value for q in find_quantities(text, lang)]


def test_a_count_after_a_verb_of_telling_is_still_a_count():
    # the number does not close its phrase: it counts the words after it
    assert 5 in [q.value for q in find_quantities("Губернатор сообщил 5 раненых в больнице", "ru")]


def test_the_channel_112_is_not_112_critically_injured(read):
    e = casualty_event(read("Беспилотник врезался в жилой дом в Курске. По данным 112, пострадали три человека, они "
                            "находятся в тяжелом состоянии.", "ru"))
    assert figures(e).get("injured") == 3
    assert figures(e).get("critical") != 112


# --- animals ---

@pytest.mark.parametrize("text", [
    "Дрон атаковал ферму в Белгородской области. Погибли девять коров.",
    "Дрон атаковал приют для животных в Курской области, шесть собак погибли.",
    "Беспилотник упал на питомник в Курской области, погибли и ранены находившиеся там собаки.",
])
def test_animals_killed_are_no_casualties(read, text):
    events = read(text, "ru")
    assert all("killed" not in figures(e) and "injured" not in figures(e) for e in events)


def test_people_beside_animals_are_still_counted(read):
    e = casualty_event(read("Дрон атаковал ферму в Белгородской области. Погибли двое рабочих, пострадали три коровы.",
                            "ru"))
    assert figures(e) == {"killed": 2}


def test_animals_in_ukrainian_and_english(read):
    for text, lang in [
        ("Вночі дрон атакував ферму на Сумщині. Загинули сім корів.", "uk"),
        ("A drone hit an animal shelter in Kharkiv overnight. Seven dogs were killed.", "en"),
    ]:
        assert all("killed" not in figures(e) for e in read(text, lang)), text


def test_animal_words():
    assert names_things(" собак погибли", "ru", after_count=True)
    assert names_things(" dogs were killed", "en", after_count=True)
    assert names_animals(" и ранены находившиеся там собаки", "ru")
    assert not names_animals(" жители дома", "ru")


# --- a war's origin told as background ---

@pytest.mark.parametrize("text, lang, expected", [
    ("Ночью израильская авиация нанесла удар по жилому дому в Хан-Юнисе, погибли 12 человек, сообщили медики. "
     "Армия ведёт операцию в секторе, причиной которой стало нападение боевиков на Израиль, в результате чего более "
     "1200 человек погибли.", "ru", (12, 12, 12)),
    ("Ракета попала в больницу в Хан-Юнисе, погибли 9 человек. С начала войны в секторе погибли более 40 тысяч "
     "человек.", "ru", (9, 9, 9)),
    ("Авіаудар по будинку в Хан-Юнісі забрав життя 7 людей. Від початку війни в секторі загинули понад 40 тисяч "
     "людей.", "uk", (7, 7, 7)),
    ("An Israeli strike on a school in Khan Younis killed 11 people, medics said. The war was triggered by the "
     "attack on southern Israel in which 1,200 people were killed.", "en", (11, 11, 11)),
])
def test_the_toll_of_the_attack_a_war_began_with_is_not_the_strikes(read, text, lang, expected):
    # the report's first strike (the recalled attack may be an event of its own, with or without its toll)
    first = min((e for e in read(text, lang) if e.kind in ("strike", "shelling")), key=lambda e: e.anchor)
    assert bounds(first, "killed") == expected


# --- a number word kept ---

@pytest.mark.parametrize("text", [
    "Четверо мирных жителей, в том числе двое детей, **погибли при обстреле рынка в Донецке**.",
    "Жертвами обстрела рынка в Донецке вооруженными формированиями стали четыре человека, сообщили в администрации.",
])
def test_a_number_word_is_not_read_as_one(read, text):
    assert figures(casualty_event(read(text, "ru")))["killed"] == 4


def test_one_of_a_group_hurt_is_one_injured(read):
    e = casualty_event(read("Самолет обстреляли при посадке в аэропорту Харькова. Одна из бортпроводниц получила "
                            "легкие травмы.", "ru"))
    assert figures(e)["injured"] == 1


# --- "no information on casualties", told the other way round ---

@pytest.mark.parametrize("text, lang", [
    ("Взрывы в Калуге. Предварительно, у промзоны упали украинские беспилотники. О пострадавших или погибших "
     "официальной информации пока нет.", "ru"),
    ("Вибухи в Сумах. Ворожий дрон влучив у будинок. Про постраждалих офіційної інформації поки немає.", "uk"),
])
def test_no_word_on_casualties_is_no_casualty(read, text, lang):
    assert all(figures(e) == {} for e in read(text, lang))
