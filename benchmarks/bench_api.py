"""Load on the HTTP API: a SYNTHETIC 100,000-event SQLite ledger, `eventledger serve` on 127.0.0.1, and 50
concurrent clients (httpx, async, closed loop) for a fixed time on each of: the events list, one event, GeoJSON.

The ledger is synthetic (made-up reports, one event each, written straight into the tables with SQL, including
the full-text index) so that it is built in seconds; it is not extracted from real text. Prints throughput,
p50/p99 latency and errors per endpoint, as a Markdown table for docs/BENCHMARKS.md.

    .venv/bin/python benchmarks/bench_api.py --events 100000 --clients 50 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from eventledger.model import content_id
from eventledger.store import Ledger

PLACES = [  # name, country, admin1, lat, lon, precision
    ("Kharkiv", "UA", "Kharkiv Oblast", 49.99, 36.23, "city"),
    ("Odesa", "UA", "Odesa Oblast", 46.48, 30.72, "city"),
    ("Zaporizhzhia", "UA", "Zaporizhzhia Oblast", 47.85, 35.12, "city"),
    ("Kyiv", "UA", "Kyiv City", 50.45, 30.52, "city"),
    ("Dnipro", "UA", "Dnipropetrovsk Oblast", 48.46, 35.05, "city"),
    ("Sumy Oblast", "UA", "Sumy Oblast", 50.9, 34.8, "admin1"),
    ("Belgorod", "RU", "Belgorod Oblast", 50.6, 36.59, "city"),
    ("Kursk Oblast", "RU", "Kursk Oblast", 51.7, 36.2, "admin1"),
    ("Saratov", "RU", "Saratov Oblast", 51.53, 46.03, "city"),
    ("Tuapse", "RU", "Krasnodar Krai", 44.1, 39.08, "city"),
    ("Ryazan", "RU", "Ryazan Oblast", 54.63, 39.74, "city"),
    ("Kazan", "RU", "Tatarstan", 55.79, 49.12, "city"),
]
KINDS = ["strike", "interception", "explosion", "shelling", "airspace_restriction", "other"]
WEAPONS = ["drone", "missile", "ballistic_missile", "glide_bomb", "artillery", None]
OUTLETS = [f"Synthetic Outlet {i}" for i in range(20)]
SOURCES = [("governor", "official"), ("Defence Ministry", "military"), ("residents", "residents"), (None, "unknown")]


def build(path: Path, n: int, seed: int = 7) -> None:
    """Write `n` synthetic events (one report, one publication, one report event and two claims each)."""
    Ledger(path).close()  # the schema, migrated to head (with the FTS tables)
    rng = random.Random(seed)
    now = datetime.now(timezone.utc).isoformat(sep=" ")
    start = datetime(2022, 2, 24, tzinfo=timezone.utc)
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    rows: dict[str, list[tuple]] = {k: [] for k in ("reports", "fts_reports", "publications", "report_events", "claims",
                                                    "fts_claims", "events", "event_members")}
    for i in range(n):
        name, country, admin1, lat, lon, precision = rng.choice(PLACES)
        lat, lon = lat + rng.uniform(-0.2, 0.2), lon + rng.uniform(-0.2, 0.2)
        kind, weapon = rng.choice(KINDS), rng.choice(WEAPONS)
        day = start + timedelta(days=rng.randrange(0, 1400))
        date = day.date().isoformat()
        killed, injured = rng.choice([0, 0, 0, 1, 2, 5]), rng.choice([0, 1, 3, 8, 12])
        source, source_kind = rng.choice(SOURCES)
        text = (f"Synthetic report {i}: a {weapon or 'weapon'} {kind} in {name} on {date}. "
                f"{killed} killed, {injured} injured, said the {source or 'nobody'}.")
        rid = content_id("synthetic", i)
        eid = content_id("synthetic-event", i)
        killed_quote, injured_quote = f"{killed} killed", f"{injured} injured"
        k0 = text.index(killed_quote)
        j0 = text.index(injured_quote)
        published = day.isoformat(sep=" ")
        rows["reports"].append((rid, text, "en", None, published, now, content_id(text, length=64)))
        rows["fts_reports"].append((rid, "", text))
        rows["publications"].append((rid, rng.choice(OUTLETS), "media", f"https://example.org/{i}", published, now))
        place = json.dumps({"name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
                            "precision": precision, "geonames_id": None})
        target = json.dumps({"name": "depot", "category": rng.choice(["energy", "military", "residential", "unknown"])})
        rows["report_events"].append((eid, rid, kind, weapon, date, "day", place, "[]", target, 0, 0, text))
        figures = {}
        for figure, value, quote, offset in (("killed", killed, killed_quote, k0), ("injured", injured, injured_quote, j0)):
            cid = content_id(rid, offset, offset + len(quote), figure, None, value)
            rows["claims"].append((cid, eid, rid, offset, offset + len(quote), quote, figure, str(value), 1, 0,
                                   source, source_kind, 0, published))
            rows["fts_claims"].append((cid, eid, rid, quote))
            figures[figure] = {"low": value, "best": value, "high": value, "reason": "synthetic"}
        ordinal = day.toordinal()
        rows["events"].append((eid, kind, weapon, date, "day", place, "[]", target, 0, json.dumps(figures), country,
                               admin1, lat, lon, now, now, f"{country}/{admin1}", ordinal, ordinal))
        rows["event_members"].append((eid, eid))
    sql = {
        "reports": "INSERT INTO reports (id, text, language, title, first_published, fetched_at, content_hash) VALUES (?,?,?,?,?,?,?)",
        "fts_reports": "INSERT INTO fts_reports (report_id, title, text) VALUES (?,?,?)",
        "publications": "INSERT INTO publications (report_id, source, source_kind, url, published, fetched_at) VALUES (?,?,?,?,?,?)",
        "report_events": "INSERT INTO report_events (id, report_id, kind, weapon, date, date_precision, place, areas, target, "
                         "background, anchor, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        "claims": 'INSERT INTO claims (id, report_event_id, report_id, start, "end", quote, figure, value, value_is_int, '
                  "lower_bound, source, source_kind, hedged, published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "fts_claims": "INSERT INTO fts_claims (claim_id, report_event_id, report_id, quote) VALUES (?,?,?,?)",
        "events": "INSERT INTO events (id, kind, weapon, date, date_precision, place, areas, target, background, figures, "
                  "country, admin1, lat, lon, created_at, updated_at, cell, day_lo, day_hi) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        "event_members": "INSERT INTO event_members (event_id, report_event_id) VALUES (?,?)",
    }
    with db:
        for table, statement in sql.items():
            db.executemany(statement, rows[table])
    db.execute("ANALYZE")
    db.close()


def events_in(path: Path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        try:
            return db.execute("SELECT count(*) FROM events").fetchone()[0]
        except sqlite3.Error:
            return 0


async def load(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` concurrent loops, each sending the next request when its last one answered, for `seconds`."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker(k: int) -> None:
            i = k
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                try:
                    response = await client.get(paths[i % len(paths)])
                    await response.aread()
                    if response.status_code != 200:
                        errors[f"HTTP {response.status_code}"] += 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] += 1
                latencies.append(time.perf_counter() - t0)
                i += clients

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [latencies[0]] * 99
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50_ms": cuts[49] * 1000,
            "p99_ms": cuts[98] * 1000, "max_ms": max(latencies) * 1000,
            "errors": sum(errors.values()), "error_kinds": dict(errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventledger-bench-api.db"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--only", choices=["list", "event", "geojson"], action="append")
    args = parser.parse_args()

    if events_in(args.db) != args.events:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.events} synthetic events in {time.perf_counter() - t0:.1f} s: {args.db}", file=sys.stderr)

    with sqlite3.connect(args.db) as db:
        sample = [row[0] for row in db.execute("SELECT id FROM events ORDER BY random() LIMIT 1000")]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "eventledger.cli", "serve", "--db", str(args.db), "--port", str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/v1/events?limit=1", timeout=5)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
        scenarios = {
            "list": ("GET /api/v1/events (limit 100)", ["/api/v1/events"]),
            "event": ("GET /api/v1/events/{id} (1,000 random ids)", [f"/api/v1/events/{x}" for x in sample]),
            "geojson": ("GET /api/v1/events.geojson?country=UA&since=2024-06&limit=1000",
                        ["/api/v1/events.geojson?country=UA&since=2024-06&limit=1000"]),
        }
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", file=sys.stderr)
        print("| endpoint | clients | seconds | requests | req/s | p50 ms | p99 ms | max ms | errors |")
        print("|---|---|---|---|---|---|---|---|---|")
        for key, (label, paths) in scenarios.items():
            if args.only and key not in args.only:
                continue
            r = asyncio.run(load(base, paths, args.clients, args.seconds))
            print(f"| {label} | {args.clients} | {args.seconds:g} | {r['requests']} | {r['rps']:.0f} | "
                  f"{r['p50_ms']:.0f} | {r['p99_ms']:.0f} | {r['max_ms']:.0f} | {r['errors']} |", flush=True)
            if r["errors"]:
                print(f"errors: {r['error_kinds']}", file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
