"""Okrugs named by an adjective (place18): a noun read by any of its readings ("округу" is first the feminine
"округа", the neighbourhood), and an okrug whose adjective makes no town the gazetteer has read as the raion of that
name it replaced ("в Пологовском муниципальном округе": Polohy Raion), not as nothing. Reports written for these tests."""

import pytest

from eventledger.geo import Gazetteer


def _places(gazetteer: Gazetteer, text: str, lang: str = "ru") -> list[tuple[str, str | None, str | None]]:
    return [(text[m.start:m.end], m.candidates[0].place.name_en if m.candidates else None,
             m.candidates[0].place.precision if m.candidates else None) for m in gazetteer.find(text, lang)]


@pytest.mark.parametrize("text, town", [
    # the dative "округу": read as "округ", not as "округа"
    ("Вечером беспилотник ударил по Шебекинскому округу, пострадали двое.", "Shebekino"),
    ("ВСУ обстреляли из миномётов по Валуйскому городскому округу, повреждены дома.", "Valuyki"),
])
def test_an_okrug_in_the_dative_is_its_town(gazetteer, text, town):
    assert town in [name for _, name, _ in _places(gazetteer, text)]


def test_an_okrug_of_no_town_the_gazetteer_has_is_its_raion(gazetteer):
    found = _places(gazetteer, "Дрон атаковал грузовик в Пологовском муниципальном округе, ранен водитель.")
    assert ("Пологовском муниципальном округе", "Polohy Raion", "admin2") in found


def test_an_okrug_with_a_town_stays_the_town(gazetteer):
    # the town reading comes first, as before: "Валуйском городском округе" is Valuyki, not its raion
    found = _places(gazetteer, "В Валуйском городском округе повреждена линия электропередачи.")
    assert [(name, level) for _, name, level in found] == [("Valuyki", "city")]


def test_an_okrug_after_a_village_still_qualifies_it(gazetteer):
    # "посёлок X Шебекинского городского округа": the okrug is where the village is looked for, no raion of its own
    found = _places(gazetteer, "В посёлке Нижнее Озерное Шебекинского городского округа ранена женщина.")
    assert all(level != "admin2" or "округ" in written for written, _, level in found)
    assert "Shebekinskiy Rayon" not in [name for _, name, _ in found]


@pytest.mark.parametrize("text", [
    # the neighbourhood "округа" (feminine) is no okrug: nothing is read from its adjective
    "Жители всей округи слышали взрывы ночью.",
    "Патрули прочесали всю округу до утра.",
    # an adjective of no town and no raion before "округ": nothing
    "В Таинственном муниципальном округе прошли учения.",
])
def test_no_okrug_no_place(gazetteer, text):
    assert _places(gazetteer, text) == []


def test_an_okrug_of_no_town_is_read_in_a_report(read):
    events = read("Беспилотник атаковал легковой автомобиль в Пологовском муниципальном округе, погиб водитель.", "ru")
    assert [(e.kind, e.place.name_en) for e in events] == [("strike", "Polohy Raion")]
