"""Reports of things that happened but are no incident of war: weather that wrecked an airfield, a plane that caught
fire on landing, an airport closed by a power cut, an exchange of the dead. Beside each, the report of war it must not
be confused with. Reports we wrote."""

from __future__ import annotations

import pytest

from tests.report_reading import kinds, reader


@pytest.mark.parametrize(("text", "lang"), [
    ("Смерч пронёсся над аэродромом Бугульмы и раскидал легкомоторные самолёты. Под удар стихии попали ангары, "
     "пострадавших нет.", "ru"),
    ("Смерч пронісся над аеродромом Житомира і розкидав легкомоторні літаки. Під удар стихії потрапили ангари.", "uk"),
    ("A tornado tore through the airfield at Tulsa, flipping small planes; hangars were hit and two people were "
     "injured.", "en"),
])
def test_weather_that_wrecked_an_airfield_is_no_incident(gazetteer, text: str, lang: str) -> None:
    assert reader(gazetteer)(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Самолёт Sukhoi Superjet загорелся при посадке в аэропорту Сочи. Пассажиры слышали сильный удар, после "
     "которого начался пожар. Предварительная причина - сдвиг ветра.", "ru"),
    ("An airliner caught fire on landing at Antalya airport after a hard strike on the runway; all 90 passengers "
     "were evacuated. Investigators suspect wind shear.", "en"),
])
def test_a_plane_that_caught_fire_on_landing_is_no_strike(gazetteer, text: str, lang: str) -> None:
    assert reader(gazetteer)(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("В аэропорту Внуково задерживаются рейсы, самолёты уходят на запасные аэродромы. По предварительной информации, "
     "терминал А обесточен.", "ru"),
    ("В аэропорту Пулково ввели временные ограничения из-за отключения электроэнергии.", "ru"),
    ("Flights were diverted from Gatwick airport because of a power outage at the north terminal.", "en"),
])
def test_an_airport_closed_by_a_power_cut_is_no_restriction_of_war(gazetteer, text: str, lang: str) -> None:
    assert reader(gazetteer)(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Россия и Украина обменялись телами погибших: Россия передала 500 тел, Украина вернула 40.", "ru"),
    ("Україна та Росія обмінялися тілами загиблих: Україні повернули 500 тіл.", "uk"),
    ("Russia and Ukraine exchanged the bodies of fallen soldiers: Russia handed over 500 bodies.", "en"),
])
def test_an_exchange_of_the_dead_is_no_incident(gazetteer, text: str, lang: str) -> None:
    assert [k for k, _ in kinds(reader(gazetteer)(text, lang))] == []


# What must stay: a fire a weapon started, an airport closed for a drone attack, a strike told beside an exchange.
@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Беспилотник ВСУ атаковал нефтебазу в Новороссийске, начался пожар.", "ru", "strike"),
    ("В аэропорту Внуково введены временные ограничения из-за атаки БПЛА.", "ru", "airspace_restriction"),
    ("Kazan airport suspended flights after a Ukrainian drone attack.", "en", "airspace_restriction"),
    ("Ночью дрон атаковал Белгород, ранены двое. Днём Россия и Украина обменялись пленными.", "ru", "strike"),
])
def test_an_incident_of_war_stays(gazetteer, text: str, lang: str, kind: str) -> None:
    assert kind in [k for k, _ in kinds(reader(gazetteer)(text, lang))]


@pytest.mark.parametrize(("text", "lang"), [
    ("Со дня атаки на самолёт Ил-76 под Белгородом прошло 10 месяцев, погибших до сих пор опознают.", "ru"),
    ("З дня атаки на літак Іл-76 під Бєлгородом минуло 10 місяців.", "uk"),
    ("Ten months have passed since the attack on the Il-76 near Belgorod.", "en"),
])
def test_time_counted_since_an_incident_is_no_new_incident(gazetteer, text: str, lang: str) -> None:
    assert reader(gazetteer)(text, lang) == []
