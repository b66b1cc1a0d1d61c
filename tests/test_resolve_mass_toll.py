"""A toll of MASS_TOLL or more told by one post and grown in a later one, in one first-level region or a town of it
that day, is one strike (dup24b): the first count of those hurt in a missile attack on a peninsula and the later
count with the first death; a Ukrainian oblast's strike and its city's; an English pair. And the limits: a small
toll, shelling, two regions, a toll that fell, "again" told by the later post, and a day apart by publication. The
posts are our own, written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, Verdict, compare, day_range

UTC = timezone.utc
NOON = datetime(2025, 6, 8, 10, 0, tzinfo=UTC)

CRIMEA = Place("Республика Крым", "UA", "Crimea", 45.0, 34.0, "admin1", name_en="Crimea")
SEVASTOPOL_BEACH = Place("Учкуевка", "UA", "Crimea", 44.66, 33.54, "point", name_en="Uchkuyevka")
ODESA_OBLAST = Place("Одеська область", "UA", "Odessa Oblast", 46.5, 30.3, "admin1", name_en="Odessa Oblast")
ODESA = Place("Одеса", "UA", "Odessa Oblast", 46.48, 30.72, "city", name_en="Odesa")
KHERSON_OBLAST = Place("Херсонська область", "UA", "Kherson Oblast", 46.6, 33.0, "admin1", name_en="Kherson Oblast")


def by_the_toll(verdict: Verdict) -> bool:
    return verdict.join and any(r.startswith("a toll of ") for r in verdict.reasons)


def item(id: str, text: str, place: Place, figures: dict[str, tuple[int, int]], *, minutes: float = 0,
         weapon: str | None = "missile", kind: str = "strike") -> Item:
    published = NOON + timedelta(minutes=minutes)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures, published=published)


def test_a_peninsulas_toll_grown_from_about_a_hundred_hurt_is_one_strike() -> None:
    first = item("a", "Около ста человек ранены при ракетной атаке на полуостров, сообщили власти.", CRIMEA,
                 {"injured": (100, 100)}, weapon="ballistic_missile")
    later = item("b", "Число пострадавших на пляже превысило 120, одна отдыхающая скончалась в больнице.",
                 SEVASTOPOL_BEACH, {"injured": (124, 124), "killed": (1, 1)}, minutes=110)
    assert by_the_toll(compare(first, later)), compare(first, later).reasons


def test_an_oblasts_toll_and_its_citys_grown_toll_are_one_strike_in_ukrainian() -> None:
    first = item("a", "Унаслідок ракетного удару по Одещині поранено 25 людей.", ODESA_OBLAST, {"injured": (25, 25)})
    later = item("b", "В Одесі кількість поранених зросла до 31, серед них четверо дітей.", ODESA,
                 {"injured": (31, 31)}, minutes=180)
    assert by_the_toll(compare(first, later)), compare(first, later).reasons


def test_an_english_toll_grown_in_one_oblast_is_one_strike() -> None:
    first = item("a", "At least 22 people were wounded when a missile hit the port area, officials said.", ODESA,
                 {"injured": (22, 22)})
    later = item("b", "The regional governor now puts the wounded at 40 after the morning strike.", ODESA_OBLAST,
                 {"injured": (40, 40)}, minutes=240)
    assert by_the_toll(compare(first, later)), compare(first, later).reasons


def test_a_small_toll_grown_in_a_region_is_no_evidence() -> None:
    first = item("a", "В Одеській області через атаку дронів поранено трьох людей.", ODESA_OBLAST,
                 {"injured": (3, 3)}, weapon="drone")
    later = item("b", "В області п'ятеро поранених після обстрілу.", ODESA_OBLAST, {"injured": (5, 5)}, minutes=200,
                 weapon="drone")
    assert not by_the_toll(compare(first, later))


def test_a_days_shelling_toll_is_no_evidence() -> None:
    first = item("a", "За добу внаслідок обстрілів Херсонщини поранено 21 людину.", KHERSON_OBLAST,
                 {"injured": (21, 21)}, kind="shelling", weapon="artillery")
    later = item("b", "Обстріли Херсонщини: вже 26 поранених.", KHERSON_OBLAST, {"injured": (26, 26)}, minutes=120,
                 kind="shelling", weapon="artillery")
    assert not by_the_toll(compare(first, later))


def test_two_regions_are_not_one_strike() -> None:
    first = item("a", "Унаслідок ракетного удару по Одещині поранено 25 людей.", ODESA_OBLAST, {"injured": (25, 25)})
    later = item("b", "На Херсонщині ракетний удар: поранено 30 людей.", KHERSON_OBLAST, {"injured": (30, 30)},
                 minutes=60)
    assert not by_the_toll(compare(first, later))


def test_a_toll_that_fell_is_not_grown() -> None:
    first = item("a", "В Одесі поранено 40 людей.", ODESA, {"injured": (40, 40)})
    later = item("b", "На Одещині поранено 25 людей після удару.", ODESA_OBLAST, {"injured": (25, 25)}, minutes=90)
    assert not by_the_toll(compare(first, later))


def test_a_strike_told_as_again_by_the_later_post_is_another() -> None:
    first = item("a", "Около ста человек ранены при ракетной атаке на полуостров.", CRIMEA, {"injured": (100, 100)})
    later = item("b", "Крым снова атакован ракетами, ранены 130 человек.", CRIMEA, {"injured": (130, 130)},
                 minutes=300)
    assert not by_the_toll(compare(first, later))


def test_a_day_apart_is_not_one_strike() -> None:
    first = item("a", "Унаслідок ракетного удару по Одещині поранено 25 людей.", ODESA_OBLAST, {"injured": (25, 25)})
    later = item("b", "Новий удар по Одесі: 35 поранених.", ODESA, {"injured": (35, 35)}, minutes=24 * 60)
    assert not by_the_toll(compare(first, later))


def test_a_regions_total_half_a_day_after_a_citys_strike_is_not_its_toll_grown() -> None:
    """A region's total hours after one town's strike may count the region's other strikes (fix24b)."""
    city = item("a", "Ночная атака дронов на Одессу: ранены 21 человек, повреждены многоэтажки.", ODESA,
                {"injured": (21, 21)}, weapon="drone")
    region = item("b", "За сутки в области ранены 33 человека, повреждены частные дома.", ODESA_OBLAST,
                  {"injured": (33, 33)}, minutes=660, weapon="drone")
    assert not by_the_toll(compare(city, region)), compare(city, region).reasons
