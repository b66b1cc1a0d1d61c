"""Ukraine's raions as reports name them since 2020: "Bucha district", "Kramatorsk district" (the English form made from
every English name of a district with the word for it, geo.build), and the raions GeoNames keeps only as a city
council ("Білоцерківський район", "Шосткинський район": geo/data/aliases.yaml, `district: true`). Reports written for
these tests."""


def places(events):
    return [(e.kind, e.place.key if e.place else None, e.place.precision if e.place else None) for e in events]


def test_english_raion_named_after_its_town_is_the_raion(read):
    events = read("Russian drones attacked the Kyiv region overnight. In Bucha district, a man was injured and three "
                  "homes were damaged, the governor said.")
    assert places(events) == [("strike", "Buchanskyi Raion", "admin2")]


def test_english_raion_of_a_city_is_not_the_city(read):
    events = read("Russian forces shelled Kramatorsk district, injuring two civilians, the regional governor said.")
    assert places(events) == [("shelling", "Kramatorskyi Raion", "admin2")]


def test_english_town_alone_stays_the_town(read):
    events = read("Russian forces shelled Kramatorsk, injuring two civilians, the regional governor said.")
    assert places(events) == [("shelling", "Kramatorsk", "city")]


def test_ukrainian_bila_tserkva_raion(read):
    events = read("Уночі росіяни атакували Київщину дронами. У Білоцерківському районі пошкоджено приватний будинок, "
                  "поранено чоловіка.", "uk")
    assert places(events) == [("strike", "Bila Tserkva Raion", "admin2")]
    assert events[0].place.geonames_id == 9644965


def test_ukrainian_shostka_raion_has_its_id(read):
    events = read("Ворог обстріляв Шосткинський район, поранено жінку.", "uk")
    assert [(e.place.key, e.place.geonames_id) for e in events] == [("Shostka Raion", 9807848)]


def test_russian_novhorod_siverskyi_raion(read):
    events = read("ВСУ обстреляли Новгород-Северский район, сообщили местные власти. Ранен мужчина.", "ru")
    assert places(events) == [("shelling", "Novhorod-Siverskyi Raion", "admin2")]
