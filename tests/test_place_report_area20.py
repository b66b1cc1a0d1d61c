"""A far namesake in a report about one subdivision (place20): a village the gazetteer lacks, read as a namesake
hundreds of kilometres away, stands for the subdivision the report's towns lie in, even when the report names that
subdivision by none of its own names (focus.in_the_report_area, given the gazetteer's subdivisions); and a town the
text calls a village ("в селе X") is such a namesake beside a single town of the report. Reports written for these
tests."""

import pytest

from eventledger.geo import Gazetteer
from eventledger.geo.focus import across_the_border, in_the_report_area


def _read(gazetteer: Gazetteer, text: str, lang: str) -> list[tuple[str, str | None, str]]:
    found = in_the_report_area(across_the_border(gazetteer.find(text, lang)), text, lang, gazetteer.admin1)
    return [(m.text, m.candidates[0].place.name_en, m.candidates[0].place.precision) for m in found if m.candidates]


def test_a_village_called_so_beside_one_town_is_of_its_region(gazetteer):
    text = "Беспилотник атаковал Валуйки, ранен мужчина. В селе Муром повреждена крыша частного дома."
    found = _read(gazetteer, text, "ru")
    assert ("Муром", "Belgorod Oblast", "admin1") in found
    assert "Murom" not in [name for _, name, _ in found]


def test_a_far_small_namesake_in_a_report_about_one_region_is_of_that_region(gazetteer):
    # two towns of Dnipropetrovsk Oblast, and a village whose only reading lies in Zakarpattia
    text = "Ворог обстріляв Нікополь і Марганець з артилерії. У селі Вовкове пошкоджено приватний будинок."
    found = _read(gazetteer, text, "uk")
    assert ("Вовкове", "Dnipropetrovsk Oblast", "admin1") in found


@pytest.mark.parametrize("text, lang, name", [
    # negatives: a large town named for its own sake (not called a village) stays itself, however far
    ("Дроны атаковали Валуйки и Шебекино. Ещё один беспилотник сбит над Муромом.", "ru", "Murom"),
    # a village called so with no other town in the report: no area to read it in
    ("В селе Муром повреждена крыша частного дома.", "ru", "Murom"),
    # a village with namesakes near the report's towns stays the one read there
    ("Ворог обстріляв Нікополь і Марганець. У селі Покровське пошкоджено будинок.", "uk", "Pokrovske"),
])
def test_places_the_rule_leaves_as_read(gazetteer, text, lang, name):
    assert name in [n for _, n, _ in _read(gazetteer, text, lang)]


def test_without_the_gazetteer_a_region_the_report_does_not_name_is_not_made_up(gazetteer):
    text = "Ворог обстріляв Нікополь і Марганець з артилерії. У селі Вовкове пошкоджено приватний будинок."
    found = in_the_report_area(across_the_border(gazetteer.find(text, "uk")), text, "uk")
    assert "Dnipropetrovsk Oblast" not in [m.candidates[0].place.name_en for m in found if m.candidates]


def test_in_a_report_the_far_village_is_no_event_of_its_own_far_away(read):
    events = read("Беспилотник атаковал Валуйки, ранен мужчина. В селе Муром дрон повредил крышу частного дома.", "ru")
    assert all(e.place is None or e.place.admin1 == "Belgorod Oblast" for e in events)


def test_a_village_abbreviated_s_is_called_a_village(gazetteer):
    # "с." (село) before a name, as in a hromada's list of villages, calls it a village as "село" does
    text = "Ворог обстріляв Куп'янськ. Пошкоджено будинки у с. Вовкове."
    assert ("Вовкове", "Kharkiv Oblast", "admin1") in _read(gazetteer, text, "uk")


def test_a_village_beside_a_single_town_of_another_country_is_left(gazetteer):
    # negative: a village named beside a single town abroad ("Havana" read from a car's brand) says nothing of its area
    text = "В деревне Марьино столкнулись две машины. Позже движение в сторону Гаваны восстановили."
    assert "Mar’ino" in [n for _, n, _ in _read(gazetteer, text, "ru")]


def test_a_hromada_adjective_is_not_pulled_to_a_far_village_namesakes_region(gazetteer):
    # villages with namesakes all over the country (their largest in Odesa Oblast) vote for no subdivision: the
    # hromada's adjective is read as its town, Pokrovsk, not a village Pokrovka of Odesa Oblast
    text = ("Під обстрілом житлова забудова Покровської громади. Без світла залишились жителі с. Новоолександрівка, "
            "с. Успенівка.")
    assert _read(gazetteer, text, "uk")[0][1] == "Pokrovsk"


def test_a_hromada_adjective_still_follows_the_towns_the_report_names(gazetteer):
    # negative: a town of the report (not a village) still tells which Shevchenkove the adjective is made from
    text = "Обстріляно Харків і Куп'янськ. У Шевченківській громаді пошкоджено школу."
    assert "Kharkiv Oblast" in [c.place.admin1 for m in gazetteer.find(text, "uk") for c in m.candidates[:1]
                                if m.text.startswith("Шевченків")]
