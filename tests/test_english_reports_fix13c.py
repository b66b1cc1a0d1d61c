"""Ordinary English reports that a trend phrase, a warning, a tally before a list or a visit's wording must not empty
(fix13c, after review 13b's findings 1, 3 and 5). Every report here was written for these tests."""

import pytest
from report_reading import kinds


@pytest.mark.parametrize("report, place", [
    ("A Russian glide bomb hit a supermarket in Zaporizhzhia on Thursday, wounding seven people, and blast waves "
     "shattered windows across the district and elsewhere.", "Zaporizhzhia"),
    ("A Russian missile attack on Dnipro on Friday killed two men and raised the death toll from this week's strikes "
     "on the city to nine, the mayor said.", "Dnipro"),
    ("Nikopol, which Russian guns have pounded for more than a year, came under fire again on Sunday when a shell "
     "struck a bus stop, wounding three people.", "Nikopol"),
    ("Russian shelling escalated on Saturday in Kupiansk, where one man was killed and four were injured, the "
     "regional governor said.", "Kupyansk"),
    ("Local authorities sounded an air raid alert minutes before a Russian drone struck a gas station in Poltava, "
     "injuring five people.", "Poltava"),
])
def test_a_trend_or_warning_beside_a_told_toll_keeps_the_incident(read, report, place):
    assert [p for _, p in kinds(read(report))] == [place]


def test_a_trend_with_no_toll_of_its_own_is_still_no_incident(read):
    assert read("Drone attacks on the Black Sea coast have increased sharply since the spring, officials said.") == []


def test_a_count_before_a_list_with_a_toll_keeps_its_incidents(read):
    events = read("Russian troops launched 30 drones at Kherson, Mykolaiv and Zaporizhzhia overnight, killing two "
                  "people and injuring eleven, regional authorities said.")
    assert events and sum(e.figures["killed"].best for e in events if "killed" in e.figures) == 2


def test_a_count_before_a_list_with_nothing_else_is_still_a_tally(read):
    assert read("Russia launched 60 drones at Kherson, Mykolaiv and Zaporizhzhia overnight, the air force said.") == []


@pytest.mark.parametrize("report, place", [
    ("A Russian drone attack on a village council meeting in Kramatorsk killed four people on Wednesday, the regional "
     "governor said.", "Kramatorsk"),
    ("A missile struck a crowd of people visiting Chernihiv's market on Saturday, killing three, police said.",
     "Chernihiv"),
])
def test_a_meeting_or_visit_told_as_the_target_keeps_its_place(read, report, place):
    assert [p for _, p in kinds(read(report))] == [place]


@pytest.mark.parametrize("report", [
    "Prime Minister Shmyhal, visiting Lviv on Tuesday, said Russian missiles had hit a power plant in Kharkiv overnight.",
    "Foreign Minister Sybiha, speaking at a security forum in Warsaw on Monday, said a Russian missile had struck a "
    "hospital in Kryvyi Rih.",
])
def test_a_speakers_visit_or_forum_is_still_not_the_place(read, report):
    assert [p for _, p in kinds(read(report))] in (["Kharkiv"], ["Kryvyi Rih"])
