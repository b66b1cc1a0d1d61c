"""Artillery and mortar rounds are counted weapons ("fired 18 mortar rounds"), "rounds of talks" are not; a
condition told of a part ("two of them seriously", "у двох із них — тяжкі поранення") counts the part (issue 10).
Each report is written for this test."""

import pytest

from report_reading import figures


@pytest.mark.parametrize("text, launched", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. The troops fired 18 mortar rounds "
     "at the city.", 18),
    ("Russian artillery shelled Kherson on Monday, the regional administration said. The troops fired 12 152-mm rounds "
     "at the city.", 12),
])
def test_rounds_fired_are_launched(read, text, launched):
    assert any(figures(e).get("launched") == launched for e in read(text, "en"))


def test_rounds_of_talks_are_no_weapons(read):
    text = ("Russian artillery shelled Kherson on Monday, the regional administration said. The sides held two rounds "
            "of talks.")
    assert not any("launched" in figures(e) for e in read(text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. Five people were injured, two of "
     "them seriously.", "en"),
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Ранены пять человек, двое — в тяжелом "
     "состоянии.", "ru"),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Поранено п'ятьох людей, у двох із них — тяжкі "
     "поранення.", "uk"),
])
def test_a_condition_told_of_a_part_counts_the_part(read, text, lang):
    # "two of them seriously", a dash standing for the verb
    assert any(figures(e) == {"injured": 5, "critical": 2} for e in read(text, lang))


def test_things_damaged_seriously_are_no_condition(read):
    text = ("Russian artillery shelled Kherson on Monday, the regional administration said. Five houses were hit, two "
            "of them seriously damaged.")
    assert not any("critical" in figures(e) for e in read(text, "en"))
