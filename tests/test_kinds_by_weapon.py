"""An attack told first with a general verb and then by the guns that fired it is a shelling (issue 10: kinds among
matched events), shown with reports written for this test in English, Russian and Ukrainian."""

import pytest

from report_reading import kinds


@pytest.mark.parametrize("text, lang", [
    ("Russian forces attacked Nikopol on Sunday evening. Two people were injured when an artillery shell hit a house "
     "in the city.", "en"),
    ("Украинские военные атаковали Горловку. В результате попадания артиллерийского снаряда в жилой дом ранены двое "
     "мирных жителей.", "ru"),
    ("Росіяни атакували Нікополь. Через влучання артилерійського снаряда у житловий будинок поранено двох людей.", "uk"),
])
def test_an_attack_whose_weapon_is_artillery_is_a_shelling(read, text, lang):
    (event,) = read(text, lang)
    assert (event.kind, event.weapon) == ("shelling", "artillery")


def test_a_drone_attack_stays_a_strike(read):
    told = kinds(read("Russian forces attacked Nikopol on Sunday evening. A drone hit a house, injuring two people."))
    assert [kind for kind, _ in told] == ["strike"]
