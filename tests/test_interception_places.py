"""Where an interception is placed: a region named by its adjective before "регион"/"регіон", a part of a breakdown's
count that runs on in the list, a multi-area claim's country, and weapons heading for a place ("к Москве", "к
столице").

All reports here are written for these tests (invented numbers, real place names)."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2025, 3, 14, 7, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str) -> list[Event]:
        return [e for e in extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
                if e.kind == "interception"]
    return read


def areas(e: Event) -> dict[str, int]:
    return {a.place.key: a.figures["intercepted"] for a in e.areas}


def test_a_region_named_by_its_adjective_before_region_is_that_oblast(gazetteer):
    for text, lang, name in [("Ночью три дрона сбиты над Тверским регионом.", "ru", "Tver Oblast"),
                             ("Над Полтавським регіоном збито чотири дрони.", "uk", "Poltava Oblast")]:
        found = [(m.candidates[0].place.key, m.candidates[0].feature) for m in gazetteer.find(text, lang) if m.candidates]
        assert (name, "admin1") in found, (text, found)
    # ... but a word for regions alone names none
    assert not [m for m in gazetteer.find("Шесть российских регионов атакованы ночью.", "ru") if m.candidates]


def test_a_part_of_one_areas_count_keeps_the_breakdown_whole(read):
    [e] = read("Министерство обороны: ночью уничтожены 19 беспилотников: 8 – над территорией Смоленской области, "
               "6 – над территорией Московского региона, в том числе 2, летевших на Москву, 3 – над территорией "
               "Тверской области, 2 – над территорией Ярославской области.", "ru")
    assert areas(e) == {"Smolensk Oblast": 8, "Moscow Oblast": 6, "Tver Oblast": 3, "Yaroslavl Oblast": 2}
    assert e.figures["intercepted"].best == 19


def test_a_claim_over_areas_of_two_countries_stands_in_the_one_the_report_is_about(read):
    [e] = read("Russia's Defence Ministry said on Tuesday that its air defence units destroyed 14 drones over "
               "Crimea and three over the Rostov region overnight. Russia did not say whether anything was hit.", "en")
    assert {a.place.key for a in e.areas} == {"Crimea", "Rostov Oblast"}
    assert (e.place.precision, e.place.country) == ("region", "RU")


def test_drones_heading_for_a_city_with_the_dative_are_counted_there(read):
    [e] = read("Силы ПВО уничтожили пять беспилотников, направлявшихся к Москве, сообщил мэр Сергей Собянин.", "ru")
    assert (e.place.key, e.figures["intercepted"].best) == ("Moscow", 5)


def test_drones_heading_for_the_capital_unnamed_are_the_capitals(read):
    found = read("Минобороны: над Курской областью сбиты 12 беспилотников. Ночью были уничтожены ещё три "
                 "беспилотника, летевших к столице, сообщил мэр.", "ru")
    assert {(e.place.key, e.figures["intercepted"].best) for e in found} == {("Kursk Oblast", 12), ("Moscow", 3)}


def test_a_countrys_count_that_names_one_region_among_its_areas_stays_the_countrys(read):
    [e] = read("Air defence systems destroyed 63 drones over Russian territory overnight, including the Tver region, "
               "the ministry said.", "en")
    assert (e.place.precision, e.place.country, e.figures["intercepted"].best) == ("region", "RU", 63)
    assert "Tver Oblast" in {a.place.key for a in e.areas}
    [e] = read("За ночь над территорией России сбиты 40 беспилотников, в том числе над Тверской областью.", "ru")
    assert (e.place.precision, e.place.country) == ("region", "RU")
    # ... while a region's count that names a town inside it stays in the region's town
    [e] = read("Над Курской областью уничтожены 9 беспилотников, в том числе над Курском.", "ru")
    assert e.place.precision != "region"


def test_a_part_named_after_a_no_break_space_is_a_part_too(read):
    # "в том числе" typed with no-break spaces, as Telegram posts often are: the same part of the country's count
    [e] = read("Ночью над территорией России уничтожены 52 беспилотника, в\u00a0том\u00a0числе над Брянской областью, "
               "сообщило Минобороны.", "ru")
    assert (e.place.precision, e.place.country) == ("region", "RU")
    assert "Bryansk Oblast" in {a.place.key for a in e.areas}
    [e] = read("Over Russian territory air defence shot down 30 drones overnight, among\u00a0them over the Kursk region.", "en")
    assert (e.place.precision, e.place.country) == ("region", "RU")
