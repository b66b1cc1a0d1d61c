"""A strike told at several places with what was hit there, the facility word in the plural ("struck army training
centres in the regions of X, Y and Z"), gives each place its target: one event per place (ANNOTATION.md), not a bare
list of places that makes none. Reports written for this test."""

import pytest

from eventledger.extract.incidents import target
from report_reading import kinds


@pytest.mark.parametrize("clause, category", [
    ("missiles struck military training centres near the border", "military"),
    ("drones hit two fuel depots overnight", "energy"),
    ("the attack damaged several substations", "energy"),
    ("strikes on airfields in the south", "airfield"),
    ("shells hit two schools and a hospital", "civilian_infrastructure"),
])
def test_a_facility_word_in_the_plural_is_a_target(clause, category):
    found = target(clause, "en", clause)
    assert found is not None and found.category == category


def test_a_plain_list_of_places_still_makes_no_events(read):
    text = ("Russian missiles hit an apartment block in Odesa on Monday, killing two people. "
            "Strikes were also reported in Poltava, Sumy and Chernihiv.")
    places = [place for kind, place in kinds(read(text)) if kind == "strike"]
    assert places == ["Odesa"], places


def test_a_list_of_places_with_their_facilities_hit_gives_each_its_event(read):
    text = ("Russian missiles hit an apartment block in Odesa on Monday, killing two people. "
            "The defence ministry in Moscow said its missiles also struck military training grounds in Poltava, "
            "Sumy and Chernihiv.")
    places = {place for kind, place in kinds(read(text)) if kind == "strike"}
    assert {"Odesa", "Poltava", "Sumy", "Chernihiv"} <= places, places
