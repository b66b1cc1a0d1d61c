"""A town and then, after a comma or "in", the city its region is called after ("Selydove, Donetsk", "the Syzran
refinery in Samara") name one place: the town, in the region of that name (twenty-first session, en21; place_within).
A list that goes on after the second name, a city of another region, or a city that is a region of its own stay as
they were. The rule reads each language's `lies_in` words; Russian and Ukrainian name such a region by its adjective
("Донецкой области"), which the gazetteer reads as the region already. Each report here was written for the test."""

from report_reading import kinds


def test_a_town_with_its_region_named_by_the_city_is_one_place(read):
    events = read("A rocket hit a school in Selydove, Donetsk, on Monday, injuring three teachers.")
    assert kinds(events) == [("strike", "Selydove")]


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_a_list_that_goes_on_keeps_every_city(read):
    events = read("Russian rockets struck Selydove, Donetsk and Kramatorsk on Monday, injuring three people in each town.")
    assert ("strike", "Donetsk") in kinds(events)
    events = read("Russian rockets struck Selydove, Donetsk, Kramatorsk on Monday, injuring three people in each town.")
    assert ("strike", "Donetsk") in kinds(events)


def test_a_city_of_another_region_is_no_region_of_the_first(read):
    events = read("Russian drones struck Sumy, Kharkiv on Monday night, injuring two people in each city.")
    assert {"Sumy", "Kharkiv"} <= {place for _, place in kinds(events)}
