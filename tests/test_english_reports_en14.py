"""English reports of the fourteenth session's English events round (en14). Every report here was written for these
tests."""

import pytest
from report_reading import figures, kinds


@pytest.mark.parametrize("report", [
    "A Russian drone hit a bakery in Sumy on Monday, injuring two workers, the regional governor said. Last week, a "
    "missile strike on a school in Okhtyrka killed four teachers.",
    "A Russian drone hit a bakery in Sumy on Monday, injuring two workers, the regional governor said. Earlier this "
    "month, in the village of Krasnopillia, a drone struck a tractor and killed its driver.",
    "A Russian drone hit a bakery in Sumy on Monday, injuring two workers, the regional governor said. Last month "
    "a glide bomb destroyed a school in Okhtyrka.",
])
def test_an_incident_of_a_period_before_the_report_is_recalled_not_reported(read, report):
    events = read(report)
    assert kinds(events) == [("strike", "Sumy")]
    assert figures(events[0]) == {"injured": 2}


@pytest.mark.parametrize("report", [
    "The drone attack on the port of Izmail follows a missile strike last week that killed two dock workers; on "
    "Tuesday three grain silos burned in Izmail.",
    "A Russian missile struck an apartment block in Kharkiv on Sunday, killing three people, the deadliest attack on "
    "the city since last month.",
    "Shelling has not stopped since last week: on Sunday a shell hit a house in Nikopol, injuring a woman.",
])
def test_todays_incident_beside_a_recalled_period_stays(read, report):
    assert [k for k, _ in kinds(read(report))] and all(p is not None for _, p in kinds(read(report)))


@pytest.mark.parametrize("report, lang, place", [
    ("Утром дрон атаковал автобус в Белгороде, ранены двое пассажиров. На прошлой неделе снаряд попал в школу в "
     "Шебекино, погибли три человека.", "ru", "Belgorod"),
    ("Вранці дрон атакував автобус у Херсоні, поранено двох пасажирів. Минулого тижня снаряд влучив у школу в "
     "Бериславі, загинули троє людей.", "uk", "Kherson"),
])
def test_a_recalled_period_in_russian_and_ukrainian(read, report, lang, place):
    events = read(report, lang)
    assert [p for _, p in kinds(events)] == [place]
    assert figures(events[0]) == {"injured": 2}


def test_what_came_a_day_before_is_recalled_and_the_incident_before_the_words_stays(read):
    events = read("Two people were hurt when a Russian drone hit a warehouse in Odesa on Tuesday. The strike "
                  "came one day after a drone hit a hostel in Kharkiv, injuring at least five people.")
    assert kinds(events) == [("strike", "Odesa")]
    assert figures(events[0]) == {"injured": 2}
    events = read("Eleven people died in airstrikes on a market in Izium on Sunday a day after a drone hit a school "
                  "in Kupiansk.")
    assert kinds(events) == [("strike", "Izyum")]


@pytest.mark.parametrize("report", [
    "A Russian drone hit a bakery in Sumy on Monday, injuring two workers. Since March 2024, Russian drones have "
    "killed 40 people in Okhtyrka.",
])
def test_a_span_up_to_now_is_no_incident(read, report):
    events = read(report)
    assert kinds(events) == [("strike", "Sumy")]
    assert figures(events[0]) == {"injured": 2}


def test_since_the_morning_is_todays(read):
    events = read("Since early morning, Russian shells have hit Nikopol, wounding three people, the governor said.")
    assert kinds(events) == [("shelling", "Nikopol")]


@pytest.mark.parametrize("report, place", [
    ("A Russian drone hit a house in the village of Ternova in northern Kharkiv on Friday, injuring two.", "Ternova"),
    ("A Russian drone hit a house in Kupiansk in eastern Kharkiv on Friday, injuring two.", "Kupyansk"),
])
def test_a_town_in_a_compass_part_of_a_region_named_as_its_city_is_one_place(read, report, place):
    assert kinds(read(report)) == [("strike", place)]


@pytest.mark.parametrize("report, place", [
    ("A day after drones hit a school in Okhtyrka, a Russian missile struck a bakery in Sumy, killing two people.",
     "Sumy"),
    ("Since 5 a.m., Russian troops have shelled Nikopol, wounding three people, the governor said.", "Nikopol"),
])
def test_a_sentence_that_opens_with_the_day_before_or_an_hour_goes_on_to_its_incident(read, report, place):
    assert place in [p for _, p in kinds(read(report))]
