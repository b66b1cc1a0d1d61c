"""One claim told by several channels is one event: the same toll, a falling count of the critically injured, a
small interception count relayed minutes later. And the limits: a toll of one person, or the same small count hours
apart, is no evidence on its own. The posts are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
ODESA = Place("Одесса", "UA", "Odesa Oblast", 46.48, 30.73, "city")
ODESA_OBLAST = Place("Одесская область", "UA", "Odesa Oblast", None, None, "admin1", name_en="Odesa Oblast")
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", None, None, "admin1", name_en="Kursk Oblast")
MORNING = datetime(2025, 3, 10, 4, 40, tzinfo=UTC)


def item(id: str, text: str, *, kind: str = "strike", place: Place = ODESA, weapon: str | None = "drone",
         figures: dict[str, tuple[int, int]] | None = None, published: datetime = MORNING) -> Item:
    lo, hi = day_range("2025-03-10", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


def test_the_same_dead_and_injured_in_a_town_and_its_region_are_one_strike_whatever_weapon_each_read() -> None:
    town = item("a", "В Одессе после удара дронов погиб один человек, ещё 13 ранены, повреждены жилые дома.",
                weapon="glide_bomb", figures={"killed": (1, 1), "injured": (13, 13)})
    region = item("b", "При ударе по Одесской области ранены отец и сын, всего пострадавших тринадцать, одна женщина "
                       "погибла.", place=ODESA_OBLAST, figures={"killed": (1, 1), "injured": (1, 13)},
                  published=MORNING + timedelta(hours=3))
    verdict = compare(town, region)
    assert verdict.join, verdict.reasons
    assert any("the same toll (injured 13, killed 1)" in r for r in verdict.reasons)


def test_one_injured_person_told_twice_in_a_region_is_no_evidence() -> None:
    one = item("a", "Дрон попал в автомобиль в селе под Курском, ранен водитель.", place=KURSK_OBLAST,
               figures={"injured": (1, 1)})
    other = item("b", "В Курской области беспилотник атаковал трактор, пострадал механизатор.", place=KURSK_OBLAST,
                 figures={"injured": (1, 1)})
    assert not compare(one, other).join


def test_fewer_in_critical_condition_later_is_the_same_strike_told_again() -> None:
    first = item("a", "Ракетный удар по Одессе: ранены 18 человек, четверо в критическом состоянии.", weapon="missile",
                 figures={"injured": (18, 18), "critical": (4, 4)})
    later = item("b", "Число раненых после ракетного удара по Одессе выросло до 39, один человек в критическом "
                      "состоянии.", weapon="missile", figures={"injured": (39, 39), "critical": (1, 1)},
                 published=MORNING + timedelta(hours=2))
    verdict = compare(first, later)
    assert verdict.join, verdict.reasons
    assert not any("figures differ" in r for r in verdict.reasons)


MOD = "Средства ПВО ночью уничтожили беспилотник над Курской областью, сообщило Минобороны."
RELAY = "«Дежурными средствами ПВО над территорией Курской области уничтожен беспилотный летательный аппарат», — сообщили в ведомстве."


def test_a_small_interception_count_relayed_minutes_later_is_one_claim() -> None:
    ministry = item("a", MOD, kind="interception", place=KURSK_OBLAST, figures={"intercepted": (1, 1)})
    relay = item("b", RELAY, kind="interception", place=KURSK_OBLAST, figures={"intercepted": (1, 1)},
                 published=MORNING + timedelta(minutes=9))
    verdict = compare(ministry, relay)
    assert verdict.join, verdict.reasons
    assert any("told again within 30 min" in r for r in verdict.reasons)


def test_the_same_small_count_hours_later_or_a_different_count_is_another_interception() -> None:
    ministry = item("a", MOD, kind="interception", place=KURSK_OBLAST, figures={"intercepted": (1, 1)})
    hours_later = item("b", RELAY, kind="interception", place=KURSK_OBLAST, figures={"intercepted": (1, 1)},
                       published=MORNING + timedelta(hours=3))
    two = item("c", RELAY.replace("уничтожен беспилотный летательный аппарат", "уничтожены два беспилотника"),
               kind="interception", place=KURSK_OBLAST, figures={"intercepted": (2, 2)},
               published=MORNING + timedelta(minutes=9))
    assert not compare(ministry, hours_later).join
    assert not compare(ministry, two).join


def test_two_more_downed_minutes_later_is_another_pair_not_a_relay() -> None:
    first = item("a", "Два беспилотника, летевших на Казань, сбиты над Лаишевским районом.", kind="interception",
                 place=KURSK_OBLAST, figures={"intercepted": (2, 2)})
    more = item("b", "Ещё два беспилотника, летевших на Казань, сбиты над Лаишевским районом.", kind="interception",
                place=KURSK_OBLAST, figures={"intercepted": (2, 2)}, published=MORNING + timedelta(minutes=7))
    assert not any("told again" in r for r in compare(first, more).reasons)
