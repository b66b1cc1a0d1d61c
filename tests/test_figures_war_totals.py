"""A figure belongs to no incident of the report when its clause tells a whole war's toll or its sentence dates an
earlier incident (issue 10, figures attached to the right event). Each report is written for this test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize("text, lang, expected", [
    ("An airstrike hit a house in Khan Younis on Sunday, killing five people, the civil defence said. The health "
     "ministry says the offensive has killed more than 30,000 people in the territory.", "en", (5, 5, 5)),
    ("Ракета попала в жилой дом в Харькове в воскресенье, погибли три человека, сообщил Иван Петров. По его "
     "словам, война унесла жизни более 10 тысяч мирных жителей области.", "ru", (3, 3, 3)),
    ("Ракета влучила в житловий будинок у Харкові в неділю, загинули троє людей, повідомив Іван Петренко. За його "
     "словами, війна забрала життя понад 10 тисяч мирних жителів області.", "uk", (3, 3, 3)),
])
def test_a_wars_toll_is_no_figure_of_the_incident(read, text, lang, expected):
    assert bounds(casualty_event(read(text, lang)), "killed") == expected


def test_a_toll_in_a_sentence_dated_long_before_is_no_figure_of_todays_strike(read):
    # published 10 March 2025: "on October 7", with no year, was five months before
    text = ("A drone hit a market in Kherson on Monday, killing two people, the governor said. The war began when "
            "militants stormed into the town on October 7, killing some 300 people.")
    assert bounds(casualty_event(read(text, "en")), "killed") == (2, 2, 2)
