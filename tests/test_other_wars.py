"""Reports of wars other than Russia's on Ukraine (issue 10): the words they tell strikes with ("an airstrike",
"авианалёт", "авіаналіт" written as one word) and the places they name a town by ("Beit Lahia, northern Gaza": one place, the finer; a side's
body, "Gaza's Hamas-run health ministry", names no place). Each report here was written for the test."""

import pytest

from report_reading import kinds


def test_an_airstrike_written_as_one_word_is_a_strike(read):
    events = read("The army carried out an airstrike on a militant hideout in Jilib on Tuesday, killing three fighters.")
    assert kinds(events) == [("strike", "Jilib")]


def test_a_town_and_the_compass_part_of_its_region_are_one_place(read):
    events = read("An Israeli air strike on a house in Beit Lahia, northern Gaza, killed seven people on Sunday, "
                  "medics said.")
    assert kinds(events) == [("strike", "Bayt Lāhyā")]


def test_a_body_run_by_a_side_is_no_place(read):
    events = read("An Israeli airstrike on a school in Beit Hanoun killed twelve people on Monday, according to "
                  "Gaza's Hamas-run health ministry.")
    assert [kind for kind, _ in kinds(events)] == ["strike"]
    assert "Gaza" not in [place for _, place in kinds(events)]


def test_a_town_and_the_province_named_after_a_city_are_one_place(read):
    events = read("A drone strike hit a car in Saraqib, Idlib province, on Friday, killing two men, a monitor said.")
    assert len(events) == 1 and kinds(events)[0][0] == "strike"
    assert kinds(events)[0][1] == "Saraqib"


def test_the_south_of_a_country_at_war_is_its_southern_region(read):
    events = read("An Israeli drone strike on a motorcycle in southern Lebanon killed two men on Tuesday.")
    assert kinds(events) == [("strike", "Al Janūb")]
    events = read("Hezbollah fired a barrage of rockets at northern Israel on Wednesday, injuring three people.")
    assert [place for _, place in kinds(events)] == ["Ash Shamālī"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В результате авианалёта на Бейрут погибли три человека, сообщил минздрав Ливана."),
    ("uk", "Внаслідок авіаналіту на Бейрут загинули троє людей, повідомило міністерство охорони здоров’я Лівану."),
])
def test_an_air_raid_written_as_one_word_is_a_strike_in_russian_and_ukrainian(read, lang, text):
    events = read(text, lang)
    assert [kind for kind, _ in kinds(events)] == ["strike"]
