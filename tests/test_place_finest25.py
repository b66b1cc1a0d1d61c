"""Wrong places (issue 10, places, session 25): an interception told at a region whose one named town was hit, and a
district the gazetteer has no point for, named as its town is. Each class shown with reports written for this test, in every
language the rule covers."""

from eventledger.geo.distance import km


def _where(events, kind):
    return [(e.place.name_en or e.place.name, e.place.precision) for e in events if e.kind == kind]


# --- an interception that counts one weapon or none, told where one town was hit: over that town --------------------

def test_air_defence_repelling_the_attack_on_a_town_is_over_that_town_ru(read):
    events = read("Ночью беспилотники атаковали Лиски Воронежской области, в двух домах выбиты окна. Губернатор "
                  "сообщил, что силы ПВО отразили атаку.", "ru")
    assert _where(events, "interception") == [("Liski", "city")]


def test_air_defence_repelling_the_attack_on_a_town_is_over_that_town_uk(read):
    events = read("Вночі дрони атакували Ізмаїл на Одещині, пошкоджено два будинки. Сили ППО відбили атаку, повідомив "
                  "губернатор.", "uk")
    assert _where(events, "interception") == [("Izmayil", "city")]


def test_air_defence_repelling_the_attack_on_a_town_is_over_that_town_en(read):
    events = read("Drones attacked Liski in the Voronezh region overnight, breaking windows in two houses. Air defences "
                  "repelled the attack, the governor said.")
    assert _where(events, "interception") == [("Liski", "city")]


def test_a_count_over_a_region_stays_the_regions_ru(read):
    # five downed over the region is the region's count, whatever town the debris fell in
    events = read("Ночью над Воронежской областью уничтожены пять беспилотников. В Лисках обломки повредили крышу "
                  "дома.", "ru")
    assert ("Voronezh Oblast", "admin1") in _where(events, "interception")


def test_an_interception_its_own_words_place_over_the_region_stays_en(read):
    events = read("Overnight air defences repelled a drone attack on the territory of the Voronezh region, the "
                  "governor said. Windows were broken in Liski.")
    assert _where(events, "interception") == [("Voronezh Oblast", "admin1")]


# --- a district the gazetteer has no point for, named as its town is: at that town, not at the region's point --------

def test_an_urban_district_named_after_its_town_is_at_that_town_en(gazetteer):
    (found,) = gazetteer.find("Drones hit the Klintsy Urban District overnight.", "en")
    place = found.candidates[0].place
    assert place.precision == "admin2" and km(place.lat, place.lon, 52.76, 32.24) < 5  # Klintsy, not Bryansk Oblast's point


def test_an_okrug_named_after_its_town_is_at_that_town_ru(read):
    events = read("У города Алексеевка ПВО сбила беспилотник, обломки повредили цех.", "ru")
    places = {(e.place.precision, round(km(e.place.lat, e.place.lon, 50.63, 38.69))) for e in events}
    assert places == {("admin2", 0)}  # Alekseyevka, not Belgorod Oblast's point 80 km away


# --- an interception of many weapons with no number (massive, dozens, drones in the plural) stays the region's -------

def test_a_massive_attack_repelled_over_a_region_stays_the_regions_ru(read):
    events = read("Губернатор Курской области: ночью силы ПВО отразили массированную атаку. В Рыльске обломками "
                  "повреждена крыша гаража.", "ru")
    assert _where(events, "interception") == [("Kursk Oblast", "admin1")]


def test_an_attack_of_dozens_repelled_over_a_region_stays_the_regions_uk(read):
    events = read("Голова Сумської ОВА: вночі сили ППО відбили атаку десятків дронів. У Шостці уламки пошкодили "
                  "гараж.", "uk")
    assert _where(events, "interception") == [("Sumy Oblast", "admin1")]


def test_a_massive_attack_repelled_over_a_region_stays_the_regions_en(read):
    events = read("The Kursk region governor said air defences repelled a massive attack overnight. In Rylsk, debris "
                  "damaged a garage roof.")
    assert _where(events, "interception") == [("Kursk Oblast", "admin1")]


# --- a district is placed only at its own town: not at a village its adjective names, nor at another unit's village --

def test_an_okrug_named_with_the_towns_adjective_is_at_the_town_not_a_village_en(gazetteer):
    (found,) = gazetteer.find("Drones hit the Miasskiy Gorodskoy Okrug overnight.", "en")
    place = found.candidates[0].place
    assert place.precision == "admin2" and km(place.lat, place.lon, 55.05, 60.11) < 5  # Miass, not the village Miasskoye


def test_a_county_is_not_placed_at_a_village_of_another_county_en(gazetteer):
    found = gazetteer.find("A wildfire burned in Alpine County overnight.", "en")[0]
    place = next(c.place for c in found.candidates if c.place.name == "Alpine County")
    assert km(place.lat, place.lon, 32.84, -116.77) > 100  # not the village Alpine, in San Diego County
