"""A summary or a coarser retelling kept as an event of its own beside the finer one (ledger17). The posts are our own.

(1) One night's interceptions over one country or one first-level region, told by several posts: one post a summary
counting nothing of its own (the share of cruise missiles downed), or all counting a telling number alike, is one
claim set. Two nights, the day's count beside the night's, two missile types, two small counts and two regions stay
apart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place, Target
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


# (2) a post of missiles of no type bridges no ballistic claim and cruise claim (review17b)

def _types_night(ballistic_text: str, cruise_text: str, summary_text: str, place: Place) -> list[Item]:
    ballistic = post("a", ballistic_text, "interception", place, hours=-2.5, weapon="ballistic_missile",
                     figures={"launched": (6, 6)})
    cruise = post("b", cruise_text, "interception", place, hours=-1.2, weapon="cruise_missile",
                  figures={"intercepted": (25, 25)})
    summary = post("c", summary_text, "interception", place, weapon="missile")
    return [ballistic, cruise, summary]


def test_ru_missiles_of_no_type_bridge_no_ballistic_and_cruise_claims() -> None:
    items = _types_night("Ночью по Украине выпущены шесть баллистических ракет, работала ПВО.",
                         "Ночью над Украиной уничтожены 25 крылатых ракет, сообщили военные.",
                         "Ночью над Украиной сбиты ракеты, пишут каналы.", UKRAINE)
    assert groups(items) == {frozenset({"a"}), frozenset({"b"}), frozenset({"c"})}
    assert compare(items[0], items[1]).differs  # every member must agree: the two types tell the night otherwise


def test_uk_missiles_of_no_type_bridge_no_ballistic_and_cruise_claims() -> None:
    items = _types_night("Вночі ворог випустив по Україні шість балістичних ракет, працювала ППО.",
                         "Вночі над Україною знищено 25 крилатих ракет, повідомили військові.",
                         "Вночі над Україною збито ракети.", UKRAINE_UK)
    assert groups(items) == {frozenset({"a"}), frozenset({"b"}), frozenset({"c"})}


def test_en_missiles_of_no_type_bridge_no_ballistic_and_cruise_claims() -> None:
    items = _types_night("Overnight six ballistic missiles were fired at Ukraine, air defence was active.",
                         "Air defence destroyed 25 cruise missiles over Ukraine overnight, the military said.",
                         "Missiles were downed over Ukraine overnight.", UKRAINE)
    assert groups(items) == {frozenset({"a"}), frozenset({"b"}), frozenset({"c"})}


def test_ru_missiles_of_no_type_still_join_the_nights_only_missile_claim() -> None:
    cruise = post("a", "Ночью над Украиной уничтожены 25 крылатых ракет, сообщили военные.", "interception", UKRAINE,
                  weapon="cruise_missile", figures={"intercepted": (25, 25)})
    summary = post("b", "Ночью над Украиной сбиты ракеты, пишут каналы.", "interception", UKRAINE, hours=1,
                   weapon="missile")
    assert groups([cruise, summary]) == {frozenset({"a", "b"})}


# (3) both posts of the night, or within DAY_HOURS: a daytime alert is no part of the morning's night count

def test_ru_a_daytime_alert_hours_after_the_nights_count_stays_apart() -> None:
    night = post("a", "Ночью над Курской областью уничтожены 14 беспилотников.", "interception", KURSK_OBLAST,
                 hours=-2.5, figures={"intercepted": (14, 14)})
    alert = post("b", "Над Курской областью снова работает ПВО, слышны взрывы.", "interception", KURSK_OBLAST, hours=5)
    assert not any(why.startswith("one night's interceptions") for why in compare(night, alert).reasons)
    assert groups([night, alert]) == {frozenset({"a"}), frozenset({"b"})}


def test_uk_en_a_daytime_alert_hours_after_the_nights_count_stays_apart() -> None:
    night = post("a", "Вночі над Україною знешкоджено 40 ударних дронів.", "interception", UKRAINE_UK, hours=-2,
                 figures={"intercepted": (40, 40)})
    alert = post("b", "Сили ППО відбивають атаку дронів над Україною, будьте в укриттях.", "interception",
                 UKRAINE_UK, hours=5)
    assert not compare(night, alert).join
    night_en = post("c", "The air force said 40 drones were shot down overnight over Ukraine.", "interception",
                    UKRAINE, hours=-2, figures={"intercepted": (40, 40)})
    alert_en = post("d", "Air defence is repelling a drone attack over Ukraine, officials said.", "interception",
                    UKRAINE, hours=5)
    assert not compare(night_en, alert_en).join


# (4) a post that names anything hit (a target, a hit, damage) is no uncounted summary

def test_ru_an_uncounted_post_naming_a_hit_or_a_target_is_no_summary() -> None:
    count = post("a", "ВВС: за ночь над Украиной перехвачены 33 ракеты.", "interception", UKRAINE, weapon="missile",
                 figures={"intercepted": (33, 33)})
    hit = post("b", "Ночью по Украине ударили ракетами, есть попадания, работала ПВО.", "interception", UKRAINE,
               hours=1, weapon="missile")
    assert not any(why.startswith("one night's interceptions") for why in compare(count, hit).reasons)
    target = replace(post("c", "Ночью Украину атаковали ракетами по энергообъектам, работала ПВО.", "interception",
                          UKRAINE, hours=1, weapon="missile"), target=Target("энергообъекты", "energy"))
    assert not any(why.startswith("one night's interceptions") for why in compare(count, target).reasons)
    damage = post("d", "Ночью над Украиной работала ПВО, в нескольких областях пожары на складах.", "interception",
                  UKRAINE, hours=1, weapon="missile")
    assert not any(why.startswith("one night's interceptions") for why in compare(count, damage).reasons)


def test_ru_a_summary_denying_hits_and_damage_is_still_a_summary() -> None:
    count = post("a", "ВВС: за ночь над Украиной перехвачены 33 ракеты.", "interception", UKRAINE, weapon="missile",
                 figures={"intercepted": (33, 33)})
    summary = post("b", "Ночью над Украиной работала ПВО, разрушений нет, пишут военные.", "interception", UKRAINE,
                   hours=1, weapon="missile")
    assert any(why.startswith("one night's interceptions") for why in compare(count, summary).reasons)


def test_uk_en_an_uncounted_post_naming_a_hit_is_no_summary() -> None:
    count = post("a", "Вночі над Україною збито 33 ракети.", "interception", UKRAINE_UK, weapon="missile",
                 figures={"intercepted": (33, 33)})
    hit = post("b", "Вночі ворог атакував Україну ракетами, працювала ППО, є влучання в об'єкти.", "interception",
               UKRAINE_UK, hours=1, weapon="missile")
    assert not any(why.startswith("one night's interceptions") for why in compare(count, hit).reasons)
    count_en = post("c", "Air defence shot down 33 missiles over Ukraine overnight.", "interception", UKRAINE,
                    weapon="missile", figures={"intercepted": (33, 33)})
    hit_en = post("d", "Missiles struck Ukraine overnight, air defence was active.", "interception", UKRAINE, hours=1,
                  weapon="missile")
    assert not any(why.startswith("one night's interceptions") for why in compare(count_en, hit_en).reasons)
    damage_en = post("e", "Air defence was active over Ukraine overnight; a warehouse was damaged.", "interception",
                     UKRAINE, hours=1, weapon="missile")
    assert not any(why.startswith("one night's interceptions") for why in compare(count_en, damage_en).reasons)


def test_ru_missiles_of_no_type_told_between_the_two_types_bridge_nothing_either() -> None:
    ballistic = post("a", "Ночью по Украине выпущены шесть баллистических ракет, работала ПВО.", "interception", UKRAINE,
                     hours=-2.5, weapon="ballistic_missile", figures={"launched": (6, 6)})
    summary = post("b", "Ночью над Украиной сбиты ракеты, пишут каналы.", "interception", UKRAINE, hours=-1.5,
                   weapon="missile")
    cruise = post("c", "Ночью над Украиной уничтожены 25 крылатых ракет, сообщили военные.", "interception", UKRAINE,
                  weapon="cruise_missile", figures={"intercepted": (25, 25)})
    assert frozenset({"a", "c"}) not in {g & {"a", "c"} for g in groups([ballistic, summary, cruise])}
