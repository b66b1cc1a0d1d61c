"""One outlet names the region and no weapon, another the town and the drone, both within the hour and in like words:
one incident relayed (issue 10, duplicates across outlets). Hours apart, or with two weapons named, wording alone is
not enough. The posts are our own, written in the style of news channels."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
BELGOROD_OBLAST = Place("Белгородская область", "RU", "Belgorod Oblast", 50.71, 37.61, "admin1")
ALEKSEYEVKA = Place("Алексеевка", "RU", "Belgorod Oblast", 50.63, 38.69, "city")
ZAPORIZHZHIA_OBLAST = Place("Запорізька область", "UA", "Zaporizhzhia Oblast", 47.50, 35.80, "admin1")
ORIKHIV = Place("Оріхів", "UA", "Zaporizhzhia Oblast", 47.57, 35.79, "city")
EVENING = datetime(2025, 3, 10, 18, 40, tzinfo=UTC)


def item(id: str, text: str, place: Place, weapon: str | None, published: datetime = EVENING) -> Item:
    lo, hi = day_range("2025-03-10", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures={}, published=published)


CHANNEL = item("a", "Беспилотники ВСУ атаковали молочный завод в Алексеевке Белгородской области, повреждены цеха.",
               ALEKSEYEVKA, "drone")
AGENCY = item("b", "В Белгородской области атакован молочный завод в Алексеевке, сообщил губернатор. Люди не пострадали.",
              BELGOROD_OBLAST, None, EVENING + timedelta(minutes=45))


def test_ru_a_region_with_no_weapon_told_alike_within_the_hour_is_the_towns_strike() -> None:
    verdict = compare(CHANNEL, AGENCY)
    assert verdict.join, verdict.reasons
    assert any("within 90 min" in r for r in verdict.reasons)


def test_uk_the_same_for_an_oblast_and_its_town() -> None:
    town = item("c", "Окупанти атакували Оріхів дроном, пошкоджено школу та три будинки.", ORIKHIV, "drone")
    oblast = item("d", "Ворог атакував Оріхів Запорізької області, пошкоджено школу та будинки, повідомив Федоров.",
                  ZAPORIZHZHIA_OBLAST, None, EVENING + timedelta(minutes=50))
    assert compare(town, oblast).join, compare(town, oblast).reasons


def test_en_the_same_for_a_region_and_its_town() -> None:
    channel = item("e", "Ukrainian drones struck a dairy plant in Alekseyevka in the Belgorod region, damaging its "
                        "workshops.", ALEKSEYEVKA, "drone")
    governor = item("f", "A dairy plant in Alekseyevka was attacked, the Belgorod governor said; nobody was hurt.",
                    BELGOROD_OBLAST, None, EVENING + timedelta(minutes=60))
    assert compare(channel, governor).join, compare(channel, governor).reasons


def test_hours_later_or_with_two_weapons_named_wording_alone_is_not_enough() -> None:
    assert not compare(CHANNEL, replace(AGENCY, published=EVENING + timedelta(hours=11))).join  # not one night
    assert not compare(CHANNEL, replace(AGENCY, weapon="artillery")).join
