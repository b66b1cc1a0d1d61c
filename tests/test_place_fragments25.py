"""English readings of a place from part of another name (session 25): a ship's name of two words, told again without
its ship word; a hyphenated town romanised otherwise than the gazetteer holds it; capitalised words that are towns
only by accident (a headline's verb, a metro station, the Volga). Reports written for these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


def names(gazetteer, text):
    return [text[m.start:m.end] for m in gazetteer.find(text, "en")]


def test_a_two_word_ship_name_is_the_ships_wherever_it_recurs(read):
    events = read("Sea drones attacked the naval base of Novorossiysk overnight. The landing ship Stoiky Gornyak was "
                  "damaged, sailors said. The Stoiky Gornyak had carried troops to Crimea before.")
    assert "Gornyak" not in places(events)
    assert places(events) == ["Novorossiysk"]


def test_a_ship_word_before_the_first_of_two_names(gazetteer):
    from eventledger.extract.named_beside import names_a_vessel

    assert names_a_vessel("the large landing ship Stoiky ", " was hit", "en")
    assert not names_a_vessel("two ships docked in ", " were hit", "en")  # a lower-case word: a town after it


def test_a_hyphenated_town_romanised_otherwise_is_one_name(gazetteer):
    # the gazetteer holds "Bilhorod-Dnistrovskyi"; "-yy" is another romanisation of the ending, not Belgorod by the
    # first part, at every mention
    text = "Missiles hit Bilhorod-Dnistrovskyy. Two people were killed in Bilhorod-Dnistrovskyy, officials said."
    found = gazetteer.find(text, "en")
    assert [text[m.start:m.end] for m in found] == ["Bilhorod-Dnistrovskyy"] * 2
    assert {m.candidates[0].place.name for m in found} == {"Bilhorod-Dnistrovskyi"}


@pytest.mark.parametrize("text", [
    "Drone Attack Sparks Fire at Refinery",
    "A blast hit the entrance of the Lisova Metro station overnight.",
    "Air defence units of the Volga region downed a drone.",
])
def test_words_that_are_towns_only_by_accident(gazetteer, text):
    assert names(gazetteer, text) == []


def test_a_strike_at_a_sea_is_at_the_one_port_its_sentence_names(read):
    events = read("Sea drones attacked facilities in Novorossiysk, a city hosting a naval base on the Black Sea, "
                  "overnight. A patrol boat was damaged and two sailors were injured.")
    assert places(events) == ["Novorossiysk"]


def test_a_headline_strike_at_a_sea_beside_its_port(read):
    events = read("Warship hit in Novorossiysk, Black Sea drone attack\nA Russian navy ship was damaged in a Ukrainian "
                  "sea drone attack in the Black Sea, officials said. Two sailors were injured.")
    assert places(events) == ["Novorossiysk"]


def test_an_interception_over_a_sea_stays_the_seas(read):
    events = read("Air defences shot down five drones over the Black Sea near Sevastopol overnight, the governor said.")
    assert "Sevastopol" not in places(events) or all(e.kind != "interception" or e.place.key != "Sevastopol"
                                                     for e in events if e.place)


@pytest.mark.parametrize("before, lang", [
    ("Sea Drones Damage Tanker At ", "en"),
    ("drones struck a cargo ship In ", "en"),
    ("Дрони Атакували Танкер В ", "ru"),
    ("Дрони Атакували Танкер Біля ", "uk"),
])
def test_a_capitalised_preposition_opens_no_ship_name(gazetteer, before, lang):
    from eventledger.extract.named_beside import names_a_vessel

    assert not names_a_vessel(before, " on Monday", lang)  # "Tanker At Tuapse": the town Tuapse


def test_a_title_case_headline_keeps_its_port(read):
    events = read("Sea Drones Damage Tanker At Tuapse\nUkrainian sea drones damaged a tanker overnight, the port "
                  "authority said. One sailor was injured.")
    assert places(events) == ["Tuapse"]


def test_a_hyphenated_pair_that_is_no_name_keeps_its_first_town(gazetteer):
    # no place is called "Ilskiy-Krasnodar": the first part is the refinery town as before the hyphen joined the word
    text = "Drones hit a fuel depot near the Ilskiy-Krasnodar highway."
    assert "Ilskiy" in names(gazetteer, text)


@pytest.mark.parametrize("quote, lang, port", [
    ("A missile hit a grain ship in the Black Sea as it sailed to Izmail.", "en", "Izmail"),
    ("Drones struck a tanker bound for the port of Odesa in the Black Sea.", "en", "Odesa"),
    ("Ракета попала в сухогруз в Черном море, шедший в Измаил.", "ru", "Измаил"),
    ("Ракета влучила в суховантаж у Чорному морі, що йшов до Ізмаїла.", "uk", "Ізмаїла"),
])
def test_a_ships_destination_is_no_port_of_a_strike_at_sea(quote, lang, port):
    from eventledger.extract.finest_place import _told_at, _voyage_words

    assert not _told_at(port, quote, _voyage_words(lang))  # the strike stays at the sea
    assert _told_at(port, quote.replace(port, "the port") + f" Sailors in {port} said so.", _voyage_words(lang))
