"""Hospitalisation told of the group of the hurt without a count ("The injured were brought to the hospital",
"Пострадавшие доставлены в областную больницу", "Обоє госпіталізовані") is as many hospitalised as injured; told of
one person by a pronoun or a nominative noun ("Він госпіталізований", "Пострадавший был доставлен в ЦРБ") it is one
(issue 10, figure best). Each report is written for this test."""

import pytest

from report_reading import casualty_event, figures


@pytest.mark.parametrize("text, lang", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. Two residents were wounded. "
     "The injured were brought to the hospital.", "en"),
    ("Russian artillery shelled Kherson on Monday, the regional administration said. Two residents were wounded. "
     "Both were being treated in hospital.", "en"),
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Ранены два человека. Пострадавшие "
     "доставлены в Курск в областную больницу.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено двох людей. Обоє госпіталізовані.", "uk"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено двох людей. Постраждалих госпіталізовано "
     "до медичних закладів.", "uk"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено двох людей. Госпіталізовані у "
     "середньому стані.", "uk"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено двох людей. Двоє з поранених "
     "доставлені до найближчої лікарні.", "uk"),
])
def test_the_group_of_the_hurt_hospitalised_is_as_many_as_injured(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 2, "hospitalized": 2}


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Ранены два человека. Пострадавший "
     "был доставлен в местную ЦРБ.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено двох людей. Він госпіталізований із "
     "пораненнями.", "uk"),
])
def test_one_person_hospitalised_is_one(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 2, "hospitalized": 1}


def test_houses_are_not_the_hurt(read):
    text = ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Пошкоджено два будинки. Постраждалих "
            "немає.")
    assert "hospitalized" not in figures(casualty_event(read(text, "uk")))
