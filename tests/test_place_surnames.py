"""A surname after a first name is a person, not the town it also names (issue 10, places: non-location roles), in
English as in Russian and Ukrainian: "Governor Alexander Gusev" is no Gusev in Kaliningrad Oblast. Each report here was
written for the test."""


from report_reading import kinds


def test_a_surname_after_an_english_spelt_first_name_is_no_town(read):
    events = read("A drone crashed into a warehouse in Lipetsk overnight, starting a fire. Governor Alexander Gusev of "
                  "the neighbouring region said debris also fell near a farm.")
    assert "Gusev" not in [place for _, place in kinds(events)]
    assert ("strike", "Lipetsk") in kinds(events)


def test_the_same_surname_later_is_no_town_either(gazetteer):
    text = ("Sirens sounded in Bryansk overnight, Maria Ivanova, a resident, told reporters. Ivanova said she heard "
            "three blasts.")
    assert [m.text for m in gazetteer.find(text, "en")] == ["Bryansk"]


def test_a_town_after_a_word_that_is_no_first_name_stays(gazetteer):
    text = "Drones attacked Ivanovo overnight, the regional governor said."
    assert [m.text for m in gazetteer.find(text, "en")] == ["Ivanovo"]
