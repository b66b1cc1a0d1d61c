"""A country named with no word of place before it, in a clause that also names a town of another country, is the state
acting or spoken of, not a second place of the incident (place_roles.country_beside; en `country_roles`, place_roles.country_role).
Reports written for these tests."""


def places(events):
    return sorted((e.kind, e.place.key if e.place else None) for e in events)


def test_a_country_acting_on_a_town_of_another(read):
    events = read('"Overnight Russia pummelled Sumy with guided bombs," the mayor said. Two people were killed and nine '
                  "were wounded.")
    assert places(events) == [("strike", "Sumy")]


def test_a_country_speaking_of_a_strike_in_a_town_of_another(read):
    events = read("Russia issued a cold denial about the drone attack on Poltava. Three people died in the attack, the "
                  "regional governor said.")
    assert places(events) == [("strike", "Poltava")]


# what the rule must not touch (read at the rule itself: the report's later steps often drop such a country anyway)


def acting(gazetteer, text, lang="en"):
    from eventledger.extract.place_roles import country_beside

    named = [(m, m.candidates[0]) for m in sorted(gazetteer.find(text, lang), key=lambda m: m.start) if m.candidates]
    return [text[s:s + 6] for s in sorted(country_beside(named, text, lang, 0))]


def test_the_rule_reads_the_subject(gazetteer):
    assert acting(gazetteer, "Russia pummelled Sumy with guided bombs") == ["Russia"]


def test_a_country_after_a_word_of_place_is_a_place(gazetteer):
    assert acting(gazetteer, "Drone fragments fell in Romania after the strike on Izmail") == []
    assert acting(gazetteer, "A missile aimed at Lviv exploded over eastern Poland") == []
    assert acting(gazetteer, "Ukrainian drones attacked targets across western Russia and in Kharkiv") == []


def test_a_country_listed_after_a_town_is_a_place(gazetteer):
    assert acting(gazetteer, "Israeli jets struck Beirut and Syria overnight") == []


def test_a_country_alone_or_with_its_own_town_is_untouched(gazetteer):
    assert acting(gazetteer, "Russia said its air defences shot down three drones over Belgorod") == []
    assert acting(gazetteer, "Russia attacked overnight") == []


def test_russian_and_ukrainian_are_left_to_the_case(gazetteer):
    # the nominative already tells the subject there (incidents.the_subject); no words are listed for them
    assert acting(gazetteer, "Россия атаковала Николаев ракетами", "ru") == []
    assert acting(gazetteer, "Росія атакувала Миколаїв ракетами", "uk") == []
