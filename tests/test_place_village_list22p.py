"""A list that village words open ends at its joining word (issue 10, class 1: which place is the event's; twenty-second
session, fix22p after the place22 review). Only the name right after "and"/"и"/"та" still belongs to the list; a name
after a later comma opens the next clause, and a big city there ("сёла Ивановка и Петровка, Курск также ...") is that
city, not a misread village moved into the villages' region with its event lost.

Each report here was written for the test."""

import pytest

from eventledger.geo.focus import _called_a_village


@pytest.mark.parametrize("text, name, lang", [
    ("обстреляли сёла Ивановка и Петровка, Курск также", "Курск", "ru"),
    ("shelled the villages of Ivanovka and Petrovka, Kursk was also", "Kursk", "en"),
    ("обстріляли села Іванівка та Петрівка, Суми також", "Суми", "uk"),
    ("обстріляли села Іванівка і Петрівка, Суми також", "Суми", "uk"),
])
def test_a_name_after_the_list_s_last_join_and_a_comma_is_not_called_a_village(text, name, lang):
    assert not _called_a_village(text, text.index(name), lang)


@pytest.mark.parametrize("text, name, lang", [
    ("обстреляли сёла Ивановка, Петровка и Муром", "Муром", "ru"),
    ("обстреляли сёла Ивановка, Петровка, Муром", "Муром", "ru"),
    ("shelled the villages of Ivanovka, Petrovka, and Kirov", "Kirov", "en"),  # (a comma before the "and")
    ("обстріляли села Іванівка, Петрівка та Умань", "Умань", "uk"),
])
def test_the_list_s_last_name_is_still_called_a_village(text, name, lang):
    assert _called_a_village(text, text.index(name), lang)


@pytest.mark.parametrize("text, lang, city, region", [
    ("Дроны атаковали сёла Ивановка и Петровка, Курск также подвергся удару, ранены трое, сообщил губернатор.", "ru",
     "Курск", "Kursk Oblast"),
    ("Drones attacked the villages of Ivanovka and Petrovka, Kursk came under attack too, injuring three people.", "en",
     "Kursk", "Kursk Oblast"),
    ("Дрони атакували села Іванівка та Петрівка, Суми також зазнали удару, поранено трьох людей.", "uk",
     "Суми", "Sumy Oblast"),
])
def test_a_city_opening_the_clause_after_a_village_list_keeps_its_event(read, text, lang, city, region):
    events = read(text, lang)
    assert any(e.place and e.place.name == city and e.place.admin1 == region for e in events)
