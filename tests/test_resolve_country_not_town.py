"""A country and a town in it are no one place told again: the retold-statement rule (two posts within RETOLD_MINUTES,
nothing counted differently, worded alike) joins one town told twice, or a town and its region, but not a line placed
at the country as a whole and a town's own post (`place_relation` has them `inside`). The posts are our own, written
in the style of Russian and Ukrainian news channels."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
NIGHT = datetime(2025, 3, 10, 2, 0, tzinfo=UTC)
RUSSIA = Place("Россия", "RU", None, None, None, "country", name_en="Russia")
UKRAINE = Place("Україна", "UA", None, None, None, "country", name_en="Ukraine")
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", None, None, "admin1", name_en="Kursk Oblast")
KURSK = Place("Курск", "RU", "Kursk Oblast", 51.73, 36.19, "city", name_en="Kursk")
ODESA = Place("Одеса", "UA", "Odesa Oblast", 46.48, 30.73, "city", name_en="Odesa")

COUNTRY_LINE = "Этой ночью ПВО сбила беспилотник над Россией, сообщили в Минобороны."
TOWN_LINE = "Этой ночью ПВО сбила беспилотник над Курском, сообщил губернатор."


def item(id: str, text: str, place: Place, minutes: int = 0, kind: str = "interception") -> Item:
    lo, hi = day_range("2025-03-10", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="drone", text=text, figures={}, published=NIGHT + timedelta(minutes=minutes))


def test_a_country_line_and_a_towns_post_minutes_apart_are_not_one_place_told_again() -> None:
    verdict = compare(item("c", COUNTRY_LINE, RUSSIA), item("k", TOWN_LINE, KURSK, minutes=15))
    assert not any("one place told again" in r for r in verdict.reasons), verdict.reasons
    assert len(resolve([item("c", COUNTRY_LINE, RUSSIA), item("k", TOWN_LINE, KURSK, minutes=15)])) == 2


def test_the_same_in_ukrainian() -> None:
    country = item("u", "Цієї ночі ППО збила дрон над Україною, повідомили Повітряні сили.", UKRAINE)
    town = item("o", "Цієї ночі ППО збила дрон над Одесою, повідомив голова ОВА.", ODESA, minutes=10)
    assert not any("one place told again" in r for r in compare(country, town).reasons)
    assert len(resolve([country, town])) == 2


def test_a_town_told_twice_and_a_town_and_its_region_are_still_one_place_told_again() -> None:
    # what must not change: the rule's own cases
    once = item("a", TOWN_LINE, KURSK)
    again = item("b", "Этой ночью над Курском ПВО сбила беспилотник, сообщает канал.", KURSK, minutes=12)
    region = item("r", "Этой ночью ПВО сбила беспилотник над Курской областью, сообщил губернатор.", KURSK_OBLAST,
                  minutes=12)
    for other in (again, region):
        verdict = compare(once, other)
        assert verdict.join and any("one place told again" in r for r in verdict.reasons), verdict.reasons
