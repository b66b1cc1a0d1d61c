"""Two events that a later report tells as one become one: a missile strike told first by its town (with its injured),
then by the region (with the ministry's count of missiles), and then by a channel that names the town and gives the
count. Resolution used to join the channel to one of the two and leave the other apart for ever. And the limits:
two towns, another night, or a hand split keep them apart; the ledger, fed in publication order, ends where a full
re-run ends. The reports are our own."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from eventledger.model import Claim, Event, Place, Report
from eventledger.resolve import Constraints, Decision, Item, compare, day_range, resolve
from eventledger.store import Ledger

UTC = timezone.utc
ENGELS = Place("Engels", "RU", "Saratov Oblast", 51.4989, 46.1211, "city", 563464)
SARATOV = Place("Saratov", "RU", "Saratov Oblast", 51.5331, 46.0342, "city", 498677)
SARATOV_OBLAST = Place("Saratov Oblast", "RU", "Saratov Oblast", 51.5, 46.0, "admin1")
MORNING = datetime(2025, 3, 10, 5, tzinfo=UTC)


def strike(id: str, text: str, place: Place, figures: dict[str, int], *, day: str = "2025-03-10", hours: int = 0) -> Item:
    lo, hi = day_range(day, "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day", place=place,
                weapon="missile", text=text, figures={k: (v, v) for k, v in figures.items()},
                published=MORNING + timedelta(hours=hours))


TOWN = strike("a", "Ракета попала в склад в Энгельсе, пострадал один человек, сообщил мэр.", ENGELS, {"injured": 1})
# the region's count comes more than a night's hours (NIGHT_HOURS) after the town's report: one town and one night are
# no longer evidence between them, only a report that tells both
REGION = strike("b", "Минобороны Украины: по Саратовской области выпущено шесть ракет.", SARATOV_OBLAST,
                {"launched": 6}, hours=11)
CHANNEL = strike("c", "Engels: six missiles, one hit a warehouse, one person injured.", ENGELS,
                 {"launched": 6, "injured": 1}, hours=12)


def test_the_town_and_the_region_alone_are_not_known_to_be_one_strike() -> None:
    assert not compare(TOWN, REGION).join


def test_a_report_that_tells_both_makes_them_one_event() -> None:
    assert compare(CHANNEL, TOWN).join and compare(CHANNEL, REGION).join
    (event,) = resolve([TOWN, REGION, CHANNEL])
    assert event.id == "a"  # the earliest member's id, as always
    assert {m.id for m in event.members} == {"a", "b", "c"}


def test_whatever_order_the_items_come_in() -> None:
    assert [sorted(m.id for m in c.members) for c in resolve([CHANNEL, REGION, TOWN])] == [["a", "b", "c"]]


def test_two_towns_stay_apart_though_one_regional_count_fits_both() -> None:
    saratov = strike("d", "Ракета попала в склад в Саратове, пострадал один человек.", SARATOV, {"launched": 6, "injured": 1})
    engels = replace(CHANNEL, id="e", report_id="r-e", published=MORNING + timedelta(hours=13))
    clusters = resolve([saratov, REGION, engels])
    assert sorted(sorted(m.id for m in c.members) for c in clusters) == [["b", "d"], ["e"]]


def test_the_next_nights_strike_on_the_town_stays_its_own() -> None:
    next_night = strike("f", "Ракета снова попала в Энгельс, пострадал один человек.", ENGELS, {"injured": 1},
                        day="2025-03-11", hours=26)
    clusters = resolve([TOWN, REGION, CHANNEL, next_night])
    assert sorted(sorted(m.id for m in c.members) for c in clusters) == [["a", "b", "c"], ["f"]]


def test_events_split_by_hand_are_not_bridged() -> None:
    rules = Constraints.from_decisions([Decision("split", ("a",), ("b",))])
    clusters = resolve([TOWN, REGION, CHANNEL], rules)
    assert len(clusters) == 2


def _report_of(item: Item) -> tuple[Report, list[Event]]:
    report = Report(text=item.text, published=item.published, language="ru", source=f"outlet {item.id}")
    claims = []
    for name, (value, _) in item.figures.items():
        word = {"injured": "пострадал", "launched": "шесть", }.get(name, name)
        if word not in item.text:
            word = {"injured": "injured", "launched": "six"}[name]
        start = item.text.index(word)
        claims.append(Claim(report_id=report.id, start=start, end=start + len(word), quote=word, value=value, figure=name))
    return report, [Event(kind="strike", date="2025-03-10", date_precision="day", place=item.place, weapon="missile",
                          claims=claims)]


def test_the_ledger_fed_in_publication_order_ends_as_a_full_rerun(tmp_path: Path) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger:
        for item in (TOWN, REGION, CHANNEL):
            ledger.ingest(*_report_of(item))
        events = ledger.events()
        assert len(events) == 1 and len(events[0].reports) == 3
        assert ledger.resolve_all()["rewritten"] == 0
