"""A toll updated the morning after an evening strike: the evening post and the next morning's are each dated by
their own day of publication, so they come a day apart. In one town, within UPDATE_HOURS, with a toll no smaller and
wording alike, they are one strike; a smaller toll, another town, a text that names its own day, or a day later
still keep them apart. The posts are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from dataclasses import replace
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
    # a day's length later: not the next morning's update, but a toll told grown of the evening's strike in its town,
    # within FOLLOW_UP_HOURS: its follow-up (ledger18; before, this pair stayed apart)
    verdict = compare(NIGHT, late)
    assert verdict.join and verdict.follow_up, verdict.reasons
    later_still = replace(late, id="e2", published=EVENING + timedelta(hours=40))
    assert not compare(NIGHT, later_still).join  # past FOLLOW_UP_HOURS
    # the morning post tells of the day before by its date: it names its day, it is not dated by publication
    named = item("f", "7 марта ракета попала в жилой дом в Полтаве, число погибших выросло до семи.",
                 day="2025-03-07", published=EVENING + timedelta(hours=13), figures={"killed": (7, 7), "injured": (9, 9)})
    assert not compare(NIGHT, named).join


# res13 of 6 Dec: the evening's strike told the next morning by two outlets, one naming the evening's date ("поздно вечером 8
# марта") and one with no date (dated by its day of publication): a day apart, each dated to its day of publication or
# the day before; the same deadly toll in one town, in like words, within hours: one strike
NAMED_EVENING = item("n", "Шесть человек погибли в результате удара российских дронов по общежитию в Полтаве поздно "
                     "вечером 8 марта, сообщили власти.",
                     day="2025-03-08", published=EVENING + timedelta(hours=11, minutes=5), figures={"killed": (6, 6)},
                     weapon="drone")
UNDATED = item("u", "Шесть человек погибли при ударе российских дронов по общежитию в Полтаве — власти.",
               day="2025-03-09", published=EVENING + timedelta(hours=10, minutes=30),
               figures={"killed": (6, 6), "injured": (12, 12)}, weapon="drone")


def test_the_evening_named_by_one_and_the_morning_undated_by_another_are_one_strike() -> None:
    verdict = compare(NAMED_EVENING, UNDATED)
    assert verdict.join, verdict.reasons
    assert any("told again the next day" in r for r in verdict.reasons)
    # the same in Ukrainian: "пізно ввечері 8 березня" beside an undated post of the next morning
    named = item("k1", "Шість людей загинули внаслідок удару російських дронів по гуртожитку в Полтаві пізно ввечері "
                 "8 березня, повідомила влада.", day="2025-03-08", published=EVENING + timedelta(hours=11, minutes=5),
                 figures={"killed": (6, 6)}, weapon="drone")
    undated = item("k2", "Шість людей загинули при ударі російських дронів по гуртожитку в Полтаві — влада.",
                   day="2025-03-09", published=EVENING + timedelta(hours=12), figures={"killed": (6, 6)}, weapon="drone")
    assert compare(named, undated).join


def test_a_named_evening_beside_a_morning_post_with_a_few_hurt_or_a_day_recalled_stays_apart() -> None:
    few = item("p", "При ударе российских дронов по общежитию в Полтаве погиб один человек — власти.",
               day="2025-03-09", published=EVENING + timedelta(hours=10, minutes=30), figures={"killed": (1, 1)},
               weapon="drone")
    assert not compare(replace(NAMED_EVENING, figures={"killed": (1, 1)}), few).join  # not a toll that tells the strike
    # a morning post that recalls the 7th (two days before its publication) is no telling of the 8th's evening
    recalled = replace(NAMED_EVENING, id="r", report_id="r-r", day_lo=day_range("2025-03-07", "day", None)[0],
                       day_hi=day_range("2025-03-07", "day", None)[1])
    assert not compare(recalled, UNDATED).join


def test_one_more_strike_after_midnight_is_not_the_evenings_strike_told_again() -> None:
    # res13 of 6 Dec: "one more missile strike on the town just after midnight" and the next morning's toll of the
    # evening's strike, one town, one day, worded somewhat alike: the first tells another strike, so town, day and
    # wording are no evidence between them, and the evening's cluster does not take the second strike in through it
    another = item("m", "Ещё один ракетный удар по Полтаве: сразу после полуночи россияне нанесли ещё один удар по "
                   "городу, где вечером ракета попала в жилой дом.", day="2025-03-09",
                   published=EVENING + timedelta(hours=4), weapon="missile")
    footage = item("f2", "Кадры из Полтавы, где в результате российского ракетного удара пострадал жилой дом; по "
                   "последним данным, погибли семь человек.", day="2025-03-09",
                   published=EVENING + timedelta(hours=13), figures={"killed": (7, 7)}, weapon="missile")
    verdict = compare(another, footage)
    assert not any(r.startswith("same town, same day") for r in verdict.reasons), verdict.reasons
    assert len(resolve([NIGHT, another, footage])) == 2
