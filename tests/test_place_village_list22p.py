"""A list that village words open ends at its joining word (issue 10, class 1: which place is the event's; twenty-second
session, fix22p after the place22 review). Only the name right after "and"/"и"/"та" still belongs to the list; a name
after a later comma opens the next clause, and a big city there ("сёла Ивановка и Петровка, Курск также ...") is that
city, not a misread village moved into the villages' region with its event lost.

Each report here was written for the test."""

import pytest

from eventledger.geo.focus import _called_a_village
from report_reading import figures


@pytest.mark.parametrize("text, name, lang", [
    ("обстреляли сёла Ивановка и Петровка, Курск также", "Курск", "ru"),
    ("shelled the villages of Ivanovka and Petrovka, Kursk was also", "Kursk", "en"),
    ("обстріляли села Іванівка та Петрівка, Суми також", "Суми", "uk"),
    ("обстріляли села Іванівка і Петрівка, Суми також", "Суми", "uk"),
])
def test_a_name_after_the_list_s_last_join_and_a_comma_is_not_called_a_village(text, name, lang):
    assert not _called_a_village(text, text.index(name), lang)


@pytest.mark.parametrize("text, name, lang", [
    ("обстреляли сёла Ивановка, Петровка и Муром", "Муром", "ru"),
    ("обстреляли сёла Ивановка, Петровка, Муром", "Муром", "ru"),
    ("shelled the villages of Ivanovka, Petrovka, and Kirov", "Kirov", "en"),  # (a comma before the "and")
    ("обстріляли села Іванівка, Петрівка та Умань", "Умань", "uk"),
])
def test_the_list_s_last_name_is_still_called_a_village(text, name, lang):
    assert _called_a_village(text, text.index(name), lang)


@pytest.mark.parametrize("text, lang, city, region", [
    ("Дроны атаковали сёла Ивановка и Петровка, Курск также подвергся удару, ранены трое, сообщил губернатор.", "ru",
     "Курск", "Kursk Oblast"),
    ("Drones attacked the villages of Ivanovka and Petrovka, Kursk came under attack too, injuring three people.", "en",
     "Kursk", "Kursk Oblast"),
    ("Дрони атакували села Іванівка та Петрівка, Суми також зазнали удару, поранено трьох людей.", "uk",
     "Суми", "Sumy Oblast"),
])
def test_a_city_opening_the_clause_after_a_village_list_keeps_its_event(read, text, lang, city, region):
    events = read(text, lang)
    assert any(e.place and e.place.name == city and e.place.admin1 == region for e in events)


# -- a misread village placed at its region is a place of its own ------------------------------------------------------
# (a town of 50,000 or more that the text calls a village, with no reading inside the report's area: the village the
# gazetteer lacks, at the region's level; its incident is no retelling of the town incident told before it there)

@pytest.mark.parametrize("text, lang, town, region", [
    ("В Шебекино от удара дрона пострадала женщина. В селе Муром повреждены два дома.", "ru",
     "Шебекино", "Belgorod Oblast"),
    ("Губернатор Белгородской области: в Шебекино от удара дрона пострадала женщина. В селе Муром повреждены два дома.",
     "ru", "Шебекино", "Belgorod Oblast"),
    ("A drone hit a car in Shebekino, injuring the driver. In the village of Murom, two houses were damaged.", "en",
     "Shebekino", "Belgorod Oblast"),
    ("Дрон атакував автомобіль у Білопіллі, поранено водія. У селі Умань пошкоджено два будинки.", "uk",
     "Білопілля", "Sumy Oblast"),
])
def test_the_misread_village_s_incident_is_an_event_of_its_own(read, text, lang, town, region):
    events = read(text, lang)
    at_town = [e for e in events if e.place and e.place.name == town]
    at_village = [e for e in events if e.place and e.place.admin1 == region and e.place.precision == "admin1"]
    assert len(at_town) == 1 and len(at_village) == 1
    assert figures(at_town[0]) == {"injured": 1}


def test_the_village_list_s_zero_is_not_the_town_s(read):
    events = read("Губернатор Белгородской области сообщил, что в Шебекино ранен мужчина. ВСУ обстреляли сёла "
                  "Белянка, Мешковое и Муром, пострадавших нет.", "ru")
    (town,) = [e for e in events if e.place and e.place.name == "Шебекино"]
    assert figures(town) == {"injured": 1}  # (no "killed 0": the villages' "no one was hurt" is theirs)
    assert not any(e.place and e.place.admin1 == "Vladimir Oblast" for e in events)


def test_an_article_and_common_words_at_a_sentence_start_are_no_place(gazetteer):
    # "The villages" is no The Villages (Florida): that firm place 9,000 km away would leave the report no one area,
    # and Murom, called a village, would stay the town of Vladimir Oblast
    text = "A drone hit a car in Shebekino. The villages of Murom and Belyanka were shelled. The Hague said nothing."
    found = {m.text for m in gazetteer.find(text, "en")}
    assert "The villages" not in found and "Shebekino" in found
    assert "The Hague" in found  # (a name whose later word is capitalised stays)


def test_a_village_list_opening_a_sentence_beside_one_town(read):
    events = read("A drone hit a car in Shebekino, injuring the driver. The villages of Murom and Belyanka were also "
                  "shelled, the governor said.")
    assert not any(e.place and e.place.admin1 == "Vladimir Oblast" for e in events)
    assert any(e.place and e.place.admin1 == "Belgorod Oblast" and e.place.precision == "admin1" for e in events)
