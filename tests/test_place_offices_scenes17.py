"""A Ukrainian region's military administration named by its place ("the Kharkiv OVA") is whose office speaks,
not where (en `office_titles`); a war's "military actions in" a place are its scene, not an incident's place (en
`war_scenes`). Reports written for these tests; the official's name is made up."""

import pytest

from eventledger.extract import incidents


def places(events):
    return [(e.kind, e.place.key if e.place else None) for e in events]


def test_the_office_of_an_oblast_is_not_its_city(read):
    events = read("Kharkiv OVA head Petro Hnatenko wrote that Russian artillery shelled the Kupiansk district overnight, "
                  "injuring two women.")
    assert places(events) == [("shelling", "Kupiansk Raion")]


@pytest.mark.parametrize("before, after", [
    ("", " OVA head Petro Hnatenko wrote"),
    ("", " Regional Military Administration said"),
    ("", " City Military Administration reported"),
])
def test_office_words(before, after):
    assert incidents.is_office(before, after, "en")


@pytest.mark.parametrize("after", [
    " ova", " nova", " oval office", " region was shelled", " military said",  # no office: lower case, other words
])
def test_not_office_words(after):
    assert not incidents.is_office("", after, "en")


def test_an_administration_still_places_what_it_reports(read):
    # the seat of the office is still where the report is: an incident told with no place of its own stays there
    events = read("The Kharkiv Regional Military Administration said a missile hit a warehouse, injuring three people.")
    assert places(events) == [("strike", "Kharkiv")]


def test_military_actions_in_a_place_are_a_wars_scene(read):
    events = read("Speakers at the rally demanded a halt to military actions in Gaza.")
    assert places(events) == []


def test_a_strike_in_the_same_place_stays(read):
    assert places(read("An Israeli drone strike in Gaza wounded five people on Monday, rescuers said.")) == [("strike", "Gaza")]
