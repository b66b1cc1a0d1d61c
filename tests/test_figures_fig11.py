"""Figures the eleventh stop found lost on fresh reports (test8 + test9), each a mechanism of the language, not of one
outlet: a part of the hurt told with a figure of its own ("13 injured, including four in serious condition"); the
forms hospitalisation is told in; a cardinal's case ending after its digits ("47-ма ударними БпЛА"); and the figures
of an attack absorbed into the interception that met it, or of an interception replaced by an air-force summary,
which were dropped with it. Each report is written for this test."""

import pytest

from eventledger.extract.numbers import find_quantities
from report_reading import casualty_event, figures


# ---------------------------------------------------------------------------------------- a part with a figure of its own

@pytest.mark.parametrize("text, lang, expected", [
    ("A Russian missile hit a school in Sumy on Monday, the regional governor said. Thirteen people were injured, "
     "including four in serious condition.", "en", {"injured": 13, "critical": 4}),
    ("A Russian missile hit a school in Sumy on Monday, the regional governor said. Thirteen people were injured, "
     "including five who were hospitalized.", "en", {"injured": 13, "hospitalized": 5}),
    ("Беспилотник атаковал Белгород, сообщил губернатор. Пострадали десять человек, из них трое госпитализированы.",
     "ru", {"injured": 10, "hospitalized": 3}),
    ("Росіяни вдарили по Полтаві, повідомив голова ОВА. Поранено дев'ятьох людей, серед них двоє - у важкому стані.",
     "uk", {"injured": 9, "critical": 2}),
])
def test_a_part_told_with_a_figure_of_its_own_is_that_figure(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


def test_a_part_told_with_the_same_figure_is_no_figure(read):
    e = casualty_event(read("A Russian missile hit a school in Sumy on Monday, the regional governor said. Nine people, "
                            "including two children, were injured.", "en"))
    assert figures(e) == {"injured": 9}


# ------------------------------------------------------------------------------------------------- told hospitalised

@pytest.mark.parametrize("text, lang, expected", [
    ("Ukrainian shelling hit Shebekino on Tuesday, the governor said. Seven people were injured, two of them required "
     "hospitalization.", "en", {"injured": 7, "hospitalized": 2}),
    # (fig20: with no injured claim of their own, the hospitalised are as many injured)
    ("Ukrainian shelling hit Shebekino on Tuesday, the governor said. Three wounded residents remain in medical "
     "facilities.", "en", {"hospitalized": 3, "injured": 3}),
    ("A drone hit a car in Shebekino on Tuesday, the governor said. A man was injured. The elderly pensioner was "
     "hospitalized.", "en", {"injured": 1, "hospitalized": 1}),
    ("Беспилотник ударил по складу в Курске, госпитализировав двоих рабочих, сообщил губернатор.",
     "ru", {"hospitalized": 2, "injured": 2}),
    ("Окупанти обстріляли Нікополь, повідомив Сергій Лисак. Поранено трьох людей. Одного пораненого (62 роки) "
     "шпиталізовано.", "uk", {"injured": 3, "hospitalized": 1}),
    ("Окупанти обстріляли Нікополь, повідомив Сергій Лисак. Поранено трьох людей. Один поранений 62 років "
     "госпіталізований.", "uk", {"injured": 3, "hospitalized": 1}),
    ("Окупанти обстріляли Нікополь, повідомив Сергій Лисак. Поранено 20 людей, 12 довелося ушпиталити.",
     "uk", {"injured": 20, "hospitalized": 12}),
])
def test_hospitalisation_in_the_forms_it_is_told(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# ------------------------------------------------------------------------------------ counts in their case, other words

@pytest.mark.parametrize("text, lang, value", [
    ("атакував Україну 47-ма ударними БпЛА", "uk", 47),
    ("випустили понад 5-ти ракет", "uk", 5),
    ("атаковали город 3-мя беспилотниками", "ru", 3),
])
def test_a_cardinals_case_ending_keeps_it_a_count(text, lang, value):
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("text, lang", [
    ("на 5-му поверсі о 7-й ранку", "uk"),
    ("на 9-м этаже в 90-х годах", "ru"),
])
def test_an_ordinals_case_ending_is_no_count(text, lang):
    assert find_quantities(text, lang) == []


def test_a_summary_in_a_count_with_its_case_ending(read):
    events = read("У ніч на 9 березня противник атакував Україну 47-ма ударними БпЛА, повідомили Повітряні сили. "
                  "Збито 30 дронів.", "uk")
    (e,) = [e for e in events if e.kind == "interception"]
    assert figures(e) == {"launched": 47, "intercepted": 30}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian artillery shelled Kupiansk on Monday, the governor said. The shelling killed one man and injured another "
     "four.", "en", {"killed": 1, "injured": 4}),
    ("Росіяни обстріляли Херсон, повідомив Роман Мрочко. Поранення дістали троє людей.", "uk", {"injured": 3}),
    ("Российские военные обстреляли Херсон, сообщила администрация. Военные использовали около 40 снарядов.",
     "ru", {"launched": 40}),
])
def test_figure_words_found_missing(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# ------------------------------------------------------------------------------ figures not dropped with their event

@pytest.mark.parametrize("text, lang, downed", [
    # (fig23: "Все они были сбиты" is as many downed as launched)
    ("Ночью четыре беспилотника пытались атаковать Курскую область. Все они были сбиты над районом, сообщил "
     "губернатор. Пострадавших нет.", "ru", {"intercepted": 4}),
    ("Чотири безпілотники намагалися атакувати Сумську область. Їх збили сили ППО, повідомив Олег Григоров. "
     "Постраждалих немає.", "uk", {}),
])
def test_an_attack_absorbed_into_its_interception_gives_it_its_figures(read, text, lang, downed):
    (e,) = [e for e in read(text, lang) if e.kind == "interception"]
    assert figures(e) == {"launched": 4, "killed": 0, "injured": 0, **downed}


def test_an_air_force_summary_keeps_the_nights_nobody_hurt(read):
    events = read("Russia launched 40 attack drones and two cruise missiles at Ukraine overnight, Ukraine's air force "
                  "said on Sunday, adding that its air defence systems destroyed 35 of the drones.\n\n"
                  "There were no casualties, the regional governor said.", "en")
    interceptions = [e for e in events if e.kind == "interception"]
    assert len(interceptions) == 2  # one per weapon type, no third left over
    drones = next(e for e in interceptions if e.figures["launched"].best == 40)
    assert figures(drones) == {"launched": 40, "intercepted": 35, "killed": 0, "injured": 0}
