"""A shooting, a shelling or an attack (kinds told many times a day, where town and day are no evidence) relayed by a
second outlet within the hour or so a statement takes to pass on, in like words, of one town or one region, with
nothing counted differently: one incident. And the limits: hours apart, counted differently, or an interception.
The posts are our own, written in the style of Russian news channels.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range

UTC = timezone.utc
BUINAKSK = Place("Буйнакск", "RU", "Dagestan", 42.82, 47.12, "city")
DAGESTAN = Place("Республика Дагестан", "RU", "Dagestan", None, None, "admin1", name_en="Dagestan")
EVENING = datetime(2025, 4, 2, 16, 10, tzinfo=UTC)

FIRST = "Неизвестные открыли огонь по автомобилю полицейских в Буйнакске, один сотрудник получил ранение."
RELAY = "В Буйнакске обстреляли машину с сотрудниками полиции, один полицейский ранен, сообщили в МВД по Дагестану."


def item(id: str, text: str, *, kind: str = "other", place: Place = BUINAKSK, weapon: str | None = None,
         figures: dict[str, tuple[int, int]] | None = None, published: datetime = EVENING) -> Item:
    lo, hi = day_range("2025-04-02", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures=figures or {}, published=published)


def test_a_shooting_relayed_within_the_hour_in_like_words_is_one_incident() -> None:
    first = item("a", FIRST, figures={"injured": (1, 1)})
    relay = item("b", RELAY, figures={"injured": (1, 1)}, published=EVENING + timedelta(minutes=40))
    verdict = compare(first, relay)
    assert verdict.join, verdict.reasons
    assert any("told alike within" in r for r in verdict.reasons)


def test_a_shooting_in_a_region_relayed_alike_is_one_incident_with_a_figure_only_one_gives() -> None:
    first = item("a", FIRST.replace("в Буйнакске", "в Дагестане"), kind="shelling", place=DAGESTAN)
    relay = item("b", RELAY.replace("В Буйнакске", "В Дагестане"), kind="shelling", place=DAGESTAN,
                 figures={"injured": (1, 1)}, published=EVENING + timedelta(minutes=55))
    assert compare(first, relay).join


def test_hours_apart_the_same_words_are_no_evidence_for_a_recurrent_kind() -> None:
    # shelling: a front-line town is shelled many times a day, in the same words
    first = item("a", FIRST, kind="shelling", figures={"injured": (1, 1)})
    later = item("b", RELAY, kind="shelling", figures={"injured": (1, 1)}, published=EVENING + timedelta(hours=3))
    assert not compare(first, later).join
    # a clash or shooting (`other`) in one town on one day, nothing told differently, is one incident on nearness since
    # res10b (tests/test_resolve_one_town_day.py): not for the wording, which proves nothing here
    clash, again = replace(first, kind="other"), replace(later, kind="other")
    verdict = compare(clash, again)
    assert verdict.join and verdict.nearness and verdict.reasons[0].startswith("fighting in one town")


def test_counted_differently_it_is_no_relay() -> None:
    first = item("a", FIRST, figures={"injured": (1, 1)})
    other = item("b", RELAY.replace("один полицейский ранен", "двое полицейских ранены"), figures={"injured": (2, 2)},
                 published=EVENING + timedelta(minutes=20))
    assert not compare(first, other).join


def test_interceptions_keep_the_stricter_half_hour() -> None:
    one = "Над Буйнакском сбит беспилотник, пострадавших нет, сообщили власти."
    two = "Беспилотник сбит над Буйнакском, пострадавших нет, сообщили в администрации."
    a = item("a", one, kind="interception", weapon="drone", figures={"intercepted": (1, 1)})
    b = item("b", two, kind="interception", weapon="drone", figures={"intercepted": (1, 1)},
             published=EVENING + timedelta(minutes=60))
    assert not any("told alike within" in r for r in compare(a, b).reasons)


def test_the_same_toll_of_a_shelling_relayed_minutes_later_is_one_incident() -> None:
    # res13 of 6 Dec: the state agency's toll and a channel quoting it ten minutes on, worded less alike than SIM_STRONG: the
    # same dead (SAME_TOLL_PEOPLE or more) within RELAYED_MINUTES is one statement; hours later it may be the next shelling
    agency = item("a", "Жертвами обстрела территории университета в Буйнакске стали четыре человека, сообщило агентство.",
                  kind="shelling", figures={"killed": (4, 4)})
    channel = item("b", "Четверо мирных жителей, в том числе двое студентов, погибли при обстреле студгородка в "
                   "Буйнакске.", kind="shelling", figures={"killed": (4, 4)}, published=EVENING + timedelta(minutes=10))
    verdict = compare(agency, channel)
    assert verdict.join, verdict.reasons
    assert any("the same toll" in r for r in verdict.reasons)
    later = replace(channel, published=EVENING + timedelta(hours=4))
    assert not compare(agency, later).join
    one = replace(channel, figures={"killed": (1, 1)})
    assert not compare(replace(agency, figures={"killed": (1, 1)}), one).join  # one dead is told of many shellings
