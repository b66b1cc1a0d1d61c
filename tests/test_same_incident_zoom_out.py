"""A region named after the one incident told in it (issue 10, duplicates): the writer zooming out retells the town's
incident, whatever detail the region's sentence adds ("Russian forces shelled the Kherson region. He was taken to
hospital"); a region's telling recalled from an earlier report, told as another incident, or counting a figure the
town counts at another value stays its own. Reports written for this test."""


from report_reading import kinds


def test_en_the_region_named_after_the_towns_shelling_retells_it(read):
    events = read("Russian troops shelled Kherson on Monday, wounding a 58-year-old man, the city administration said. "
                  "Russian forces shelled the Kherson region. The man was taken to hospital in critical condition.")
    assert kinds(events) == [("shelling", "Kherson")]


def test_uk_the_oblast_named_after_the_citys_strike_retells_it(read):
    events = read("Росіяни вдарили керованими авіабомбами по Харкову, поранено трьох людей. Зеленський показав "
                  "наслідки влучання ворожої авіабомби в житловий будинок на Харківщині.", "uk")
    assert [place for _, place in kinds(events)] == ["Kharkiv"]


def test_ru_a_regions_incident_recalled_from_an_earlier_report_stays_its_own(read):
    events = read("Снаряд попал в жилой дом в Шебекино. До этого стало известно, что при обстреле Белгородской "
                  "области со стороны ВСУ погибли два человека.", "ru")
    assert len(events) == 2


def test_en_a_regions_count_at_another_value_stays_its_own(read):
    events = read("A Russian drone hit a house in Nikopol on Tuesday, injuring two people. Russian shelling wounded "
                  "seven people in the Dnipropetrovsk region, four of them were hospitalized, the governor said.")
    assert len(events) == 2


def test_en_a_headline_in_a_country_with_a_figure_of_its_own_is_the_bodys_strike_in_its_region(read):
    events = read("Downed drone kills three, injures two in Russia\n\nDebris of a drone shot down over the Belgorod "
                  "region fell on houses and killed three people, the governor said.")
    assert [place for kind, place in kinds(events) if kind == "strike"] == ["Belgorod Oblast"]


def test_a_month_told_holds_the_days_told_in_it():
    from eventledger.extract.days_told import days_apart

    assert not days_apart("2024-06", "2024-06-14")
    assert days_apart("2024-06-13", "2024-06-14")
    assert days_apart("2024-05", "2024-06-14")


def test_en_a_region_told_as_one_more_incident_stays_its_own(read):
    events = read("A Russian shell hit a house in Kherson on Monday, injuring a man. In addition, Russian forces shelled "
                  "the Kherson region, killing two people, the governor said.")
    assert len(events) == 2
