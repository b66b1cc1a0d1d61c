"""A strike told once by its carrier ("a US drone attack", "авіаудар") and once by what the carrier fired ("the drone
fired two missiles", "керована авіабомба"), the country or region in one telling and the town in the other: one
incident (same_incident._carried). Guns and drones told at one place stay two: neither carries the other."""

import pytest

from report_reading import kinds, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def test_a_drone_attack_and_the_missiles_it_fired_are_one_strike(read):
    events = read("Five killed in US drone attack in Pakistan\n\nA US drone fired two missiles at a compound near "
                  "Miranshah in North Waziristan on Tuesday, killing five suspected militants, local officials said.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_an_airstrike_and_its_guided_bomb_are_one_strike_in_ukrainian(read):
    events = read("Авіаудар по Харківщині: поранено трьох людей\n\nРосійські війська скинули керовану авіабомбу на "
                  "Куп'янськ, поранено трьох людей, повідомив голова ОВА.", "uk")
    assert [k for k, _ in kinds(events) if k in ("strike", "shelling")] == ["strike"]


def test_an_airstrike_and_its_missile_are_one_strike_in_russian(read):
    events = read("Беспилотник атаковал Белгородскую область, погиб один человек\n\nУкраинский дрон выпустил ракету по "
                  "автомобилю в Шебекино, погиб один человек, сообщил губернатор.", "ru")
    assert [k for k, _ in kinds(events) if k in ("strike", "shelling")] == ["strike"]


def test_guns_and_a_drone_at_one_place_stay_two(read):
    events = read("Росіяни обстріляли Нікопольщину з важкої артилерії, поранено чоловіка.\n\nТакож ударний дрон "
                  "атакував Марганець, пошкоджено будинок, повідомив голова ОВА.", "uk")
    assert sorted(k for k, _ in kinds(events)) == ["shelling", "strike"]
