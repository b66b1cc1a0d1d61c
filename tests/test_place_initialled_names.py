"""A first name written before a middle initial and a surname is a person, not a town of that name (issue 10, class
1): "George W. Bush" is no George in South Africa. Each report here was written for the test."""


from report_reading import kinds


def test_a_first_name_before_an_initial_is_no_town(read):
    events = read("A drone strike hit a compound in North Waziristan, killing three militants. Such strikes, begun "
                  "under former US President George W. Bush, have killed hundreds.", "en")
    assert "George" not in [place for _, place in kinds(events)]
    assert any(place and "Waz" in place for _, place in kinds(events))


def test_a_town_before_a_capitalised_word_stays_a_town(read):
    events = read("A drone hit a house in Kursk on Monday, injuring two people, Governor Alexander Khinshtein said.",
                  "en")
    assert kinds(events) == [("strike", "Kursk")]
