"""English tells an attempt with a verb of trying before the event word: a defence tried is no interception, an
attack that failed is the one air defence stopped, and a defence that managed to do it did it. (An interception told
as a noun, "the interception of drones", is told too.)"""

import pytest

from report_reading import kinds


def test_an_attack_attempted_that_failed_is_an_interception(read):
    events = read("The governor of the Belgorod region said on Monday that three drones attempted to attack an "
                  "electrical substation near Belgorod, but failed.")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_an_attack_attempted_is_still_a_strike(read):
    events = read("Dnipro mayor Borys Filatov said Russian forces tried to strike the city hall with a missile on Monday.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_defence_that_only_tried_is_no_interception(read):
    events = read("A Russian drone hit a warehouse in Kharkiv on Monday, injuring two people, as air defences tried to "
                  "repel the attack.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_defence_that_managed_it_is_an_interception(read):
    events = read("Ukrainian air defence managed to shoot down 12 Russian drones over the Odesa region on Monday night.")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_an_interception_told_as_a_noun_is_an_interception(read):
    events = read("Loud blasts were heard over Odesa on Monday night during the interception of Russian drones, the "
                  "regional governor said.")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_casualties_of_an_interception_told_as_a_noun_are_a_strike_there(read):
    events = read("One man was killed and two people were injured in Kyiv on Monday due to the interception of "
                  "Russian drones, the city's mayor said.")
    assert "strike" in [k for k, _ in kinds(events)]


@pytest.mark.parametrize("text", [
    "The defence ministry said an attempted Ukrainian drone attack on the Kursk region had been \"thwarted\" overnight.",
    "Overnight, an attempt by Kyiv to carry out a drone attack on facilities in the Bryansk region was thwarted, the "
    "ministry said.",
    "Russian air defences foiled a drone attack on the Kaluga region, the governor said.",
])
def test_an_air_attack_thwarted_is_an_interception_not_a_strike(read, text):
    assert [k for k, _ in kinds(read(text))] == ["interception"]


def test_a_strike_that_hit_after_a_thwarted_attempt_elsewhere_is_still_a_strike(read):
    events = read("A drone hit a fuel depot in Kursk on Monday, killing one worker, the governor said.")
    assert [k for k, _ in kinds(events)] == ["strike"]
