"""A clause that opens with a time after the incident told before, and names a weapon, tells another incident (split24).

"Дрон атаковал рынок в центре города ... Спустя час дрон врезался в склад на окраине"
tells two strikes on one city, each with its own casualties; before, the second joined the first (one place, one day,
one kind), and a report of two incidents became one ("one event for two", the second Telegram test set). The words are
`later_openers` of the language files; a clause that names no weapon ("Через час после атаки мэр написал о
раненых") retells and still joins. The reports are our own.
"""

from __future__ import annotations

import pytest

from eventledger.model import Event

TWO_HOURS_APART = {
    "ru": ("Около полудня дрон атаковал рынок в центре Сум, ранены двое продавцов, пишет мэр.\n\nСпустя час дрон "
           "врезался в склад на окраине города. Ранена сторож."),
    "uk": ("Близько полудня дрон атакував ринок у центрі Сум, поранено двох продавців, пише мер.\n\nЧерез сорок хвилин "
           "дрон влучив у склад на околиці міста. Поранено одну жінку."),
    "en": ("Around noon a drone attacked a market in central Sumy, injuring two vendors, the mayor wrote.\n\nForty "
           "minutes later, a drone crashed into a depot on the outskirts of the city. A guard was injured."),
}


def strikes(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind in ("strike", "shelling", "explosion")]


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_strike_two_hours_later_is_a_second_incident(read, lang):
    events = strikes(read(TWO_HOURS_APART[lang], lang))
    assert len(events) == 2
    assert sorted(e.figures["injured"].best for e in events) == [1, 2]


def test_a_later_sentence_with_no_weapon_still_retells(read):
    events = strikes(read("Дрон атаковал рынок в центре Сум, ранены двое продавцов.\n\nЧерез час после атаки мэр "
                          "написал, что повреждён павильон.", "ru"))
    assert len(events) == 1
