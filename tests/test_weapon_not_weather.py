"""Words the extractor took for something else: a launcher named like the weather («Ураган» is no hurricane), and
air defence destroying "unmanned aerial vehicles" (the object told in three words). Reports we wrote."""

from __future__ import annotations

import pytest

from tests.report_reading import figures, reader


@pytest.mark.parametrize(("text", "lang"), [
    # an English object told in three words: "unmanned aerial vehicles"
    ("Russian air defence destroyed 20 unmanned aerial vehicles over Belgorod region overnight.", "en"),
])
def test_destroying_a_weapon_in_flight_is_an_interception(gazetteer, text: str, lang: str) -> None:
    (event,) = reader(gazetteer)(text, lang)
    assert (event.kind, figures(event)) == ("interception", {"intercepted": 20})


@pytest.mark.parametrize(("text", "lang"), [
    ("Вранці окупанти атакували з «Ураган» місто Костянтинівка, поранено двох людей.", "uk"),
    ("Утром оккупанты обстреляли из «Урагана» Константиновку, ранены два человека.", "ru"),
])
def test_a_launcher_named_like_the_weather_is_no_weather(gazetteer, text: str, lang: str) -> None:
    """«Ураган» is a rocket launcher; the hurricane (an accident's cause, no incident) is the same word uncapitalised
    and unquoted."""
    (event,) = reader(gazetteer)(text, lang)
    assert (event.kind, event.weapon, figures(event)) == ("shelling", "artillery", {"injured": 2})


def test_the_hurricane_itself_is_still_no_incident(gazetteer) -> None:
    assert reader(gazetteer)("Ураган пошкодив дахи будинків у Костянтинівці, постраждали двоє людей.", "uk") == []
