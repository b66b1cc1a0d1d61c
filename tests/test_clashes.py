"""Armed clashes (kind `other`): soldiers killed in fighting, an ambush, a firefight, told without a remote weapon.

UCDP counts these as battles; a ledger of the war's incidents that skipped "six soldiers were killed in an ambush"
would miss most of its deaths. Our own sentences, in the three languages.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report

PUBLISHED = datetime(2025, 5, 13, 12, 0, tzinfo=timezone.utc)


def kinds_and_killed(gazetteer, text: str, lang: str) -> list[tuple[str, int | None, str | None]]:
    found = extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    out = []
    for event in found:
        killed = [c.value for c in event.claims if c.figure == "killed"]
        out.append((event.kind, killed[0] if killed else None, event.place.key if event.place else None))
    return out


@pytest.mark.parametrize(("text", "lang"), [
    ("Six Ukrainian soldiers were killed in an ambush in Kramatorsk, the defence ministry said.", "en"),
    ("Шестеро военных погибли в бою в Краматорске, сообщило министерство обороны.", "ru"),
    ("Шестеро військових загинули в бою у Краматорську, повідомило міністерство оборони.", "uk"),
])
def test_soldiers_killed_in_fighting_is_a_clash_with_its_toll(gazetteer, text: str, lang: str) -> None:
    assert kinds_and_killed(gazetteer, text, lang) == [("other", 6, "Kramatorsk")]


def test_a_remote_weapon_still_makes_it_a_strike_or_shelling(gazetteer) -> None:
    found = kinds_and_killed(gazetteer, "Two soldiers were killed when shelling hit their positions near Kramatorsk.", "en")
    assert [kind for kind, _, _ in found] == ["shelling"]


def test_a_side_named_pro_russia_is_not_a_place(gazetteer) -> None:
    found = kinds_and_killed(gazetteer, "About 20 pro-Russia rebels were killed in fighting in Sloviansk.", "en")
    assert found == [("other", 20, "Slovyansk")]


def test_a_combat_zone_mentioned_in_passing_is_no_incident(gazetteer) -> None:
    text = "Депутат сообщил, что в зоне боевых действий находится 629 гектаров пахотной земли."
    assert kinds_and_killed(gazetteer, text, "ru") == []


def test_a_capital_before_troops_is_a_side_not_the_place(gazetteer) -> None:
    found = kinds_and_killed(gazetteer, "One man was killed as Kiev troops attacked Sloviansk.", "en")
    assert [place for _, _, place in found] == ["Slovyansk"]
