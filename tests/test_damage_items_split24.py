"""An item of damage at a settlement is that settlement's own incident (split24).

"Під удар потрапили А і Б. ... У Б - приватні будинки та машини": the second sentence names Б and what was hit there
with no verb of its own. Before, the item's target went nowhere (a clause without a trigger carried only figures), so
Б stayed a bare member of a list and was dropped, and the report's two incidents became one ("one event for two",
test17+19). A bulleted list under "damaged:" whose items open with a village and its damage is the same: each village
is given something of its own (ANNOTATION.md: one event per place the report gives something of its own). The reports
are our own, written in the style of Ukrainian, Russian and English regional news.
"""

from __future__ import annotations

import pytest

from eventledger.model import Event

LIST_THEN_ITEM = {
    "uk": ("Російська артилерія вночі обстріляла Балаклію та Савинці, кажуть у поліції.\n\n"
           "У Балаклії снаряди влучили в школу й багатоповерхівку. У Савинцях - приватні будинки, сараї та "
           "дві автівки."),
    "ru": ("Российская артиллерия ночью ударила по Изюмщине: досталось Балаклее и Савинцам, говорят в полиции.\n\n"
           "В Балаклее снаряды попали в школу и многоэтажку. В Савинцах - частные дома, сараи и два автомобиля."),
    "en": ("Russian guns pounded the Izium area overnight, hitting Balakliia and Savyntsi, police say.\n\nIn Balakliia "
           "shells struck a school and an apartment block. In Savyntsi - private houses, sheds and two cars."),
}


def damage(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind in ("strike", "shelling", "explosion")]


def names(events: list[Event]) -> set[str]:
    return {e.place.key for e in events if e.place is not None}


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_an_item_of_damage_gives_a_listed_village_its_own_incident(read, lang):
    events = damage(read(LIST_THEN_ITEM[lang], lang))
    assert len(events) >= 2 and "Savyntsi" in names(events)
    [village] = [e for e in events if e.place is not None and e.place.key == "Savyntsi"]
    assert village.target is not None and village.target.category == "residential"


BULLETS = {
    "uk": ("Ворожа авіація скинула бомби на околиці Ізюма, пише міська рада. Що зруйновано:\n\n"
           "  • м. Ізюм – пошта та 6 приватних будинків;\n"
           "  • с. Савинці – школа і 4 приватні будинки."),
    "ru": ("Вражеская авиация сбросила бомбы на окрестности Изюма, пишет горсовет. Что разрушено:\n\n"
           "  • г. Изюм – почта и 6 частных домов;\n"
           "  • с. Савинцы – клуб и 4 дома."),
}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_a_bulleted_item_of_damage_at_another_village_is_an_incident_there(read, lang):
    events = damage(read(BULLETS[lang], lang))
    [village] = [e for e in events if e.place is not None and e.place.key == "Savyntsi"]
    assert village.target is not None


def test_an_item_at_the_place_already_told_adds_no_incident(read):
    events = damage(read("Balakliia came under Russian shelling at night, police say. In Balakliia - private houses "
                         "and cars.", "en"))
    assert len(events) == 1 and events[0].place.key in ("Balakliia", "Balakliya")


def test_a_place_with_a_dash_but_no_damage_is_no_item(read):
    events = damage(read("Balakliia came under Russian shelling at night, police say. In Savyntsi - the evacuation "
                         "goes on as planned.", "en"))
    assert len(events) == 1 and "Savyntsi" not in names(events)
