"""Wrong places measured on real reports (issue 10, the place round), each class shown with a report written for this
test: a name read as a small place far from everything else a report names, in a country it never names."""

import pytest

from eventledger.geo.focus import in_focus
from report_reading import kinds, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def test_a_surname_is_no_town_in_a_country_the_report_never_names(read):
    # "Yermak" is the old name of Aksu, Kazakhstan: far from Kyiv, and Kazakhstan is nowhere in the report
    events = read("A drone was shot down over Kyiv overnight, said Yermak, the head of the presidential office.")
    assert kinds(events) == [("interception", "Kyiv")]


def test_an_outlet_and_a_month_are_no_places_far_from_the_report(read):
    # Mannar is a town in Sri Lanka, Turabah (Ramadan) one in Saudi Arabia; the report is about Lebanon
    events = read("An Israeli drone struck a car near Nabatieh in southern Lebanon on Monday, killing two men, "
                  "according to al-Manar. The men were returning from a Ramadan meal.")
    assert {e.place.country for e in events if e.place} == {"LB"}


def test_places_of_the_reports_area_stay_as_they_were(gazetteer):
    text = "Rockets fired from Lebanon hit Metula in northern Israel on Monday."
    found = gazetteer.find(text, "en")
    assert in_focus(found) == found


def test_a_large_city_named_with_places_of_another_country_stays_itself(read):
    # Dnipro is a city of a million in a country the report never names; Ivanovo is far away: both stay
    events = read("Three people were killed in a drone strike on Dnipro on Monday. Separately, drones hit a fuel depot "
                  "in Russia's Ivanovo region.")
    assert ("strike", "Dnipro") in kinds(events)
