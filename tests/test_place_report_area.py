"""A village or district whose name many places share, read in another subdivision than the one a report is about
and far from every place the report names, is a namesake there (issue 10, places: homonyms). Each class shown with a
report written for this test."""

import pytest


def test_a_common_village_name_in_a_report_on_one_region_is_that_regions_en(read):
    # the gazetteer's Ivanovka readings lie in Primorsky Krai and elsewhere, none in Kursk Oblast
    events = read("The governor of the Kursk region said a drone hit a car in the village of Ivanovka, injuring the "
                  "driver.")
    assert {e.place.admin1 for e in events if e.place} == {"Kursk Oblast"}


def test_a_common_village_name_in_a_report_on_one_region_is_that_regions_ru(read):
    events = read("Губернатор Курской области сообщил, что дрон атаковал автомобиль в селе Ивановка. Водитель получил "
                  "ранения.", "ru")
    assert {e.place.admin1 for e in events if e.place} == {"Kursk Oblast"}


def test_a_village_stands_for_the_one_district_the_report_names_uk(gazetteer):
    from eventledger.geo.focus import in_the_report_area
    text = ("Окупанти обстріляли громади Бериславського району: під вогнем опинилися Берислав, Нововоронцовка та "
            "село Шляхове.")
    found = in_the_report_area(gazetteer.find(text, "uk"))
    village = next(m for m in found if m.text == "Шляхове")
    assert (village.candidates[0].feature, village.candidates[0].place.admin1) == ("admin2", "Kherson Oblast")


def test_a_town_with_a_name_of_its_own_stays_where_it_is(read):
    # Bohodukhiv is the only place of that name: a report on the Chernihiv district may tell a strike on it
    events = read("Drones attacked the Chernihiv district overnight, the regional governor said. A guided bomb also "
                  "hit Bohodukhiv, injuring three.")
    assert {e.place.admin1 for e in events if e.place} == {"Chernihiv Oblast", "Kharkiv Oblast"}


def test_a_big_city_over_a_village_the_same_inflected_form_names_ru(read):
    # "под Курском" may be Kursk or the Crimean village Kurskoye; naming Crimea elsewhere makes it no village there
    events = read("Аксенов сообщил о работе ПВО над Крымом. Кроме того, беспилотник сбит под Курском, пострадавших "
                  "нет.", "ru")
    assert ("interception", "Kursk Oblast") in {(e.kind, e.place.admin1) for e in events if e.place}


def test_a_namesake_in_the_subdivision_the_report_names_wins(gazetteer):
    # Pokrovske is a village of Poltava and of Donetsk Oblast (where Bakhmut is); the report names the Poltava region
    found = gazetteer.find("The Poltava region governor said a drone hit a farm in Pokrovske overnight. Fighting also "
                           "went on near Bakhmut.", "en")
    village = next(m for m in found if m.text == "Pokrovske")
    assert village.candidates[0].place.admin1 == "Poltava Oblast"


@pytest.mark.parametrize("text, lang", [
    ("Губернатор Курской области сообщил, что беспилотник атаковал автомобиль в селе Киров. В Кирове также повреждены "
     "окна двух домов.", "ru"),
    ("The Kursk region governor said a drone hit a car in the village of Kirov, injuring the driver.", "en"),
])
def test_a_town_the_report_calls_a_village_is_no_city_far_away(read, text, lang):
    # Kirov the city (470,000) is 1,000 km from Kursk Oblast: "село Киров" is a village of the region
    assert {e.place.admin1 for e in read(text, lang) if e.place} == {"Kursk Oblast"}
