"""A condition without a count said of one person is a count of one; said of several, it stays a lower bound
(issue 10, figure low/high). Each report is written for this test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize("text, lang", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. A 70-year-old man was "
     "wounded. He was taken to hospital in critical condition.", "en"),
    ("Беспилотник атаковал село в Белгородской области, сообщил губернатор Иван Петров. Пострадавший мужчина "
     "находится в тяжелом состоянии.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Відомо про п'ятьох постраждалих, серед них "
     "жінка – у важкому стані.", "uk"),
])
def test_a_condition_said_of_one_person_is_one(read, text, lang):
    assert bounds(casualty_event(read(text, lang)), "critical") == (1, 1, 1)


def test_a_condition_said_of_several_stays_a_lower_bound(read):
    text = ("Russian artillery shelled Kherson on Monday, the regional administration said. Several residents were "
            "wounded; they were taken to hospital in critical condition.")
    assert bounds(casualty_event(read(text, "en")), "critical") == (1, 1, None)
