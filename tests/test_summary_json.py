"""The list of events rendered by SQLite (`store.summary_json`) says what `select_event_summaries` says, on a ledger
ingested from the demo reports and then given the shapes extraction rarely makes: places with airport codes, an
offset, an area breakdown, a target without a category, no place, Cyrillic names, a publication with no time."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest

from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger
from eventledger.store.query import EventFilter, select_event_summaries
from eventledger.store.summary_json import event_summaries_json

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, gazetteer: Any) -> Ledger:
    path = tmp_path_factory.mktemp("summary_json") / "ledger.db"
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    first = [replace(r, source="Outlet", url=f"https://example.org/{i}") for i, r in enumerate(reports)]
    relayed = [replace(r, source=f"Relay {i}", url=f"https://example.net/{i}") for i, r in enumerate(reports)]
    with Ledger(path) as ledger:
        assert not ingest(ledger, [*first, *relayed], gazetteer).failed
    with sqlite3.connect(path) as db:
        ids = [row[0] for row in db.execute("SELECT id FROM events ORDER BY id")]
        place = {"name": "Бориспіль", "country": "UA", "admin1": "Київська область", "lat": 50.345123456789012,
                 "lon": 30.8947, "precision": "point", "geonames_id": 711660, "iata": "KBP", "icao": None}
        offset = {**place, "iata": None, "name_en": "Boryspil", "as_written": "20 км від Борисполя",
                  "offset": {"km": 20, "bearing": "south"}}
        area = {"place": {"name": "Kursk Oblast", "country": "RU", "admin1": "Kursk Oblast", "precision": "admin1"},
                "figures": {"intercepted": 12},
                "claims": [{"figure": "intercepted", "value": 12, "lower_bound": False, "source": "Минобороны",
                            "source_kind": "military", "hedged": False, "report_id": "r", "quote": "12 над Курской",
                            "start": 0, "end": 14, "published": None}]}  # a summary leaves an area's claims out
        changes = [
            ("place", json.dumps(place)), ("place", json.dumps(offset)), ("place", "null"), ("place", "{}"),
            ("target", json.dumps({"name": "нафтобаза"})), ("areas", json.dumps([area, {"place": place}])),
            ("details", 'a "quoted"\nline\twith\\ and \x01'),
        ]
        for event_id, (column, value) in zip(ids, changes):
            db.execute(f"UPDATE events SET {column} = ? WHERE id = ?", (value, event_id))
        # two events' members under a third (three reports), leaving two events with none
        db.execute("UPDATE event_members SET event_id = ? WHERE event_id IN (?, ?)", (ids[-1], ids[-2], ids[-3]))
        db.execute("UPDATE publications SET published = NULL WHERE id IN (SELECT id FROM publications ORDER BY id LIMIT 3)")
        db.execute("UPDATE reports SET first_published = NULL WHERE id IN (SELECT id FROM reports ORDER BY id LIMIT 2)")
    return Ledger(path)


@pytest.mark.parametrize("f", [
    EventFilter(), EventFilter(country="RU"), EventFilter(kind="strike", since="2024"), EventFilter(q="drones"),
    EventFilter(outlet="Relay 1"), EventFilter(outlet="Outlet"), EventFilter(kind="other"),
])
@pytest.mark.parametrize("sort", ["-date", "date"])
def test_every_page_says_what_the_python_summaries_say(ledger: Ledger, f: EventFilter, sort: str) -> None:
    cursor, pages = None, 0
    while True:
        want = select_event_summaries(ledger, f, sort=sort, limit=3, cursor=cursor)
        got = orjson.loads(event_summaries_json(ledger, f, sort=sort, limit=3, cursor=cursor))
        assert got == {"items": want.items, "next_cursor": want.next_cursor}
        assert [list(item) for item in got["items"]] == [list(item) for item in want.items]  # keys in the same order
        pages += 1
        cursor = want.next_cursor
        if cursor is None:
            break
    assert pages >= 1


def test_the_reshaped_events_are_among_those_compared(ledger: Ledger) -> None:
    items = orjson.loads(event_summaries_json(ledger, limit=1000))["items"]
    places = [item["place"] for item in items]
    assert None in places
    assert any(p and p.get("iata") == "KBP" for p in places)
    assert any(p and p.get("offset") == {"km": 20, "bearing": "south"} for p in places)
    assert any(item["areas"] and item["areas"][0]["figures"] == {"intercepted": 12} for item in items)
    assert any(item["target"] == {"name": "нафтобаза", "category": "unknown"} for item in items)
    assert any(len(item["reports"]) == 3 for item in items) and any(len(item["outlets"]) == 4 for item in items)
    assert any(item["reports"] == [] and item["claim_count"] == 0 for item in items)
