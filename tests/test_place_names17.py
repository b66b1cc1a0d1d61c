"""Names the gazetteer reads in pieces or by initials, and a town's area named with "-щина" (geo.adjacent_towns,
Gazetteer._plausible's initials, geo.district_areas). Reports written for these tests; the village of "Золота Поляна"
is made up."""

import pytest


def found(gazetteer, text, lang):
    return [(m.text, m.candidates[0].place.name, m.candidates[0].feature)
            for m in sorted(gazetteer.find(text, lang), key=lambda m: m.start) if m.candidates]


# two one-word town readings one space apart, far from each other, are one name the gazetteer lacks


def test_a_village_of_two_words_is_not_two_towns(gazetteer):
    # "Золота" alone is Zolote (Luhansk Oblast), "Поляна" a village hundreds of kilometres away
    assert found(gazetteer, "Дрон скинув вибухівку на подвір'я у селі Золота Поляна.", "uk") == []


def test_a_persons_name_is_not_two_towns(gazetteer):
    assert found(gazetteer, "Reporting by Lincoln Adler; editing by Marion Sidon.", "en") == []


def test_the_village_named_in_a_report_is_not_placed_at_a_namesake(read):
    events = read("Дрон скинув вибухівку на подвір'я у селі Золота Поляна Сумської області, поранено пенсіонерку.", "uk")
    assert [e.place.admin1 for e in events if e.place] == ["Sumy Oblast"]


# ... but two real towns near each other stay two places, with no comma between them (a list whose comma was left out,
# a city and a town by it in another case): their figures are not moved to whatever other place the sentence names


@pytest.mark.parametrize("text, lang, keys", [
    ("Ракети влучили в Одесу Чорноморськ і Южне, поранено трьох людей.", "uk", ["Odesa", "Chornomors’k", "Pivdenne"]),
    ("Беспилотники атаковали Курск Курчатов и Железногорск, ранены двое.", "ru", ["Kursk", "Kurchatov", "Zheleznogorsk"]),
    ("Missiles slammed into Odesa Chornomorsk and Yuzhne, wounding three people.", "en",
     ["Odesa", "Chornomors’k", "Pivdenne"]),
    ("Shells hit Kherson Bilozerka overnight, wounding a woman.", "en", ["Kherson", "Bilozerka"]),
])
def test_neighbouring_towns_with_no_comma_stay_two_places(read, text, lang, keys):
    events = read(text, lang)
    assert [e.place.key for e in events if e.place] == keys
    assert sum(1 for e in events if e.figures) == 1 and events[0].figures  # the figures stay with the first town


def test_a_city_of_a_million_stays_beside_an_unknown_word(read):
    # "Downtown" is read as a quarter of Warsaw, 700 km from Kyiv: the word goes, the capital stays
    events = read("Drone Strike On Downtown Kyiv Wounds Four People", "en")
    assert [e.place.key for e in events if e.place] == ["Kyiv"]


@pytest.mark.parametrize("text, lang, names", [
    # towns with a comma, a dash or "and" between them stay two towns
    ("Обстріляли Суми, Шостку і Конотоп.", "uk", ["Суми", "Шостку", "Конотоп"]),
    ("Drones hit Poltava and Myrhorod overnight.", "en", ["Poltava", "Myrhorod"]),
    # a city's district and its city: a name of two words beside one of one
    ("У Шевченківському районі Львова пошкоджено будинок.", "uk", ["Шевченківському районі", "Львова"]),
    ("Беспилотник упал в Ленинском районе Курска.", "ru", ["Ленинском районе", "Курска"]),
    # a town and its region
    ("У Лозовій Харківської області пошкоджено будинок.", "uk", ["Лозовій", "Харківської області"]),
])
def test_places_beside_each_other_otherwise_stay(gazetteer, text, lang, names):
    assert [name for name, _, _ in found(gazetteer, text, lang)] == names


# a word of a title in capitals is not a region's initials


def test_a_title_word_is_not_a_regions_initials(gazetteer):
    # ("Car" is the initials of the Philippines' Cordillera Administrative Region)
    assert found(gazetteer, "Missile Hits Parked Car In Border Town", "en") == []


def test_initials_in_capitals_stay(gazetteer):
    assert [n for n, _, _ in found(gazetteer, "Officials in the UAE said on Monday", "en")] == ["UAE"]
    assert [n for n, _, _ in found(gazetteer, "strikes in the DRC", "en")] == ["DRC"]


# a town's area named with "-щина" is the raion named after the town


def test_a_towns_area_is_its_raion(gazetteer):
    assert found(gazetteer, "Ворог обстріляв Бериславщину з артилерії.", "uk") == [
        ("Бериславщину", "Beryslav Raion", "admin2")]
    assert found(gazetteer, "Днём беспилотники снова летали над Никопольщиной.", "ru") == [
        ("Никопольщиной", "Nikopol Raion", "admin2")]


def test_a_raion_pulls_its_namesake_village(gazetteer):
    # "Покровська громада" alone is the larger Pokrovske, 140 km east; beside Nikopol's raion it is the one near Nikopol
    text = "Вночі дрони атакували Нікопольщину, зокрема Покровську громаду."
    places = found(gazetteer, text, "uk")
    pokrovske = [p for p in places if p[0] == "Покровську"]
    assert pokrovske and pokrovske[0][1] == "Pokrovske"
    match = [m for m in gazetteer.find(text, "uk") if m.text == "Покровську"][0]
    assert match.candidates[0].place.lon < 35  # the western one, by Nikopol (47.55 N, 34.15 E)


def test_an_oblasts_own_area_word_stays_the_oblast(gazetteer):
    assert [(p, f) for _, p, f in found(gazetteer, "Ворог обстріляв Сумщину.", "uk")] == [("Сумська область", "admin1")]
    # Russian texts name oblasts so too; the gazetteer holds these names in Ukrainian only
    assert [(p, f) for _, p, f in found(gazetteer, "ВСУ обстреляли Одесщину.", "ru")] == [("Одесская область", "admin1")]


def test_a_word_in_shchyna_with_no_raion_is_nothing(gazetteer):
    # "Батьківщина" (homeland) names no raion: no "Батьківський район"
    assert found(gazetteer, "Захищати Батьківщину.", "uk") == []


@pytest.mark.parametrize("text, lang", [
    # two raions are called "Дніпровський район" (one of Dnipropetrovsk Oblast, one a district of Kyiv): the word tells
    # neither, and is left unread rather than given to whichever the gazetteer lists first
    ("Окупанти вдарили по Дніпровщині вночі, поранено двох людей.", "uk"),
    ("Ночью враг атаковал Днепровщину, ранен мужчина.", "ru"),
])
def test_a_word_in_shchyna_for_two_raions_is_nothing(gazetteer, read, text, lang):
    assert found(gazetteer, text, lang) == []
    assert [e.place for e in read(text, lang)] == [None]
