"""One weapon shot down, told with no count: a singular noun ("ПВО сбила беспилотник") or an abbreviation that does
not change for number with a singular adjective ("знищив ворожий БПЛА") is one intercepted; a plural is no count.
Each report is written for this test."""

import pytest


def intercepted(events):
    return [e.figures["intercepted"].best for e in events if e.kind == "interception" and "intercepted" in e.figures]


@pytest.mark.parametrize("text, lang", [
    ("Ночью над Тульской областью система ПВО сбила беспилотник, сообщил губернатор.", "ru"),
    ("Вечером над Брянской областью был сбит украинский БПЛА, сообщил губернатор.", "ru"),
    ("Цієї ночі підрозділ ППО знищив над Полтавською областю ворожий БПЛА, повідомив голова ОВА.", "uk"),
])
def test_one_weapon_shot_down_without_a_count_is_one(read, text, lang):
    assert intercepted(read(text, lang)) == [1]


def test_abbreviated_drones_with_a_plural_adjective_are_no_count_of_one(read):
    text = "Вечером над Брянской областью были сбиты украинские БПЛА, сообщил губернатор."
    assert 1 not in intercepted(read(text, "ru"))
