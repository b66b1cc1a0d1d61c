"""Joins the res13 resolution rules made that review 13 found wrong (fix13b of 6 Dec), each with pairs written for
this file in the style of Russian, Ukrainian and English news channels (no post of any corpus):

- the next morning's toll join across two adjacent days, when the two posts tell parts of the day with no word in
  common (an evening strike and a morning strike a day apart);
- the same small toll of a shelling relayed within RELAYED_MINUTES, when the two posts name two districts of the town;
- a point and a town on either side of a city-region's boundary, near by distance alone, with neither the same target
  nor the same named place;
- "one more" told in a later sentence of an event's text, which says nothing of the incident itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
from eventledger.resolve import Blocks, Item, compare, day_range, resolve

UTC = timezone.utc
T0 = datetime(2025, 5, 14, 6, 20, tzinfo=UTC)
CHERNIHIV = Place("Чернігів", "UA", "Chernihiv Oblast", 51.49, 31.29, "city")
MYKOLAIV = Place("Николаев", "UA", "Mykolaiv Oblast", 46.97, 32.00, "city")
KRASNOGORSK = Place("Красногорск", "RU", "Moscow Oblast", 55.82, 37.33, "city")
# a made-up point inside Moscow, 8 km from Krasnogorsk: the boundary runs between them
TUSHINO_DEPOT = Place("Tushino Bus Depot", "RU", "Moscow", 55.84, 37.45, "point")
SHEREMETYEVO_TOWN = Place("Шереметьевский", "RU", "Moscow Oblast", 55.97, 37.41, "city", name_en="Sheremetyevsky")
SHEREMETYEVO_AIRPORT = Place("Sheremetyevo International Airport", "RU", "Moscow", 55.97, 37.41, "point",
                             name_en="Sheremetyevo International Airport")


def item(id: str, text: str, *, day: str = "2025-05-14", published: datetime = T0, place: Place = CHERNIHIV,
         kind: str = "strike", weapon: str | None = "drone", figures: dict[str, tuple[int, int]] | None = None,
         target: Target | None = None) -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published, target=target)


# -- the next morning's toll, parts of the day told apart ----------------------------------------------------------

def test_an_evening_strike_and_a_morning_strike_a_day_apart_stay_two() -> None:
    # the evening's strike named by its date, published after midnight; the next morning's own strike, undated, a few
    # hours on: one town, a toll that grew, wording alike, but "ввечері" and "вранці" tell two parts of the day
    evening = item("e", "Пізно ввечері 13 травня ворожі дрони вдарили по Чернігову: загинули шестеро людей, поранено "
                   "десятьох.", day="2025-05-13", figures={"killed": (6, 6), "injured": (10, 10)})
    morning = item("m", "Вранці ворожі дрони знову атакували Чернігів: загинули семеро людей, ще 15 поранені.",
                   published=T0 + timedelta(hours=4), figures={"killed": (7, 7), "injured": (15, 15)})
    verdict = compare(evening, morning)
    assert not verdict.join, verdict.reasons
    assert len(resolve([evening, morning])) == 2
    # the same two posts with no part of the day in the second: the evening's toll told again, one strike (res13)
    retold = item("t", "Ворожі дрони вдарили по Чернігову: кількість загиблих зросла до семи, 15 поранені.",
                  published=T0 + timedelta(hours=4), figures={"killed": (7, 7), "injured": (15, 15)})
    assert compare(evening, retold).join


def test_the_same_in_russian() -> None:
    evening = item("e", "Поздно вечером 13 мая российские дроны ударили по Николаеву: погибли пять человек.",
                   day="2025-05-13", place=MYKOLAIV, figures={"killed": (5, 5)})
    morning = item("m", "Утром дроны атаковали Николаев: погибли шесть человек, ранены двенадцать.",
                   place=MYKOLAIV, published=T0 + timedelta(hours=3), figures={"killed": (6, 6), "injured": (12, 12)})
    assert not compare(evening, morning).join


# -- the same small toll of a shelling, two districts named apart ------------------------------------------------

def test_two_shellings_in_two_districts_with_two_dead_each_stay_two() -> None:
    first = item("a", "Глава города: при обстреле Заводского района Николаева погибли два человека.", place=MYKOLAIV,
                 kind="shelling", weapon=None, figures={"killed": (2, 2)})
    second = item("b", "В Центральном районе Николаева у остановки разорвался снаряд — двое прохожих не выжили.",
                  place=MYKOLAIV, kind="shelling", weapon="artillery", figures={"killed": (2, 2)},
                  published=T0 + timedelta(minutes=35))
    verdict = compare(first, second)
    assert not verdict.join, verdict.reasons
    # Ukrainian and English alike
    uk_a = item("c", "Через обстріл Заводського району Миколаєва загинули двоє людей, повідомив мер.", place=MYKOLAIV,
                kind="shelling", weapon=None, figures={"killed": (2, 2)})
    uk_b = item("d", "Росіяни обстріляли Центральний район Миколаєва, двоє людей загинули біля зупинки.",
                place=MYKOLAIV, kind="shelling", weapon=None, figures={"killed": (2, 2)},
                published=T0 + timedelta(minutes=35))
    assert not compare(uk_a, uk_b).join
    en_a = item("e", "Two people were killed when Russian shells hit the Zavodskyi district of Mykolaiv, the mayor said.",
                place=MYKOLAIV, kind="shelling", weapon=None, figures={"killed": (2, 2)})
    en_b = item("f", "Russian artillery struck the Tsentralnyi district of Mykolaiv, killing two people at a bus stop.",
                place=MYKOLAIV, kind="shelling", weapon=None, figures={"killed": (2, 2)},
                published=T0 + timedelta(minutes=35))
    assert not compare(en_a, en_b).join


def test_one_district_named_by_both_or_a_large_toll_is_still_one_statement_relayed() -> None:
    first = item("a", "При обстреле Заводского района Николаева погибли два человека, сообщил глава города.",
                 place=MYKOLAIV, kind="shelling", weapon=None, figures={"killed": (2, 2)})
    relay = item("b", "Двое мирных жителей погибли в Заводском районе Николаева под обстрелом — мэр.", place=MYKOLAIV,
                 kind="shelling", weapon=None, figures={"killed": (2, 2)}, published=T0 + timedelta(minutes=12))
    assert compare(first, relay).join
    big_a = item("c", "При обстреле Заводского района Николаева погибли шесть человек, сообщил глава города.",
                 place=MYKOLAIV, kind="shelling", weapon=None, figures={"killed": (6, 6)})
    big_b = item("d", "Шестеро мирных жителей погибли под обстрелом в Николаеве, Центральный район тоже под огнём.",
                 place=MYKOLAIV, kind="shelling", weapon=None, figures={"killed": (6, 6)},
                 published=T0 + timedelta(minutes=12))
    assert compare(big_a, big_b).join  # six dead told twice within minutes: one statement, districts or not


# -- across a city-region's boundary ---------------------------------------------------------------------------

def test_a_point_in_the_city_and_a_town_of_the_region_with_different_targets_stay_apart() -> None:
    town = item("t", "Дрон попал в многоквартирный дом в Красногорске, ранен один человек.", place=KRASNOGORSK,
                target=Target("многоквартирный дом", "residential"), figures={"injured": (1, 1)})
    depot = item("p", "Беспилотник упал на территорию автобусного парка «Тушино», ранен один человек.",
                 place=TUSHINO_DEPOT, target=Target("автобусный парк", "transport"), figures={"injured": (1, 1)},
                 published=T0 + timedelta(minutes=25))
    blocks = Blocks()
    blocks.add(0, depot)
    assert blocks.near(town) == [0]  # compared, as res13 wants ...
    verdict = compare(town, depot)
    assert not verdict.join and verdict.veto and "boundary" in verdict.veto, verdict.reasons
    assert len(resolve([town, depot])) == 2  # ... but not joined on distance alone


def test_a_town_and_the_airport_named_after_it_still_join_across_the_boundary() -> None:
    town = item("t", "В Шереметьевском задержали вылеты: аэропорт закрыт из-за беспилотников.",
                place=SHEREMETYEVO_TOWN, kind="airspace_restriction", weapon=None)
    airport = item("a", "Аэропорт «Шереметьево» временно не принимает и не выпускает рейсы.",
                   place=SHEREMETYEVO_AIRPORT, kind="airspace_restriction", weapon=None,
                   published=T0 + timedelta(minutes=15))
    # "Sheremetyevsky" is not "Sheremetyevo": neither the same place by name nor the same target
    assert not compare(town, airport).join
    named = Place("Шереметьево", "RU", "Moscow Oblast", 55.97, 37.41, "city", name_en="Sheremetyevo")
    assert compare(item("n", town.text, place=named, kind="airspace_restriction", weapon=None), airport).join


# -- "one more" in a later sentence --------------------------------------------------------------------------------

def test_one_more_told_after_the_first_sentence_does_not_hide_the_town_and_day() -> None:
    first = item("a", "Днём российская ракета попала в здание колледжа в Чернигове, есть разрушения. Ещё один "
                 "беспилотник сбит над городом.", published=T0 + timedelta(hours=6), weapon="missile")
    other = item("b", "В Чернигове ракета попала в здание колледжа, повреждены соседние дома.",
                 published=T0 + timedelta(hours=9), weapon="missile")
    verdict = compare(first, other)
    assert any(r.startswith("same town, same day") for r in verdict.reasons), verdict.reasons
    # told in the first sentence, "one more strike" is another strike: no town-and-day evidence (res13)
    another = item("c", "Ещё один ракетный удар по Чернигову: повреждено здание колледжа.",
                   published=T0 + timedelta(hours=9), weapon="missile")
    assert not any(r.startswith("same town, same day") for r in compare(another, other).reasons)
