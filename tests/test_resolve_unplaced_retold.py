"""A claim that names no place, relayed near-verbatim by other outlets within hours ("Минобороны сообщило, что были
сбиты две крылатые ракеты Storm Shadow"), is one claim: no place can differ (issue 10, duplicates across outlets).
The same words the next evening, or hours later beside a claim that names a place, stay apart. The posts are our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
MORNING = datetime(2025, 3, 10, 9, 19, tzinfo=UTC)
KURSK_OBLAST = Place("Курская область", "RU", "Kursk Oblast", 51.7, 36.2, "admin1")


def item(id: str, text: str, published: datetime = MORNING, when: str = "2025-03-10") -> Item:
    lo, hi = day_range(when, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="interception", day_lo=lo, day_hi=hi, precision="day", place=None,
                weapon="cruise_missile", text=text, figures={}, published=published)


MINISTRY = item("a", "Минобороны сообщило, что были сбиты две крылатые ракеты Storm Shadow.")
RELAY = item("b", "Минобороны России сообщило, что были сбиты 2 крылатые ракеты Storm Shadow",
             MORNING + timedelta(minutes=3))


def test_ru_an_unplaced_claim_relayed_near_verbatim_within_hours_is_one_claim() -> None:
    verdict = compare(MINISTRY, RELAY)
    assert verdict.join, verdict.reasons


def test_uk_en_the_same() -> None:
    air_force = item("c", "Повітряні сили повідомили, що збито дві крилаті ракети Х-101.")
    relayed = item("d", "Повітряні сили повідомили: збито дві крилаті ракети Х-101.", MORNING + timedelta(minutes=40))
    assert compare(air_force, relayed).join
    ministry = item("e", "The ministry said air defences shot down two Storm Shadow cruise missiles.")
    agency = item("f", "Air defences shot down two Storm Shadow cruise missiles, the ministry said.",
                  MORNING + timedelta(hours=2))
    assert compare(ministry, agency).join


def test_the_same_words_hours_later_or_beside_a_placed_claim_stay_apart() -> None:
    evening = replace(RELAY, published=MORNING + timedelta(hours=9))
    assert not compare(MINISTRY, evening).join  # the next claim of its kind, in the ministry's template
    # beside a claim that names a place, hours later: a governor's own count in the ministry's words (res12: within
    # RETOLD_MINUTES the same words with and without the region are one statement relayed, see
    # test_resolve_across_posts)
    placed = replace(RELAY, place=KURSK_OBLAST, published=MORNING + timedelta(hours=2))
    assert not compare(MINISTRY, placed).join
    assert not compare(replace(MINISTRY, weapon=None), replace(RELAY, weapon=None)).join  # nothing named but words


def test_an_unplaced_claim_relayed_in_its_own_words_within_minutes_is_one_claim() -> None:
    # an agency's fuller sentence of the same claim minutes later, one weapon, no count differing (res9)
    fuller = replace(item("p", "Средства ПВО сбили две британские крылатые ракеты Storm Shadow и 40 беспилотников "
                               "самолётного типа, сообщили в Минобороны.", MORNING + timedelta(minutes=4)),
                     figures={"intercepted": (2, 2)})
    verdict = compare(MINISTRY, fuller)
    assert verdict.join, verdict.reasons
    assert any("told again within" in r for r in verdict.reasons)
    # an hour later the same wording is not a relay but may be the next claim; another weapon is another claim
    assert not compare(MINISTRY, replace(fuller, published=MORNING + timedelta(hours=1))).join
    assert not compare(MINISTRY, replace(fuller, weapon="ballistic_missile")).join
