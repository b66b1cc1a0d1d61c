"""Weapons downed in one breath are one interception per weapon type, each with its own count: "shot down 12 drones
and three missiles" (ANNOTATION.md). The count beside the verb was read and the other one lost, so the second weapon
type's interception was never found. Reports we wrote, in each language."""

from __future__ import annotations

import pytest

from tests.report_reading import figures, reader


@pytest.mark.parametrize(("text", "lang"), [
    ("Air defence shot down 12 drones and three missiles over Poltava region overnight, the governor said.", "en"),
    ("Three missiles and 12 drones flying over Poltava were destroyed by air defence overnight.", "en"),
    ("Ночью над Белгородской областью средствами ПВО сбиты 12 беспилотников и три ракеты, сообщил губернатор.", "ru"),
    ("Уночі над Полтавщиною силами ППО збито 12 ворожих БПЛА типу «Shahed» та три ракети, повідомив голова ОВА.", "uk"),
])
def test_each_weapon_type_listed_is_an_interception_with_its_count(gazetteer, text: str, lang: str) -> None:
    events = reader(gazetteer)(text, lang)
    by_weapon = {e.weapon: figures(e) for e in events if e.kind == "interception"}
    assert by_weapon == {"drone": {"intercepted": 12}, "missile": {"intercepted": 3}}, by_weapon


def test_launches_listed_are_no_interceptions(gazetteer) -> None:
    """A launch count says nothing of what was downed: only the drones downed are an interception."""
    events = reader(gazetteer)(
        "Усього зафіксовано пуски семи ударних БПЛА та шести ракет С-300. Над Полтавщиною збито п'ять БПЛА.", "uk")
    assert [(e.weapon, figures(e).get("intercepted")) for e in events if e.kind == "interception"] == [("drone", 5)]
