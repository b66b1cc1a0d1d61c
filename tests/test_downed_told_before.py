"""Air defence destroying what the sentence before told: "A drone was spotted. Air defence destroyed it." The verb's
object is a pronoun, so no weapon word stood beside the verb and the interception was not found; its weapon is the
one told a sentence before. Reports we wrote, in each language."""

from __future__ import annotations

import pytest

from tests.report_reading import reader


@pytest.mark.parametrize(("text", "lang"), [
    ("A drone was spotted over Bryansk region overnight. Air defence destroyed it, the governor said.", "en"),
    ("Над Брянской областью ночью был замечен беспилотник. Силы ПВО ликвидировали его, сообщил губернатор.", "ru"),
    ("Над Сумщиною вночі помітили ворожий дрон. Сили ППО ліквідували його, повідомив голова ОВА.", "uk"),
])
def test_air_defence_destroying_it_is_an_interception_of_the_weapon_told_before(gazetteer, text: str, lang: str) -> None:
    assert [(e.kind, e.weapon) for e in reader(gazetteer)(text, lang)] == [("interception", "drone")]


@pytest.mark.parametrize(("text", "lang"), [
    # firefighters put out the fire a drone started: no interception
    ("Беспилотник упал на склад в Брянске, возник пожар. Пожарные ликвидировали его.", "ru"),
    # sappers destroying submunitions of a missile: no interception
    ("Пиротехники МЧС обнаружили и ликвидировали 300 суббоеприпасов ракеты ATACMS в Курской области.", "ru"),
])
def test_destroying_something_else_is_no_interception(gazetteer, text: str, lang: str) -> None:
    assert "interception" not in [e.kind for e in reader(gazetteer)(text, lang)]
