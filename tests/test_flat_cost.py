"""Ingest whose cost does not grow with the ledger, and whose result does not depend on the order reports arrive in.

Behaviour, not timing: how many SQL statements a report takes, how far back a link looks, how many links an event
gets, and that the same reports in any order (or re-resolved) give the same events with the same ids. The reports
are our own sentences; the speed itself is measured by benchmarks/bench_ingest.py.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event, select

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report
from eventledger.resolve import FOLLOW_UP_DAYS, TARGET_LOOKBACK
from eventledger.store import Ledger
from eventledger.store import schema as t

UTC = timezone.utc
START = date(2025, 3, 3)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def report(text: str, day: date, hour: int = 12, source: str = "desk") -> Report:
    when = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return Report(text=text.format(day=f"{day.day} {day:%B %Y}"), published=when, language="en", source=source)


def put(ledger: Ledger, gazetteer: Gazetteer, *reports: Report) -> None:
    for r in reports:
        ledger.ingest(r, extract(r, gazetteer))


def grouping(ledger: Ledger) -> dict[str, frozenset[str]]:
    """Each event id with the reports it holds."""
    return {e.id: frozenset(e.reports) for e in ledger.events()}


def links(ledger: Ledger) -> set[tuple[str, str, str]]:
    with ledger.engine.connect() as conn:
        lk = t.event_links.c
        return set(conn.execute(select(lk.event_id, lk.related_id, lk.why)).all())


# Three reports of one deadly strike: two name a town each (two towns: never one incident), the middle one only the
# region, with the same toll, in words closer to Valuyki's. Published in this order, the region's report can only join
# Shebekino's (Valuyki's is not out yet); joined greedily as they arrive, the other way round, it would join Valuyki's.
SHEBEKINO = report("A drone strike on Shebekino killed 7 people on {day}, the governor said.", START, 8, "a")
REGION = report("A Ukrainian drone strike in Belgorod Oblast killed 7 people on {day}, officials said.", START, 10, "b")
VALUYKI = report("A Ukrainian drone strike on Valuyki in Belgorod Oblast killed 7 people on {day}, officials said.",
                 START, 12, "c")


def test_reports_in_any_order_and_re_resolved_give_the_same_events_and_ids(tmp_path: Path, gazetteer: Gazetteer) -> None:
    results = []
    for n, order in enumerate([(SHEBEKINO, REGION, VALUYKI), (VALUYKI, REGION, SHEBEKINO), (REGION, VALUYKI, SHEBEKINO)]):
        with Ledger(tmp_path / f"ledger{n}.db") as ledger:
            put(ledger, gazetteer, *order)
            arrived = grouping(ledger)
            ledger.resolve_all()
            assert grouping(ledger) == arrived
            results.append(arrived)
    assert results[0] == results[1] == results[2]
    assert frozenset({SHEBEKINO.id, REGION.id}) in results[0].values()  # publication order decides, as in a re-run
    assert frozenset({VALUYKI.id}) in results[0].values()


def test_a_report_relayed_earlier_than_first_seen_regroups_as_a_re_run_would(tmp_path: Path, gazetteer: Gazetteer) -> None:
    late_region = report(REGION.text, START, 13, "b")  # first seen after Valuyki's report...
    with Ledger(tmp_path / "ledger.db") as ledger:
        put(ledger, gazetteer, SHEBEKINO, VALUYKI, late_region)
        assert frozenset({VALUYKI.id, REGION.id}) in grouping(ledger).values()
        put(ledger, gazetteer, report(REGION.text, START, 10, "relay"))  # ...then found published at 10:00 elsewhere
        arrived = grouping(ledger)
        ledger.resolve_all()
        assert grouping(ledger) == arrived
    assert frozenset({SHEBEKINO.id, REGION.id}) in arrived.values()


REFINERY = "Drones struck the Saratov oil refinery on {day}, the governor said."


def test_a_strike_on_a_named_target_is_linked_only_to_the_last_few_strikes_on_it(tmp_path: Path, gazetteer: Gazetteer) -> None:
    strikes = [report(REFINERY, START + timedelta(days=7 * k)) for k in range(TARGET_LOOKBACK + 4)]
    with Ledger(tmp_path / "ledger.db") as ledger:
        put(ledger, gazetteer, *strikes)
        ids = [next(e.id for e in ledger.events() if r.id in e.reports) for r in strikes]
        found = {(a, b) for a, b, why in links(ledger) if why == "same_target"}
        per_event = Counter(a for a, _ in found)
        assert (ids[1], ids[0]) in found and (ids[TARGET_LOOKBACK], ids[0]) in found
        assert (ids[TARGET_LOOKBACK + 1], ids[0]) not in found  # beyond the look-back: not compared, not linked
        assert max(per_event.values()) <= 2 * TARGET_LOOKBACK
        arrived = links(ledger)
        ledger.resolve_all()
        assert links(ledger) == arrived


def test_a_casualty_update_outside_the_follow_up_window_is_not_linked(tmp_path: Path, gazetteer: Gazetteer) -> None:
    shelling = "Shelling of Shebekino on {day} injured 2 people, the governor said."
    update = "The toll of the shelling of Shebekino on {day} rose: 4 people were injured, the governor said."
    with Ledger(tmp_path / "ledger.db") as ledger:
        put(ledger, gazetteer, report(shelling, START), report(update, START + timedelta(days=20)))
        assert not [why for _, _, why in links(ledger) if why == "follow_up"]


def test_statements_per_report_do_not_grow_with_the_ledger(tmp_path: Path, gazetteer: Gazetteer) -> None:
    """The same places hit every day for two months: the 60th day's report costs no more SQL than the 10th's."""
    daily = [
        "Shelling of Shebekino on {day} injured 2 people, the governor said.",
        "Drones struck the Saratov oil refinery on {day}, the governor said.",
        "Moscow airports Vnukovo and Domodedovo suspended flights on {day}, Rosaviatsia said.",
    ]
    with Ledger(tmp_path / "ledger.db") as ledger:
        per_day: list[int] = []
        counted = Counter[str]()

        @event.listens_for(ledger.engine, "before_cursor_execute")
        def _count(*_args: object) -> None:
            counted["statements"] += 1

        for k in range(60):
            before = counted["statements"]
            put(ledger, gazetteer, *(report(text, START + timedelta(days=k), 6 + n) for n, text in enumerate(daily)))
            per_day.append(counted["statements"] - before)
        assert max(per_day[40:]) <= max(per_day[5:15]) + 3
        assert max(per_day) / len(daily) < 60  # statements a report
        with ledger.engine.connect() as conn:
            rows = conn.execute(select(t.event_links.c.event_id)).scalars().all()
        # links an event: bounded by the windows (a daily casualty report links to the others of 14 days), not the history
        assert max(Counter(rows).values()) <= 2 * FOLLOW_UP_DAYS + 2 * TARGET_LOOKBACK
