"""English reports read the way the ru and uk files already read theirs (twelfth session, en12): a dateline after the
date stamp an excerpt opens with is still where the report was filed; boats with no crew are naval drones, and
destroying them is an interception of its own (one interception per weapon type), not a part of the drones' regional
count; a surname after an Arabic or Hebrew first name is no village."""

from datetime import datetime, timezone

import pytest
from report_reading import kinds

from eventledger.extract.pipeline import extract
from eventledger.model import Report


def test_a_dateline_after_an_opening_date_stamp_is_no_place_of_the_strike(read):
    events = read(" date 2025-03-10 LONDON, Mar 10 (Reuters) - A Ukrainian missile that hit a bus depot in Kursk "
                  "on Monday killed two workers, the governor said.")
    assert kinds(events) == [("strike", "Kursk")]


def test_drone_boats_destroyed_after_a_regional_count_of_drones_are_their_own_interception(read):
    events = read("Air defence crews shot down 30 drones above the Bryansk Region, five above the Oryol Region and "
                  "two above the Tula Region overnight, according to the defence ministry.\n\n"
                  "In a separate episode, naval aviation destroyed four drone boats in the Black Sea, the statement said.")
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
    events = read("Six people died on Sunday when an Israeli air strike flattened a family home in Gaza City, the health ministry said. "
                  "\"Nobody had time to run,\" said Karim Haddad, who lives next door. The head of the clinic, Samir "
                  "Nakhoul, said nine more were wounded.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_the_attack_a_war_began_with_named_by_its_day_is_no_incident_of_the_report(read):
    events = read("BEIRUT: Two men died on Tuesday when an Israeli drone struck their van near Tyre, Lebanon's state news "
                  "agency said. Both sides have traded fire ever since Hamas's October 7 assault on Israel set off the "
                  "war in Gaza.")
    assert [k for k, _ in kinds(events)] == ["strike"]
    assert all("-10-07" not in str(e.date) for e in events)


def test_fire_exchanged_on_a_near_daily_basis_is_no_incident(read):
    events = read("Both armies trade artillery fire along the frontier on a near-daily basis, the agency said.")
    assert events == []


def test_the_hospital_the_wounded_are_to_be_moved_to_is_no_place_of_the_strike(read):
    events = read("On Monday a Ukrainian drone hit a tractor close to the village of Tetkino, Kursk region, injuring two "
                  "men, the governor said. Paramedics bandaged them on the road and will later take them to a Kursk "
                  "hospital. \"Both are stable,\" a surgeon at the Kursk hospital told reporters.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_port_named_by_its_own_name_is_no_village_that_bears_it_as_an_alternate(gazetteer):
    # the Crimean and Kherson towns named make Ukraine most of the report's places; Novorossiysk is still the port
    text = ("Wreckage of a downed drone damaged a tanker moored at Novorossiysk on Thursday evening, injuring three sailors. "
            "The drones had been launched towards Crimea and the Kherson region, over Feodosiya, Yevpatoriya, "
            "Skadovsk and Hola Prystan.")
    (port,) = [m for m in gazetteer.find(text, "en") if m.text == "Novorossiysk"]
    assert (port.candidates[0].place.name, port.candidates[0].place.country) == ("Novorossiysk", "RU")


def test_a_state_that_has_not_commented_is_no_place_of_the_strike(read):
    events = read("Nine relatives were killed on Sunday when an air strike levelled their Gaza City home, medics said. "
                  "Israel hasn't offered an explanation for the air strike.")
    assert kinds(events) == [("strike", "Gaza")]


def test_a_country_a_place_lies_near_is_no_place_of_the_strike(read):
    events = read("On Friday drones set fire to a fuel depot in western Russia near Ukraine, local authorities said.")
    assert kinds(events) == [("strike", "Russia")]


@pytest.mark.parametrize("told", ["In Pokrovsk, arrivals were recorded near the market", "Four arrivals were counted in Pokrovsk"])
def test_arrivals_translated_from_russian_and_ukrainian_are_hits(read, told):
    events = read(f"Russian drones attacked the Donetsk region overnight, officials said. {told}, the city's military "
                  "administration said, damaging a school.")
    assert ("strike", "Pokrovsk") in kinds(events)


def test_an_airports_arrivals_are_no_hits(read):
    events = read("Vnukovo airport was shut on Friday, its arrivals and departures halted for hours after drones "
                  "attacked Moscow, the city's mayor said.")
    assert all(k != "strike" or p != "Vnukovo International Airport" for k, p in kinds(events))


def test_attacks_said_to_reach_beyond_a_place_tell_no_attack_there(read):
    events = read("A drone struck a minibus close to Rylsk, Kursk region, injuring two people, the governor said. The "
                  "strikes were not confined to Kursk either.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_state_that_targetted_a_city_spelt_with_two_ts_is_the_state_acting(read):
    events = read("A missile strike cratered a road by the Odesa seaport on Saturday, the military said. Russia has "
                  "occasionally targetted Odesa in the past.")
    assert [k for k, _ in kinds(events)] == ["strike"]


# negative cases (fix-en12): the rules above must not drop or make incidents they were not written for

def _read_on(gazetteer, text: str, day: str):
    published = datetime.fromisoformat(day).replace(hour=9, tzinfo=timezone.utc)
    return extract(Report(text=text, published=published, language="en"), gazetteer)


def test_an_incident_told_on_an_october_7_of_another_year_is_still_an_incident(gazetteer):
    events = _read_on(gazetteer, "ODESA, Ukraine (AP) — On October 7, drone attacks damaged a grain terminal in Odesa, "
                      "killing two workers, the regional governor said.", "2024-10-08")
    assert [(e.kind, e.place.key, str(e.date)) for e in events] == [("strike", "Odesa", "2024-10-07")]


def test_the_toll_of_an_attack_on_an_october_7_of_another_year_is_its_own(gazetteer):
    events = _read_on(gazetteer, "A Russian glide bomb attack on Kupiansk on October 7 killed three pensioners and "
                      "wounded five, the governor said.", "2024-10-08")
    assert [(e.kind, {k: f.best for k, f in e.figures.items()}) for e in events] == [
        ("strike", {"killed": 3, "injured": 5})]


def test_an_attack_on_oct_7_told_without_a_comma_is_still_an_incident(gazetteer):
    events = _read_on(gazetteer, "On Oct. 7 drone attacks damaged a power plant in Sumy, the regional administration "
                      "said.", "2025-10-09")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_fighting_sparked_by_an_attack_keeps_that_attack(read):
    events = read("The fighting was sparked by an FPV drone attack on a checkpoint outside Vovchansk on Thursday that left three "
                  "soldiers dead, the army said.")
    assert [k for k, _ in kinds(events)] == ["strike"]


@pytest.mark.parametrize("told", [
    "Officials in Dnipro said 85 evacuee arrivals were registered at the city's transit shelter on Saturday after "
    "Russian forces advanced near Marhanets.",
    "Kharkiv counted 40 new arrivals from Vovchansk on Friday as Russian troops pressed their offensive.",
    "Some 300 arrivals were registered at the reception centre for displaced families in Zaporizhzhia on Monday, as "
    "Russian troops advanced.",
])
def test_people_who_arrive_are_no_hits(read, told):
    events = read(told)
    assert all(k != "strike" for k, _ in kinds(events))
