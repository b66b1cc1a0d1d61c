"""A headline telling the report's incident at a region's level, with a figure the body's telling in a town does not
repeat, is that incident (ANNOTATION.md: "The headline, the lead and the body that retell it are one event"); a
headline over two towns with facts of their own stays apart, and so does a region's account told in the body
(test_same_incident.py). Reports written for this test."""


from report_reading import figures, kinds


def test_a_headline_in_a_region_with_a_toll_is_the_shelling_the_body_tells_in_its_town(read):
    events = read("Three injured in Russian shelling of Sumy region\n\nRussian forces shelled the town of Krasnopillia "
                  "on Monday, damaging two houses and a shop, the regional administration said.\n\nRescuers are working "
                  "at the site.")
    assert kinds(events) == [("shelling", "Krasnopillya")]
    assert figures(events[0]) == {"injured": 3}


def test_a_headline_in_a_territory_with_a_toll_is_the_strike_in_its_town(read):
    events = read("Two children injured in Israeli missile strike in Gaza Strip\n\nIsraeli forces fired two missiles "
                  "at a house in Beit Hanoun on Monday, medical sources said.\n\nThe house was badly damaged.")
    assert len(events) == 1
    assert figures(events[0]) == {"injured": 2, "launched": 2}


def test_a_headline_over_two_towns_with_their_own_facts_stays_apart(read):
    events = read("Three injured in Russian shelling of Sumy region\n\nRussian forces shelled Krasnopillia on Monday, "
                  "damaging two houses. In Bilopillia a shell killed one man.")
    assert ("shelling", "Krasnopillya") in kinds(events) and len(events) >= 2
