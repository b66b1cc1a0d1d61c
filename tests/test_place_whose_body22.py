"""A town named as whose a body or a side is, not where anything happened (issue 10, class 1: a place's role;
twenty-second session, place22): a region's own body named with it ("the Kharkiv Regional Prosecutor's Office",
`office_titles`), and a town's clandestine side ("Kherson partisans", "the Nikolaev underground", `side_nouns`). Read as
where, such a mention proposes an event of its own at the town and takes the figures of the incident told beside it.
Russian and Ukrainian name such a side by the town's adjective ("херсонские партизаны", "миколаївське підпілля"), which
is no place of the clause already: their tests below hold before and after. Each report here was written for the
test."""

import pytest

from report_reading import kinds


def test_a_regions_prosecutors_office_is_no_place_of_the_strike(read):
    events = read("Drones hit Chuhuiv overnight. Two people were injured, the Kharkiv Regional Prosecutor's Office "
                  "said.")
    assert kinds(events) == [("strike", "Chuhuyiv")]


def test_an_oblast_police_is_no_place_of_the_strike(read):
    events = read("Drones hit Chuhuiv overnight. Two people were injured, Kharkiv Oblast Police reported.")
    assert kinds(events) == [("strike", "Chuhuyiv")]


def test_a_towns_partisans_are_a_side_not_a_place(read):
    events = read("A missile hit a barracks in Poltava on Tuesday. Kherson partisans said that a commander was hit "
                  "there.")
    assert kinds(events) == [("strike", "Poltava")]


@pytest.mark.parametrize("text, lang", [
    ("A missile hit a barracks in Poltava on Tuesday. The coordinator of the Nikolaev underground said that a "
     "commander was hit. Officials later said 41 people were killed.", "en"),
    ("Ракета попала в казарму в Полтаве во вторник. Координатор николаевского подполья сообщил, что там ранен "
     "командир.", "ru"),
    ("Ракета влучила в казарму в Полтаві у вівторок. Херсонські партизани повідомили, що там поранено командира.",
     "uk"),
])
def test_a_towns_underground_is_a_side_not_a_place(read, text, lang):
    assert [e.place.admin1 for e in read(text, lang) if e.place] == ["Poltava Oblast"]


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_a_strike_on_the_police_building_stays_in_the_town(read):
    # (a body's building struck: the town before "police" with no "regional" is where)
    events = read("A missile hit the police building in Kharkiv, injuring five officers.")
    assert {place for _, place in kinds(events)} == {"Kharkiv"}


def test_an_underground_car_park_is_no_side(read):
    # ("underground" after the town's preposition, a car park in it: a strike there)
    events = read("A drone hit an underground car park in Kyiv, injuring two people.")
    assert kinds(events) == [("strike", "Kyiv")]
