"""A name told as the one a plant, mine or shipyard is named after is a person's, not a second town (issue 10, wrong
place): towns bore the same names (Ordzhonikidze, Kalinin) and GeoNames keeps them. Each report here was written for
the test."""

import pytest

from report_reading import kinds

from eventledger.geo.named_after import names_a_person


def places(events):
    return {place for _, place in kinds(events)}


def test_ru_a_plant_named_after_a_person(read):
    events = read("Ракеты попали в судостроительный завод им. С. Орджоникидзе в Севастополе, повреждены два корабля.",
                  "ru")
    assert places(events) == {"Sevastopol"}


def test_ru_a_mine_imeni(read):
    events = read("В Донецке снаряд попал в административное здание шахты имени Калинина, ранен рабочий.", "ru")
    assert places(events) == {"Donetsk"}


def test_uk_a_plant_imeni(read):
    events = read("Ракета влучила в територію заводу імені Орджонікідзе в Запоріжжі, пошкоджено цех.", "uk")
    assert "Vladikavkaz" not in places(events)
    assert any(p and "Zapori" in p for p in places(events))


def test_en_an_initial_before_a_name(read):
    events = read("Missiles hit the S. Ordzhonikidze shipyard in Sevastopol, damaging two ships under repair.", "en")
    assert places(events) == {"Sevastopol"}


def test_en_an_initial_does_not_hide_a_country(gazetteer):
    found = [m.text for m in gazetteer.find("Drones hit a port in S. Korea and a depot in Bryansk.", "en")]
    assert "Bryansk" in found and any("Korea" in f for f in found)


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("ru", "завод им. Малышева", True),
    ("ru", "шахта имени В. И. Ленина", True),
    ("ru", "удар по Харькову", False),
    ("uk", "шахта ім. Засядька", True),
    ("en", "a plant named after Lenin", True),
])
def test_the_words_before(lang, text, person):
    start = text.rindex(" ") + 1
    assert names_a_person(text, start, lang) is person


def test_en_a_place_in_an_armed_groups_name(read):
    events = read("Jets struck the headquarters of the Fath al-Sham Front near Idlib, killing five fighters.", "en")
    assert "Damascus" not in places(events)


def test_en_a_fleets_sea_is_no_place_of_the_strike(read):
    events = read("A missile hit the Black Sea Fleet headquarters in Sevastopol, one serviceman was missing.", "en")
    assert places(events) == {"Sevastopol"}


def test_en_a_capital_that_captured_is_the_state(read):
    events = read("A drone hit a house in Sudzha on Monday, killing two. In August the region saw intense fighting "
                  "when Kyiv captured dozens of settlements.", "en")
    assert places(events) == {"Sudzha"}


def test_en_a_town_troops_encircle_is_backdrop(read):
    events = read("A Russian glide bomb hit an apartment block in Kramatorsk on Monday, injuring five people. The attack "
                  "comes as Russian troops are encircling and advancing on the largely destroyed town of Vuhledar.", "en")
    assert places(events) == {"Kramatorsk"}


def test_en_a_besieged_town_shelled_keeps_its_incident(read):
    events = read("Russian artillery shelled the besieged town of Vuhledar on Monday, killing two civilians.", "en")
    assert places(events) == {"Vuhledar"}
