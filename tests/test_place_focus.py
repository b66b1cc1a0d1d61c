"""Wrong places measured on real reports (issue 10, the place round), each class shown with a report written for this
test: a name read as a small place far from everything else a report names, in a country it never names."""

import pytest

from eventledger.geo.focus import city_districts, in_focus
from report_reading import kinds


def test_a_surname_is_no_town_in_a_country_the_report_never_names(read):
    # "Yermak" is the old name of Aksu, Kazakhstan: far from Kyiv, and Kazakhstan is nowhere in the report
    events = read("A drone was shot down over Kyiv overnight, said Yermak, the head of the presidential office.")
    assert kinds(events) == [("interception", "Kyiv")]


def test_an_outlet_and_a_month_are_no_places_far_from_the_report(read):
    # Mannar is a town in Sri Lanka, Turabah (Ramadan) one in Saudi Arabia; the report is about Lebanon
    events = read("An Israeli drone struck a car near Nabatieh in southern Lebanon on Monday, killing two men, "
                  "according to al-Manar. The men were returning from a Ramadan meal.")
    assert {e.place.country for e in events if e.place} == {"LB"}


def test_places_of_the_reports_area_stay_as_they_were(gazetteer):
    text = "Rockets fired from Lebanon hit Metula in northern Israel on Monday."
    found = gazetteer.find(text, "en")
    assert in_focus(found) == found


def test_a_large_city_named_with_places_of_another_country_stays_itself(read):
    # Dnipro is a city of a million in a country the report never names; Ivanovo is far away: both stay
    events = read("Three people were killed in a drone strike on Dnipro on Monday. Separately, drones hit a fuel depot "
                  "in Russia's Ivanovo region.")
    assert ("strike", "Dnipro") in kinds(events)


def test_a_village_is_looked_for_in_the_community_named_after_it_uk(read):
    # the Старовірівка the gazetteer has is 100 km from Shevchenkove: the village is the one of that hromada, which
    # the gazetteer lacks, so the incident is placed at the hromada's town; Лютівка is missing: at Zolochiv
    events = read("Упродовж доби ворог атакував Харківщину. У с. Старовірівка Шевченківської громади поранено двох людей; "
                  "у с. Лютівка Золочівської громади постраждав чоловік.", "uk")
    places = {(e.place.precision, round(e.place.lat, 1), round(e.place.lon, 1)) for e in events if e.place}
    assert ("admin2", 49.7, 37.2) in places  # Shevchenkove, Kharkiv Oblast
    assert ("city", 50.3, 36.0) in places  # Zolochiv, Kharkiv Oblast
    assert not any(e.place and e.place.lon < 36 and e.place.lat < 49.6 for e in events)


def test_a_hyphenated_community_names_its_town_uk(read):
    events = read("Внаслідок обстрілу в Зноб-Новгородській громаді поранено двох людей.", "uk")
    assert [(e.place.country, round(e.place.lat, 1)) for e in events if e.place] == [("UA", 52.3)]


def test_a_village_found_in_its_okrug_is_one_place_ru(read):
    # "Шебекинского городского округа" qualifies the village; once the village is found there, the okrug is no
    # second place of the shelling
    events = read("Двое мирных жителей ранены при обстреле села Новая Таволжанка Шебекинского городского округа "
                  "Белгородской области.", "ru")
    assert [e.place.name for e in events] == ["Новая Таволжанка"]


def test_a_small_namesake_outside_the_named_region_is_no_community_town(gazetteer):
    # Хотинська громада of Sumy Oblast is not Khotyn in Chernivtsi Oblast
    found = gazetteer.find("Ворог обстріляв Хотинську громаду на Сумщині.", "uk")
    assert [m.candidates[0].place.admin1 for m in found if m.candidates] == ["Sumy Oblast"]


def test_a_launch_area_named_through_a_noun_or_an_adjective_is_no_place_uk(read):
    # "із району X", "із східного узбережжя Y": where the drones came from, not where they hit
    events = read("Уночі ворог запустив по Україні 20 дронів. Атакували окупанти із східного узбережжя Азовського моря. "
                  "Є влучання у Павлограді.", "uk")
    assert [e.place.name for e in events if e.kind == "strike"] == ["Павлоград"]
    events = read("Уночі 5 травня противник атакував Україну дронами із району Міллерово. Уламки впали у Харкові.", "uk")
    assert {e.place.name for e in events if e.kind == "strike"} == {"Харків"}


def test_a_missile_fired_from_a_ship_at_sea_hit_where_it_hit_ru(read):
    events = read("В Одессе ранены три человека. По данным военных, удар был нанесён ракетами с российского корабля в "
                  "акватории Черного моря.", "ru")
    assert [(e.kind, e.place.name) for e in events] == [("strike", "Одесса")]


def test_a_district_named_alone_is_the_district_of_the_city_the_report_is_on(gazetteer):
    # "Ворошиловский район" is also a raion of Luhansk Oblast, "Киевский район" one of Moscow Oblast: alone, far from
    # every other place of a report on a large city, each is a district of that city
    for text, city in [("В Донецке звучат взрывы. Житель Ворошиловского района рассказал о трёх взрывах.", "Донецк"),
                       ("В Харькове прогремели взрывы. Жители Киевского района слышали их.", "Харьков")]:
        found = city_districts(gazetteer.find(text, "ru"), "ru")
        assert [m.candidates[0].place.name for m in found] == [city, city]


def test_a_district_near_the_reports_other_places_stays_a_district(gazetteer):
    found = city_districts(gazetteer.find("Ворог обстріляв Харків. У Богодухівському районі пошкоджено будинки.", "uk"),
                           "uk")
    assert [m.candidates[0].feature for m in found] == ["city", "admin2"]


@pytest.mark.parametrize("text, lang", [
    ("A drone struck a house in the Sumy region, which borders Russia, injuring two people.", "en"),
    ("Дрон атакував будинок у Сумській області, що межує з Росією. Поранено двох людей.", "uk"),
])
def test_a_country_named_beside_a_region_is_no_point_to_measure_it_from(read, text, lang):
    # Russia's centre lies in Siberia, far from every oblast of Ukraine: the region stays where the report puts it
    assert kinds(read(text, lang)) == [("strike", "Sumy Oblast")]


@pytest.mark.parametrize("text, lang, district", [
    ("Уночі російські дрони атакували Одесу, поранено двох людей. Також уламки пошкодили будинок в Ізмаїльському районі "
     "Одеської області, поранено чоловіка.", "uk", "Izmail Raion"),
    ("Беспилотник атаковал Курск, пострадали двое. Кроме того, дрон ударил по дому в Глушковском районе Курской области, "
     "ранен мужчина.", "ru", "Glushkovskiy Rayon"),
    ("Drones hit Odesa overnight, injuring two people. In the Izmail district of the Odesa region, a drone damaged a "
     "house, injuring one man.", "en", "Izmail Raion"),
])
def test_a_district_named_with_its_region_is_that_regions_not_the_citys(read, text, lang, district):
    # far from the city the report names, yet inside the region it names: a raion, not one of the city's districts
    assert [place for _, place in kinds(read(text, lang))][-1] == district
