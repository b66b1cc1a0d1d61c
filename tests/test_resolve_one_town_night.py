"""One town, one night (issue 10, duplicates across outlets hours apart): two posts about a strike or explosions in one
town on one night, from other outlets and hours apart, with nothing told differently, are one incident, whatever
words each used. The limits: more than a night's hours apart, a kind told many times a day (shelling, clashes,
interceptions), two posts of the day with no night told, a publication known to the day only, another weapon, other casualty counts (by any member of the event), "another" on one side only, a
region told twice, two towns, or a region with wording nothing alike keep them apart. The posts are our own, written
in the style of news channels."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eventledger.model import Claim, Event, Place, Report
from eventledger.resolve import Item, compare, compare_to_event, day_range, resolve
from eventledger.store import Ledger

UTC = timezone.utc
LIPETSK = Place("Липецк", "RU", "Lipetsk Oblast", 52.60, 39.57, "city")
YELETS = Place("Елец", "RU", "Lipetsk Oblast", 52.62, 38.50, "city")
LIPETSK_OBLAST = Place("Липецкая область", "RU", "Lipetsk Oblast", 52.5, 39.2, "admin1")
NIGHT = datetime(2025, 5, 14, 22, 10, tzinfo=UTC)  # 01:10 Moscow time


def item(id: str, text: str, *, kind: str = "strike", place: Place = LIPETSK, weapon: str | None = "drone",
         figures: dict[str, int] | None = None, hours: float = 0) -> Item:
    lo, hi = day_range("2025-05-15", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon=weapon, text=text, figures={k: (v, v) for k, v in (figures or {}).items()},
                published=NIGHT + timedelta(hours=hours))


HEARD = item("a", "Липецк ночью атакован: жители сообщают о серии громких звуков в северной части города.", weapon=None)
DEPOT = item("b", "Беспилотник атаковал склад на промышленной окраине, есть пострадавший, сообщил губернатор.",
             figures={"injured": 1}, hours=3.5)
DIGEST = item("c", "Главное за ночь: ВСУ пытались атаковать город беспилотниками, повреждены крыши двух гаражей.",
              hours=7)


def test_two_outlets_hours_apart_on_one_towns_night_are_one_incident() -> None:
    verdict = compare(HEARD, DEPOT)
    assert verdict.join and verdict.nearness, verdict.reasons
    assert verdict.reasons[0].startswith("one town, one night")
    assert compare(DEPOT, DIGEST).join
    (event,) = resolve([DIGEST, DEPOT, HEARD])
    assert event.id == "a"


def test_more_than_a_nights_hours_apart_nearness_is_no_evidence() -> None:
    evening = replace(DIGEST, id="d", report_id="r-d", published=NIGHT + timedelta(hours=11))
    assert not compare(HEARD, evening).join


def test_kinds_told_many_times_a_day_are_left_to_other_evidence() -> None:
    shelled = replace(HEARD, kind="shelling", weapon="artillery")
    again = replace(DEPOT, kind="shelling", weapon="artillery")
    assert not compare(shelled, again).join
    downed = replace(HEARD, kind="interception")
    assert not compare(downed, replace(DEPOT, kind="interception", figures={})).join


def test_anything_told_differently_keeps_them_apart() -> None:
    assert not compare(DEPOT, replace(DIGEST, weapon="cruise_missile")).join  # another weapon
    two_dead = item("e", "Двое погибших после атаки на Липецк, сообщили власти.", figures={"killed": 2}, hours=1)
    one_dead = item("f", "Один человек погиб при атаке дронов на Липецк.", figures={"killed": 1}, hours=4)
    assert not compare(two_dead, one_dead).join  # a smaller count later: not the same toll
    two_hurt = item("l", "Двое раненых в Липецке после ночной атаки.", figures={"injured": 2}, hours=1)
    five_hurt = item("m", "Беспилотник попал в гараж на окраине, пять человек пострадали.", figures={"injured": 5}, hours=5)
    assert not any(r.startswith("one town, one night") for r in compare(two_hurt, five_hurt).reasons)  # counts differ
    more = item("g", "Ещё один беспилотник атаковал Липецк, загорелся гараж.", hours=5)
    assert not compare(DEPOT, more).join  # "another" on one side: a second attack told as such


def test_every_member_of_the_event_must_agree() -> None:
    # the event already counts three injured; a later post with one injured fits its figureless member by nearness,
    # but the member with three says otherwise
    three = item("h", "Три человека ранены при атаке беспилотника на Липецк.", figures={"injured": 3}, hours=0.5)
    one = item("i", "Один человек ранен, повреждены окна многоэтажки.", figures={"injured": 1}, hours=6)
    assert compare(HEARD, one).join and compare(HEARD, three).join
    verdict = compare_to_event(one, [HEARD, three])
    assert not verdict.join, verdict.reasons


def test_places_that_are_not_one_town() -> None:
    assert not compare(HEARD, replace(DEPOT, place=YELETS)).veto is None  # two towns veto
    region_twice = [replace(x, place=LIPETSK_OBLAST) for x in (HEARD, DEPOT)]
    assert not compare(*region_twice).join  # a region has many incidents a night


def test_a_town_and_its_region_need_wording_somewhat_alike() -> None:
    region = item("j", "Губернатор: ночью беспилотники атаковали Липецкую область, на складе начался пожар.",
                  place=LIPETSK_OBLAST, hours=5)
    assert compare(DEPOT, region).join, compare(DEPOT, region).reasons
    unrelated = item("k", "В Липецкой области ограничили продажу пиротехники до конца месяца.", place=LIPETSK_OBLAST,
                     hours=5)
    assert not compare(DEPOT, unrelated).join


def _report_of(x: Item) -> tuple[Report, list[Event]]:
    report = Report(text=x.text, published=x.published, language="ru", source=f"outlet {x.id}")
    claims = []
    if "injured" in x.figures:
        start = x.text.index("пострадавший")
        claims.append(Claim(report_id=report.id, start=start, end=start + len("пострадавший"), quote="пострадавший",
                            value=x.figures["injured"][0], figure="injured"))
    return report, [Event(kind=x.kind, date="2025-05-15", date_precision="day", place=x.place, weapon=x.weapon,
                          claims=claims)]


def test_the_ledger_in_any_arrival_order_ends_as_a_full_rerun(tmp_path: Path) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        for x in (DIGEST, HEARD, DEPOT):  # the digest arrives first
            ledger.ingest(*_report_of(x))
        events = ledger.events()
        assert len(events) == 1 and len(events[0].reports) == 3
        assert ledger.resolve_all()["rewritten"] == 0


def test_a_daytime_pair_is_not_one_night() -> None:
    # two posts of one town's day, 13:10 and 16:40 Moscow time, neither telling of the night: nearness is no evidence
    noon = datetime(2025, 5, 15, 10, 10, tzinfo=UTC)
    market = replace(item("n", "Беспилотник атаковал рынок на окраине Липецка, повреждены павильоны."), published=noon)
    garage = replace(item("o", "В Липецке дрон попал в гаражный кооператив, сообщил мэр.", weapon=None),
                     published=noon + timedelta(hours=3.5))
    assert not any(r.startswith("one town, one night") for r in compare(market, garage).reasons)
    # a post of the afternoon that tells of the night is of the night
    told = replace(garage, text="В Липецке ночью дрон попал в гаражный кооператив, сообщил мэр.")
    night_post = replace(market, published=noon - timedelta(hours=6))  # 07:10 Moscow time, 6:48 by the sun
    assert compare(night_post, told).join, compare(night_post, told).reasons


def test_a_day_only_publication_tells_no_hour() -> None:
    # a source that gives the day alone is kept at midnight UTC: not taken for a post of the night
    midnight = datetime(2025, 5, 15, tzinfo=UTC)
    a = replace(item("p", "Беспилотник атаковал склад в Липецке."), published=midnight)
    b = replace(item("q", "В Липецке повреждены гаражи после атаки дрона.", weapon=None), published=midnight)
    assert not any(r.startswith("one town, one night") for r in compare(a, b).reasons)


def test_a_town_struck_twice_in_one_night_stays_two_where_anything_differs() -> None:
    # the documented risk: a town struck at 23:00 and again at 04:00. Told with other weapons, other tolls or "another"
    # they stay apart; told with nothing differing at all they join (a known limit of nearness: channel news gives
    # no more to tell them apart)
    first = item("r", "Ночью дрон атаковал Липецк, один человек ранен.", figures={"injured": 1}, hours=-2)
    second = item("s", "Под утро ракета попала в промзону Липецка, ранены трое.", weapon="missile",
                  figures={"injured": 3}, hours=3)
    assert not compare(first, second).join
    again = item("t", "Ещё одна атака беспилотника на Липецк, ранен один человек.", figures={"injured": 1}, hours=3)
    assert not any(r.startswith("one town, one night") for r in compare(first, again).reasons)
