"""A village told in one clause with a town, a district or a region, that the gazetteer reads as a namesake in another
region hundreds of kilometres off, is the namesake it lacks there: the clause's other place is where
(place_within.far_in_clause). Reports written for these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


@pytest.mark.parametrize("text, lang, where", [
    # the village told near a town ("под", "outside"): the town, as an offset from it
    ("Обломки беспилотника упали на частный дом в подмосковной деревне Становое под Раменским, пострадал один человек.",
     "ru", ["под Раменским"]),
    ("Уламки дрона впали на приватний будинок у селі Станове під Харковом, постраждала одна людина.", "uk",
     ["під Харковом"]),
    ("Drone debris hit a private house in the village of Stanove outside Kharkiv, injuring one person.", "en",
     ["outside Kharkiv"]),
    # the village told after the town its clause opens with: the town, one incident
    ("В Раменском после падения дрона загорелся дом в посёлке Становое, пострадала женщина.", "ru", ["Ramenskoye"]),
    ("У Харкові після атаки дрона загорівся будинок у селищі Станове, постраждала жінка.", "uk", ["Kharkiv"]),
    ("In Ramenskoye, a drone set a house on fire in the village of Stanovoye, injuring a woman.", "en", ["Ramenskoye"]),
])
def test_a_village_read_far_from_the_town_of_its_clause_gives_way_to_the_town(read, text, lang, where):
    assert places(read(text, lang)) == where


def test_a_village_read_in_the_region_its_clause_names_stays(read):
    events = read("В Липецкой области дрон атаковал дом в посёлке Становое, пострадала женщина.", "ru")
    assert places(events) == ["Stanovoye"]


def test_the_rule_itself(gazetteer):
    from dataclasses import replace

    from eventledger.extract.place_within import far_in_clause

    def named(name, at, lang="ru"):
        match = next(m for m in gazetteer.find(name, lang) if m.candidates)
        return replace(match, start=at), match.candidates[0]

    village, ramenskoye, lipetsk = named("в посёлке Становое", 0), named("Раменское", 20), named("Липецк", 20)
    assert far_in_clause([village, ramenskoye]) == {0}  # a Lipetsk Oblast village beside a Moscow Oblast town
    assert far_in_clause([village, lipetsk]) == set()  # in the town's own region
    assert far_in_clause([village]) == set()  # nothing beside it to say where it is
    assert far_in_clause([village], [ramenskoye[1]]) == {0}  # told "под Раменским": an offset from the town
    assert far_in_clause([ramenskoye, named("Липецк", 40)]) == set()  # two towns: a list, each where it is
