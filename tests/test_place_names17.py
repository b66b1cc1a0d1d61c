"""Names the gazetteer reads in pieces or by initials, and a town's area named with "-щина" (geo.adjacent_towns,
Gazetteer._plausible's initials, geo.district_areas). Reports written for these tests."""

import pytest


def found(gazetteer, text, lang):
    return [(m.text, m.candidates[0].place.name, m.candidates[0].feature)
            for m in sorted(gazetteer.find(text, lang), key=lambda m: m.start) if m.candidates]


# two one-word town readings one space apart are one name the gazetteer lacks


def test_a_village_of_two_words_is_not_two_towns(gazetteer):
    # "Золота" alone is Zolote (Luhansk Oblast), "Балка" Balky (Zaporizhzhia Oblast)
    assert found(gazetteer, "У селі Золота Балка внаслідок атаки дрона поранено чоловіка.", "uk") == []


def test_a_persons_name_is_not_two_towns(gazetteer):
    assert found(gazetteer, "Editing by Leslie Adler and others.", "en") == []


def test_the_village_named_in_a_report_is_not_placed_at_a_namesake(read):
    events = read("У селі Золота Балка Херсонської області внаслідок атаки дрона поранено чоловіка.", "uk")
    assert [e.place.admin1 for e in events if e.place] == ["Kherson Oblast"]


@pytest.mark.parametrize("text, lang, names", [
    # towns with a comma, a dash or "and" between them stay two towns
    ("Обстріляли Херсон, Берислав і Каховку.", "uk", ["Херсон", "Берислав", "Каховку"]),
    ("Drones hit Kharkiv and Izium overnight.", "en", ["Kharkiv", "Izium"]),
    # a city's district and its city: a name of two words beside one of one
    ("У Солом'янському районі Києва внаслідок атаки пошкоджено будинок.", "uk", ["Солом'янському районі", "Києва"]),
    ("Беспилотник упал в Адлерском районе Сочи.", "ru", ["Адлерском районе", "Сочи"]),
    # a town and its region
    ("У Куп'янську Харківської області пошкоджено будинок.", "uk", ["Куп'янську", "Харківської області"]),
])
def test_places_beside_each_other_otherwise_stay(gazetteer, text, lang, names):
    assert [name for name, _, _ in found(gazetteer, text, lang)] == names


# a word of a title in capitals is not a region's initials


def test_a_title_word_is_not_a_regions_initials(gazetteer):
    assert found(gazetteer, "Israeli Drone Attacked A Lebanese Civilian Car Near The Border", "en") == []


def test_initials_in_capitals_stay(gazetteer):
    assert [n for n, _, _ in found(gazetteer, "Officials in the UAE said on Monday", "en")] == ["UAE"]
    assert [n for n, _, _ in found(gazetteer, "strikes in the DRC", "en")] == ["DRC"]


# a town's area named with "-щина" is the raion named after the town


def test_a_towns_area_is_its_raion(gazetteer):
    assert found(gazetteer, "Ворог обстрілював Нікопольщину з артилерії.", "uk") == [
        ("Нікопольщину", "Nikopol Raion", "admin2")]
    assert found(gazetteer, "Ночью дроны атаковали Никопольщину.", "ru") == [
        ("Никопольщину", "Nikopol Raion", "admin2")]


def test_a_raion_pulls_its_namesake_village(gazetteer):
    # "Покровська громада" alone is the larger Pokrovske, 140 km east; beside Nikopol's raion it is the one near Nikopol
    places = found(gazetteer, "Ворог обстрілював Нікопольщину – райцентр, Мирівську і Покровську громади.", "uk")
    pokrovske = [p for p in places if p[0] == "Покровську"]
    assert pokrovske and pokrovske[0][1] == "Pokrovske"
    match = [m for m in gazetteer.find("Ворог обстрілював Нікопольщину – райцентр, Мирівську і Покровську громади.", "uk")
             if m.text == "Покровську"][0]
    assert match.candidates[0].place.lon < 35  # the western one, by Nikopol (47.55 N, 34.15 E)


def test_an_oblasts_own_area_word_stays_the_oblast(gazetteer):
    assert [(p, f) for _, p, f in found(gazetteer, "Ворог обстріляв Сумщину.", "uk")] == [("Сумська область", "admin1")]
    # Russian texts name oblasts so too; the gazetteer holds these names in Ukrainian only
    assert [(p, f) for _, p, f in found(gazetteer, "ВСУ обстреляли Одесщину.", "ru")] == [("Одесская область", "admin1")]


def test_a_word_in_shchyna_with_no_raion_is_nothing(gazetteer):
    # "Батьківщина" (homeland) names no raion: no "Батьківський район"
    assert found(gazetteer, "Захищати Батьківщину.", "uk") == []
