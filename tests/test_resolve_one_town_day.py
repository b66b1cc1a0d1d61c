"""One town by day, and one town's fighting on one day (issue 10, duplicates across outlets left apart; res10b).

- A strike or explosions in one town told by two outlets by day (neither post of the night), within DAY_HOURS of each
  other, hours of publication known, nothing told differently: one incident, as one town's night is.
- Fighting (`other`) in one town on one day told by two outlets, hours known, nothing counted or armed differently and
  both or neither telling "more": the day's battle for the town, one incident.

The limits: more than DAY_HOURS apart by day, a day-only publication, a figure told otherwise, "another" on one side,
two towns, a region, another day, and (on nearness alone) any member of the event that tells it otherwise. The posts are
our own, written in the style of news channels."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eventledger.model import Event, Place, Report
from eventledger.resolve import DAY_HOURS, Item, compare, compare_to_event, day_range, resolve
from eventledger.store import Ledger

UTC = timezone.utc
TVER = Place("Тверь", "RU", "Tver Oblast", 56.86, 35.90, "city")
RZHEV = Place("Ржев", "RU", "Tver Oblast", 56.26, 34.33, "city")
TVER_OBLAST = Place("Тверская область", "RU", "Tver Oblast", 57.0, 35.0, "admin1")
VOVCHANSK = Place("Вовчанськ", "UA", "Kharkiv Oblast", 50.29, 36.94, "city")
LYPTSI = Place("Липці", "UA", "Kharkiv Oblast", 50.20, 36.42, "city")
KHARKIV_OBLAST = Place("Харківська область", "UA", "Kharkiv Oblast", 49.9, 36.5, "admin1")
NOON = datetime(2025, 8, 12, 9, 40, tzinfo=UTC)  # 12:40 Moscow time, 12:03 by the sun at Tver


def item(id: str, text: str, *, kind: str = "strike", place: Place = TVER, weapon: str | None = None,
         figures: dict[str, int] | None = None, hours: float = 0, when: str = "2025-08-12") -> Item:
    lo, hi = day_range(when, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures={k: (v, v) for k, v in (figures or {}).items()},
                published=NOON + timedelta(hours=hours))


BLAST = item("a", "В Твери у торгового центра взорвался припаркованный автомобиль, на месте работают экстренные службы.",
             kind="explosion")
OWNER = item("b", "По данным источника, водитель открыл багажник, после чего сработало устройство; мужчина в больнице.",
             kind="explosion", figures={"injured": 1}, hours=0.6)


def test_two_outlets_by_day_within_hours_are_one_incident() -> None:
    verdict = compare(BLAST, OWNER)
    assert verdict.join and verdict.nearness, verdict.reasons
    assert verdict.reasons[0].startswith("one town by day")
    (event,) = resolve([OWNER, BLAST])
    assert event.id == "a"


def test_by_day_more_than_the_hours_apart_is_no_evidence() -> None:
    later = replace(OWNER, id="c", report_id="r-c", published=NOON + timedelta(hours=DAY_HOURS + 0.5))
    assert not any(r.startswith("one town") for r in compare(BLAST, later).reasons)


def test_by_day_anything_told_differently_keeps_them_apart() -> None:
    two = item("d", "В Твери после взрыва пострадали два человека.", kind="explosion", figures={"injured": 2}, hours=1)
    # one injured, then two: not nearness (a toll that grew is evidence of its own, with wording somewhat alike)
    assert not any(r.startswith("one town") for r in compare(OWNER, two).reasons)
    more = item("e", "Ещё один взрыв прогремел в Твери, на этот раз у вокзала.", kind="explosion", hours=1)
    assert not compare(BLAST, more).join
    missile = item("f", "В Твери ракета попала в промзону.", weapon="cruise_missile", hours=1)
    drone = item("g", "В Твери беспилотник упал на склад.", weapon="drone", hours=0.5)
    assert not compare(missile, drone).join


def test_by_day_a_day_only_publication_or_two_towns_or_a_region_twice() -> None:
    midnight = datetime(2025, 8, 12, tzinfo=UTC)  # a source that gives only the day
    a, b = replace(BLAST, published=midnight), replace(OWNER, published=midnight)
    assert not any(r.startswith("one town") for r in compare(a, b).reasons)
    assert compare(BLAST, replace(OWNER, place=RZHEV)).veto  # two towns
    region = [replace(x, place=TVER_OBLAST) for x in (BLAST, OWNER)]
    assert not any(r.startswith("one town") for r in compare(*region).reasons)


STORM = item("h", "Бої за Вовчанськ тривають: окупанти намагаються просунутися в центрі міста.", kind="other",
             place=VOVCHANSK)
REPELLED = item("i", "Сили оборони відбили штурм у Вовчанську, противник відступив з втратами, повідомили в угрупованні.",
                kind="other", place=VOVCHANSK, hours=2)


def test_fighting_in_one_town_on_one_day_is_one_incident() -> None:
    verdict = compare(STORM, REPELLED)
    assert verdict.join and verdict.nearness, verdict.reasons
    assert any(r.startswith("fighting in one town") for r in verdict.reasons)
    (event,) = resolve([REPELLED, STORM])
    assert event.id == "h"


def test_fighting_elsewhere_another_day_or_told_otherwise_stays_apart() -> None:
    assert compare(STORM, replace(REPELLED, place=LYPTSI)).veto  # two towns
    region = [replace(x, place=KHARKIV_OBLAST) for x in (STORM, REPELLED)]
    assert not compare(*region).join  # fighting "in the oblast" may be anywhere on the front
    next_day = item("j", "Бої за Вовчанськ тривають.", kind="other", place=VOVCHANSK, hours=24, when="2025-08-13")
    assert not compare(STORM, next_day).join
    more = item("k", "Ще один штурм у Вовчанську: ворог знову атакував.", kind="other", place=VOVCHANSK, hours=3)
    assert not compare(STORM, more).join
    dead = item("l", "У боях за Вовчанськ загинули двоє військових.", kind="other", place=VOVCHANSK,
                figures={"killed": 2}, hours=1)
    three = item("m", "Троє військових загинули у Вовчанську.", kind="other", place=VOVCHANSK, figures={"killed": 3},
                 hours=1.2)
    assert not any(r.startswith("fighting") for r in compare(dead, three).reasons)
    midnight = datetime(2025, 8, 12, tzinfo=UTC)
    assert not compare(replace(STORM, published=midnight), replace(REPELLED, published=midnight)).join


def test_fighting_every_member_must_agree() -> None:
    dead = item("n", "У боях за Вовчанськ загинули двоє військових.", kind="other", place=VOVCHANSK,
                figures={"killed": 2}, hours=1)
    one = item("o", "Під час штурму Вовчанська загинув один військовий.", kind="other", place=VOVCHANSK,
               figures={"killed": 1}, hours=2.5)
    assert compare(STORM, one).join and compare(STORM, dead).join
    assert not compare_to_event(one, [STORM, dead]).join


def test_the_ledger_in_any_arrival_order_ends_as_a_full_rerun(tmp_path: Path) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        for x in (REPELLED, OWNER, STORM, BLAST):  # later posts first
            report = Report(text=x.text, published=x.published, language="ru", source=f"outlet {x.id}")
            ledger.ingest(report, [Event(kind=x.kind, date="2025-08-12", date_precision="day", place=x.place,
                                         weapon=x.weapon)])
        events = ledger.events()
        assert sorted(len(e.reports) for e in events) == [2, 2]
        assert ledger.resolve_all()["rewritten"] == 0


def _told(id: str, text: str, *, when: str, published: datetime, weapon: str | None = "drone",
          figures: dict[str, int] | None = None, place: Place = TVER) -> Item:
    lo, hi = day_range(when, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures={k: (v, v) for k, v in (figures or {}).items()}, published=published)


AS_IT_HAPPENED = _told("p", "В Твери беспилотник попал в подстанцию, часть города без света, сообщил губернатор.",
                       when="2025-08-12", published=datetime(2025, 8, 12, 6, 30, tzinfo=UTC))
RECALLED = _told("q", "Напомним, 12 августа дроны уже атаковали Тверь: тогда без электричества остались несколько районов.",
                 when="2025-08-12", published=datetime(2025, 8, 20, 15, 0, tzinfo=UTC))


def test_a_day_recalled_later_is_the_incident_told_that_day() -> None:
    verdict = compare(RECALLED, AS_IT_HAPPENED)
    assert verdict.join and verdict.nearness, verdict.reasons
    assert verdict.reasons[0].startswith("a day recalled")
    (event,) = resolve([RECALLED, AS_IT_HAPPENED])
    assert event.id == "p"


def test_a_recall_needs_the_town_the_weapon_and_nothing_told_otherwise() -> None:
    assert not compare(replace(RECALLED, weapon="cruise_missile"), AS_IT_HAPPENED).join  # another weapon
    assert not compare(replace(RECALLED, weapon=None), AS_IT_HAPPENED).join  # no weapon named: too little to join
    assert compare(replace(RECALLED, place=RZHEV), AS_IT_HAPPENED).veto  # another town
    hurt = [replace(RECALLED, figures={"injured": (1, 1)}), replace(AS_IT_HAPPENED, figures={"injured": (3, 3)})]
    assert not compare(*hurt).join
    # a report of the day after the recall's day is "as it happened" too ("overnight" told in the morning); a week
    # later it is another recall, and two recalls are not evidence for each other
    week_later = replace(AS_IT_HAPPENED, id="r", report_id="r-r", published=datetime(2025, 8, 19, 9, 0, tzinfo=UTC))
    assert not compare(RECALLED, week_later).join
    # a report recalling a day only one day back is an ordinary report of last night, left to the other rules
    yesterday = replace(RECALLED, published=datetime(2025, 8, 13, 15, 0, tzinfo=UTC))
    assert not any(r.startswith("a day recalled") for r in compare(yesterday, AS_IT_HAPPENED).reasons)
