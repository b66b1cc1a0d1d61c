""""One of the dead", "one of those killed", "one of the injured was a teenager": one member of a group named, not the
group's size. No count of 1 comes of it (the group's word alone says there were some: at least one, a lower bound);
what is told of the part is still its figure ("one of the injured later died", "one of the wounded was hospitalized"),
and a count of the group told elsewhere stays. The reports are our own."""

from __future__ import annotations

import pytest

LEAD = "A Russian drone hit a car in Kherson on Monday, the governor said. "


def claims(events):
    return sorted((c.figure, c.value, c.lower_bound) for e in events for c in e.claims if c.figure)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("One of the injured was a teenager.", "injured"),
    ("One of the injured is a teenager.", "injured"),
    ("One of the dead was a fighter.", "killed"),
])
def test_one_of_a_group_is_no_count_of_one(read, sentence, figure):
    assert claims(read(LEAD + sentence)) == [(figure, 1, True)]  # there were some: at least one, no exact 1


@pytest.mark.parametrize("sentence", ["One of those wounded was an officer.", "One of those killed was a driver.",
                                      "Two of those injured were children."])
def test_one_of_those_hurt_gives_no_count(read, sentence):
    assert claims(read(LEAD + sentence)) == []


def test_a_count_of_the_group_told_elsewhere_stays_alone(read):
    text = "A Russian drone hit a car in Kherson on Monday, killing two people, the governor said. " \
           "One of those killed was a driver."
    assert claims(read(text)) == [("killed", 2, False)]


@pytest.mark.parametrize(("sentence", "want"), [
    # what must not change: a figure told of the part, and one person counted outright
    ("One of the injured later died in hospital.", [("killed", 1, False)]),
    ("One of the wounded was hospitalized.", [("hospitalized", 1, False)]),
    ("One person was killed.", [("killed", 1, False)]),
    ("The injured was a teenager.", [("injured", 1, False)]),
    ("Five people were injured, one of whom died later.", [("injured", 5, False), ("killed", 1, False)]),
])
def test_a_figure_of_the_part_or_one_person_counted_stays(read, sentence, want):
    assert claims(read(LEAD + sentence)) == want


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Беспилотник атаковал автомобиль в Белгороде, сообщил губернатор. Один из погибших был водителем.", "ru", "killed"),
    ("Беспилотник атаковал автомобиль в Белгороде, сообщил губернатор. Один из пострадавших - подросток.", "ru",
     "injured"),
    ("Російський дрон атакував автомобіль у Херсоні, повідомив голова ОВА. Один із загиблих - водій.", "uk", "killed"),
    ("Російський дрон атакував автомобіль у Херсоні, повідомив голова ОВА. Одна з поранених - 15-річна дівчина.", "uk",
     "injured"),
])
def test_russian_and_ukrainian_one_of_a_group_is_at_least_one(read, text, lang, figure):
    assert claims(read(text, lang)) == [(figure, 1, True)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Беспилотник атаковал автомобиль в Белгороде, сообщил губернатор. Один из раненых скончался в больнице.", "ru",
     [("killed", 1, False)]),
    ("Російський дрон атакував автомобіль у Херсоні, повідомив голова ОВА. Один з поранених помер у лікарні.", "uk",
     [("killed", 1, False)]),
])
def test_russian_and_ukrainian_figure_of_the_part_stays(read, text, lang, want):
    assert claims(read(text, lang)) == want
