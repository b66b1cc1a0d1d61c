"""One night's drone attack, told as its count grows: the mayor's "12 downed", the ministry's "34 over the region" and
a channel's "34 drones" are one interception, not one per post. And the limits: another night, another region, or a
count told as "more" (a new wave) stays apart. The posts are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
MOSCOW_OBLAST = Place("Московская область", "RU", "Moscow Oblast", None, None, "admin1", name_en="Moscow Oblast")
RAMENSKOYE = Place("Раменское", "RU", "Moscow Oblast", 55.57, 38.23, "city")
KALUGA_OBLAST = Place("Калужская область", "RU", "Kaluga Oblast", None, None, "admin1", name_en="Kaluga Oblast")
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", None, None, "admin1", name_en="Kursk Oblast")
NIGHT = datetime(2025, 3, 10, 3, 10, tzinfo=UTC)


def interception(id: str, text: str, downed: int, *, place: Place = MOSCOW_OBLAST, day: str = "2025-03-10",
                 published: datetime = NIGHT) -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="drone", text=text, figures={"intercepted": (downed, downed)}, published=published)


FIRST = interception("a", "Силами ПВО Минобороны сбиты 12 беспилотников, летевших на Москву, сообщил мэр.", 12)
LATER = interception("b", "Минобороны: за ночь над Московской областью уничтожены 34 украинских БПЛА.", 34,
                     published=NIGHT + timedelta(hours=4))


def test_a_count_that_grows_through_one_night_over_one_region_is_one_interception() -> None:
    verdict = compare(FIRST, LATER)
    assert verdict.join, verdict.reasons
    assert any("one night's count over one region" in r for r in verdict.reasons)


def test_the_same_count_restated_by_a_town_of_the_region_is_the_same_interception() -> None:
    town = interception("c", "Над Раменским ночью сбиты 34 дрона, обломки повредили крышу дома.", 34, place=RAMENSKOYE,
                        published=NIGHT + timedelta(hours=6))
    assert compare(LATER, town).join


def test_one_drone_at_one_town_told_again_that_day_is_one_interception() -> None:
    first = interception("d", "Над Раменским сбит беспилотник, сообщил Собянин.", 1, place=RAMENSKOYE)
    again = interception("e", "ПВО уничтожила дрон, летевший на Москву, в районе Раменского.", 1, place=RAMENSKOYE,
                         published=NIGHT + timedelta(hours=2))
    assert compare(first, again).join


def test_another_night_another_region_or_a_new_wave_stays_apart() -> None:
    next_night = interception("f", "Минобороны: за ночь над Московской областью уничтожены 40 украинских БПЛА.", 40,
                              day="2025-03-12", published=NIGHT + timedelta(days=2))
    kaluga = interception("g", "Над Калужской областью ночью сбиты 34 беспилотника, сообщил губернатор.", 34,
                          place=KALUGA_OBLAST, published=NIGHT + timedelta(hours=4))
    wave = interception("h", "Сбиты ещё 20 беспилотников, летевших на Москву, сообщил мэр.", 20,
                        published=NIGHT + timedelta(hours=1))
    for other in (next_night, kaluga, wave):
        assert not compare(FIRST, other).join, other.text


def test_a_smaller_count_later_or_a_single_drone_over_a_whole_region_is_not_a_tally() -> None:
    smaller = interception("i", "Над Московской областью сбиты 5 беспилотников.", 5, published=NIGHT + timedelta(hours=5))
    assert not compare(LATER, smaller).join
    one = interception("j", "Над Курской областью уничтожен беспилотник.", 1, place=KURSK_OBLAST)
    two = interception("k", "Губернатор Курской области: днём отражена атака, "
                       "повреждена линия электропередачи, сбиты два дрона.", 2, place=KURSK_OBLAST,
                       published=NIGHT + timedelta(hours=3))
    assert not compare(one, two).join
