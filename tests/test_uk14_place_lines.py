"""A summary whose lines are headed by lines naming only a place (a raion, a community, a district), as some regional
administrations write their daily and weekly summaries (uk14): each line's incident is at its heading's place, not
joined with the line before it. A single place line (a dateline or a rubric) heads nothing. Reports written for this
test (report_reading.PUBLISHED, 10 March 2025)."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _places(events) -> list[str | None]:
    return sorted((e.place.key if e.place else "") for e in events if e.kind in ("strike", "shelling"))


@pytest.mark.parametrize("text, lang, first, second", [
    ("Обстріли громад області за минулу добу\n\n"
     "Сумський район\n"
     "Ворог обстріляв село з артилерії, пошкоджено приватний будинок.\n"
     "Конотопський район\n"
     "Ворог обстріляв два села з мінометів, пошкоджено лінію електропередачі.\n", "uk", "Sumskyi Raion", "Konotop Raion"),
    ("Обстрелы приграничья за неделю\n\n"
     "Грайворонский округ\n"
     "ВСУ обстреляли два села из миномётов, повреждён дом.\n"
     "Шебекинский округ\n"
     "ВСУ обстреляли село из артиллерии, повреждена машина.\n", "ru", "Grayvoron", "Shebekino"),
    ("Shelling of border communities this week\n\n"
     "Bilopillia community\n"
     "Russian forces shelled two villages with mortars, damaging a house.\n"
     "Krasnopillia community\n"
     "Russian forces shelled a village with artillery, damaging a car.\n", "en", "Bilopillia", "Krasnopillya"),
])
def test_each_line_under_a_place_line_is_at_that_place(read, text, lang, first, second):
    events = [e for e in read(text, lang) if e.kind in ("strike", "shelling")]
    assert len(events) == 2
    assert any(first in e.place.key for e in events if e.place is not None)
    assert any(second in e.place.key for e in events if e.place is not None)


def test_a_single_place_line_heads_nothing(read):
    # one line naming a city above the body (a rubric) is no summary's heading: the body's unplaced shelling is not
    # moved there
    text = ("Новини\n\n"
            "Одеса\n"
            "У Херсоні вночі ворог обстріляв житловий квартал, поранено двох людей.\n"
            "Також ворог обстріляв село з артилерії, пошкоджено будинок.\n")
    assert not [e for e in read(text, "uk") if e.place is not None and e.place.key == "Odesa"]
