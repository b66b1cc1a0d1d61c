"""English reports of the fifteenth session's English events round (en15). Every report here was written for these
tests."""

import pytest
from report_reading import figures, kinds, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def test_a_figure_told_after_the_district_with_no_place_is_the_districts_not_the_regions_own(read):
    # the headline's and the lead's region and the district the governor names are one incident: "the injuries as
    # severe" names no place and tells of the man the district's sentence told, not an account of the region's own
    # (the interception over another town keeps the region from taking the district's place by `to_finest`)
    events = read(
        "Drone Strike in Bryansk Region Wounds Farmer\n\nA drone strike in the Bryansk Region left a farmer injured on "
        "Monday, officials said.\n\nGovernor Alexander Bogomaz wrote on Telegram: «A 47-year-old man from Lomakovka "
        "village in the Klimovsky District was injured after a drone attack by the Ukrainian military.»\n\nThe farmer "
        "was diagnosed with a concussion and burns caused by the blast of an explosion, the governor said. Doctors "
        "described the injuries as severe.\n\nAir defence also shot down two drones over the town of Klintsy, the "
        "governor said.")
    strikes = [e for e in events if e.kind == "strike"]
    assert len(strikes) == 1 and strikes[0].place.key != "Bryansk Oblast"
    assert figures(strikes[0]) == {"injured": 1, "critical": 1}


@pytest.mark.parametrize("report", [
    "A cargo ship was struck by a missile in the Red Sea on Tuesday, maritime officials said. The attack off the port "
    "city of Hodeidah left a small fire on deck and no one hurt.",
    "A missile struck a tanker in the Red Sea on Tuesday, the UKMTO said. The attack happened off the port of "
    "Hodeidah; the crew were unharmed.",
])
def test_a_sea_and_the_port_off_which_the_ship_was_hit_are_one_place(read, report):
    events = read(report)
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.precision != "sea"


def test_what_an_attack_coincides_with_is_not_where_it_was(read):
    events = read("A drone boat rammed a tanker off the coast of Hodeidah on Tuesday, coinciding with stepped-up "
                  "rocket launches aimed at Israel, a security firm said. The tanker sailed on.")
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.country != "IL"


@pytest.mark.parametrize("report", [
    "The strike comes amid intensified drone attacks on Kharkiv, the mayor said.",
    "Residents fear stepped-up missile strikes on the capital after the talks failed.",
])
def test_stepped_up_attacks_are_a_trend(read, report):
    assert read(report) == []


@pytest.mark.parametrize("report", [
    "A US drone strike killed four militants in North Waziristan on Monday, officials said. The valley shelters "
    "commanders who are fighting against government forces in Kunar province.",
    "A Russian missile hit a school in Kupiansk on Monday, killing two teachers. The Kharkiv region has become "
    "the scene of fierce fighting between Ukrainian and Russian troops.",
    "An Israeli strike killed two people in a car near Tyre on Monday, the agency said. Heavy fighting raged in "
    "Khan Younis as talks on a ceasefire stalled.",
])
def test_the_war_told_as_ongoing_fighting_is_no_clash(read, report):
    events = read(report)
    assert [k for k, _ in kinds(events)] == ["strike"]
    assert figures(events[0])["killed"] in (2, 4)


def test_a_clash_told_with_its_toll_stays(read):
    events = read("Fighting broke out near the village of Robotyne on Monday, killing three soldiers, the army said.")
    assert [k for k, _ in kinds(events)] == ["other"]
