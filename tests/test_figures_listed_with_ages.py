"""People listed by nouns whose ages follow them ("дитина 13 років та жінка 60 років", "жінка та чоловіки 40 і 51
років"), in the accusative ("двох чоловіків та жінку"), by family nouns ("мать и двое детей"), or after the figure word
("Ранены женщина и двое мужчин") are summed; a street named after a town ("по ул. Орджоникидзе в Ясиноватой") is no
place of a second incident (issue 10, figure best). Each report is written for this test."""

import pytest

from report_reading import casualty_event, figures, kinds


@pytest.mark.parametrize("text, lang, injured", [
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Постраждали дитина 13 років та жінка 60 років.",
     "uk", 2),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранені 75-річна жінка та чоловіки 40 і 51 "
     "років.", "uk", 3),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено двох чоловіків та жінку.", "uk", 3),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Постраждали жінка та її дві доньки.", "uk", 3),
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Ранены женщина 60 лет и двое мужчин.",
     "ru", 3),
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Ранены мать и двое детей.", "ru", 3),
])
def test_listed_people_are_summed(read, text, lang, injured):
    assert figures(casualty_event(read(text, lang))) == {"injured": injured}


def test_a_street_named_after_a_town_is_no_place(read):
    text = ("Два человека ранены в Ясиноватой в результате обстрела. Ранения получили мужчина и женщина по ул. "
            "Орджоникидзе в Ясиноватой, сообщил штаб.")
    events = read(text, "ru")
    assert len(events) == 1
    assert figures(events[0]) == {"injured": 2}
