"""A city that is a region of its own (Kyiv) holds its districts, whether the gazetteer files them as towns or as
districts (admin2, admin1 Kyiv): a report of the attack on the city that tells the damage district by district is one
event at the city, not the city beside one of its districts holding the same casualties."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _strikes(events):
    return [e.place.name_en if e.place else None for e in events if e.kind in ("strike", "shelling", "explosion")]


def test_kyiv_and_its_district_are_one_attack(read):
    events = read("Обломки дронов упали в двух районах Киева, есть пострадавший\n\nНочью Киев атаковали беспилотники, "
                  "сообщил мэр. В Деснянском районе обломки дрона попали на крышу жилого дома, пострадал мужчина.", "ru")
    assert _strikes(events) == ["Kyiv"]


def test_kyiv_and_its_district_in_ukrainian(read):
    events = read("Уламки дронів впали у двох районах Києва, є постраждалий\n\nВночі Київ атакували безпілотники, "
                  "повідомив мер. У Деснянському районі уламки дрона влучили в дах житлового будинку, постраждав чоловік.", "uk")
    assert _strikes(events) == ["Kyiv"]


def test_kyiv_and_its_district_in_english(read):
    events = read("Drone debris falls in two Kyiv districts, one injured\n\nKyiv was attacked by drones overnight, the "
                  "mayor said. In the Desnianskyi district, drone debris hit the roof of a residential building, injuring a man.")
    assert len(_strikes(events)) == 1  # (English reads the city's telling into the district's already)

