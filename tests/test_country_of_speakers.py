"""A country's adjective that describes who speaks ("губернаторы двух российских областей заявили") names no area of
the count they tell: the one town the post names stays the count's place, beside the governor's own count there
(ANNOTATION.md: one interception claim, one event), not a second event over "Russia, Kaluga"."""

import pytest

from eventledger.extract.incidents import countries_named
from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def test_the_speakers_country_is_no_area():
    assert countries_named("Губернаторы двух российских областей заявили о сбитых дронах", "ru") == []
    assert countries_named("Губернатори двох російських областей заявили про збиті дрони", "uk") == []
    assert countries_named("The governors of two Russian regions said drones were downed", "en") == []


def test_the_country_where_drones_were_downed_stays():
    assert [c for _, _, c in countries_named("над двумя российскими областями сбиты дроны", "ru")] == ["Россия"]
    assert [c for _, _, c in countries_named("drones were downed over two Russian regions", "en")] == ["Russia"]


def test_a_governors_count_told_first_by_the_speakers_is_one_event(read):
    events = read("Губернаторы двух российских областей заявили о новых сбитых дронах, шесть из них, как утверждается, "
                  "сбиты над Калугой.\n\n«Сегодня ночью на окраине Калуги средствами ПВО уничтожены 6 БПЛА», — сообщил "
                  "губернатор Калужской области.", "ru")
    interceptions = [e for e in events if e.kind == "interception"]
    assert len(interceptions) == 1
    assert interceptions[0].place is not None and "Russia" not in (interceptions[0].place.name_en or "")
