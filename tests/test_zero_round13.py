"""Stated zeros of the real-news pool (ninth session): "no-one was hurt" counts nobody, not one. Shown with short reports
written for this test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize("text", [
    "A drone struck a fuel depot in Sevastopol on Saturday, causing a fire. No-one was hurt, officials said.",
    "A drone struck a fuel depot in Sevastopol on Saturday, causing a fire. Later no-one was hurt, officials said.",
])
def test_no_one_with_a_hyphen_counts_nobody(read, text):
    event = casualty_event(read(text, "en"))
    assert bounds(event, "injured") == (0, 0, 0)
    assert {c.value for c in event.claims if c.figure == "injured"} == {0}


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал склад в Брянской области, сообщил губернатор. В результате инцидента нет пострадавших.", "ru"),
    ("Беспилотник атаковал склад в Брянской области. Нет погибших и пострадавших, сообщил губернатор.", "ru"),
    ("Дрон атакував склад у Сумах, повідомив голова ОВА. Немає постраждалих.", "uk"),
])
def test_a_negation_before_the_harmed_states_a_zero(read, text, lang):
    # "нет пострадавших", "немає постраждалих": the negation first, as "пострадавших нет" after
    event = casualty_event(read(text, lang))
    assert bounds(event, "injured") == (0, 0, 0)
    assert bounds(event, "killed") == (0, 0, 0)


def test_no_dead_says_nothing_of_the_injured(read):
    text = "Беспилотник атаковал склад в Брянской области, сообщил губернатор. Нет погибших, ранен один человек."
    assert bounds(casualty_event(read(text, "ru")), "injured")[1] == 1
