"""A toll updated the morning after an evening strike: the evening post and the next morning's are each dated by
their own day of publication, so they come a day apart. In one town, within UPDATE_HOURS, with a toll no smaller and
wording alike, they are one strike; a smaller toll, another town, a text that names its own day, or a day later
still keep them apart. The posts are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
POLTAVA = Place("Полтава", "UA", "Poltava Oblast", 49.59, 34.55, "city")
LUBNY = Place("Лубны", "UA", "Poltava Oblast", 50.02, 33.00, "city")
EVENING = datetime(2025, 3, 8, 19, 10, tzinfo=UTC)


def item(id: str, text: str, *, day: str, published: datetime, place: Place = POLTAVA,
         figures: dict[str, tuple[int, int]] | None = None, weapon: str | None = "ballistic_missile") -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


NIGHT = item("a", "Вечером российская ракета попала в жилой дом в Полтаве, погибли пять человек, есть раненые.",
             day="2025-03-08", published=EVENING, figures={"killed": (5, 5), "injured": (9, 9)})
MORNING = item("b", "Число погибших в результате вечернего удара российской ракеты по жилому дому в Полтаве выросло до "
               "семи, есть раненые.",
               day="2025-03-09", published=EVENING + timedelta(hours=13), figures={"killed": (7, 7), "injured": (9, 9)})


def test_a_toll_updated_next_morning_is_one_strike() -> None:
    verdict = compare(NIGHT, MORNING)
    assert verdict.join, verdict.reasons
    assert any("told again the next day" in r for r in verdict.reasons)
    assert len(resolve([MORNING, NIGHT])) == 1


def test_a_toll_of_a_few_next_morning_is_not_enough() -> None:
    # a town struck in the evening and again at night, a few hurt each time: a day apart by publication, two strikes
    few = item("g", "Вечером российская ракета попала в жилой дом в Полтаве, погибли два человека, есть раненые.",
               day="2025-03-08", published=EVENING, figures={"killed": (2, 2), "injured": (9, 9)})
    more = item("h", "Российская ракета попала в жилой дом в Полтаве: погибших уже трое, есть раненые.",
                day="2025-03-09", published=EVENING + timedelta(hours=13), figures={"killed": (3, 3), "injured": (9, 9)})
    assert not compare(few, more).join


def test_a_smaller_toll_next_morning_is_another_strike() -> None:
    smaller = item("c", "Утренний ракетный удар по жилому дому в Полтаве: погибли двое, есть раненые.",
                   day="2025-03-09", published=EVENING + timedelta(hours=13), figures={"killed": (2, 2)})
    verdict = compare(NIGHT, smaller)
    assert not verdict.join and "figures differ (killed)" in verdict.reasons, verdict.reasons  # alike, but the toll fell


def test_another_town_or_two_days_or_a_named_day_stay_apart() -> None:
    other_town = item("d", "Число погибших в результате вечернего удара российской ракеты по жилому дому в Лубнах "
                      "выросло до семи, есть раненые.",
                      day="2025-03-09", published=EVENING + timedelta(hours=13), place=LUBNY,
                      figures={"killed": (7, 7), "injured": (9, 9)})
    assert not compare(NIGHT, other_town).join
    late = item("e", MORNING.text,
                day="2025-03-09", published=EVENING + timedelta(hours=20), figures={"killed": (7, 7), "injured": (9, 9)})
    assert not compare(NIGHT, late).join  # a day's length later: not the next morning's update
    # the morning post tells of the day before by its date: it names its day, it is not dated by publication
    named = item("f", "7 марта ракета попала в жилой дом в Полтаве, число погибших выросло до семи.",
                 day="2025-03-07", published=EVENING + timedelta(hours=13), figures={"killed": (7, 7), "injured": (9, 9)})
    assert not compare(NIGHT, named).join
