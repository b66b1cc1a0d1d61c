"""Places named in another role than where something happened, and a district read in the wrong region (issue 10,
wrong place; thirteenth session, place13): a district's adjective whose only namesake lies outside the region the text
names, the second name of a list of streets, an airport's own name in brackets after its city, a town given as a
distance's reference point, a town named with its site's words. Each report here was written for the test."""

import pytest

from report_reading import kinds

from eventledger.extract import named_beside


def places(events):
    return [place for _, place in kinds(events)]


# --- a district adjective outside the region the text names -------------------------------------------------------

def test_uk_a_district_with_no_namesake_in_the_named_region_is_not_read_elsewhere(read):
    events = read("Уночі росіяни атакували Київщину дронами. Унаслідок атаки в Білоцерківському районі поранено "
                  "чоловіка, пошкоджено два будинки.", "uk")
    assert events and all(p is None or "Білоцерків" not in p for p in places(events))
    assert {e.place.admin1 for e in events if e.place and e.place.admin1} <= {"Kyiv Oblast"}


def test_uk_a_district_inside_the_named_region_is_still_read(read):
    events = read("Уночі росіяни атакували Київщину дронами. У Бучанському районі пошкоджено два будинки.", "uk")
    assert "Buchanskyi Raion" in places(events)


# --- a list of streets ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("before, after, lang", [
    ("осколки повредили улицы Гагарина и ", ". Жертв нет", "ru"),
    ("снаряды упали на улицах Мира, Ленина и ", ".", "ru"),
    ("під обстріл потрапили вулиці Шевченка та ", ".", "uk"),
    ("shells hit ", " and Chkalov streets in the city centre", "en"),
])
def test_a_list_of_streets(before, after, lang):
    assert named_beside.names_a_street(before, after, lang)


@pytest.mark.parametrize("before, after, lang", [
    ("по улице Ленина в ", " произошел взрыв", "ru"),
    ("обстріляли ", " та Херсон", "uk"),
    ("Russia shelled ", " and Donetsk on Monday", "en"),
])
def test_a_town_after_a_street_or_in_a_list_of_towns_stays(before, after, lang):
    assert not named_beside.names_a_street(before, after, lang)


def test_ru_the_second_street_of_a_list_is_no_town(read):
    events = read("Мэр Горловки рассказал о двух раненых после утреннего обстрела. Снаряды легли на улицы Гагарина и "
                  "Чкалова, добавил он.", "ru")
    assert "Orenburg" not in places(events)


# --- an airport's own name in brackets after its city --------------------------------------------------------------

def test_ru_an_airport_name_in_brackets_after_its_city(read):
    events = read("В пятницу вечером введены временные ограничения на приём и выпуск воздушных судов в аэропортах "
                  "Нижнего Новгорода (Чкалов) и Сочи, сообщило ведомство.", "ru")
    assert "Orenburg" not in places(events)
    assert any("Nizhny Novgorod" in (p or "") for p in places(events))


def test_en_an_airport_name_in_brackets_after_its_city(read):
    events = read("Restrictions were introduced at Nizhny Novgorod airport (Chkalov) and Sochi airport, the aviation "
                  "agency said.", "en")
    assert "Orenburg" not in places(events)
    assert any("Nizhny Novgorod" in (p or "") for p in places(events))


# --- a distance's reference point; a town named with its site's words ---------------------------------------------

def test_en_a_town_told_as_a_distance_reference_is_no_place_of_the_strike(read):
    events = read("Drones set the Afipsky refinery ablaze overnight; the plant, which lies some 80 km (50 mi) east "
                  "of Novorossiysk on the coast, halted one unit, the Krasnodar region's officials said.", "en")
    assert places(events) == ["Afipskiy"]


def test_en_a_town_after_a_comma_and_a_distance_keeps_the_rule(read):
    events = read("A drone hit a warehouse in Starye Atagi, a village 20 km south of Grozny, officials said.", "en")
    assert "Grozny" not in places(events)


def test_ru_a_dash_that_opens_a_clause_keeps_its_town(gazetteer):
    from eventledger.extract import place_roles
    text = "Сообщается о последствиях атаки на Хомутовский район — в поселке Хомутовка повреждено остекление."
    matches = gazetteer.find(text, "ru")
    assert not place_roles.not_where(matches, text, "ru")


# --- an incident at a sea and the one point off a coast the report names ------------------------------------------

def test_en_a_ship_attacked_in_a_sea_is_off_the_coast_the_report_names(read):
    events = read("Houthi rebels launched a missile attack on a merchant ship in the Red Sea on Monday, damaging it. "
                  "The maritime agency reported the attack off the coast of Mokha, Yemen, and said the crew was safe.",
                  "en")
    assert "Red Sea" not in places(events)
    assert any("Mokha" in (p or "") for p in places(events))


def test_en_another_sea_keeps_its_incident(read):
    events = read("A drone hit a cargo ship in the Mediterranean Sea on Monday, the rebels said. Separately, a ship "
                  "was attacked 65 nautical miles west of Hodeidah, the maritime agency said.", "en")
    assert "Mediterranean Sea" in places(events)


# --- review 13b: a plural street word before a city in the genitive is the city's streets -------------------------

@pytest.mark.parametrize("before, after, lang", [
    ("взрывы слышали на улицах ", " поздно вечером", "ru"),
    ("вибухи лунали на вулицях ", " пізно ввечері", "uk"),
])
def test_the_streets_of_a_city_are_no_street_name(before, after, lang):
    assert not named_beside.names_a_street(before, after, lang)


@pytest.mark.parametrize("text, lang, city", [
    ("Сильные взрывы слышали на улицах Курска поздно вечером в среду. Как сообщил губернатор, беспилотник упал на "
     "крышу магазина, пострадала одна женщина.", "ru", "Kursk"),
    ("Гучні вибухи лунали на вулицях Сум пізно ввечері в середу. За словами очільника ОВА, ворожий дрон уразив дах "
     "магазину, постраждала одна жінка.", "uk", "Sumy"),
])
def test_an_attack_told_on_the_streets_of_a_city_keeps_the_city(read, text, lang, city):
    assert any(city in (p or "") for p in places(read(text, lang)))
