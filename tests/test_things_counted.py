"""A harm verb counts the noun that follows it: "пострадали 18 жилых домов" are houses and "постраждали будинки"
buildings, no one injured; "пострадали 18 жителей" are people. pymorphy3's animacy tells them apart for any noun."""


from eventledger.extract.things_counted import names_things
from report_reading import casualty_event, figures


def test_houses_counted_after_a_harm_verb_are_no_one_injured(read):
    e = casualty_event(read("Беспилотник атаковал Белгород. Пострадали 18 жилых домов и два автомобиля.", "ru"))
    assert figures(e) == {}


def test_residents_counted_after_the_same_verb_are_people(read):
    e = casualty_event(read("Беспилотник атаковал Белгород. Пострадали 18 жителей, трое госпитализированы.", "ru"))
    assert figures(e)["injured"] == 18


def test_buildings_that_suffered_in_ukrainian_are_not_an_injured_person(read):
    e = casualty_event(read("Уночі ворожий дрон атакував Суми. Постраждали житлові будинки та транспорт.", "uk"))
    assert figures(e) == {}
    e = casualty_event(read("Уночі ворожий дрон атакував Суми. Постраждали двоє людей.", "uk"))
    assert figures(e) == {"injured": 2}


def test_what_wounded_them_is_no_thing_counted():
    assert not names_things(" осколками стекла", "ru")  # "ранены осколками": the instrumental names the cause
    assert names_things(" частные жилые дома", "ru")
    assert not names_things(" more houses", "en")  # English counts things with other verbs ("damaged")
