"""How an event's `low` reads the parts of its own count (issue 10, figures attached to the right event): people
listed by their ages or nouns are a count, and a count told as more of the same beside a larger total is a part of
it. Each report is written for this test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. Nine civilians were injured. "
     "Later two more men sustained injuries, the administration added.", "en", (9, 11, 11)),
    ("Беспилотник атаковал Белгород, сообщил губернатор Иван Петров. Пострадали шесть человек. "
     "Позже стало известно, что пострадали ещё два человека.", "ru", (6, 8, 8)),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Четверо людей отримали поранення. "
     "Пізніше ще одна жінка також отримала поранення.", "uk", (4, 5, 5)),
])
def test_a_count_told_as_more_beside_a_larger_count_does_not_pull_low_down(read, text, lang, expected):
    # (fix21c: told in a later sentence, the more is added to the count before it, increments.added_up; low stays the
    # count first told, not the part)
    assert bounds(casualty_event(read(text, lang)), "injured") == expected


def test_a_count_told_as_more_with_nothing_larger_stays_the_count(read):
    text = "Russian artillery shelled Kherson on Monday. Two more men were injured, the regional administration said."
    assert bounds(casualty_event(read(text, "en")), "injured") == (2, 2, 2)


def test_people_listed_by_age_are_a_count_a_bare_casualty_word_refers_to(read):
    text = ("Беспилотник атаковал Белгород, сообщил губернатор Иван Петров. Ранены 79-летняя, 78-летняя и "
            "60-летняя женщины. Раненые доставлены в больницу.")
    assert bounds(casualty_event(read(text, "ru")), "injured") == (3, 3, 3)
