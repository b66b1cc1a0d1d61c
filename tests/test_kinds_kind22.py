"""Kinds of events (issue 10, wrong kind): the weapon a clause calls downed ("a downed drone", "сбитый беспилотник",
"збитий дрон") named as what damaged something tells a strike where it fell, as its debris would (ANNOTATION.md); and
a Russian downing told as a noun reaches its weapon over the place, count and adjective told between. Each report was
written for this test."""

import pytest

from eventledger.extract import incidents


def kinds(events):
    return sorted(e.kind for e in events)


# --- the downed weapon as what came down ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("In the Kursk region, a downed drone damaged the roof of a private house in Rylsk overnight, the governor said. "
     "Nobody was hurt.", "en"),
    ("В Рыльске сбитый беспилотник повредил крышу частного дома, сообщил губернатор. Пострадавших нет.", "ru"),
    ("У Конотопі збитий дрон пошкодив дах приватного будинку, повідомив мер. Постраждалих немає.", "uk"),
])
def test_damage_done_by_the_downed_weapon_is_a_strike(read, text, lang):
    assert "strike" in kinds(read(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("a downed drone damaged the roof of a house", "en"),
    ("сбитый беспилотник повредил крышу дома", "ru"),
    ("збитий дрон пошкодив дах будинку", "uk"),
])
def test_the_downed_weapon_counts_as_debris(text, lang):
    assert incidents.debris_told(text, lang)
    assert incidents.damaged(text, lang, debris=True)


@pytest.mark.parametrize("text, lang", [
    ("Air defences destroyed 20 drones over the region, the ministry said.", "en"),
    ("Над областью сбиты два беспилотника, сообщило Минобороны.", "ru"),
    ("Над областю збито два дрони, повідомили Повітряні сили.", "uk"),
])
def test_a_downing_told_as_a_verb_is_no_debris(text, lang):
    assert not incidents.debris_told(text, lang)


def test_a_downed_weapon_that_damaged_nothing_stays_an_interception(read):
    events = read("Air defences shot down a drone over the Kursk region overnight; the downed drone fell in a field, "
                  "nobody was hurt and nothing was damaged, the governor said.")
    assert "strike" not in kinds(events)


# --- a Russian downing told as a noun, its weapon farther on ----------------------------------------------------

def test_a_downing_noun_reaches_its_weapon_over_place_count_and_adjective(read):
    text = "Губернатор сообщил об уничтожении над Рыльским районом нескольких вражеских беспилотников."
    found = incidents.trigger(text, "ru")
    assert found is not None and found.kind == "interception"
    assert "interception" in kinds(read(text, "ru"))
