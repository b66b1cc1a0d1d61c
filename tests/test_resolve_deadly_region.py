"""A deadly toll told of one first-level region as a whole as it grows (ledger22): "ten killed in the attack on the
republic" in the evening, "more than fifteen killed" after midnight. Both at the region (no town named), DISTINCT_TOLL
dead or more by both counts, the later count no smaller, one day or one night, wording alike (SIM_WEAK), neither told as
"again", "one more" or in another part of the day: one attack. A toll of a few, a smaller later toll, a town's
toll beside the region's, two regions, "again" or a new strike stay apart. The posts are our own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
REGION = Place("Республика Дагестан", "RU", "Dagestan", 42.98, 47.50, "admin1", name_en="Dagestan")
OTHER_REGION = Place("Чеченская Республика", "RU", "Chechnya", 43.40, 45.70, "admin1", name_en="Chechnya")
TOWN = Place("Дербент", "RU", "Dagestan", 42.06, 48.29, "city")
UK_REGION = Place("Харківська область", "UA", "Kharkiv Oblast", 49.99, 36.23, "admin1", name_en="Kharkiv Oblast")
EN_REGION = Place("Gaza Strip", "PS", "Gaza Strip", 31.40, 34.39, "admin1", name_en="Gaza Strip")
EVENING = datetime(2025, 6, 14, 18, 30, tzinfo=UTC)


def item(id: str, text: str, killed: int, *, published: datetime = EVENING, place: Place = REGION,
         day: str = "2025-06-14", weapon: str | None = None, kind: str = "strike") -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures={"killed": (killed, killed)}, published=published)


FIRST = item("a", "Число погибших при нападении боевиков в Дагестане выросло до десяти, среди них полицейские.", 10)
LATER = item("b", "Число погибших при нападении боевиков в Дагестане превысило пятнадцать человек, среди них "
             "полицейские.", 16, published=EVENING + timedelta(hours=6))


def deadly(a: Item, b: Item) -> bool:
    """Whether this rule joins them (the negatives' texts are alike enough that a near-verbatim retelling might)."""
    return any("deadly toll that grew in one region" in r for r in compare(a, b).reasons)


def test_a_deadly_toll_grown_of_one_region_is_one_attack() -> None:
    verdict = compare(FIRST, LATER)
    assert verdict.join, verdict.reasons
    assert any("deadly toll that grew in one region" in r for r in verdict.reasons)
    assert len(resolve([LATER, FIRST])) == 1


def test_ukrainian_and_english_tolls_grown_of_one_region() -> None:
    uk_first = item("u1", "Кількість загиблих унаслідок ракетного удару по Харківщині зросла до шести.", 6,
                    place=UK_REGION, weapon="missile")
    uk_later = item("u2", "Кількість загиблих унаслідок ракетного удару по Харківщині зросла до дев'яти.", 9,
                    place=UK_REGION, weapon="missile", published=EVENING + timedelta(hours=3))
    assert compare(uk_first, uk_later).join and deadly(uk_first, uk_later)
    en_first = item("e1", "At least 20 people were killed in Israeli strikes in the Gaza Strip overnight, medics said.",
                    20, place=EN_REGION)
    en_later = item("e2", "The death toll from the overnight Israeli strikes in the Gaza Strip has risen to 32, medics "
                    "said.", 32, place=EN_REGION, published=EVENING + timedelta(hours=5))
    assert compare(en_first, en_later).join and deadly(en_first, en_later)


def test_a_toll_of_a_few_or_a_smaller_later_toll_stays_apart() -> None:
    few = replace(FIRST, id="c", figures={"killed": (2, 2)})
    more = replace(LATER, id="d", figures={"killed": (4, 4)})
    assert not deadly(few, more)  # under DISTINCT_TOLL dead: a region has such strikes every day
    smaller = replace(LATER, id="e", figures={"killed": (7, 7)})
    assert not deadly(FIRST, smaller)  # the later count fell: no toll grown (a near-verbatim text is other rules')


def test_two_regions_or_a_town_beside_the_region_stay_apart() -> None:
    other = replace(LATER, id="f", place=OTHER_REGION)
    assert not compare(FIRST, other).join  # another region: vetoed
    town = replace(LATER, id="g", place=TOWN)
    assert not deadly(FIRST, town)  # a town's toll: other rules' to weigh


def test_again_or_one_more_or_another_part_of_the_day_stays_apart() -> None:
    again = item("h", "Боевики снова атаковали полицейских в Дагестане, погибли шестнадцать человек.", 16,
                 published=EVENING + timedelta(hours=6))
    assert not deadly(FIRST, again)
    one_more = item("i", "Ещё одно нападение боевиков в Дагестане: число погибших превысило пятнадцать человек.", 16,
                    published=EVENING + timedelta(hours=6))
    assert not deadly(FIRST, one_more)
    morning = item("j", "Утром при нападении боевиков в Дагестане погибли шесть человек.", 6,
                   published=EVENING - timedelta(hours=9))
    evening = item("k", "Вечером при нападении боевиков в Дагестане погибли восемь человек.", 8)
    assert not deadly(morning, evening)


def test_two_days_stay_apart() -> None:
    next_day = replace(LATER, id="l", day_lo=FIRST.day_lo + 2, day_hi=FIRST.day_hi + 2,
                       published=EVENING + timedelta(days=2))
    assert not compare(FIRST, next_day).join


def test_two_sites_or_one_site_named_stay_apart() -> None:
    # a region's two deadly strikes of a day, told in one template: what each hit tells them apart
    school = item("m", "An Israeli strike on a school sheltering displaced families in the Gaza Strip killed at least 20 "
                  "people, medics said.", 20, place=EN_REGION)
    school = replace(school, target=Target("school", "civilian_infrastructure"))
    camp = item("n", "An Israeli strike on a refugee camp in the Gaza Strip killed at least 30 people, medics said.", 30,
                place=EN_REGION, published=EVENING + timedelta(hours=6))
    assert not deadly(school, camp)  # one names a site, the other none of its own
    market = replace(camp, id="o", target=Target("market", "civilian_infrastructure"))
    assert not deadly(school, market)
    same_site = replace(camp, id="p", text="The death toll from the Israeli strike on a school sheltering displaced "
                        "families in the Gaza Strip has risen to 30, medics said.",
                        target=Target("school", "civilian_infrastructure"))
    assert deadly(school, same_site)
