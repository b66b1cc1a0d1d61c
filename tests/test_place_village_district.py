"""A village named with its district is read in that district, whatever spelling the district is given or whether it
is called a district, an urban district or an okrug: never a namesake of another region. (Reports written for these
tests.)"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _readings(gaz: Gazetteer, text: str) -> dict[str, str | None]:
    return {m.text: (m.candidates[0].place.admin1 if m.candidates else None) for m in gaz.find(text, "en")}


@pytest.mark.parametrize(("text", "village", "district", "admin1"), [
    # the district spelt otherwise than the gazetteer's "...skiy Rayon": read as an alternate name, still a district
    ("Shells hit the village of Sosnovka in the Sudzhansky district on Tuesday.", "Sosnovka", "Sudzhansky district",
     "Kursk Oblast"),
    ("A drone struck the village of Alexandrovka in the Glushkovsky district.", "Alexandrovka", "Glushkovsky district",
     "Kursk Oblast"),
    ("A drone struck the village of Nikolayevka, Krasnoyaruzhsky district.", "Nikolayevka", "Krasnoyaruzhsky district",
     "Belgorod Oblast"),
    # an urban district (городской округ), as English reports translate it
    ("A drone hit a house in the village of Petrovka, Valuysky urban district.", "Petrovka", "Valuysky urban district",
     "Belgorod Oblast"),
    ("Shells hit the village of Pokrovka, Shebekinsky urban district.", "Pokrovka", "Shebekinsky urban district",
     "Belgorod Oblast"),
])
def test_a_village_named_with_its_district_is_not_a_namesake_elsewhere(gaz, text, village, district, admin1):
    found = _readings(gaz, text)
    assert found[district] == admin1
    assert found.get(village) in (None, admin1)  # inside the district, or left to the district itself


def test_a_village_found_in_its_district_keeps_its_own_reading(gaz):
    found = {m.text: m.candidates[0] for m in gaz.find(
        "Shells hit the village of Mikhailovka in the Rylsky district on Tuesday.", "en") if m.candidates}
    assert (found["Mikhailovka"].feature, found["Mikhailovka"].place.admin1) == ("city", "Kursk Oblast")


def test_a_city_district_is_no_urban_district():
    # "district" after a district adjective and a large city stays the city's district, as before
    report = Report(text="A missile hit the Kievsky district of Donetsk on Monday, killing two people.",
                    language="en", published=datetime(2024, 5, 7, tzinfo=timezone.utc))
    events = extract(report)
    assert [e.place.name for e in events if e.place] == ["Donetsk"]


def test_the_event_is_placed_in_the_district_of_the_village():
    report = Report(text=(
        "Governor: one injured in shelling of a border village\n\n"
        "One man was injured when Ukrainian forces shelled the village of Pokrovka, Shebekinsky urban district, the "
        "governor said on Telegram. A house and a car were damaged."),
        language="en", published=datetime(2024, 5, 7, tzinfo=timezone.utc))
    events = [e for e in extract(report) if not e.background]
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.admin1 == "Belgorod Oblast"
