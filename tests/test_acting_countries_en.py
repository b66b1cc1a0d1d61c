"""English country mentions that say whose or who acts, not where (issue 10, English false events): a country named
only as the owner of a weapon ("a US drone") or as the state acting ("the US has directly attacked") is no place of an
incident, nor the country an unplaced count is put in. Each report here was written for the test."""


from report_reading import kinds


def test_an_unplaced_downing_is_not_put_in_the_country_owning_the_drone(read):
    events = read("Houthi fighters shot down a US drone over Yemen's Marib province on Tuesday, the group said. "
                  "Rebels downed another expensive US drone and damaged a tanker, a spokesman added.")
    assert all(place != "United States" for _, place in kinds(events))


def test_an_adverb_in_ly_keeps_the_country_the_state_acting(read):
    events = read("Six soldiers were killed in the missile strike on the Tiyas air base in Homs, the army said. It is the "
                  "first time that the US has directly attacked the government's forces.")
    assert all(place != "United States" for _, place in kinds(events))


def test_a_country_where_the_drone_was_downed_stays_the_place(read):
    events = read("Air defences shot down 30 drones over Russia overnight, the defence ministry said.")
    assert ("interception", "Russia") in kinds(events)


def test_the_state_struck_back_at_is_no_place(read):
    events = read("Ukraine hit back at Russia on Sunday by attacking an airbase near Saky in Crimea, injuring three people.")
    assert all(place != "Russia" for _, place in kinds(events))


def test_whose_crimes_are_charged_is_no_place(read):
    events = read("Crimes of the Russian Federation: five civilians were killed by an air strike on Izium on Monday.")
    assert [place for _, place in kinds(events)] == ["Izyum"]


def test_the_country_people_fled_into_is_no_place_and_the_fightings_total_no_incident(read):
    events = read("Fighting between the army and the rebels has left more than 900 dead, and thousands have fled, "
                  "many crossing the border into Russia.")
    assert kinds(events) == []
