"""Figures, fig18b: a list of people is summed in full, not cut short where its grammar goes on.
(1) A list of people told by their ages goes on past a comma and a list joiner: "41-річна та 66-річна жінки, а також
9-річний хлопчик" are three (ru/uk "а также"/"а також" before an age opens no new clause; en ", and a 70-year-old").
(2) English people named by a noun with an of-phrase ("the driver of the minibus and a passenger") are summed; a driver
and a passenger are people listed by nouns.
Reports written for this test (en/ru/uk), positive and negative: "а також" before what is no person told by an age
still opens a new clause; a part of a stated count is no list; a driver alone, or a driver and a passenger with
two figure words, keep their own counts."""

import pytest


def _best(events, kind="strike"):
    (e,) = [e for e in events if e.kind == kind]
    return {name: f.best for name, f in e.figures.items()}


@pytest.mark.parametrize("text, lang", [
    ("У суботу вранці росіяни вдарили ракетою по Сумах: поранені 41-річна та 66-річна жінки, а також 9-річний "
     "хлопчик.", "uk"),
    ("В субботу утром ракета попала в жилой дом в Белгороде: ранены 41-летняя и 66-летняя женщины, а также "
     "9-летний мальчик.", "ru"),
    ("On Saturday a Russian missile hit a house in Kharkiv; a 45-year-old man, a 41-year-old woman, and a "
     "9-year-old boy were injured.", "en"),
])
def test_a_list_of_people_by_age_goes_on_past_a_comma_and_a_joiner(read, text, lang):
    assert _best(read(text, lang)) == {"injured": 3}


@pytest.mark.parametrize("text, lang, expected", [
    # "а також" before what is done to things opens a clause of its own: the cars are no people
    ("У суботу вранці ракета влучила в будинок у Сумах: поранено п'ятеро людей, а також пошкоджено 12 автомобілів.",
     "uk", {"injured": 5}),
    ("В субботу утром ракета попала в дом в Белгороде: ранены пять человек, а также повреждены 12 автомобилей.",
     "ru", {"injured": 5}),
    # a count of people, then one person by age told after "а також" with a figure word of its own: no list of ages
    ("У суботу вранці ракета влучила в будинок у Сумах: загинули двоє людей, а також поранено 9-річного хлопчика.",
     "uk", {"killed": 2, "injured": 1}),
])
def test_a_joiner_before_no_list_of_ages_still_opens_a_clause(read, text, lang, expected):
    assert _best(read(text, lang)) == expected


@pytest.mark.parametrize("text", [
    "On Saturday a Russian drone hit a minibus near Kherson; the driver of the minibus and a passenger were injured.",
    "On Saturday a Russian drone hit a minibus near Kherson; the driver and a passenger were injured.",
    # the of-phrase runs to the join: the "passenger" of "a passenger bus" is no third person
    "On Saturday a Russian drone hit a bus near Kherson; the driver of a passenger bus and a passenger were injured.",
])
def test_a_driver_and_a_passenger_are_two(read, text):
    assert _best(read(text, "en")) == {"injured": 2}


@pytest.mark.parametrize("text, expected", [
    # the driver and the passenger are parts of the stated count, not a list summed in its place
    ("On Saturday a Russian drone hit a minibus near Kherson; five people, including the driver and a passenger, "
     "were injured.", {"injured": 5}),
    # one person hurt, the other not: no list
    ("On Saturday a Russian drone hit a minibus near Kherson, injuring a passenger. The driver was not hurt.",
     {"injured": 1}),
    # the driver and three passengers: the count before the plural noun
    ("On Saturday a Russian drone hit a minibus near Kherson; the driver and three passengers were injured.",
     {"injured": 4}),
])
def test_people_by_noun_are_no_sum_where_they_are_parts_or_told_apart(read, text, expected):
    assert {k: v for k, v in _best(read(text, "en")).items() if k != "killed"} == expected


def test_a_noun_inside_a_place_name_is_no_person_of_a_list(read):
    # "son" ends "Kherson": the driver alone died
    events = read("On Tuesday the Russians fired a shell at a civilian car in Kherson, and the driver died on the spot.",
                  "en")
    assert _best(events) == {"killed": 1}
