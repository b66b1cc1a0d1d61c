"""A summary or a coarser retelling kept as an event of its own beside the finer one (ledger17). The posts are our own.

(1) One night's interceptions over one country or one first-level region, told by several posts: one post a summary
counting nothing of its own (the share of cruise missiles downed), or all counting a telling number alike, is one
claim set. Two nights, the day's count beside the night's, two missile types, two small counts and two regions stay
apart.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range, resolve

UTC = timezone.utc
MORNING = datetime(2025, 7, 2, 6, 40, tzinfo=UTC)  # 09:40 in Kyiv and Makhachkala

UKRAINE = Place("Украина", "UA", None, None, None, "country", name_en="Ukraine")
UKRAINE_UK = Place("Україна", "UA", None, None, None, "country", name_en="Ukraine")
RUSSIA = Place("Россия", "RU", None, None, None, "country", name_en="Russia")
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", 51.5, 36.0, "admin1", name_en="Kursk Oblast")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 53.0, 33.5, "admin1", name_en="Bryansk Oblast")


def post(id: str, text: str, kind: str, place: Place, *, hours: float = 0, weapon: str | None = "drone",
         figures: dict[str, tuple[int, int]] | None = None) -> Item:
    published = MORNING + timedelta(hours=hours)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


def groups(items: list[Item]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in resolve(items)}


# -- (1) one night's claim set over one country or region -------------------------------------------------------------

def test_ru_a_summary_counting_nothing_joins_the_nights_count_over_the_country() -> None:
    count = post("a", "ПВО за ночь уничтожила 61 ракету над Украиной, сообщили военные.", "interception", UKRAINE,
                 weapon="missile", figures={"intercepted": (61, 61)})
    summary = post("b", "Итоги ночной атаки: большую часть крылатых ракет удалось перехватить, пишут военные.",
                   "interception", UKRAINE, hours=2.5, weapon="cruise_missile")
    verdict = compare(count, summary)
    assert verdict.join and verdict.nearness, verdict
    assert any(why.startswith("one night's interceptions") for why in verdict.reasons), verdict
    assert groups([count, summary]) == {frozenset({"a", "b"})}


def test_ru_the_nights_downed_and_launched_counts_over_a_country_are_one_claim_set() -> None:
    downed = post("a", "Этой ночью над Украиной сбиты 58 ракет.", "interception", UKRAINE, weapon="missile",
                  figures={"intercepted": (58, 58)})
    launched = post("b", "Ночью по Украине было выпущено 66 ракет, сообщил министр.", "interception", UKRAINE,
                    hours=0.6, weapon="missile", figures={"launched": (66, 66)})
    assert compare(downed, launched).join


def test_ru_two_nights_over_one_region_stay_two_claims() -> None:
    tonight = post("a", "Ночью над Курской областью работала ПВО.", "interception", KURSK_OBLAST)
    next_night = post("b", "Ночью над Курской областью сбиты 12 беспилотников.", "interception", KURSK_OBLAST,
                      hours=24, figures={"intercepted": (12, 12)})
    assert not compare(tonight, next_night).join


def test_ru_the_days_count_beside_the_nights_stays_apart() -> None:
    night = post("a", "Ночью над Курской областью уничтожены беспилотники.", "interception", KURSK_OBLAST)
    day = post("b", "Днём над Курской областью сбиты 6 беспилотников.", "interception", KURSK_OBLAST, hours=2,
               figures={"intercepted": (6, 6)})
    assert not compare(night, day).join


def test_ru_two_small_counts_over_one_region_stay_two_claims() -> None:
    first = post("a", "Ночью над Курской областью сбит один беспилотник.", "interception", KURSK_OBLAST,
                 figures={"intercepted": (1, 1)})
    second = post("b", "Над Курской областью ночью сбит беспилотник самолётного типа.", "interception", KURSK_OBLAST,
                  hours=1.5, figures={"intercepted": (1, 1)})
    assert not any(why.startswith("one night's interceptions") for why in compare(first, second).reasons)


def test_ru_two_regions_or_a_region_and_the_country_stay_apart() -> None:
    kursk = post("a", "Ночью над Курской областью работала ПВО.", "interception", KURSK_OBLAST)
    bryansk = post("b", "Ночью над Брянской областью сбиты 8 беспилотников.", "interception", BRYANSK_OBLAST,
                   hours=0.5, figures={"intercepted": (8, 8)})
    assert not compare(kursk, bryansk).join
    russia = post("c", "Ночью над территорией России сбиты 30 беспилотников.", "interception", RUSSIA, hours=0.5,
                  figures={"intercepted": (30, 30)})
    assert not any(why.startswith("one night's interceptions") for why in compare(kursk, russia).reasons)


def test_uk_ballistic_and_cruise_missiles_over_the_country_stay_two_claims() -> None:
    ballistic = post("a", "Цієї ночі збито 4 балістичні ракети.", "interception", UKRAINE_UK, weapon="ballistic_missile",
                     figures={"intercepted": (4, 4)})
    cruise = post("b", "Вночі сили ППО збили більшість крилатих ракет.", "interception", UKRAINE_UK, hours=1,
                  weapon="cruise_missile")
    assert not compare(ballistic, cruise).join


def test_en_a_summary_of_the_night_joins_its_count() -> None:
    count = post("a", "Ukraine's air force said 50 drones were shot down overnight.", "interception", UKRAINE,
                 figures={"intercepted": (50, 50)})
    summary = post("b", "Air defence was at work across Ukraine overnight, the air force said.", "interception",
                   UKRAINE, hours=1)
    assert compare(count, summary).join


# -- review17b: fixes ----------------------------------------------------------------------------------------------

def test_ru_two_posts_counting_only_what_hit_do_not_crash_and_stay_out_of_the_claim_set() -> None:
    first = post("a", "Ночью над Курской областью работала ПВО, но две ракеты попали в цель.", "interception",
                 KURSK_OBLAST, weapon="missile", figures={"hit": (2, 2)})
    second = post("b", "Губернатор: ночью по области выпущены ракеты, две из них достигли цели.", "interception",
                  KURSK_OBLAST, hours=1, weapon="missile", figures={"hit": (2, 2)})
    assert not any(why.startswith("one night's interceptions") for why in compare(first, second).reasons)
    resolve([first, second])  # no ValueError


def test_uk_en_posts_counting_only_what_hit_do_not_crash() -> None:
    uk = post("a", "Вночі над Сумщиною працювала ППО, проте дві ракети влучили в ціль.", "interception", UKRAINE_UK,
              weapon="missile", figures={"hit": (2, 2)})
    en = post("b", "Air defence was active overnight, but two missiles hit their targets, officials said.",
              "interception", UKRAINE, hours=1, weapon="missile", figures={"hit": (2, 2)})
    assert not any(why.startswith("one night's interceptions") for why in compare(uk, en).reasons)
    resolve([uk, en])
