"""The list's page of ids for the filters its indexes serve, as SQL text run on the driver (`query._plain_ids`),
is `_select_ids`' page: the same ids in the same order and the same cursor, over every page, both sorts, undated
events, a box across the antimeridian, minimum figures and date ranges."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from eventledger.model import content_id
from eventledger.store import Ledger
from eventledger.store import query as qy
from eventledger.store import schema as t

PLACES = [("UA", 49.99, 36.23), ("UA", 46.48, 30.72), ("RU", 50.6, 36.59), ("RU", 55.79, 49.12), ("FJ", -17.7, 179.9),
          ("FJ", -17.8, -179.9)]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    path = tmp_path_factory.mktemp("plain_ids") / "ledger.db"
    Ledger(path).close()
    rng = random.Random(5)
    rows = []
    for i in range(400):
        country, lat, lon = rng.choice(PLACES)
        date = None if i % 37 == 0 else f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        if i % 11 == 0 and date:
            date = date[:7]  # month precision: "2024-03" sorts before "2024-03-01"
        figures = {"killed": {"low": k, "best": k, "high": k, "reason": "x"} for k in [rng.choice([0, 1, 2, 5])]}
        if i % 5 == 0:
            figures["injured"] = {"low": 3, "best": 3, "high": 3, "reason": "x"}
        place = json.dumps({"name": "p", "country": country, "lat": lat, "lon": lon, "precision": "city"})
        rows.append((content_id("e", i), rng.choice(["strike", "interception", "shelling"]), rng.choice(["drone", "missile", None]),
                     date, "day", place, "[]", "{}", 0, json.dumps(figures), country, None, lat, lon, "2024", "2024", "c"))
    with sqlite3.connect(path) as db:
        db.executemany("INSERT INTO events (id, kind, weapon, date, date_precision, place, areas, target, background, figures, "
                       "country, admin1, lat, lon, created_at, updated_at, cell) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return Ledger(path)


FILTERS = [
    qy.EventFilter(), qy.EventFilter(kind="strike"), qy.EventFilter(country="RU", weapon="drone"),
    qy.EventFilter(since="2024-03", until="2024-06"), qy.EventFilter(until="2024-05"), qy.EventFilter(since="2024-11-15"),
    qy.EventFilter(bbox=(30, 45, 40, 52)), qy.EventFilter(bbox=(179, -20, -179, -15)), qy.EventFilter(bbox=(179, -20, -179, -15), kind="shelling"),
    qy.EventFilter(min_figures={"killed": 2}), qy.EventFilter(min_figures={"killed": 0}), qy.EventFilter(min_figures={"killed": 1, "injured": 1}),
    qy.EventFilter(min_figures={"hit": 1}), qy.EventFilter(kind="interception", since="2024-02", min_figures={"killed": 1}, bbox=(20, 40, 50, 60)),
]


@pytest.mark.parametrize("f", FILTERS, ids=repr)
@pytest.mark.parametrize("sort", ["-date", "date"])
@pytest.mark.parametrize("limit", [1, 7, 100])
def test_every_page_is_select_ids_page(ledger: Ledger, f: qy.EventFilter, sort: str, limit: int) -> None:
    e = t.events.c
    cursor, seen = None, 0
    with ledger._read() as conn:
        while True:
            want_rows, want_cursor = qy._select_ids(conn, f, sort, limit, cursor, (e.id, e.date))
            got = qy._plain_ids(conn, f, sort, limit, cursor)
            assert got is not None
            assert got == ([(r.id, r.date) for r in want_rows], want_cursor)
            seen += len(want_rows)
            cursor = want_cursor
            if cursor is None:
                break
    assert seen > 0 or f.min_figures.get("hit")


def test_filters_beyond_the_events_columns_take_the_general_path(ledger: Ledger) -> None:
    with ledger._read() as conn:
        for f in [qy.EventFilter(q="drone"), qy.EventFilter(outlet="x"), qy.EventFilter(source="x"), qy.EventFilter(place="Kyiv"),
                  qy.EventFilter(admin1="x"), qy.EventFilter(background=True), qy.EventFilter(target="energy")]:
            assert qy._plain_ids(conn, f, "-date", 10, None) is None
        with pytest.raises(ValueError):
            qy._plain_ids(conn, qy.EventFilter(), "-date", 10, "not-a-cursor")
        with pytest.raises(ValueError):
            qy._plain_ids(conn, qy.EventFilter(), "up", 10, None)
