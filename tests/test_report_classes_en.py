"""More classes of error measured on real English reports (issue 10, the English round), each shown with a report
written for this test: places that name an official's office, and more."""

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report
from report_reading import PUBLISHED, figures, kinds


def test_the_region_of_a_governors_office_is_not_where_the_strike_was(read):
    events = read("A missile struck a market in Shebekino on Monday. Belgorod region Governor Ivan Petrov said three "
                  "people were wounded in the attack. The governor of the neighbouring Kursk region, Pavel Sidorov, "
                  "condemned the attack on Shebekino.")
    assert kinds(events) == [("strike", "Shebekino")]
    assert figures(events[0]) == {"injured": 3}


def test_a_mayors_city_is_still_where_the_report_is(read):
    events = read("Two people were killed in a drone strike on the Dnipro on Monday evening. According to Dnipro Mayor "
                  "Ivan Petrov, the drone hit a shop.")
    assert [(e.kind, e.place.key) for e in events if e.kind == "strike"] == [("strike", "Dnipro")]


def test_a_date_in_a_relative_clause_is_the_nouns_not_the_attacks(read):
    events = read("A missile attack on the port of Odesa was launched from Crimea, which was annexed by Russia in 2014, "
                  "the navy said. Two people were injured.")
    assert [(e.kind, e.date, e.background) for e in events] == [("strike", "2025-03-10", False)]


def test_attacks_since_a_year_are_a_span_of_time_not_an_incident(read):
    events = read("A drone hit a house in Shebekino, injuring one man. Attacks on the town have taken place almost "
                  "daily since 2022. Since the war began in February 2022, drones have struck dozens of villages nearby.")
    assert kinds(events) == [("strike", "Shebekino")]


def test_a_capital_that_has_not_claimed_an_attack_is_no_place(read):
    events = read("A drone hit a depot in Bryansk, injuring two workers. Kyiv has not claimed responsibility for the "
                  "attack.")
    assert kinds(events) == [("strike", "Bryansk")]


def test_aircraft_destroyed_on_an_airfield_were_struck_not_intercepted(read):
    events = read("The Morozovsk airfield was attacked overnight, a news outlet reported. Officials said the attack "
                  "had destroyed two aircraft.")
    assert [e.kind for e in events] == ["strike"]


def test_aircraft_destroyed_in_a_drone_strike_are_no_interception(read):
    events = read("Six aircraft destroyed in Ukrainian drone strike on Morozovsk air base\n\nThe airfield was attacked "
                  "overnight, a news outlet reported.")
    assert "interception" not in [e.kind for e in events]


def test_a_headline_that_kills_four_gives_the_count(read):
    (event,) = read("Shelling kills four in Shebekino, governor says")
    assert (event.kind, figures(event)) == ("shelling", {"killed": 4})


def test_a_sentence_naming_no_day_tells_of_the_incident_told_before_it(gazetteer):
    report = Report(text="A missile hit Kharkiv on Saturday, injuring five people. According to the report, two "
                         "missiles hit the city centre.", published=PUBLISHED, language="en")
    (event,) = extract(report, gazetteer)
    # (the two missiles that hit are the event's `hit` figure)
    assert (event.date, figures(event)) == ("2025-03-08", {"hit": 2, "injured": 5})


def test_figures_of_an_incident_recalled_by_its_date_are_not_the_reports(read):
    events = read("A drone hit a house in Shebekino, injuring one man, the governor said. Since then the town has been "
                  "quiet; 25 people were killed there in a single incident in December 2024.")
    assert [figures(e) for e in events] == [{"injured": 1}]


@pytest.mark.parametrize("text, expected", [
    ("A missile hit a car in Kherson, injuring the driver.", {"injured": 1}),
    ("A drone struck Kherson. A driver of the district council chief was killed in the attack.", {"killed": 1}),
    ("A drone hit Kherson. A 45-year-old civilian was killed.", {"killed": 1}),
    ("Shelling of Kherson killed the residents of a house.", {}),
])
def test_one_person_named_by_a_singular_noun_is_a_count_of_one(read, text, expected):
    (event,) = read(text)
    assert figures(event) == expected


def test_a_death_toll_risen_to_a_number_far_from_its_words_is_counted(read):
    events = read("A missile hit the administration building in Kherson. The death toll in the Kherson administration "
                  "building strike has risen to three, emergency services said.")
    assert [figures(e) for e in events] == [{"killed": 3}]


def test_a_launch_site_in_brackets_and_its_country_are_no_places_and_the_counts_are_one_claim(read):
    events = read("Fourteen Shahed drones destroyed in Ukraine's sky last night\n\n"
                  "\u201cOn the night of March 10, Russian invaders attacked Ukraine with 15 Shahed drones from the "
                  "south-eastern direction (Primorsko-Akhtarsk \u2013 Russian Federation),\u201d the Air Force said.\n\n"
                  "Read also: Strike on a navy headquarters in Sevastopol during a meeting\n\n"
                  "Air defence destroyed 14 drones.")
    assert [(e.kind, e.place.key) for e in events] == [("interception", "Ukraine")]
    assert figures(events[0]) == {"launched": 15, "intercepted": 14}


def test_the_active_voice_of_damaged_is_a_strike_in_ukrainian(read):
    events = read("Ракетний удар по Дніпру: загинула одна людина. Крім того, окупанти також пошкодили підприємство "
                  "на Дніпропетровщині.", "uk")
    assert ("strike", "Dnipropetrovsk Oblast") in kinds(events)


@pytest.mark.parametrize("text, source", [
    ("A missile hit Kherson, killing two people, a correspondent of Russian state news agency Tass reported.",
     "correspondent of Russian state news agency Tass"),
    ("A missile hit Mykolaiv, killing seven people, local emergency services said.", "local emergency services"),
    ("Shelling of Shebekino killed four people, the local governor Ivan Petrov said on Monday.",
     "local governor Ivan Petrov"),
])
def test_state_as_an_adjective_and_local_before_a_title_are_part_of_the_speakers_name(read, text, source):
    claims = [c for e in read(text) for c in e.claims if c.figure == "killed"]
    assert claims and {c.source for c in claims} == {source}


@pytest.mark.parametrize("text, source", [
    ("Five people were killed in shelling of Kherson over the past day.\nThis was reported by the head of the regional "
     "military administration Ivan Petrov in Telegram.", "head of the regional military administration Ivan Petrov"),
    ("Air defence shot down 16 out of 17 drones over Ukraine at night.\n\nThis follows from a statement by the Air "
     "Force.", "Air Force"),
])
def test_this_was_reported_by_someone_names_the_source_of_the_sentence_before(read, text, source):
    claims = [c for e in read(text) for c in e.claims if c.figure]
    assert claims and {c.source for c in claims} == {source}
