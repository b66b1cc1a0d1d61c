"""Two readings every language shares. An outlet named after a city, cited in Latin letters in a Russian or Ukrainian
report ("пишет The New York Times") or transliterated ("Нью-Йорк таймс"), is no place where anything happened. A
Ukrainian state told as the one acting in any gender or number of the past ("Росія завдала удару", "окупанти вдарили")
is the attacker, as "Россия нанесла удар" is in Russian. Each report here was written for the test."""

import pytest

from report_reading import kinds


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Россия нанесла ракетный удар по Днепру, пишет The New York Times.", "ru", "Dnipro"),
    ("Россия нанесла ракетный удар по Днепру, пишет газета «Нью-Йорк таймс».", "ru", "Dnipro"),
    ("Росія завдала ракетного удару по Дніпру, пише The New York Times.", "uk", "Dnipro"),
])
def test_an_outlet_named_after_a_city_is_no_place_of_the_strike(read, text, lang, place):
    assert kinds(read(text, lang)) == [("strike", place)]


@pytest.mark.parametrize("text", [
    "Росія завдала удару по Дніпру.",
    "Окупанти вдарили по Херсону, поранено двох людей.",
    "Росія запустила по Одесі два десятки дронів.",
])
def test_a_state_acting_in_the_feminine_or_plural_is_the_attacker(read, text):
    (event,) = read(text, "uk")
    assert event.attacker == "Russia"
