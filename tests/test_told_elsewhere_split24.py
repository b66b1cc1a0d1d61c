"""An incident told at a place named only as another than those told is not at them (split24).

"Над Азовом сбит дрон; в соседнем районе обломки ранили женщину. ... В Зерноградском районе ..." tells two
incidents: the interception over the first town, and a strike whose place the next paragraph names. Before, the
injured were read as a strike at the town just named (a false event), and the strike told later lost its casualties.
The words are `elsewhere_words` of the language files ("в соседнем районе", "в іншому районі", "за межами селища",
"in another district", "outside the city"). The reports are our own.
"""

from __future__ import annotations

import pytest

from eventledger.model import Event

ANOTHER_DISTRICT = {
    "ru": ("Ночью ПВО уничтожила дрон над Азовом, а в соседнем районе при падении другого беспилотника ранен один "
           "человек.\n\nВ Азове, по словам мэра, разрушений и пострадавших нет.\n\nПозже губернатор уточнил: беспилотник упал "
           "на ферму в Зерноградском районе, ранен один человек."),
    "uk": ("Вночі ППО знищила дрон над Ніжином, а в сусідньому районі внаслідок падіння іншого безпілотника поранено "
           "одну людину.\n\nУ Ніжині, за словами мера, руйнувань і постраждалих немає.\n\nПізніше голова ОВА уточнив: "
           "безпілотник влучив у ферму в Прилуцькому районі, поранено одну людину."),
    "en": ("Air defence destroyed a drone over Azov overnight, while in a neighbouring district one person was injured "
           "when another drone fell.\n\nIn Azov, the mayor said, there was no damage and no one was hurt.\n\nThe "
           "governor later said a drone fell on a farm in Zernogradsky district, injuring one person."),
}


def strikes(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind in ("strike", "shelling", "explosion")]


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_casualties_in_another_district_are_no_strike_where_the_drone_was_downed(read, lang):
    events = read(ANOTHER_DISTRICT[lang], lang)
    [downed] = [e for e in events if e.kind == "interception"]
    [strike] = strikes(events)  # one strike: the district's, told later, with the injured of both tellings
    assert strike.place.key != downed.place.key and strike.place.precision == "admin2"
    assert strike.figures["injured"].best == 1


def test_an_injury_where_the_drone_was_downed_stays_there(read):
    # the same sentence without the words "in another district": the injured are where the debris fell, as before
    events = read("Ночью над Азовом ПВО сбила дрон, при падении обломков ранена женщина.", "ru")
    [downed] = [e for e in events if e.kind == "interception"]
    assert [e.place.key for e in strikes(events)] == [downed.place.key]


OUTSIDE_THE_TOWN = {
    "uk": ("Уранці росіяни обстріляли Нікополь, постраждав житловий будинок. Ще один дрон поцілив у трансформаторну "
           "підстанцію за межами міста, і 500 родин сидять без світла."),
    "ru": ("Утром россияне обстреляли Никополь, пострадал жилой дом. Ещё один дрон попал в трансформаторную подстанцию "
           "за пределами города, и 500 семей сидят без света."),
    "en": ("Russian forces shelled Nikopol in the morning, damaging a residential building. A drone also struck a "
           "transformer substation outside the city, and 500 families are without power."),
}


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_a_hit_outside_the_town_is_an_incident_of_its_own(read, lang):
    events = strikes(read(OUTSIDE_THE_TOWN[lang], lang))
    assert len(events) == 2
    assert {e.target.category for e in events if e.target} == {"residential", "energy"}
