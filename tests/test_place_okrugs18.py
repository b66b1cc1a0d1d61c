"""Okrugs named by an adjective (place18): a noun read by any of its readings ("округу" is first the feminine
"округа", the neighbourhood), and an okrug whose adjective makes no town the gazetteer has read as the raion of that
name it replaced ("в Пологовском муниципальном округе": Polohy Raion), not as nothing. Reports written for these tests."""

import pytest

from eventledger.geo import Gazetteer
from eventledger.geo.named_airports import named_airports


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


# Airports told by journalese nouns (place18): "авиагавань", "воздушная гавань" (uk "авіагавань", "повітряна гавань")
# before the airport's own name are the airport noun, as "аэропорт" is; a bare "гавань" is a harbour.

def _airports(gazetteer: Gazetteer, text: str, lang: str) -> list[str]:
    return [m.candidates[0].place.name_en or "" for m in named_airports(gazetteer.find(text, lang), text, lang, gazetteer)
            if m.candidates]


@pytest.mark.parametrize("text, lang, airport", [
    ("Из-за атаки дронов екатеринбургская авиагавань Кольцово временно не принимала рейсы.", "ru", "Koltsovo"),
    ("Росавиация сообщила, что в воздушных гаванях Внуково и Шереметьево введены временные ограничения.", "ru",
     "Sheremetyevo"),
    ("У Росавіації повідомили, що повітряна гавань Пулково тимчасово не приймала літаки через загрозу дронів.", "uk",
     "Pulkovo"),
])
def test_an_airport_told_as_a_haven(gazetteer, text, lang, airport):
    assert any(airport in name for name in _airports(gazetteer, text, lang))


def test_an_airport_told_as_a_haven_in_a_report(read):
    events = read("Росавиация сообщила, что в воздушных гаванях Внуково и Шереметьево введены временные ограничения.",
                  "ru")
    assert any("Sheremetyevo" in (e.place.name_en or "") for e in events if e.place)


@pytest.mark.parametrize("text", [
    "Беспилотники атаковали катера в гавани Новороссийска, повреждено судно.",
    "Дроны атаковали порт, в гавани Пулково у причала повреждён буксир.",
    "Из-за угрозы дронов воздушные гавани региона временно закрыты.",
])
def test_a_harbour_is_no_airport(gazetteer, text):
    assert not any("Airport" in name for name in _airports(gazetteer, text, "ru"))
