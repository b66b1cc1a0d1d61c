"""A region told by its city's name and a word for a region the gazetteer has no name with ("the Krasnodar Territory",
"the Kursk border region") is that region, not the city (issue 10, class 1: which place is the event's; twenty-second
session, place22; geo.region_of_city). English only: Russian and Ukrainian name such a region by an adjective and
"край"/"область", which the gazetteer reads (the tests below show it). Each report here was written for the test."""

import pytest

from report_reading import kinds


@pytest.mark.parametrize("text, region", [
    ("Explosions were heard overnight in the Krasnodar Territory, local channels reported.", "Krasnodar Krai"),
    ("A drone injured a man in the Kursk border region on Monday, the governor said.", "Kursk Oblast"),
    ("Drones hit a fuel depot in the Stavropol Territory, starting a fire.", "Stavropol Krai"),
])
def test_a_city_told_with_a_word_for_its_region_is_the_region(read, text, region):
    assert [place for _, place in kinds(read(text))] == [region]


@pytest.mark.parametrize("text, lang", [
    ("Ночью в Краснодарском крае были слышны взрывы, сообщили местные каналы.", "ru"),
    ("Вночі в Краснодарському краї було чути вибухи, повідомили місцеві канали.", "uk"),
])
def test_russian_and_ukrainian_name_the_region_by_its_adjective(read, text, lang):
    assert {e.place.precision for e in read(text, lang) if e.place} == {"admin1"}


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_the_city_alone_stays_the_city(read):
    assert kinds(read("A drone hit a house in Krasnodar, injuring two people.")) == [("strike", "Krasnodar")]


def test_a_city_whose_region_has_another_name_stays_the_city(read):
    # Sochi lies in Krasnodar Krai, which is not called after it: "the Sochi border area" is no region
    events = read("A drone hit a hotel in the Sochi border area overnight, injuring two guests.")
    assert "Krasnodar Krai" not in {place for _, place in kinds(events)}
