"""A summary or a coarser retelling kept as an event of its own beside the finer one (ledger17). The posts are our own.

(1) One night's interceptions over one country or one first-level region, told by several posts: one post a summary
counting nothing of its own (the share of cruise missiles downed), or all counting a telling number alike, is one
claim set. Two nights, the day's count beside the night's, two missile types, two small counts and two regions stay
apart.
(2) A first-level region's line that names the town another post tells of that night (the republic's head on a
drone repelled at a town of it, placed at the republic) is the town's incident. Two towns of one region both hit
stay two, and a region's list of several towns struck joins none of them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, _named_in, compare, day_range, resolve

UTC = timezone.utc
MORNING = datetime(2025, 7, 2, 6, 40, tzinfo=UTC)  # 09:40 in Kyiv and Makhachkala

UKRAINE = Place("Украина", "UA", None, None, None, "country", name_en="Ukraine")
UKRAINE_UK = Place("Україна", "UA", None, None, None, "country", name_en="Ukraine")
RUSSIA = Place("Россия", "RU", None, None, None, "country", name_en="Russia")
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", 51.5, 36.0, "admin1", name_en="Kursk Oblast")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 53.0, 33.5, "admin1", name_en="Bryansk Oblast")
DAGESTAN = Place("Республика Дагестан", "RU", "Republic of Dagestan", 43.0, 47.0, "admin1",
                 name_en="Republic of Dagestan", as_written="Дагестана")
KASPIYSK = Place("Каспийск", "RU", "Republic of Dagestan", 42.88, 47.64, "city", name_en="Kaspiysk",
                 as_written="Каспийске")
IZBERBASH = Place("Избербаш", "RU", "Republic of Dagestan", 42.56, 47.87, "city", name_en="Izberbash",
                  as_written="Избербаше")
BELGOROD_OBLAST = Place("Белгородская область", "RU", "Belgorod Oblast", 50.7, 37.0, "admin1",
                        name_en="Belgorod Oblast")
SHEBEKINO = Place("Шебекино", "RU", "Belgorod Oblast", 50.41, 36.9, "city", name_en="Shebekino", as_written="Шебекино")
KURSK = Place("Курск", "RU", "Kursk Oblast", 51.73, 36.19, "city", name_en="Kursk", as_written="Курском")
ODESA_OBLAST = Place("Одеська область", "UA", "Odesa Oblast", 46.6, 30.3, "admin1", name_en="Odesa Oblast")
IZMAIL = Place("Ізмаїл", "UA", "Odesa Oblast", 45.35, 28.84, "city", name_en="Izmail", as_written="Ізмаїлі")


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


# -- (2) a region's line naming the town --------------------------------------------------------------------------------

def test_ru_a_republics_line_naming_the_town_is_the_towns_claim() -> None:
    town = post("a", "Над Каспийском ночью уничтожен беспилотник, пострадавших нет.", "interception", KASPIYSK)
    republic = post("b", "Меликов: в Каспийске ПВО отразила налёт беспилотника, никто не пострадал.", "interception",
                    DAGESTAN, hours=0.2)
    verdict = compare(town, republic)
    assert verdict.join, verdict
    assert any(why.startswith("a region's claim naming the town") for why in verdict.reasons), verdict
    assert groups([town, republic]) == {frozenset({"a", "b"})}


def test_ru_two_towns_of_one_region_both_hit_stay_two() -> None:
    kaspiysk = post("a", "Над Каспийском ночью уничтожен беспилотник.", "interception", KASPIYSK)
    izberbash = post("b", "Над Избербашем сбит беспилотник.", "interception", IZBERBASH, hours=0.3)
    republic = post("c", "Меликов: в Каспийске ПВО отразила налёт беспилотника.", "interception", DAGESTAN,
                    hours=0.5)
    assert groups([kaspiysk, izberbash, republic]) == {frozenset({"a", "c"}), frozenset({"b"})}


def test_ru_a_regions_list_of_several_towns_joins_none() -> None:
    town = post("a", "Беспилотник атаковал Шебекино, повреждён жилой дом.", "strike", SHEBEKINO)
    region = post("b", "Ночью беспилотники атаковали Шебекино, Грайворон и Валуйки, сообщил губернатор.", "strike",
                  BELGOROD_OBLAST, hours=0.5)
    assert not any(why.startswith("a region's claim naming the town") for why in compare(town, region).reasons)
    assert not _named_in("Шебекино", region.text)


def test_ru_the_regions_own_name_does_not_name_its_capital() -> None:
    town = post("a", "Над Курском ночью сбит беспилотник.", "interception", KURSK)
    region = post("b", "Ночью над Курской областью уничтожены беспилотники.", "interception", KURSK_OBLAST, hours=0.5)
    assert not _named_in("Курск", region.text)
    assert not any(why.startswith("a region's claim naming the town") for why in compare(town, region).reasons)


def test_ru_a_region_counting_otherwise_stays_apart() -> None:
    town = post("a", "Над Каспийском сбит один беспилотник.", "interception", KASPIYSK, figures={"intercepted": (1, 1)})
    republic = post("b", "Над Дагестаном, в том числе над Каспийском, сбиты три беспилотника.", "interception",
                    DAGESTAN, hours=0.5, figures={"intercepted": (3, 3)})
    assert not compare(town, republic).join


def test_uk_an_oblasts_line_naming_the_town_joins_it() -> None:
    town = post("a", "Вночі дрон влучив у склад в Ізмаїлі.", "strike", IZMAIL)
    oblast = post("b", "Вночі ворог атакував Одеську область дронами, влучання зафіксовано в Ізмаїлі.", "strike",
                  ODESA_OBLAST, hours=0.5)
    assert compare(town, oblast).join
