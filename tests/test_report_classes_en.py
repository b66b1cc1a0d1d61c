"""More classes of error measured on real English reports (issue 10, the English round), each shown with a report
written for this test: places that name an official's office, and more."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str = "en") -> list[Event]:
        return extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    return read


def figures(e: Event) -> dict[str, int]:
    return {name: f.best for name, f in e.figures.items()}


def kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.kind, e.place.name if e.place else None) for e in events]


def test_the_region_of_a_governors_office_is_not_where_the_strike_was(read):
    events = read("A missile struck a market in Shebekino on Monday. Belgorod region Governor Ivan Petrov said three "
                  "people were wounded in the attack. The governor of the neighbouring Kursk region, Pavel Sidorov, "
                  "condemned the attack on Shebekino.")
    assert kinds(events) == [("strike", "Shebekino")]
    assert figures(events[0]) == {"injured": 3}


def test_a_mayors_city_is_still_where_the_report_is(read):
    events = read("Two people were killed in a drone strike on the Dnipro on Monday evening. According to Dnipro Mayor "
                  "Ivan Petrov, the drone hit a shop.")
    assert [(e.kind, e.place.name) for e in events if e.kind == "strike"] == [("strike", "Dnipro")]


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
