"""Raions listed before one plural noun (place20): "у Козятинському та Хмільницькому районах" names two raions, but
only the last stands beside the noun; a member the gazetteer read nothing from is read with the list's noun ("районах"),
else with the singular (lang/<code>/places.yaml `district_list_word`), when that names a raion of the last member's
region (geo.district_lists). Reports written for these tests."""

import pytest

from eventledger.geo import Gazetteer
from eventledger.geo.district_lists import read_as_district_lists


def _read(gazetteer: Gazetteer, text: str, lang: str) -> list[tuple[str, str]]:
    found = read_as_district_lists(sorted(gazetteer.find(text, lang), key=lambda m: m.start), text, lang, gazetteer)
    return [(m.text, m.candidates[0].place.name_en or m.candidates[0].place.name) for m in found if m.candidates]


@pytest.mark.parametrize("text, lang, first", [
    ("Уночі дрони атакували енергетичні об'єкти у Миргородському та Полтавському районах.", "uk", "Myrhorod Raion"),
    ("Є пошкодження у Дрогобицькому та Стрийському районах, повідомила ОВА.", "uk", "Дрогобицький район"),
    ("Беспилотники сбиты в Суземском и Севском районах, пострадавших нет.", "ru", "Suzemskiy Rayon"),
])
def test_an_unread_member_of_a_raion_list_is_its_raion(gazetteer, text, lang, first):
    found = _read(gazetteer, text, lang)
    assert len(found) == 2 and found[0][1] == first


@pytest.mark.parametrize("text, lang", [
    # negatives: a member whose raion lies in another region than the last member's is left unread
    ("Обстріляли Нікопольський і Полтавський райони.", "uk"),
    # a list before the singular noun ("районе") shares no noun: left as read
    ("Сигналы тревоги звучали в Миллеровском, Тарасовском и Шолоховском районе.", "ru"),
    # a list of a city's quarters ("мікрорайонах") is no list of raions
    ("Світла немає у Північному та Південному мікрорайонах міста.", "uk"),
    # an adjective of no raion the gazetteer can make: nothing is added
    ("Вибухи чули у Таємничому та Полтавському районах.", "uk"),
])
def test_lists_left_as_read(gazetteer, text, lang):
    before = [m for m in gazetteer.find(text, lang) if m.candidates]
    assert len(_read(gazetteer, text, lang)) == len(before)


def test_in_a_report_the_first_raion_of_a_list_is_read(read):
    events = read("Уночі дрони атакували енергетичні об'єкти у Миргородському та Полтавському районах, пошкоджено "
                  "підстанцію.", "uk")
    assert "Myrhorod Raion" in [e.place.name_en for e in events if e.place]
