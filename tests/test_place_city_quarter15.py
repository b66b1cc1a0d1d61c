"""A district of a city that is a region of its own (Kyiv), named with the word for a district, is where the incident
was: the most specific place the report names (ANNOTATION.md). Reports written for these tests."""


def places(events):
    return [(e.kind, e.place.key if e.place else None) for e in events]


def test_english_district_of_kyiv_is_the_place(read):
    events = read("Russia attacked Kyiv overnight. A fire broke out in the Holosiivskyi district of Kyiv after a drone "
                  "hit a warehouse, the mayor said.")
    assert places(events) == [("strike", "Holosiyiv")]


def test_ukrainian_district_of_kyiv_is_the_place(read):
    events = read("Уночі росіяни атакували столицю. У Києві в Печерському районі уламки дрона впали на дах "
                  "житлового будинку, повідомив Тимур Ткаченко.", "uk")
    assert [e.place.key for e in events if e.kind == "strike"] == ["Pechersk"]


def test_two_districts_keep_the_city(read):
    events = read("Уночі росіяни атакували Київ. У Солом'янському районі уламки впали на дах будинку, у Дарницькому "
                  "районі загорілося авто.", "uk")
    assert places(events) == [("strike", "Kyiv")]


def test_a_raion_named_after_a_town_is_not_a_quarter(read):
    # Brovary lies beside Kyiv but in Kyiv Oblast: the raion is no district of the city
    events = read("Russian drones attacked Kyiv overnight. Later a drone hit a warehouse in the Brovarskyi district, "
                  "the regional governor said.")
    assert "Brovary" not in [e.place.key for e in events if e.place]


def test_an_interception_stays_at_the_city(read):
    events = read("Air defence shot down 12 drones over Kyiv overnight, the city administration said. Debris fell in "
                  "the Obolonskyi district, no one was hurt.")
    assert "Obolon" not in [e.place.key for e in events if e.kind == "interception" and e.place]


def test_a_district_of_a_list_keeps_the_city(read):
    # "районах": one of a list, though the gazetteer reads only the last adjective as a district
    events = read("Уночі росіяни атакували Київ дронами. Уламки пошкодили будинки в Дніпровському та Деснянському "
                  "районах, повідомив Тимур Ткаченко.", "uk")
    assert [e.place.key for e in events if e.kind == "strike"] == ["Kyiv"]
