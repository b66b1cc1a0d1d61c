"""A relative clause opened right after the incident's own word tells of the incident: its day is the incident's, and
it lends that day to the sentences after it (date21). A relative clause of another noun keeps its day to itself.
Every report here is written for the test."""

import datetime as dt

import pytest

from eventledger.extract import incidents
from eventledger.extract.pipeline import extract
from eventledger.model import Report

PUBLISHED = dt.datetime(2025, 5, 7, 9, 0, tzinfo=dt.timezone.utc)  # a Wednesday


def dated(gazetteer, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)]


@pytest.mark.parametrize("text, lang", [
    ("The attacks, which began late on Tuesday evening, hit a power plant in Kharkiv. Air defence shot down two drones "
     "over Kharkiv, the governor said.", "en"),
    ("Атака, которая началась во вторник вечером, повредила электростанцию в Харькове. Силы ПВО сбили два беспилотника "
     "над Харьковом, сообщил губернатор.", "ru"),
    ("Атака, яка почалася у вівторок увечері, пошкодила електростанцію в Харкові. Сили ППО збили два дрони над "
     "Харковом, повідомив голова ОВА.", "uk"),
])
def test_the_day_of_a_relative_clause_of_the_attack_is_the_attacks(gazetteer, text, lang):
    assert {date for _, date in dated(gazetteer, text, lang)} == {"2025-05-06"}


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a depot in Kharkiv, which had been repaired on Tuesday. Air defence shot down two drones over "
     "Kharkiv, the governor said.", "en"),
    ("Беспилотник попал в склад в Харькове, который отремонтировали во вторник. Силы ПВО сбили два беспилотника над "
     "Харьковом, сообщил губернатор.", "ru"),
    ("Дрон влучив у склад у Харкові, який відремонтували у вівторок. Сили ППО збили два дрони над Харковом, повідомив "
     "голова ОВА.", "uk"),
])
def test_the_day_of_a_relative_clause_of_another_noun_dates_nothing(gazetteer, text, lang):
    assert {date for _, date in dated(gazetteer, text, lang)} == {"2025-05-07"}


@pytest.mark.parametrize("before, lang, expected", [
    ("The attacks", "en", True), ("launched from Crimea", "en", False),
    ("Атака", "ru", True), ("склад в Харькове", "ru", False),
    ("Атака", "uk", True), ("склад у Харкові", "uk", False),
])
def test_of_the_incident(before, lang, expected):
    assert incidents.of_the_incident(before, lang) is expected
