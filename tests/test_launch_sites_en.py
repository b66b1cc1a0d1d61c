"""Where a weapon was fired from is no place of its incident (issue 10, English false events): the sea a submarine or
ship fired from, and the sea a drone's route ran through after its launch site. Each report was written for the test."""


from report_reading import kinds


def test_the_sea_a_submarine_fired_from_is_no_place(read):
    events = read("A strike on Vinnytsia killed 23 people on Thursday. It was carried out by Kalibr cruise missiles fired "
                  "from a submarine in the Black Sea, officials said.")
    assert all(place != "Black Sea" for _, place in kinds(events))
    assert ("strike", "Vinnytsia") in kinds(events)


def test_the_sea_a_route_ran_through_is_no_place(read):
    events = read("Drones launched from the Sea of Azov through the Black Sea hit a port in Izmail overnight, injuring two.")
    assert all(place not in ("Black Sea", "Sea of Azov") for _, place in kinds(events))


def test_a_sea_where_a_ship_was_hit_stays_the_place(read):
    events = read("A missile hit a cargo ship in the Black Sea on Monday, injuring three sailors.")
    assert ("strike", "Black Sea") in kinds(events)
