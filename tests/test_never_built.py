"""Incidents whose place is named but that were never built or were absorbed by another place (issue 10): buildings
that "suffered" in a roundup, a place told with an apposition saying where it lies ("Maryinka, a western suburb of
Donetsk"), a fuel tank hit in a country, a dateline whose agency is followed by no dash. Reports written for this test."""

import pytest

from eventledger.extract.incidents import is_dateline, target, trigger
from report_reading import kinds


@pytest.mark.parametrize("text, lang", [
    ("После обстрела пострадали 12 жилых домов и два автомобиля.", "ru"),
    ("Внаслідок обстрілу постраждали три приватні будинки.", "uk"),
])
def test_buildings_that_suffered_in_an_attack_are_its_damage(text, lang):
    found = trigger(text, lang)
    assert found is not None and found.kind in ("strike", "shelling")


@pytest.mark.parametrize("text, lang", [
    ("В ДТП пострадали двое пешеходов.", "ru"),
    ("Пострадали 12 жилых домов после урагана.", "ru"),
])
def test_suffering_with_no_building_or_no_war_is_no_strike(text, lang):
    assert trigger(text, lang, war_nearby=lambda: False) is None


def test_a_place_described_by_its_apposition_is_where_not_the_place_it_names(read):
    text = ("Shelling hit four apartment blocks overnight in Avdiivka, a northern suburb of Donetsk, "
            "killing two residents, officials said.")
    places = [place for kind, place in kinds(read(text)) if kind in ("shelling", "strike")]
    assert len(places) == 1 and places[0].startswith("Avdi"), places


def test_the_apposition_needs_a_comma_and_the_words_of_location(gazetteer):
    from eventledger.extract.place_roles import _located_by
    assert _located_by(", a western suburb of ", "en")
    assert _located_by(", пригороде ", "ru")
    assert not _located_by(" and ", "en")
    assert not _located_by(", the capital of ", "en")


def test_a_fuel_tank_is_an_energy_target():
    found = target("A fuel tank in the port was also hit in a drone strike", "en", "")
    assert found is not None and found.category == "energy"


def test_a_dateline_with_its_agency_and_no_dash_is_where_the_report_was_filed():
    text = "Odesa, Mar 3 (UNI) A drone hit a warehouse in Izmail overnight."
    assert is_dateline(text, 0, 5)
    assert not is_dateline("Odesa, Ukraine (AFP) is quoted by others.", 0, 5)
