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
        return replace(match, start=at, end=at + len(name)), match.candidates[0]

    text = "В Раменском горел дом в посёлке Становое"
    town, village, lipetsk = named("Раменском", 2), named("в посёлке Становое", 23), named("Липецке", 2)
    assert far_in_clause([town, village], text, 0, "ru") == {23}  # a Lipetsk Oblast village told in a Moscow Oblast town
    assert far_in_clause([lipetsk, village], text, 0, "ru") == set()  # in the town's own region
    assert far_in_clause([village], text, 0, "ru") == set()  # nothing beside it to say where it is
    assert far_in_clause([village], text, 0, "ru", [town[1]]) == {23}  # told "под Раменским": an offset from the town
    listed = "Дроны атаковали Раменское и посёлок Становое"
    assert far_in_clause([named("Раменское", 16), named("посёлок Становое", 28)], listed, 0, "ru") == set()  # a list
    region = "Бои идут у деревни в Московской области, горел дом в посёлке Становое"
    moscow = named("Московской области", 21)
    assert far_in_clause([moscow, named("в посёлке Становое", 51)], region, 0, "ru") == {51}  # the region it names
    joined = "В Раменском и в посёлке Становое горели дома"
    assert far_in_clause([named("Раменском", 2), named("в посёлке Становое", 14)], joined, 0, "ru") == set()


@pytest.mark.parametrize("text, lang", [
    # a village of another region listed beside a town, with its own target or toll: a place of its own
    ("Дроны ударили по складу в Краснодаре и по ферме в Великой Писаревке.", "ru"),
    ("Обстріл пошкодив будинки в Одесі та школу у Великій Писарівці.", "uk"),
    ("Shelling damaged homes in Odesa and a school in Velyka Pysarivka on Monday.", "en"),
    ("Ночью беспилотники атаковали Краснодар и Великую Писаревку, ранены три человека.", "ru"),
])
def test_a_village_listed_beside_a_far_town_stays_a_place(read, text, lang):
    assert "Velyka Pysarivka" in places(read(text, lang))
