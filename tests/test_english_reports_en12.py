"""English reports read the way the ru and uk files already read theirs (twelfth session, en12): a dateline after the
date stamp an excerpt opens with is still where the report was filed; boats with no crew are naval drones, and
destroying them is an interception of its own (one interception per weapon type), not a part of the drones' regional
count; a surname after an Arabic or Hebrew first name is no village."""

import pytest

from report_reading import kinds, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def test_a_dateline_after_an_opening_date_stamp_is_no_place_of_the_strike(read):
    events = read(" date 2025-03-10 LONDON, Mar 10 (Reuters) - Two people were killed when a Ukrainian missile hit a "
                  "market in the Russian city of Kursk on Monday, the governor said.")
    assert kinds(events) == [("strike", "Kursk")]


def test_drone_boats_destroyed_after_a_regional_count_of_drones_are_their_own_interception(read):
    events = read("The defence ministry said air defence units shot down 30 drones over the Bryansk Region, five over "
                  "the Oryol Region and two over the Tula Region during the night.\n\n"
                  "Separately, navy helicopters destroyed four drone boats in the Black Sea, the ministry added.")
    by_weapon = {e.weapon: e for e in events if e.kind == "interception"}
    assert set(by_weapon) == {"drone", "naval_drone"}
    assert by_weapon["naval_drone"].figures["intercepted"].best == 4
    assert by_weapon["naval_drone"].place.key == "Black Sea"
    assert "Black Sea" not in by_weapon["drone"].place.name


@pytest.mark.parametrize("boats", ["unmanned boats", "uncrewed boats", "USVs", "unmanned surface vessels",
                                   "maritime kamikaze drones"])
def test_boats_with_no_crew_are_naval_drones(read, boats):
    events = read(f"Russian forces destroyed three {boats} near Sevastopol overnight, the governor said on Monday.")
    assert [(e.kind, e.weapon) for e in events] == [("interception", "naval_drone")]


def test_a_surname_after_an_arabic_first_name_is_no_place(read):
    events = read("An Israeli air strike on a house in Gaza City killed six people on Sunday, the health ministry said. "
                  "\"They were all asleep,\" said Nasser Dalu, a neighbour. The director of the hospital, Hassan Wazni, "
                  "said nine more were wounded.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_the_attack_a_war_began_with_named_by_its_day_is_no_incident_of_the_report(read):
    events = read("BEIRUT: An Israeli drone strike on a car near Tyre killed two people on Tuesday, Lebanon's state news "
                  "agency said. Hezbollah and Israel have traded fire since the Palestinian group's October 7 attack on "
                  "southern Israel sparked the war in Gaza.")
    assert [(e.kind, e.date) for e in events if e.kind == "strike"] == [("strike", events[0].date)]
    assert all(str(e.date) != "2023-10-07" for e in events)


def test_fire_exchanged_on_a_near_daily_basis_is_no_incident(read):
    events = read("Hezbollah and Israel have exchanged fire on a near-daily basis across the border, the agency said.")
    assert events == []


def test_the_hospital_the_wounded_are_to_be_moved_to_is_no_place_of_the_strike(read):
    events = read("A Ukrainian drone hit a car near the village of Tetkino in the Kursk region on Monday, injuring two "
                  "men, the governor said. Medics treated them at the scene, with plans to transfer them to the Kursk "
                  "Regional Hospital. \"Such wounds are hard to treat,\" said a surgeon at the Kursk Regional Hospital.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_port_named_by_its_own_name_is_no_village_that_bears_it_as_an_alternate(gazetteer):
    # the Crimean and Kherson towns named make Ukraine most of the report's places; Novorossiysk is still the port
    text = ("Drone debris damaged a tanker in the port of Novorossiysk on Thursday evening, injuring three sailors. "
            "The drones had been launched towards Crimea and the Kherson region, over Feodosiya, Yevpatoriya, "
            "Skadovsk and Hola Prystan.")
    (port,) = [m for m in gazetteer.find(text, "en") if m.text == "Novorossiysk"]
    assert (port.candidates[0].place.name, port.candidates[0].place.country) == ("Novorossiysk", "RU")


def test_a_state_that_has_not_commented_is_no_place_of_the_strike(read):
    events = read("An air strike on a house in Gaza City killed nine members of one family on Sunday, medics said. "
                  "Israel hasn't offered an explanation for the air strike.")
    assert kinds(events) == [("strike", "Gaza")]


def test_a_country_a_place_lies_near_is_no_place_of_the_strike(read):
    events = read("Drones struck an oil refinery in southwestern Russia near Ukraine on Friday, local authorities said.")
    assert kinds(events) == [("strike", "Russia")]


@pytest.mark.parametrize("told", ["Arrivals were recorded in the city of Pokrovsk", "Four arrivals were counted in Pokrovsk"])
def test_arrivals_translated_from_russian_and_ukrainian_are_hits(read, told):
    events = read(f"Russian drones attacked the Donetsk region overnight, officials said. {told}, the city's military "
                  "administration said, damaging a school.")
    assert ("strike", "Pokrovsk") in kinds(events)


def test_an_airports_arrivals_are_no_hits(read):
    events = read("Vnukovo airport was closed on Friday, with all arrivals and departures suspended after a drone attack "
                  "on Moscow, the city's mayor said.")
    assert all(k != "strike" or p != "Vnukovo International Airport" for k, p in kinds(events))


def test_attacks_said_to_reach_beyond_a_place_tell_no_attack_there(read):
    events = read("A drone struck a car near Rylsk in the Kursk region, injuring two people, the governor said. The "
                  "attacks have not been limited to Kursk.")
    assert kinds(events) == [("strike", "Rylsk")] or [k for k, _ in kinds(events)] == ["strike"]


def test_a_state_that_targetted_a_city_spelt_with_two_ts_is_the_state_acting(read):
    events = read("A missile strike damaged the runway at Odesa airport on Saturday, the military said. Russia has "
                  "sporadically targetted Odesa.")
    assert [k for k, _ in kinds(events)] == ["strike"]
