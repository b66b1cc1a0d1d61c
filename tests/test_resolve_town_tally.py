"""One town's interception count told at the town by one post and at its district or region by another that names the
town: the mayor's "a drone downed over the Dmitrov district" and, a minute on, a channel's "a drone downed near the town
of Dmitrov" are one interception (ledger19b). And the limits: a night wave and a morning wave over one city, a count
told as "more" ("ещё", "ще", "another"), a region's count that names no town, or two towns of one region, stay apart.
The posts are our own, written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
NIGHT = datetime(2025, 3, 10, 0, 40, tzinfo=UTC)  # 03:40 in Moscow
DMITROV = Place("Дмитров", "RU", "Moscow Oblast", 56.34, 37.52, "city", as_written="Дмитрова")
DMITROV_DISTRICT = Place("Dmitrovskiy Gorodskoy Okrug", "RU", "Moscow Oblast", 56.35, 37.50, "admin2",
                         name_en="Dmitrovskiy Gorodskoy Okrug", as_written="Дмитровском городском округе")
KLIN = Place("Клин", "RU", "Moscow Oblast", 56.33, 36.73, "city", as_written="Клином")
BRYANSK = Place("Брянск", "RU", "Bryansk Oblast", 53.25, 34.37, "city", as_written="Брянском")
BRYANSK_OBLAST = Place("Брянская область", "RU", "Bryansk Oblast", 52.9, 33.4, "admin1", name_en="Bryansk Oblast",
                       as_written="Брянской области")
SUMY = Place("Суми", "UA", "Sumy Oblast", 50.91, 34.80, "city", as_written="Сумами")
SUMY_OBLAST = Place("Сумська область", "UA", "Sumy Oblast", 50.9, 34.0, "admin1", name_en="Sumy Oblast",
                    as_written="Сумщині")


def interception(id: str, text: str, downed: int, place: Place, minutes: float = 0) -> Item:
    published = NIGHT + timedelta(minutes=minutes)
    lo, hi = day_range(published.date().isoformat(), "day", published)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="drone", text=text, figures={"intercepted": (downed, downed)}, published=published)


DISTRICT = interception("a", "Силами ПВО в Дмитровском городском округе сбит ещё один беспилотник, летевший на Москву.",
                        1, DMITROV_DISTRICT)


def test_a_town_and_its_district_naming_it_told_minutes_apart_are_one_interception() -> None:
    town = interception("b", "Собянин сообщил, что беспилотник сбит в районе города Дмитров.", 1, DMITROV, minutes=2)
    verdict = compare(DISTRICT, town)
    assert verdict.join, verdict.reasons
    assert any("one town's count" in r for r in verdict.reasons)
    assert verdict.nearness  # every member of the event must agree
    # the relay drops the earlier post's "ещё один": the later post tells no "more", so no new wave


def test_a_region_post_naming_the_town_and_the_town_post_count_no_smaller_is_one_interception() -> None:
    region = interception("c", "В Брянской области над Брянском ночью сбиты два беспилотника, сообщил губернатор.", 2,
                          BRYANSK_OBLAST)
    town = interception("d", "Ночью над Брянском уничтожены три БПЛА, пострадавших нет.", 3, BRYANSK, minutes=90)
    assert compare(region, town).join


def test_ukrainian_and_english_posts_of_one_town_and_its_region() -> None:
    region = interception("e", "Вночі на Сумщині над Сумами збито два шахеди, повідомила ОВА.", 2, SUMY_OBLAST)
    town = interception("f", "Вночі над Сумами сили ППО збили два ударні дрони.", 2, SUMY, minutes=40)
    assert compare(region, town).join
    region_en = interception("g", "Overnight in Sumy Oblast two drones were downed over the city of Sumy, the governor said.",
                             2, SUMY_OBLAST)
    town_en = interception("h", "Air defence downed two drones over Sumy overnight.", 2, SUMY, minutes=30)
    assert compare(region_en, town_en).join


def test_a_night_wave_and_a_morning_wave_over_one_town_stay_two() -> None:
    night = interception("i", "Ночью в Дмитровском городском округе сбит беспилотник, летевший на Москву.", 1,
                         DMITROV_DISTRICT)
    morning = interception("j", "Утром над Дмитровом ПВО сбила беспилотник.", 1, DMITROV, minutes=150)
    assert not compare(night, morning).join


def test_one_more_drone_an_hour_later_stays_its_own() -> None:
    more = interception("k", "Ещё два беспилотника сбиты в районе Дмитрова, сообщил Собянин.", 2, DMITROV, minutes=60)
    two = interception("l", "Силами ПВО в Дмитровском городском округе сбиты два беспилотника, летевших на Москву.", 2,
                       DMITROV_DISTRICT)
    assert not compare(two, more).join
    more_uk = interception("m", "Ще два шахеди збито над Сумами.", 2, SUMY, minutes=60)
    region_uk = interception("n", "ОВА: вночі на Сумщині над Сумами сили ППО знищили два ударні БпЛА.", 2, SUMY_OBLAST)
    assert not compare(region_uk, more_uk).join


def test_a_region_count_naming_no_town_stays_apart_from_its_capital() -> None:
    region = interception("o", "Над Брянской областью ночью сбит беспилотник, сообщил губернатор.", 1, BRYANSK_OBLAST)
    town = interception("p", "Ночью над Брянском уничтожен БПЛА.", 1, BRYANSK, minutes=60)
    assert not compare(region, town).join


def test_two_towns_of_one_region_stay_two() -> None:
    klin = interception("q", "Беспилотник сбит над Клином, сообщил Собянин.", 1, KLIN, minutes=3)
    assert not compare(DISTRICT, klin).join
    region = interception("r", "В Брянской области над Брянском сбит беспилотник.", 1, BRYANSK_OBLAST)
    other = interception("s", "Над Клином сбит беспилотник.", 1, KLIN, minutes=30)
    assert not compare(region, other).join
