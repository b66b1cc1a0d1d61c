"""A region named by its adjective before its administration's name ("голова Харківської ОВА", "Сумська ОДА",
"Запорізької обласної військової адміністрації") is the region, as "Харківської області" would name it; in a clause it
names only the office that speaks, while a report that names nothing else is still about that region."""

from __future__ import annotations

import pytest

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report


@pytest.fixture(scope="module")
def gaz(gazetteer) -> Gazetteer:
    return gazetteer


@pytest.mark.parametrize("text, word, admin1", [
    ("Про це повідомив голова Харківської ОВА Олег Петренко.", "Харківської", "Kharkiv Oblast"),
    ("Сумська ОДА повідомила про наслідки обстрілу.", "Сумська", "Sumy Oblast"),
    ("Дані оприлюднив очільник Запорізької обласної військової адміністрації.", "Запорізької", "Zaporizhzhia Oblast"),
    ("У Волинській ОВА розповіли про атаку.", "Волинській", "Volyn Oblast"),
    ("Начальник Київської ОВА повідомив про збиті ракети.", "Київської", "Kyiv Oblast"),
])
def test_region_before_its_administration_is_the_region(gaz, text, word, admin1):
    found = {m.text: m.candidates[0] for m in gaz.find(text, "uk")}
    assert found[word].feature == "admin1" and found[word].place.admin1 == admin1


@pytest.mark.parametrize("text, word, admin1", [
    ("Тамбовский губернатор Иван Петров сообщил об уничтожении двух дронов.", "Тамбовский", "Tambov Oblast"),
    ("Как сообщил курский губернатор, пострадавших нет.", "курский", "Kursk Oblast"),
    ("Краснодарский губернатор сообщил о пожаре.", "Краснодарский", "Krasnodar Krai"),
])
def test_a_region_before_its_governor_is_the_region(gaz, text, word, admin1):
    found = {m.text: m.candidates[0] for m in gaz.find(text, "ru")}
    assert found[word].feature == "admin1" and found[word].place.admin1 == admin1


def test_a_region_named_in_full_before_the_governor_is_still_where(gazetteer):
    events = extract(Report(text="В Белгородской области губернатор сообщил, что беспилотник атаковал дом, ранены двое.",
                            published=None, language="ru"), gazetteer)
    assert [e.place.admin1 for e in events if e.place] == ["Belgorod Oblast"]


def test_an_adjective_before_another_noun_is_no_region(gaz):
    assert not [m for m in gaz.find("Харківська весна була теплою, розповіла ОВА.", "uk") if m.text == "Харківська"]


def _events(text: str, gaz: Gazetteer):
    return extract(Report(text=text, published=None, language="uk"), gaz)


def test_a_report_told_only_by_the_regions_administration_is_in_the_region(gaz):
    events = _events("Про це повідомив голова Полтавської ОВА Іван Коваленко.\n\nВнаслідок ракетного удару загинула "
                     "жінка, ще троє людей дістали поранення.", gaz)
    assert [(e.kind, e.place.admin1 if e.place else None) for e in events] == [("strike", "Poltava Oblast")]


def test_the_administration_is_not_where_a_district_strike_happened(gaz):
    events = _events("У Нікопольському районі внаслідок обстрілу дроном поранено жінку. Голова Дніпропетровської "
                     "обласної військової адміністрації Іван Коваленко повідомив, що удар був завданий FPV-дроном.", gaz)
    places = {e.place.precision for e in events if e.place}
    assert "admin1" not in places


# --- a town's former name that villages bear as their own names the villages ------------------------------------------

@pytest.mark.parametrize("text, word, town", [
    ("Окупанти обстріляли Новоолександрівку, пошкоджено два будинки.", "Новоолександрівку", 701404),  # Melitopol
    ("Російські війська вдарили по Олександрівці, поранено жінку.", "Олександрівці", 709717),  # Donetsk
])
def test_a_villages_name_is_no_former_name_of_a_town(gaz, text, word, town):
    found = {m.text: m.candidates[0] for m in gaz.find(text, "uk")}
    assert found[word].place.geonames_id != town and found[word].feature == "city"


@pytest.mark.parametrize("text, lang, word, town", [
    ("Вибухи пролунали в Мелітополі та Донецьку.", "uk", "Мелітополі", 701404),
    ("Вибухи пролунали в Мелітополі та Донецьку.", "uk", "Донецьку", 709717),
    ("Взрывы прогремели в Артемовске.", "ru", "Артемовске", 713174),  # Bakhmut, by the name Russian reports use
    ("У Львові ППО знищила шість дронів.", "uk", "Львові", 702550),  # Lviv inflected, not the village of Lvove
    ("Во Львове объявили тревогу.", "ru", "Львове", 702550),
])
def test_towns_keep_their_names(gaz, text, lang, word, town):
    found = {m.text: m.candidates[0] for m in gaz.find(text, lang)}
    assert found[word].place.geonames_id == town


# --- a city's districts that share their names with raions of one far region -----------------------------------------

def test_two_districts_of_a_city_named_like_raions_of_one_region_are_the_citys(gaz):
    text = ("Вечером снаряды упали в Будённовском районе Донецка. Позже под обстрел попал и Петровский район, "
            "сообщили власти города.")
    found = {m.text: m.candidates[0] for m in gaz.find(text, "ru")}
    # the city's, not Stavropol Krai's raion (which Donetsk this text means is another question)
    assert found["Петровский район"].place.geonames_id == found["Донецка"].place.geonames_id


# --- a village in the district named after a town: "X village in the Y district" --------------------------------------

def test_a_village_in_a_towns_district_is_no_namesake_far_away(gaz):
    text = ("Shelling hit Krutaya Balka village in the Yasinovataya district overnight, local officials said. "
            "A house in Krutaya Balka burned down.")
    found = [(m.text, m.candidates[0].place.admin1 if m.candidates else None) for m in gaz.find(text, "en")]
    # the gazetteer's only Kruta Balka lies in Poltava Oblast, hundreds of kilometres from Yasynuvata: not it, twice
    assert ("Krutaya Balka", "Poltava Oblast") not in found
    assert ("Yasinovataya", "Donetsk Oblast") in found


def test_a_village_in_a_towns_district_is_found_there(gaz):
    text = "Two people were injured in Kurakhove in the Pokrovsk district on Sunday."
    found = {m.text: m.candidates[0] for m in gaz.find(text, "en") if m.candidates}
    assert found["Kurakhove"].place.admin1 == "Donetsk Oblast"
