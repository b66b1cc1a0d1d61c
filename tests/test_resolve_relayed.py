"""An official's statement passed on by a second outlet minutes later, in its own words and often without a count, is
one incident: the same place, the same day, nothing counted differently. And the limits: the same words hours apart,
"ещё одна атака" minutes later, another count, two days, or a front-line town's shelling stay apart. The posts are our
own, written in the style of Russian and Ukrainian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
KASPIYSK = Place("Каспийск", "RU", "Republic of Dagestan", 42.88, 47.64, "city")
RAMENSKOYE = Place("Раменское", "RU", "Moscow Oblast", 55.57, 38.23, "city")
RAMENSKY_OKRUG = Place("Раменский городской округ", "RU", "Moscow Oblast", 55.50, 38.20, "admin2")
KHERSON = Place("Херсон", "UA", "Kherson Oblast", 46.64, 32.61, "city")
NIGHT = datetime(2025, 3, 10, 1, 5, tzinfo=UTC)


def item(id: str, text: str, *, kind: str = "strike", place: Place = KASPIYSK, weapon: str | None = "drone",
         when: str = "2025-03-10", figures: dict[str, tuple[int, int]] | None = None,
         published: datetime = NIGHT) -> Item:
    lo, hi = day_range(when, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


SOBYANIN = item("a", "Собянин: силами ПВО в Раменском городском округе отражена атака беспилотника, летевшего на Москву.",
                kind="interception", place=RAMENSKY_OKRUG)
VIDEO = item("b", "Видео: момент уничтожения летевшего на Москву беспилотника в Раменском.", kind="interception",
             place=RAMENSKOYE, published=NIGHT + timedelta(minutes=12))


def test_a_statement_relayed_minutes_later_in_other_words_is_one_incident() -> None:
    verdict = compare(SOBYANIN, VIDEO)
    assert verdict.join, verdict.reasons
    assert any("told again within 30 min" in r for r in verdict.reasons)
    governor = item("c", "Глава Дагестана сообщил о попытке атаки беспилотника на объекты в Каспийске, жертв нет.")
    agency = item("d", "Беспилотник пытался атаковать объекты в Каспийске, сообщил глава республики.",
                  published=NIGHT + timedelta(minutes=9))
    assert compare(governor, agency).join, compare(governor, agency).reasons


def test_the_same_place_hours_later_needs_other_evidence() -> None:
    later = item("b", VIDEO.text, kind="interception", place=RAMENSKOYE, published=NIGHT + timedelta(hours=5))
    assert not compare(SOBYANIN, later).join


def test_another_attack_minutes_later_stays_apart() -> None:
    again = item("b", "Ещё один беспилотник, летевший на Москву, сбит в Раменском городском округе.", kind="interception",
                 place=RAMENSKY_OKRUG, published=NIGHT + timedelta(minutes=10))
    assert not compare(SOBYANIN, again).join


def test_another_count_or_another_day_stays_apart() -> None:
    five = item("a", "При атаке дронов на Каспийск ранены пять человек, сообщил глава города.",
                figures={"injured": (5, 5)})
    two = item("b", "В Каспийске после атаки беспилотника пострадали два человека, сообщили власти.",
               figures={"injured": (2, 2)}, published=NIGHT + timedelta(minutes=5))
    assert not compare(five, two).join  # a smaller toll told minutes later is another strike
    monday = item("c", "Дрон атаковал объекты в Каспийске, сообщил глава Дагестана.")
    tuesday = item("d", "Каспийск снова атакован беспилотником, сообщил глава Дагестана.", when="2025-03-11",
                   published=NIGHT + timedelta(days=1))
    assert not compare(monday, tuesday).join  # two strikes on one town on consecutive days


def test_a_front_line_towns_shelling_relayed_minutes_later_needs_other_evidence() -> None:
    # Kherson is shelled several times an hour; each report names another street.
    market = item("a", "Окупанти обстріляли Херсон, пошкоджено будівлю біля ринку.", kind="shelling", place=KHERSON,
                  weapon="artillery")
    street = item("b", "Russian artillery shelled Kherson again, damaging a house near the river port.", kind="shelling",
                  place=KHERSON, weapon="artillery", published=NIGHT + timedelta(minutes=8))
    assert not compare(market, street).join
