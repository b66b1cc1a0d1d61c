"""Attacks told as done again and again, or as many over time, are no one incident (issue 10, English false events).
Each report here was written for the test."""


from report_reading import kinds


def test_numerous_attacks_over_time_are_no_incident(read):
    events = read("A drone hit a fuel depot in Novoshakhtinsk on Wednesday, injuring one worker. Ukraine has carried out "
                  "numerous attacks in the Belgorod and Bryansk regions this year, destroying homes.")
    assert kinds(events) == [("strike", "Novoshakhtinsk")]


def test_a_town_frequently_shelled_is_no_incident(read):
    events = read("Shebekino has been frequently shelled by Ukrainian artillery, injuring dozens of residents.")
    assert kinds(events) == []
