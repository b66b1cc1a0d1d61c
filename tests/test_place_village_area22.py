"""A town the report calls a village, read far outside the one subdivision the report is about, is a namesake the
gazetteer lacks there (issue 10, class 1: which place is the event's; twenty-second session, place22). Two gaps closed:

- a name in a list that village words open ("по сёлам Белянка, Мешковое, Муром", "the villages of Ivanovka and Kirov")
  is called a village as much as one right after "село";
- a town of 50,000 or more so called (a sure misreading) is placed by one town of the area ("В Шебекино ... В селе
  Муром"), and with no reading inside the area, no district and no subdivision the report names, it stands for the
  area's subdivision looked up in the gazetteer (the honest coarser level), rather than for a town 700 km away. A
  village the gazetteer knows keeps its reading (tests/test_place_far_towns20e.py).

Each report here was written for the test."""

import pytest

from eventledger.geo.focus import _called_a_village, in_the_report_area


@pytest.mark.parametrize("text, lang", [
    ("Дрон-камикадзе поразил автомобиль в Шебекино. В селе Муром при атаке дрона повреждён забор частного дома.", "ru"),
    ("A drone hit a car in Shebekino. In the village of Murom, debris damaged the fence of a private house.", "en"),
])
def test_a_village_beside_one_town_is_no_town_far_away(read, text, lang):
    # Murom the town (127,000) lies in Vladimir Oblast, 700 km from Shebekino (Belgorod Oblast)
    places = {e.place.admin1 for e in read(text, lang) if e.place}
    assert "Vladimir Oblast" not in places and "Belgorod Oblast" in places


def test_a_village_beside_one_town_is_no_town_far_away_uk(read):
    # Uman the town (80,000) lies in Cherkasy Oblast, 400 km from Bilopillia (Sumy Oblast)
    events = read("Дрон атакував автомобіль у Білопіллі. У селі Умань уламки пошкодили паркан приватного будинку.", "uk")
    places = {e.place.admin1 for e in events if e.place}
    assert "Cherkasy Oblast" not in places and "Sumy Oblast" in places


@pytest.mark.parametrize("text, lang", [
    ("За сутки беспилотники атаковали Шебекино, Новую Таволжанку и Белгород, а также по сёлам Белянка, Дибровка и "
     "Муром. В селе Муром повреждён автомобиль.", "ru"),
    ("Drones attacked Shebekino, Novaya Tavolzhanka and Belgorod, and the villages of Belyanka, Dibrovka and Murom. "
     "A car was damaged in Murom.", "en"),
])
def test_the_villages_of_a_list_stand_for_the_area_they_lie_in(gazetteer, text, lang):
    found = in_the_report_area(gazetteer.find(text, lang), text, lang, gazetteer.admin1)
    murom = [m for m in found if m.text.startswith("Муром") or m.text == "Murom"]
    assert murom and all(m.candidates[0].place.admin1 == "Belgorod Oblast" for m in murom)


def test_a_list_opened_by_village_words_calls_each_name_a_village():
    text = "Обстріляли села Іванівка, Петрівка та Зелене"
    assert _called_a_village(text, text.index("Зелене"), "uk")
    text = "по сёлам Белянка, Мешковое, Муром"
    assert _called_a_village(text, text.index("Муром"), "ru")
    text = "the villages of Ivanovka, Petrovka and Kirov"
    assert _called_a_village(text, text.index("Kirov"), "en")


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_a_name_after_a_list_of_lower_case_words_is_not_called_a_village():
    # (the list holds names only: "села" followed by a clause is no list opening "Киров")
    text = "жители села пострадали, а в Кирове"
    assert not _called_a_village(text, text.index("Кирове"), "ru")
    text = "the village was hit, and Kirov"
    assert not _called_a_village(text, text.index("Kirov"), "en")


def test_a_town_not_called_a_village_keeps_its_reading(read):
    # Murom named plainly is the town: nothing calls it a village
    events = read("A drone hit a car in Shebekino. Later, a drone fell on an industrial site in Murom, the regional "
                  "governor of Vladimir said.")
    assert "Vladimir Oblast" in {e.place.admin1 for e in events if e.place}
