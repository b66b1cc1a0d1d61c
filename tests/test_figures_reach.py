"""What counted weapons did, told a few words off ("19 drones headed for several regions were shot down"), and a
hospitalisation told of a pronoun or of the whole group ("Їх госпіталізували", "Его доставили в больницу") (issue 10,
figures among matched events). Each report is written for this test."""

import pytest

from eventledger.extract.figures import find_figures
from eventledger.extract.numbers import find_quantities
from eventledger.extract.segment import Span
from report_reading import casualty_event, figures


def _found(text: str, lang: str) -> list[tuple[str, int]]:
    return [(m.figure, m.value) for m in find_figures(Span(0, len(text), text), find_quantities(text, lang), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Twelve drones flying towards the southern regions overnight were shot down.", "en", ("intercepted", 12)),
    ("The enemy also deployed five attack drones against the port.", "en", ("launched", 5)),
    ("Three drones tried to attack a substation.", "en", ("launched", 3)),
    ("Силы ПВО перехватили над южными районами области семь беспилотников.", "ru", ("intercepted", 7)),
    ("Губернатор сообщил о ликвидации трёх дронов.", "ru", ("intercepted", 3)),
    ("Четыре дрона атаковали нефтебазу.", "ru", ("launched", 4)),
    ("Оборонцям вдалося знищити над північними громадами 40 ворожих дронів.", "uk", ("intercepted", 40)),
    ("Окупанти випустили по околицях міста дві ракети.", "uk", ("launched", 2)),
])
def test_a_weapon_count_takes_the_verb_a_few_words_off(text, lang, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("ПВО сбила беспилотник над Курском, ещё пять дронов летели на Брянск.", "ru"),
    ("Air defence shot down a missile near the city, and 14 drones were seen over the bay.", "en"),
])
def test_another_weapon_between_stops_the_reach(text, lang):
    assert not [f for f in _found(text, lang) if f[1] > 1]


@pytest.mark.parametrize("text, lang, expected", [
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Двоє людей отримали поранення. Їх госпіталізували.",
     "uk", 2),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено трьох людей. Усіх постраждалих "
     "госпіталізовано.", "uk", 3),
    ("Беспилотник атаковал село в Белгородской области, сообщил губернатор Иван Петров. Ранены двое местных жителей, "
     "пострадавших доставили в районную больницу.", "ru", 2),
])
def test_the_group_hospitalised_is_as_many_as_the_injured(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))).get("hospitalized") == expected


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал село в Белгородской области, сообщил губернатор Иван Петров. Ранен мужчина. Его доставили "
     "в районную больницу.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено чоловіка. До лікарні був доставлений "
     "62-річний чоловік.", "uk"),
])
def test_one_person_hospitalised_is_one(read, text, lang):
    assert figures(casualty_event(read(text, lang))).get("hospitalized") == 1


@pytest.mark.parametrize("text, lang, expected", [
    ("Officials confirmed one death and four injured people.", "en", [("killed", 1), ("injured", 4)]),
    ("На щастя, інформації про загиблих та постраждалих не надходило.", "uk", [("injured", 0), ("killed", 0)]),
    ("Информации о пострадавших пока не поступало.", "ru", [("injured", 0), ("killed", 0)]),
    ("Мужчина ранен, угрозы для жизни нет.", "ru", [("critical", 0)]),
    ("No one was seriously hurt, the mayor said.", "en", [("critical", 0)]),
])
def test_counts_and_stated_zeros(text, lang, expected):
    found = _found(text, lang)
    assert all(e in found for e in expected), found


def test_a_count_does_not_take_the_word_after_the_next_count():
    assert ("injured", 1) not in _found("Officials reported one fatality and five injured.", "en")


@pytest.mark.parametrize("text, lang", [
    ("A Russian drone struck a house in Kherson on Monday, killing two people, the regional administration said. The "
     "drone fired two missiles at the house.", "en"),
    ("Російські війська вдарили по Харкову, загинули двоє людей, повідомив Іван Петренко. За його словами, окупанти "
     "випустили по житловій забудові дві ракети.", "uk"),
])
def test_weapons_fired_with_no_interception_told_are_the_strikes(read, text, lang):
    assert figures(casualty_event(read(text, lang))).get("launched") == 2


@pytest.mark.parametrize("text, lang", [
    ("A Russian glide bomb struck Zaporizhzhia on Monday, injuring five people, the governor said. Over the past week, "
     "Russian forces have launched nearly 700 guided bombs at Ukrainian towns.", "en"),
    ("Російська авіабомба влучила в Запоріжжя, поранено п'ятьох людей, повідомив Іван Петренко. За минулий тиждень "
     "росіяни випустили по Україні понад 700 керованих авіабомб.", "uk"),
    ("Беспилотник атаковал Белгород, ранены пять человек, сообщил губернатор Иван Петров. За прошедшую неделю по "
     "области было выпущено более 700 снарядов.", "ru"),
])
def test_a_weeks_total_is_no_figure_of_the_incident(read, text, lang):
    e = casualty_event(read(text, lang))
    assert figures(e).get("injured") == 5 and "launched" not in figures(e)


@pytest.mark.parametrize("text, lang, expected", [
    ("Ten people were injured, three of them seriously hurt.", "en", ("critical", 3)),
    ("Two of the wounded were in a severe condition.", "en", ("critical", 2)),
    ("Стан пораненого чоловіка тяжкий.", "uk", ("critical", 1)),
    ("Мужчина доставлен в больницу, он находится в реанимации.", "ru", ("critical", 1)),
])
def test_a_serious_condition_in_other_words(text, lang, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Ранения получил мужчина 45 лет.", "ru"),
    ("Пенсионер получил тяжелые осколочные ранения.", "ru"),
    ("Поранення отримав 48-річний чоловік.", "uk"),
    ("Жінка 70 років отримала уламкове поранення руки.", "uk"),
])
def test_one_person_wounded_in_other_words(text, lang):
    assert ("injured", 1) in _found(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Twelve were in the hospital on Monday evening.", "en", ("hospitalized", 12)),
    ("She later died in hospital.", "en", ("killed", 1)),
    ("The body of a woman was found under the rubble.", "en", ("killed", 1)),
    ("The driver declined hospitalization.", "en", ("hospitalized", 0)),
    ("От госпитализации пострадавший отказался.", "ru", ("hospitalized", 0)),
    ("Від госпіталізації жінка відмовилася.", "uk", ("hospitalized", 0)),
])
def test_hospital_and_death_in_other_words(text, lang, expected):
    assert expected in _found(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The town was attacked by the army using four attack drones.", "en", ("launched", 4)),
    ("The army struck two districts with a total of 9 guided bombs.", "en", ("launched", 9)),
    ("Three drones were involved in the attack on the depot.", "en", ("launched", 3)),
    ("ВСУ атаковали село с применением шести беспилотников.", "ru", ("launched", 6)),
    ("Ворог атакував громаду із застосуванням трьох дронів.", "uk", ("launched", 3)),
])
def test_the_weapons_an_attack_used_were_launched(text, lang, expected):
    assert expected in _found(text, lang)
