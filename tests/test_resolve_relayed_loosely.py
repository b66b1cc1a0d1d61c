"""One official's statement relayed by a second outlet within minutes, in words of its own (cosine below SIM_RETOLD),
is one incident when both tell one town, or a town and the region holding it, and share their words (the place, what
happened, what was hit). And the limits: sentences sharing no words, two towns or districts of one region told minutes
apart, a count told differently, or hours apart stay apart. The posts
are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import SIM_RELAYED, SIM_RETOLD, Item, _relayed_words, compare, day_range, text_similarity

UTC = timezone.utc
IZBERBASH = Place("Избербаш", "RU", "Republic of Dagestan", 42.57, 47.86, "city")
LYUBERTSY_OKRUG = Place("Люберецкий городской округ", "RU", "Moscow Oblast", 55.68, 37.89, "admin2")
KOLOMNA_OKRUG = Place("Коломенский городской округ", "RU", "Moscow Oblast", 55.09, 38.77, "admin2")
TAMBOV_OBLAST = Place("Тамбовская область", "RU", "Tambov Oblast", None, None, "admin1", name_en="Tambov Oblast")
MICHURINSK = Place("Мичуринск", "RU", "Tambov Oblast", 52.89, 40.49, "city")
MORNING = datetime(2025, 4, 2, 3, 40, tzinfo=UTC)


def item(id: str, text: str, *, kind: str = "strike", place: Place = IZBERBASH, weapon: str | None = "drone",
         figures: dict[str, tuple[int, int]] | None = None, published: datetime = MORNING) -> Item:
    lo, hi = day_range("2025-04-02", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


HEAD = item("a", "Глава республики сообщил о попытке атаки беспилотника на объекты в Избербаше, пострадавших нет.")
FLASH = item("b", "**Дрон пытался атаковать Избербаш — глава Дагестана**", published=MORNING + timedelta(minutes=11))


def test_a_statement_relayed_minutes_later_in_words_of_its_own_is_one_incident() -> None:
    sim = text_similarity(HEAD, FLASH)
    assert SIM_RELAYED <= sim < SIM_RETOLD, sim  # the case this rule is for: worded less alike than a close relay
    verdict = compare(HEAD, FLASH)
    assert verdict.join, verdict.reasons
    assert any("one town or its region told again" in r for r in verdict.reasons)


def test_the_town_and_its_region_told_minutes_apart_in_the_same_words_are_one_incident() -> None:
    region = item("c", "⚡️**Склад горит после налёта дронов на Тамбовскую область** — губернатор.", place=TAMBOV_OBLAST)
    town = item("d", "Горит склад в Мичуринске: туда упали обломки дронов.", place=MICHURINSK,
                published=MORNING + timedelta(minutes=8))
    assert SIM_RELAYED <= text_similarity(region, town) < SIM_RETOLD
    verdict = compare(region, town)
    assert verdict.join, verdict.reasons
    assert any("in the same words" in r for r in verdict.reasons)


def test_sentences_of_one_town_that_share_no_words_are_not_a_relay() -> None:
    # "explosions heard" and "a drone hit a garage" in one town at once share no words: no relay; they are one town's
    # night told twice (`test_resolve_one_town_night.py`), not one statement relayed
    heard = item("c", "Жители Избербаша слышали несколько громких хлопков.")
    garage = item("d", "Беспилотник упал на гараж на окраине, пострадавших нет.", published=MORNING + timedelta(minutes=4))
    assert not any("in the same words" in r for r in compare(heard, garage).reasons)
    # the region's words about the town are no relay when the region also tells what happened elsewhere
    region = item("e", "⚡️**Склад горит после налёта дронов на Тамбовскую область** — губернатор.", place=TAMBOV_OBLAST)
    yard = item("f", "В Мичуринске обломки беспилотника упали во двор частного дома, выбиты окна.", place=MICHURINSK,
                published=MORNING + timedelta(minutes=8))
    assert not any("in the same words" in r for r in compare(region, yard).reasons)


def test_hours_later_or_with_another_count_it_stays_apart() -> None:
    later = item("b", FLASH.text, published=MORNING + timedelta(hours=11))  # more than a night later
    assert not compare(HEAD, later).join
    three = item("e", "При атаке на Избербаш ранены три человека, сообщил глава республики.", figures={"injured": (3, 3)})
    one = item("f", "**Один человек ранен в Избербаше — власти**", figures={"injured": (1, 1)},
               published=MORNING + timedelta(minutes=6))
    assert not compare(three, one).join  # a smaller toll minutes later is another strike


def test_two_districts_of_one_region_or_the_region_twice_are_no_loose_relay() -> None:
    # a raid on a region is told district by district minutes apart, in the same words; a region has many incidents
    lyubertsy = item("g", "Обломки беспилотника упали на склад в Люберецком городском округе.", place=LYUBERTSY_OKRUG)
    kolomna = item("h", "Обломки беспилотника упали на склад в Коломенском городском округе.", place=KOLOMNA_OKRUG,
                   published=MORNING + timedelta(minutes=7))
    assert not _relayed_words(lyubertsy, kolomna, "inside")
    one = item("i", "Обломки беспилотника упали на склад в Тамбовской области.", place=TAMBOV_OBLAST)
    other = item("j", "В Тамбовской области обломки беспилотника упали на склад.", place=TAMBOV_OBLAST)
    assert not _relayed_words(one, other, "inside")
    town = item("k", "Обломки беспилотника упали на склад в Мичуринске.", place=MICHURINSK)
    assert _relayed_words(one, town, "inside")  # a town and its region, sharing three words or more


def test_drones_downed_over_one_town_minutes_apart_are_not_a_loose_relay() -> None:
    # interceptions over one place are told one by one, and "the second drone" is not always told as "ещё"
    first = item("g", "Глава республики: средствами ПВО над Избербашем уничтожен беспилотник.", kind="interception")
    second = item("h", "Видео: в Избербаше сбили второй беспилотник, местные слышали хлопок.", kind="interception",
                  published=MORNING + timedelta(minutes=12))
    assert SIM_RELAYED <= text_similarity(first, second) < SIM_RETOLD
    assert not compare(first, second).join
