"""One night's attack told on both sides of midnight: a post at 01:30 local time is still the evening before in UTC,
so two outlets' reports of one raid come dated a day apart, each from its own day of publication. Such reports are
compared as of one day; reports whose dates differ by what their text says (not by when they were published), or
that are published more than a night apart, stay two days. A strike on an unnamed site of a specific kind ("the oil
depot", "the airfield") told of one region on one day is one strike. A running tally of interceptions is one night's:
the morning total of the night before and the first count of the next evening stay apart. The posts are our own,
written in the style of Russian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
ODESA = Place("Одесса", "UA", "Odesa Oblast", 46.48, 30.73, "city")
TVER_OBLAST = Place("Тверская область", "RU", "Tver Oblast", None, None, "admin1", name_en="Tver Oblast")
TORZHOK = Place("Торжок", "RU", "Tver Oblast", 57.04, 34.96, "city")
LATE = datetime(2025, 6, 11, 22, 40, tzinfo=UTC)  # 01:40 on 12 June in Odesa and Moscow, still 11 June in UTC


def item(id: str, text: str, *, kind: str = "strike", place: Place = ODESA, day: str, published: datetime,
         weapon: str | None = "drone", figures: dict[str, tuple[int, int]] | None = None,
         target: Target | None = None) -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published, target=target)


NIGHT_POST = item("a", "Во время ночной атаки дронов на Одессу ранены четыре человека, сообщил глава ОВА.", day="2025-06-11",
                  published=LATE, figures={"injured": (4, 4)})
MORNING_POST = item("b", "Число раненых в результате атаки беспилотников на Одессу выросло до семи, один погибший.",
                    day="2025-06-12", published=LATE + timedelta(hours=7), figures={"injured": (7, 7), "killed": (1, 1)})


def test_one_night_told_before_and_after_midnight_is_one_strike() -> None:
    verdict = compare(NIGHT_POST, MORNING_POST)
    assert verdict.join, verdict.reasons
    assert "one night, told either side of midnight" in verdict.reasons


def test_dates_that_differ_by_the_text_are_two_days() -> None:
    # both published on the same morning: one tells of yesterday's attack by its date, the other of last night's
    yesterday = item("c", "Вчера, 11 июня, дроны атаковали Одессу, ранены четыре человека.", day="2025-06-11",
                     published=LATE + timedelta(hours=5), figures={"injured": (4, 4)})
    verdict = compare(yesterday, MORNING_POST)
    assert not verdict.join and "adjacent days" in verdict.reasons, verdict.reasons


def test_reports_more_than_a_night_apart_stay_two_days() -> None:
    evening = item("d", "Вечером дроны атаковали Одессу, ранены четыре человека, сообщил глава ОВА.", day="2025-06-11",
                   published=LATE - timedelta(hours=6), figures={"injured": (4, 4)})
    assert not compare(evening, MORNING_POST).join


def test_an_unnamed_oil_depot_of_one_region_on_one_day_is_one_strike() -> None:
    depot = Target("нефтебаза", "energy")
    town = item("e", "Беспилотники атаковали нефтебазу в Торжке, начался пожар.", place=TORZHOK, day="2025-06-12",
                published=LATE + timedelta(hours=5), target=depot)
    region = item("f", "Генштаб заявил об ударе по нефтебазе в Тверской области этой ночью.", place=TVER_OBLAST,
                  day="2025-06-12", published=LATE + timedelta(hours=9), weapon=None, target=depot)
    verdict = compare(town, region)
    assert verdict.join, verdict.reasons
    assert any("in one region that day" in r for r in verdict.reasons)
    # a "military facility" is everywhere: the same words on the same day prove nothing
    base = Target("военный объект", "military")
    assert not compare(item("g", "Дроны атаковали военный объект в Торжке.", place=TORZHOK, day="2025-06-12",
                            published=LATE + timedelta(hours=5), target=base),
                       item("h", "Генштаб заявил об ударе по военному объекту в Тверской области.", place=TVER_OBLAST,
                            day="2025-06-12", published=LATE + timedelta(hours=16), weapon=None, target=base)).join
    # another day is another strike
    assert not compare(town, item("i", "Генштаб заявил об ударе по нефтебазе в Тверской области.", place=TVER_OBLAST,
                                  day="2025-06-14", published=LATE + timedelta(days=2), weapon=None, target=depot)).join


def test_a_tally_is_one_nights_not_one_dates() -> None:
    morning = item("j", "Минобороны: за ночь над Тверской областью сбиты 12 беспилотников.", kind="interception",
                   place=TVER_OBLAST, day="2025-06-12", published=datetime(2025, 6, 12, 4, 30, tzinfo=UTC),
                   figures={"intercepted": (12, 12)})
    evening = item("k", "Над Тверской областью сбиты 20 беспилотников, атака продолжается, сообщил губернатор.",
                   kind="interception", place=TVER_OBLAST, day="2025-06-12",
                   published=datetime(2025, 6, 12, 20, 45, tzinfo=UTC), figures={"intercepted": (20, 20)})
    assert not compare(morning, evening).join
    # and the next night's count, told after midnight, joins the evening's, not the morning's
    after_midnight = item("l", "За ночь над Тверской областью уничтожены 31 украинский беспилотник — Минобороны.",
                          kind="interception", place=TVER_OBLAST, day="2025-06-13",
                          published=datetime(2025, 6, 13, 3, 50, tzinfo=UTC), figures={"intercepted": (31, 31)})
    clusters = resolve([morning, evening, after_midnight])
    assert sorted(sorted(m.id for m in c.members) for c in clusters) == [["j"], ["k", "l"]]


def test_one_statement_relayed_within_minutes_is_one_day_whatever_dates_each_outlet_gave() -> None:
    statement = datetime(2025, 6, 13, 10, 0, tzinfo=UTC)
    dated = item("m", "Минобороны: 12 июня ВСУ ударили ракетами ATACMS по аэродрому в Тверской области, две ракеты сбиты.",
                 place=TVER_OBLAST, day="2025-06-12", published=statement, weapon="ballistic_missile")
    undated = item("n", "ВСУ нанесли удар ракетами ATACMS по военному аэродрому в Тверской области, сообщило Минобороны.",
                   place=TVER_OBLAST, day="2025-06-13", published=statement + timedelta(minutes=12),
                   weapon="ballistic_missile")
    verdict = compare(dated, undated)
    assert verdict.join, verdict.reasons
    assert "one statement told alike within minutes, dated a day apart" in verdict.reasons
    # told again hours later it is no relay: the day each gives stands
    assert not compare(dated, item("o", undated.text, place=TVER_OBLAST, day="2025-06-13",
                                   published=statement + timedelta(hours=5), weapon="ballistic_missile")).join


def test_houses_hit_beside_a_named_target_are_no_other_target() -> None:
    # one outlet tells of the depot, another of the houses the same drones damaged: the kinds of target differ, which
    # is no contradiction (evidence must still join them); two named sites of different kinds still are
    depot = item("p", "Беспилотники атаковали нефтебазу в Торжке, начался пожар, — губернатор.", place=TORZHOK,
                 day="2025-06-12", published=LATE + timedelta(hours=5), target=Target("нефтебаза", "energy"))
    houses = item("q", "В Торжке при атаке беспилотников повреждены частные дома, начался пожар, сообщил губернатор.",
                  place=TORZHOK, day="2025-06-12", published=LATE + timedelta(hours=5, minutes=20),
                  target=Target("частные дома", "residential"))
    verdict = compare(depot, houses)
    assert verdict.veto is None and verdict.join, verdict.reasons
    airfield = item("r", "Беспилотники атаковали аэродром в Торжке, — губернатор.", place=TORZHOK, day="2025-06-12",
                    published=LATE + timedelta(hours=5, minutes=20), target=Target("аэродром", "airfield"))
    assert compare(depot, airfield).veto
