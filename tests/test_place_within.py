"""A place named as where another place lies is one location, the finer one (eventledger.extract.place_within): a
village with its district, an airfield with its city, a town with the town or airport it lies near, told in one phrase,
are one incident, not one at each. Two places as fine as each other are a list, and stay two. Each report here was
written for the test."""


from report_reading import kinds


def test_a_village_with_its_district_in_the_genitive_is_the_village(read):
    events = read("В хуторе Масаловка Каменского района беспилотник повредил крышу сарая.", "ru")
    assert [(kind, place) for kind, place in kinds(events)] == [("strike", "Masalovka")]


def test_a_district_told_first_and_then_its_village_is_the_village(read):
    events = read("В Каменском районе, в хуторе Масаловка обломки дрона повредили крышу сарая.", "ru")
    assert kinds(events) == [("strike", "Masalovka")]


def test_an_airfield_in_its_city_is_the_airfield(read):
    events = read("Рано утром три дрона атаковали аэродром Дягилево в Рязани, повреждения незначительные.", "ru")
    assert len(events) == 1 and events[0].place.precision == "point"


def test_a_town_near_another_is_the_first_town(read):
    events = read("Ночью дроны атаковали Алексин под Тулой, повреждены окна частных домов.", "ru")
    assert kinds(events) == [("strike", "Aleksin")]


def test_a_town_near_an_airport_is_the_town(read):
    events = read("Ночью беспилотник атаковал Каспийск, недалеко от аэропорта Махачкала. Повреждён жилой дом.", "ru")
    assert kinds(events) == [("strike", "Kaspiysk")]


def test_two_towns_listed_stay_two(read):
    events = read("Вражеские дроны атаковали Белгород и Шебекино, повреждены дома.", "ru")
    assert {place for _, place in kinds(events)} == {"Belgorod", "Shebekino"}


def test_a_far_namesake_is_no_place_the_phrase_locates(read):
    # a town and a district of another region are not one place however the words join them
    events = read("В Каменском районе, в Херсоне обстрелом повреждены дома.", "ru")
    assert {place for _, place in kinds(events)} >= {"Kherson"}


def test_english_airfield_in_its_city_is_the_airfield(read):
    events = read("Drones attacked the Dyagilevo airfield in Ryazan early on Wednesday, causing minor damage.")
    assert len(events) == 1 and events[0].place.precision == "point"


def test_english_town_near_a_city_is_the_town(read):
    events = read("A missile strike hit Kamianske, near the city of Dnipro, on Tuesday, damaging a school.")
    assert kinds(events) == [("strike", "Kamianske")]


def test_a_restriction_at_an_airport_after_an_attack_on_a_nearby_town_is_the_airport_s(read):
    events = read("План «Ковёр» ввели в аэропорту Махачкалы после атаки беспилотников на Каспийск. Рейсы задерживаются.",
                  "ru")
    restrictions = [e for e in events if e.kind == "airspace_restriction"]
    assert len(restrictions) == 1 and restrictions[0].place.precision == "point"
    # (kind23: the attack told as the closure's cause is an event of its own, at the town: not a restricted place)
    assert [(e.kind, e.place.name) for e in events if e.kind != "airspace_restriction"] == [("strike", "Каспийск")]


def test_a_restriction_at_an_airport_and_at_a_far_town_stays_two(read):
    events = read("Ограничения на полёты ввели в аэропорту Махачкалы и в Калуге.", "ru")
    assert len([e for e in events if e.kind == "airspace_restriction"]) == 2


def test_a_town_told_as_a_suburb_of_a_city_is_the_town(read):
    events = read("Глава республики сообщил о попытке атаки беспилотника по объектам в Каспийске — это пригород "
                  "Махачкалы. Разрушений нет.", "ru")
    assert kinds(events) == [("strike", "Kaspiysk")]


def test_a_region_s_headline_counting_the_drones_that_attacked_is_the_district_s_strike(read):
    # the count of drones that attacked is the attack's own size, not a figure of another account of the region
    events = read("Три беспилотника атаковали Курскую область, есть пострадавший\n\n"
                  "Губернатор сообщил об атаке дронов. «В Рыльском районе три беспилотника упали на окраине села», — "
                  "написал он, добавив, что мужчина получил осколочное ранение руки. Повреждены два частных дома.", "ru")
    strikes = [e for e in events if e.kind in ("strike", "shelling", "explosion")]
    assert len(strikes) == 1 and strikes[0].place.precision == "admin2"


def test_a_stated_zero_at_another_place_is_no_incident_of_its_own(read):
    # "nobody was hurt" told with the mayor's city is said of the incident just told, not of one in the city
    events = read("Беспилотник, летевший на Москву, сбит над Раменским. Как сообщил мэр Москвы Сергей Собянин, "
                  "разрушений и пострадавших нет.", "ru")
    assert len(events) == 1 and events[0].kind == "interception"


def test_casualties_at_a_place_of_their_own_are_still_an_incident_there(read):
    events = read("Вражеские дроны атаковали Белгородскую область. В Шебекино ранены два человека.", "ru")
    assert any(e.place is not None and e.place.key == "Shebekino" and e.figures["injured"].best == 2 for e in events)
