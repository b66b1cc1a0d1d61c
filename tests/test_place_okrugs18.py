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
    found = _places(gazetteer, "Связисты восстанавливают вышку сотовой связи в Пологовском муниципальном округе.")
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
    events = read("Артиллерия ВСУ обстреляла окраины в Пологовском муниципальном округе, разрушен жилой дом.", "ru")
    assert [e.place.name_en for e in events if e.place] == ["Polohy Raion"]


# Airports told by journalese nouns (place18): "авиагавань", "воздушная гавань" (uk "авіагавань", "повітряна гавань")
# before the airport's own name are the airport noun, as "аэропорт" is; a bare "гавань" is a harbour.

def _airports(gazetteer: Gazetteer, text: str, lang: str) -> list[str]:
    return [m.candidates[0].place.name_en or "" for m in named_airports(gazetteer.find(text, lang), text, lang, gazetteer)
            if m.candidates]


@pytest.mark.parametrize("text, lang, airport", [
    ("Из-за атаки дронов екатеринбургская авиагавань Кольцово временно не принимала рейсы.", "ru", "Koltsovo"),
    ("Пассажиров предупредили о задержках: воздушная гавань Шереметьево до полудня жила по особому графику.", "ru",
     "Sheremetyevo"),
    ("У Росавіації повідомили, що повітряна гавань Пулково тимчасово не приймала літаки через загрозу дронів.", "uk",
     "Pulkovo"),
])
def test_an_airport_told_as_a_haven(gazetteer, text, lang, airport):
    assert any(airport in name for name in _airports(gazetteer, text, lang))


def test_an_airport_told_as_a_haven_in_a_report(read):
    events = read("Ночью беспилотник упал у забора, за которым лежит воздушная гавань Шереметьево, пострадавших нет.",
                  "ru")
    assert any("Sheremetyevo" in (e.place.name_en or "") for e in events if e.place)


@pytest.mark.parametrize("text", [
    "Беспилотники атаковали катера в гавани Новороссийска, повреждено судно.",
    "Дроны атаковали порт, в гавани Пулково у причала повреждён буксир.",
    "Из-за угрозы дронов воздушные гавани региона временно закрыты.",
])
def test_a_harbour_is_no_airport(gazetteer, text):
    assert not any("Airport" in name for name in _airports(gazetteer, text, "ru"))


# An okrug's adjective read where its raion lies (fix18e): a town of that name elsewhere (abroad, or in another region
# than the one raion of the name) is no reading of the okrug; the one raion is, in the region the text names when it
# names one; a bare "округ" whose adjective names an autonomous okrug is that region.

@pytest.mark.parametrize("text, raion", [
    # Rokyta (Poltava Oblast) and Chomutov (Czechia) are namesakes; the only raions of these names are Russian
    ("Вражеский дрон сбросил взрывчатку на трактор в Ракитянском округе, тракторист ранен.", "Rakityanskiy Rayon"),
    ("Ночью над Ракитянским муниципальным округом сбили три беспилотника.", "Rakityanskiy Rayon"),
    ("Дрон-камикадзе врезался в склад зерна по Хомутовскому округу, сообщил оперштаб.", "Khomutovskiy Rayon"),
])
def test_an_okrug_is_its_one_raion_not_a_namesake_elsewhere(gazetteer, text, raion):
    found = _places(gazetteer, text)
    assert raion in [name for _, name, _ in found]
    assert not any(name in ("Rokyta", "Chomutov") for _, name, _ in found)


@pytest.mark.parametrize("text, wrong", [
    # a town abroad is never read from a Russian okrug
    ("Дрон ударил по Уральскому округу, в домах выбиты окна.", "Oral"),
    ("Над Борисовским округом всю ночь работала ПВО.", "Barysaw"),
    # raions of the name in several regions, none named by the text: neither the namesake town nor any raion
    ("По Яковлевскому округу прилетел беспилотник, загорелся сарай.", "Yakovlevka"),
    ("Вечером по Алексеевскому муниципальному округу ударил дрон, пострадавших нет.", "Oleksiyivka"),
])
def test_an_okrug_is_no_town_elsewhere(gazetteer, text, wrong):
    assert wrong not in [name for _, name, _ in _places(gazetteer, text)]


@pytest.mark.parametrize("text, wrong", [
    # the text names a region, and the one raion of the name lies in another: no raion
    ("Сторож пострадал при атаке дрона в Ракитянском округе Курской области.", "Rakityanskiy Rayon"),
    ("Снаряд повредил водонапорную башню в Пологовском муниципальном округе Херсонской области.", "Polohy Raion"),
])
def test_an_okrug_raion_lies_in_the_region_the_text_names(gazetteer, text, wrong):
    found = _places(gazetteer, text)
    assert wrong not in [name for _, name, _ in found]
    assert not any("округ" in written for written, _, _ in found)


def test_an_okrug_town_in_the_region_the_text_names_stays(gazetteer):
    found = _places(gazetteer, "Губернатор Белгородской области рассказал, что по Борисовскому округу ударили дроны.")
    assert "Borisovka" in [name for _, name, _ in found]


@pytest.mark.parametrize("text, region", [
    ("Обломки беспилотника нашли в Чукотском округе.", "Chukotka Autonomous Okrug"),
    ("Власти сообщили, что в Ненецком округе перекрыли трассу.", "Nenets Autonomous Okrug"),
    ("В Ханты-Мансийском автономном округе отменили рейсы.", "Khanty-Mansi Autonomous Okrug"),
])
def test_a_short_autonomous_okrug_is_the_region(gazetteer, text, region):
    found = _places(gazetteer, text)
    assert (region, "admin1") in [(name, level) for _, name, level in found]
    assert not any(level == "admin2" for _, _, level in found)


@pytest.mark.parametrize("text", [
    # federal and military districts: no region, no raion
    "Над Центральным федеральным округом сбили два десятка дронов.",
    "Учения прошли в Южном военном округе.",
])
def test_a_federal_or_military_district_is_no_place(gazetteer, text):
    assert _places(gazetteer, text) == []


def test_an_okrug_read_as_its_raion_in_a_report(read):
    events = read("Вражеский дрон сбросил взрывчатку на трактор в Ракитянском округе, тракторист ранен.", "ru")
    assert [e.place.name_en for e in events if e.place] == ["Rakityanskiy Rayon"]


def test_an_okrug_town_in_the_named_region_stays_without_a_raion_there(gazetteer):
    # the gazetteer's raions named "Михайловский" are all Russian; the okrug qualifying the village is Mykhailivka's,
    # in the region the text names, as before
    text = "Под обстрел попал хутор Лесной Михайловского муниципального округа Запорожской области."
    okrugs = [m for m in gazetteer.find(text, "ru") if "округа" in text[m.start:m.end]]
    assert [m.candidates[0].place.admin1 for m in okrugs] == ["Zaporizhzhia Oblast"]
