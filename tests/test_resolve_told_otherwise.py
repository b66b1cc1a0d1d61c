"""Joins on nearness kept apart by what the posts tell otherwise (res10c, after review 10, F2.1-F2.3).

- One town by day: two targets named apart, whatever their categories (a minibus and a warehouse; a car at a mall and
  a window of a block of flats), are two hits, not one incident told twice; at night a raid hits several things and
  each outlet names one, so there the targets stay no contradiction.
- "Again" ("снова нанесли удар", "знову атакували", "hit again") told by the later post only: the town struck again.
- A day recalled asks what the other nearness joins ask: no "one more attack", no "again", no targets named apart, and
  no part of the day told otherwise ("6 ноября вечером" against that night's post).
- One town's fighting on one day: within DAY_HOURS, or both posts of one night; a night's push and an evening's raid
  15 h apart are two clashes.

The posts are the reviewer's and ours, written in the style of news channels (no text of any evaluation set)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
KHERSON = Place("Херсон", "UA", "Kherson Oblast", 46.64, 32.61, "city")
BELGOROD = Place("Белгород", "RU", "Belgorod Oblast", 50.60, 36.59, "city")
KASPIYSK = Place("Каспийск", "RU", "Dagestan", 42.88, 47.64, "city")
VOVCHANSK = Place("Вовчанськ", "UA", "Kharkiv Oblast", 50.29, 36.94, "city")


def item(id: str, text: str, published: datetime, *, place: Place = KHERSON, kind: str = "strike",
         weapon: str | None = "drone", target: Target | None = None, figures: dict[str, int] | None = None,
         when: str | None = None) -> Item:
    lo, hi = day_range(when or published.date().isoformat(), "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                target=target, weapon=weapon, text=text, figures={k: (v, v) for k, v in (figures or {}).items()},
                published=published)


def nearness(verdict_reasons: tuple[str, ...]) -> bool:
    return any(r.startswith(("one town", "fighting in one town", "a day recalled")) for r in verdict_reasons)


MORNING = datetime(2026, 3, 10, 8, 5, tzinfo=UTC)  # 10:05 in Kherson, by day
MINIBUS = item("a", "Росіяни атакували дроном маршрутку в Херсоні, поранено двох пасажирів.", MORNING,
               target=Target("маршрутка", "transport"), figures={"injured": 2})
WAREHOUSE = item("b", "У Корабельному районі Херсона після атаки FPV-дрона спалахнула пожежа на складі будматеріалів.",
                 MORNING + timedelta(hours=2, minutes=5), target=Target("склад", "civilian_infrastructure"))


def test_by_day_two_targets_named_apart_are_two_hits() -> None:
    verdict = compare(MINIBUS, WAREHOUSE)
    assert not verdict.join and not nearness(verdict.reasons), verdict.reasons
    assert len(resolve([MINIBUS, WAREHOUSE])) == 2
    car = item("c", "В Белгороде днём беспилотник ударил по легковому автомобилю на парковке у ТЦ.",
               datetime(2026, 3, 10, 7, 30, tzinfo=UTC), place=BELGOROD, target=Target("ТЦ", "civilian_infrastructure"))
    window = item("d", "Гладков: в Белгороде дрон попал в окно многоэтажки на Народном бульваре, выбиты стёкла.",
                  datetime(2026, 3, 10, 10, 20, tzinfo=UTC), place=BELGOROD, target=Target("многоэтажка", "residential"))
    assert not compare(car, window).join


def test_by_day_one_target_told_and_the_other_not_still_joins() -> None:
    fire = item("e", "В Корабельном районе Херсона после атаки дрона горит склад стройматериалов.",
                MORNING + timedelta(hours=2), target=Target("склад", "civilian_infrastructure"))
    relay = item("f", "Херсон: после удара дрона в Корабельном районе начался пожар, на месте работают спасатели.",
                 MORNING + timedelta(hours=2, minutes=40))
    assert compare(fire, relay).join


def test_a_night_raid_hits_several_things_each_outlet_naming_one() -> None:
    night = datetime(2026, 3, 10, 0, 30, tzinfo=UTC)  # 02:40 by the sun in Kherson
    depot = item("g", "Ночью дроны атаковали Херсон, повреждён склад.", night, target=Target("склад", "civilian_infrastructure"))
    bus = item("h", "Ночью в Херсоне дрон попал в автобус в депо.", night + timedelta(hours=3),
               target=Target("автобус", "transport"))
    verdict = compare(depot, bus)
    assert verdict.join and any(r.startswith("one town, one night") for r in verdict.reasons), verdict.reasons


def test_again_told_by_the_later_post_is_another_strike() -> None:
    bus = item("i", "Российский дрон атаковал маршрутный автобус на остановке в Херсоне, ранены два пассажира.", MORNING,
               target=Target("автобус", "transport"), figures={"injured": 2})
    again = item("j", "Оккупанты снова нанесли удар по Херсону: в Корабельном районе горит склад стройматериалов.",
                 MORNING + timedelta(hours=2, minutes=5))
    verdict = compare(bus, again)
    assert not verdict.join and any("снова нанесли удар" in r for r in verdict.reasons), verdict.reasons
    for text in ("Росіяни знову атакували Херсон, виникла пожежа.", "Russian drones hit Kherson again, a fire broke out."):
        assert not compare(bus, item("k", text, MORNING + timedelta(hours=1))).join, text
    # told "again" by the earlier post only: again since yesterday, and the later post may retell it
    first = item("l", "Оккупанты снова атаковали Херсон дроном, горит склад в Корабельном районе.", MORNING)
    retold = item("m", "В Корабельном районе Херсона после атаки дрона начался пожар.", MORNING + timedelta(hours=1))
    assert compare(first, retold).join
    # "again" beside no attack word is no other strike
    statement = item("n", "В Херсоне вновь выразили обеспокоенность, после атаки дрона в Корабельном районе пожар.",
                     MORNING + timedelta(hours=1))
    assert not any("told by the later post" in r for r in compare(first, statement).reasons)


TOLD = item("o", "Ночью беспилотники атаковали Каспийск.", datetime(2026, 11, 6, 5, 30, tzinfo=UTC), place=KASPIYSK)
RECALL_LATER = datetime(2026, 11, 12, 10, 0, tzinfo=UTC)


def test_a_day_recalled_told_otherwise_stays_apart() -> None:
    evening = item("p", "Стало известно, что 6 ноября вечером украинский БПЛА ударил по складу в Каспийске, охранник "
                        "получил ранение.", RECALL_LATER, place=KASPIYSK, when="2026-11-06",
                   target=Target("склад", "civilian_infrastructure"), figures={"injured": 1})
    verdict = compare(TOLD, evening)
    assert not verdict.join and any("parts of the day" in r for r in verdict.reasons), verdict.reasons
    by_day = item("q", "Как стало известно, 6 ноября днём в Каспийске беспилотник повредил линию электропередачи.", RECALL_LATER,
                  place=KASPIYSK, when="2026-11-06")
    assert not compare(TOLD, by_day).join
    one_more = item("r", "12 ноября стало известно: ещё одна атака дронов была в Каспийске 6 ноября, горел склад.", RECALL_LATER,
                    place=KASPIYSK, when="2026-11-06")
    assert not compare(TOLD, one_more).join
    ship = item("s", "Ночью дроны атаковали Каспийск, повреждён корабль.", datetime(2026, 11, 6, 2, 0, tzinfo=UTC),
                place=KASPIYSK, target=Target("корабль", "military"))
    depot = item("t", "Как стало известно, 6 ноября беспилотник ударил по нефтебазе в Каспийске.", RECALL_LATER,
                 place=KASPIYSK, when="2026-11-06", target=Target("нефтебаза", "energy"))
    assert not compare(ship, depot).join  # two named targets (known categories that differ: a veto already)


def test_a_plain_recall_still_joins_the_day_told() -> None:
    recalled = item("u", "6 ноября Каспийск уже атаковали дроны.", RECALL_LATER, place=KASPIYSK, when="2026-11-06")
    verdict = compare(TOLD, recalled)
    assert verdict.join and any(r.startswith("a day recalled") for r in verdict.reasons), verdict.reasons
    # "ещё" of a toll ("ещё трое ранены") is no other attack
    toll = item("v", "В ночь на 6 ноября дроны атаковали Каспийск: один человек погиб, ещё трое ранены.", RECALL_LATER,
                place=KASPIYSK, when="2026-11-06")
    assert compare(TOLD, toll).join


def test_fighting_in_one_town_needs_hours_or_one_night() -> None:
    push = item("w", "Бої за Вовчанськ: вночі окупанти намагалися просунутися в районі агрегатного заводу, загинули двоє "
                     "наших військових.", datetime(2026, 3, 10, 3, 0, tzinfo=UTC), place=VOVCHANSK, kind="other",
                weapon=None, figures={"killed": 2})
    raid = item("x", "У Вовчанську ввечері ворожа ДРГ атакувала евакуаційну групу біля лікарні, поранено трьох цивільних.",
                datetime(2026, 3, 10, 18, 0, tzinfo=UTC), place=VOVCHANSK, kind="other", weapon=None,
                figures={"injured": 3})
    assert not compare(push, raid).join
    assert len(resolve([push, raid])) == 2
    morning = item("y", "Бої за Вовчанськ тривають: окупанти намагаються просунутися в районі агрегатного заводу.",
                   datetime(2026, 3, 10, 6, 0, tzinfo=UTC), place=VOVCHANSK, kind="other", weapon=None)
    later = item("z", "У Вовчанську відбито штурм ворожої групи біля лікарні, повідомили в ОТУ «Харків».",
                 datetime(2026, 3, 10, 16, 0, tzinfo=UTC), place=VOVCHANSK, kind="other", weapon=None)
    assert not compare(morning, later).join  # 10 h apart by day
    soon = item("za", "У Вовчанську відбито штурм ворожої групи, повідомили в ОТУ «Харків».",
                datetime(2026, 3, 10, 8, 30, tzinfo=UTC), place=VOVCHANSK, kind="other", weapon=None)
    assert compare(morning, soon).join  # within DAY_HOURS
    evening = item("zb", "Бої за Вовчанськ: окупанти штурмують місто з півночі.", datetime(2026, 3, 9, 19, 0, tzinfo=UTC),
                   place=VOVCHANSK, kind="other", weapon=None, when="2026-03-10")
    dawn = item("zc", "Сили оборони відбили штурм у Вовчанську, противник відступив.",
                datetime(2026, 3, 10, 2, 30, tzinfo=UTC), place=VOVCHANSK, kind="other", weapon=None)
    verdict = compare(evening, dawn)  # 21:28 and 04:58 by the sun: one night, 7.5 h
    assert verdict.join and any("one night" in r for r in verdict.reasons), verdict.reasons
