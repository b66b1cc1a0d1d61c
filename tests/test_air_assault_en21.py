"""An armed clash's word that also names an attack from the air ("assault on") is a strike when the clause's
surroundings (the report's first line, the sentence before) name a weapon fired from afar and no ground fighting
(twenty-first session, en21; en `air_assault_words`; Russian and Ukrainian "штурм" is only a ground assault). Each
report here was written for the test."""

from report_reading import kinds


def test_an_assault_in_a_report_of_drones_is_the_drone_attack(read):
    events = read("Ukrainian drones hit an oil depot in Saratov overnight\n\nA fire broke out at the depot after the "
                  "drone attack, the governor said. The night's assault on the Saratov region lasted until dawn.")
    assert all(kind != "other" for kind, _ in kinds(events))


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_an_assault_on_positions_with_ground_fighting_stays_a_clash(read):
    events = read("Fighting raged near Pokrovsk on Monday.\n\nRussian troops launched an assault on Ukrainian positions "
                  "near Pokrovsk and took two soldiers prisoner, the brigade said.")
    assert [kind for kind, _ in kinds(events)] == ["other"]


def test_an_assault_with_no_weapon_from_afar_nearby_stays_a_clash(read):
    events = read("Gunmen launched an assault on a police post in Kidal on Monday, killing two officers, officials said.")
    assert all(kind != "strike" for kind, _ in kinds(events))
