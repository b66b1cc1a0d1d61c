"""The kind of an English clause read from the words the ru and uk files already had: air defence at work over a place
is an interception there ("работает ПВО", "працюють сили ППО"; ANNOTATION.md: explosions attributed to air defence are
an interception), the downing told as it goes on ("shooting down"), and an airport whose flights were halted, disrupted,
diverted or whose landings were restricted is an airspace restriction, not a strike at the airport."""

import pytest

from report_reading import kinds


def test_air_defence_operating_over_a_region_is_an_interception(read):
    events = read("Air defence systems are operating in the Kursk region, the governor said on Monday, asking residents "
                  "to stay in shelters.")
    assert kinds(events) == [("interception", "Kursk Oblast")]


def test_air_defence_that_operated_beside_debris_damage_is_an_interception_and_a_strike(read):
    events = read("Ukraine launched a drone attack on the Lviv region overnight, the governor said on Monday. Air defence "
                  "forces and mobile fire groups operated all night. Debris of a drone damaged a house in a village of "
                  "the Lviv district.")
    assert sorted(k for k, _ in kinds(events)) == ["interception", "strike"]


def test_air_defence_shooting_down_drones_is_an_interception(read):
    events = read("Air defence units are shooting down drones over Kharkiv, the mayor said on Monday.")
    assert kinds(events) == [("interception", "Kharkiv")]


def test_a_hit_told_beside_air_defence_at_work_stays_a_strike(read):
    events = read("A Russian missile hit a school in Kharkiv on Monday, killing two people, the governor said. Air defence "
                  "was working in the city.")
    (strike,) = [e for e in events if e.kind == "strike"]
    assert strike.figures["killed"].best == 2


def test_shooting_down_only_planned_is_no_event(read):
    assert read("The army plans to begin shooting down drones over the border next year, the minister said.") == []


@pytest.mark.parametrize("text", [
    "Kazan airport was forced to temporarily halt all flights during a drone attack on Tatarstan on Monday, officials said.",
    "A Ukrainian drone attack on Tatarstan disrupted flights at Kazan airport on Monday, officials said.",
    "A Ukrainian drone attack on Tatarstan on Monday forced flights to be diverted from Kazan airport, officials said.",
    "Landings and takeoffs at Kazan airport were restricted for three hours on Monday, the aviation agency said.",
])
def test_flights_stopped_at_an_airport_are_a_restriction_not_a_strike(read, text):
    assert [k for k, _ in kinds(read(text))] == ["airspace_restriction"]


def test_flights_diverted_to_other_airports_close_no_sky_there(read):
    events = read("Kazan airport halted flights early on Sunday, the aviation agency said. Four inbound flights were "
                  "diverted to Samara and Ulyanovsk.")
    assert {e.place.name_en for e in events if e.kind == "airspace_restriction" and e.place} <= {"Kazan International Airport", "Kazan"}
