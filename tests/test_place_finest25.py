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
