"""A toll told over a period ("since the start of May", "з початку травня", "с начала мая", "у січні-квітні") sums
many incidents: it is not the figure of the incident the report tells (twenty-second session, split22; `period_origins`
of the language files, read by war_totals.of_a_war beside a war's own toll). The incident keeps the figures told of
it; a toll with no period stays the incident's. Reports written for these tests (published at report_reading.PUBLISHED)."""

from report_reading import figures, kinds

from eventledger.extract.war_totals import of_a_war


def test_uk_a_toll_since_the_start_of_the_month_is_not_the_night_strike(read):
    events = read("Уночі ворог обстріляв Покровськ, поранено двох людей. З початку травня в Покровській громаді вже "
                  "9 загиблих та 19 поранених.", "uk")
    assert kinds(events) == [("shelling", "Pokrovsk")]
    assert figures(events[0]) == {"injured": 2}


def test_ru_a_toll_since_the_start_of_the_month_is_not_the_night_shelling(read):
    events = read("Ночью ВСУ обстреляли Шебекино, ранены два человека. С начала мая в Шебекинском округе погибли девять "
                  "человек и 19 ранены.", "ru")
    assert kinds(events) == [("shelling", "Shebekino")]
    assert figures(events[0]) == {"injured": 2}


def test_en_a_toll_since_the_start_of_the_month_is_not_the_night_shelling(read):
    events = read("Russian shelling hit Kupiansk overnight, wounding two people. Since the start of May, nine people "
                  "have been killed and 19 wounded in the town.")
    assert [figures(e) for e in events] == [{"injured": 2}]


def test_a_range_of_months_tells_a_period_in_each_language():
    assert of_a_war("У січні-квітні в громаді загинули ", "uk")
    assert of_a_war("В январе-апреле в округе погибли ", "ru")
    assert of_a_war("Between January and April, ", "en")


def test_a_sentence_with_no_period_tells_the_incident_figure():
    assert not of_a_war("Уночі ворог обстріляв Покровськ, ", "uk")
    assert not of_a_war("Ночью ВСУ обстреляли Шебекино, ", "ru")
    assert not of_a_war("At the start of the attack, ", "en")
