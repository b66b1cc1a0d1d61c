"""An event needs evidence that something happened: a simulation, a promise, a plan, a permission or a threat told with
event words is no incident; an attempt and an action under way are; flights delayed by the weather are no
restriction. Our own sentences, in the three languages where the class applies."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report

PUBLISHED = datetime(2025, 5, 13, 12, 0, tzinfo=timezone.utc)


def kinds(gazetteer, text: str, lang: str) -> list[str]:
    return [e.kind for e in extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)]


@pytest.mark.parametrize(("text", "lang"), [
    # a simulation or a condition: what would happen
    ("Журнал смоделировал ракетный удар по Казани: погибли бы 300 тысяч человек.", "ru"),
    ("В случае ракетного удара по нефтебазе в Самаре пострадают десятки тысяч жителей, считают эксперты.", "ru"),
    ("Аналітики змоделювали ракетний удар по Львову, загинули б 200 тисяч людей.", "uk"),
    ("A think tank simulated a missile strike on Minsk that killed 300,000 people.", "en"),
    # told only in the future: a promise, a forecast
    ("Ракетный удар по Самаре приведёт к гибели 2000 человек, заявил депутат.", "ru"),
    ("Россия нанесёт ракетный удар по нефтебазе в Киеве, пообещал депутат Госдумы.", "ru"),
    ("Росія завдасть ракетного удару по нафтобазі у Львові, заявив депутат.", "uk"),
    ("Russia will strike the power plant in Kharkiv with missiles, officials warned.", "en"),
    # an overview of weeks or years: no one incident
    ("За 1000 дней войны российские дроны ударили по 300 больницам в Харькове.", "ru"),
    ("З початку вторгнення російські ракети вдарили по 500 школах Харкова.", "uk"),
    ("Over the past month, Russian drones struck 40 substations in Kharkiv.", "en"),
    # meant, allowed or forbidden
    ("США разрешили Украине удары ракетами ATACMS по аэродрому в Курской области.", "ru"),
    ("Президент снял запрет на удары американскими ракетами по Брянской области.", "ru"),
    ("Киев планирует атаковать НПЗ в Крыму новыми беспилотниками, пишет газета.", "ru"),
    ("Україна отримає ракети для ударів по аеродромах Бєлгородської області.", "uk"),
    ("Russia plans to strike the power plant in Kharkiv with missiles again, officials warned.", "en"),
])
def test_what_did_not_happen_is_no_incident(gazetteer, text: str, lang: str) -> None:
    assert kinds(gazetteer, text, lang) == []


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # an attempt with a result is a strike; an infinitive after "continue" tells an action under way
    ("Беспилотники попытались атаковать нефтебазу в Туапсе, на ней начался пожар.", "ru", "strike"),
    ("Силы ПВО продолжают отражать атаку беспилотников на Брянск.", "ru", "interception"),
    ("Сили ППО продовжують збивати безпілотники над Сумами.", "uk", "interception"),
    ("ВСУ атакуют Белгород беспилотниками, повреждён жилой дом.", "ru", "strike"),
])
def test_an_attempt_or_an_action_under_way_is_an_incident(gazetteer, text: str, lang: str, kind: str) -> None:
    assert kind in kinds(gazetteer, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Из-за тумана в аэропортах Москвы перенесли 20 рейсов. Во Внуково задержаны 8 рейсов.", "ru"),
    ("Через туман в аеропорту Львова перенесли рейси. У Борисполі затримано 8 рейсів.", "uk"),
])
def test_flights_delayed_by_the_weather_are_no_restriction(gazetteer, text: str, lang: str) -> None:
    assert "airspace_restriction" not in kinds(gazetteer, text, lang)


def test_a_closure_for_drones_beside_the_weather_is_still_a_restriction(gazetteer) -> None:
    text = ("Из-за тумана рейсы задерживаются. В аэропорту Казани ввели ограничения на приём и выпуск самолётов из-за "
            "угрозы атаки БПЛА.")
    assert kinds(gazetteer, text, "ru") == ["airspace_restriction"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Учебный самолёт выкатился за пределы полосы в аэропорту Казани, в аэропорту объявили тревогу, борт повреждён.", "ru"),
    ("Крушение самолёта в Хабаровском крае наблюдали военные ПВО, борт упал на склон горы, повреждён лес.", "ru"),
    ("Навчальний літак викотився за межі смуги в аеропорту Львова, оголосили тривогу, борт пошкоджено.", "uk"),
])
def test_an_aviation_accident_is_no_incident_of_war(gazetteer, text: str, lang: str) -> None:
    assert kinds(gazetteer, text, lang) == []
