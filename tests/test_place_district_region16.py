"""A district told with its region beside it is that region's district (geo.district_region), or the region when the
gazetteer has no district of that name there; and a city named only in a dateline is no city whose quarter a bare
district is (focus.city_districts). Reports written for these tests."""


def places(events):
    return [(e.kind, e.place.key if e.place else None) for e in events]


def test_ukrainian_district_of_a_named_oblast_is_not_a_namesake_elsewhere(read):
    # the gazetteer reads "Покровському районі" as Pokrovsk Raion of Donetsk Oblast; the text names Dnipropetrovsk Oblast
    events = read("Внаслідок обстрілу у Покровському районі Дніпропетровської області поранено чоловіка.", "uk")
    assert places(events) == [("shelling", "Dnipropetrovsk Oblast")]


def test_ukrainian_district_in_its_own_oblast_stays(read):
    events = read("Внаслідок обстрілу у Новоайдарському районі Луганської області поранено чоловіка.", "uk")
    assert [e.place.admin1 for e in events] == ["Luhansk Oblast"]
    assert events[0].place.precision == "admin2"


def test_russian_district_of_a_named_region_with_a_dateline(read):
    # Troitsky districts lie in Altai Krai and Chelyabinsk Oblast; nor is it a quarter of Moscow, where it was filed
    events = read("Рынок попал под обстрел\nМосква. 12 марта. INTERFAX.RU - Мирный житель ранен при обстреле рынка в "
                  "Троицком районе Луганской народной республики, заявили местные власти.\n\"Утром был нанесён ещё один "
                  "удар по рынку, начался пожар, ранен продавец\", - добавили в администрации.", "ru")
    assert places(events) == [("shelling", "Luhansk Oblast")]


def test_russian_district_in_its_own_region_stays(read):
    events = read("Беспилотник атаковал нефтебазу в Дзержинском районе Калужской области, сообщил губернатор.", "ru")
    assert [(e.place.key, e.place.admin1) for e in events] == [("Dzerzhinskiy Rayon", "Kaluga Oblast")]


def test_english_region_before_its_district(read):
    # "Dzerzhinsky district" alone is read as Krasnoyarsk Krai's; Kaluga Oblast has one of that name too
    events = read("A drone attack set an oil refinery on fire in Kaluga region's Dzerzhinsky district on Friday, the "
                  "governor said.")
    assert [(e.place.key, e.place.admin1) for e in events] == [("Dzerzhinskiy Rayon", "Kaluga Oblast")]


def test_english_district_alone_keeps_its_reading(read):
    events = read("A drone attack set an oil refinery on fire in the Dzerzhinsky district on Friday, the governor said.")
    assert [e.place.admin1 for e in events] == ["Krasnoyarsk Krai"]
