"""A threat is not an incident: "the threat of a drone attack" is feared, not told; an airport closed because of a
threat is a real restriction; a real attack told beside a threat is still an incident. Our own sentences."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report

PUBLISHED = datetime(2025, 5, 13, 12, 0, tzinfo=timezone.utc)


def kinds(gazetteer, text: str, lang: str) -> list[str]:
    return [e.kind for e in extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The embassy in Kyiv closed for the day over the threat of a massive air attack.", "en"),
    ("Посольство в Киеве закрылось на день из-за угрозы массированной воздушной атаки.", "ru"),
    ("Посольство в Києві зачинилося на день через загрозу масованої повітряної атаки.", "uk"),
    ("Угроза атаки беспилотника на Салават не подтвердилась, сообщили в МЧС.", "ru"),
])
def test_a_feared_attack_is_no_incident(gazetteer, text: str, lang: str) -> None:
    assert kinds(gazetteer, text, lang) == []


def test_an_airport_closed_because_of_a_threat_is_a_restriction(gazetteer) -> None:
    text = "В аэропорту Казани ввели ограничения на приём и выпуск самолётов из-за угрозы атаки БПЛА."
    assert kinds(gazetteer, text, "ru") == ["airspace_restriction"]


def test_a_real_attack_beside_a_threat_is_still_an_incident(gazetteer) -> None:
    text = "Утром начался ракетный обстрел Харькова; об угрозе атаки крылатых ракет сообщили Воздушные силы."
    # a missile "обстрел" is a strike (SCHEMA.md: shelling is artillery and MLRS; extract/weapons_named.py)
    assert kinds(gazetteer, text, "ru") == ["strike"]
