"""English false events (thirteenth session, en13): attacks told as a trend or a span of many are no incident, and their
figures belong to none; a war's scene told as "the war on Hamas in Gaza"; a warning issued is no attack; an airstrike
and the glide bombs it dropped are one weapon of one strike; Sevastopol lies in Crimea. Every report here was written
for these tests."""

import pytest
from report_reading import kinds


@pytest.mark.parametrize("trend", [
    "Russian drone attacks on Kharkiv have sharply increased this year.",
    "The strike fits a familiar pattern of night raids on Kharkiv.",
    "The attack comes amid escalating hostilities around Pokrovsk.",
    "Analysts noted the recent surge in drone attacks on Kharkiv.",
    "Such drones have caused heavy damage in Kharkiv and elsewhere.",
    "Russia used more than 150 missiles in attacks on Kyiv in the last days of 2023.",
    "Russian drones have struck power plants across the Kharkiv region since November.",
])
def test_attacks_told_as_a_trend_or_a_span_of_many_are_no_incident(read, trend):
    events = read("A Russian drone hit a grain store in Kupiansk on Tuesday, wounding one worker, the governor said. " + trend)
    assert kinds(events) == [("strike", "Kupyansk")]


def test_a_trend_clause_lends_its_toll_to_no_incident(read):
    events = read("A U.S. drone fired two missiles at a compound in North Waziristan on Friday, killing four people, "
                  "local officials said. Since a car bomb killed eleven soldiers in Peshawar in March, drone attacks "
                  "have increased in the tribal areas.")
    # (fix13c: the trend clause tells its own killed, so it may now tell its own incident; the compound's strike
    # still keeps its own toll only)
    assert events[0].figures["killed"].best == 4


def test_the_war_on_a_group_in_a_territory_is_the_wars_scene(read):
    events = read("Houthi rebels fired a missile at a tanker off Hodeida on Monday. The missile attack comes as part of "
                  "their campaign over Israel's war on Hamas in Gaza.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_warning_issued_is_no_attack(read):
    events = read("Governor Issues Drone Attack Warning in Bryansk Region\n\nResidents were told to stay away from "
                  "windows on Sunday evening, the governor wrote on Telegram.")
    assert events == []


def test_an_airstrike_and_its_glide_bombs_are_one_strike(read):
    events = read("Russian troops hit Zaporizhzhia with glide bombs, injure 5\n\nZAPORIZHZHIA, March 4 — On March 3, "
                  "at about 14:00, the Russian military attacked the Shevchenkivskyi district of Zaporizhzhia with "
                  "airstrikes. Their bombs killed one person and injured five.")
    assert [(e.kind, e.weapon, e.date) for e in events] == [("strike", "glide_bomb", "2025-03-03")]


def test_a_crimea_headline_and_the_sevastopol_body_are_one_strike(read):
    events = read("Ukraine strikes Crimea with missiles, Russia says\n\nUkrainian missiles launched at Crimea on "
                  "Wednesday set a fuel depot in Sevastopol on fire and wounded 12 workers, the Russian-installed governor "
                  "said.")
    assert kinds(events) == [("strike", "Sevastopol")]


def test_a_days_tally_of_attacks_over_a_list_of_villages_is_no_incident_at_each(read):
    events = read("Russian shelling wounded a woman in Orikhiv on Sunday, the head of the regional military "
                  "administration said. Over the day, Russian troops conducted 14 airstrikes on Stepnohirsk, "
                  "Malokaterynivka, Prymorske and Huliaipole. 130 drones of several kinds attacked Kamianske, "
                  "Stepove, Mala Tokmachka and Vasylivka.")
    assert [p for _, p in kinds(events)] == ["Orikhiv"]
