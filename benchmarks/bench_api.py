"""Load on the HTTP API: a SYNTHETIC 100,000-event SQLite ledger, `eventledger serve` on 127.0.0.1, and a load
generator on the same machine, bounded in time.

The ledger is synthetic (made-up reports, one event each, written straight into the tables with SQL, including
the full-text index) so that it is built in seconds; it is not extracted from real text.

The load, per server configuration and endpoint:
- closed loop: `wrk` (Debian package `wrk`, C, one thread) keeps `--clients` connections, each sending its next
  request when the last one answered, for `--seconds`; the connections walk one list of request paths in turn;
- open loop (`--rates`): requests sent at a fixed rate whatever the answers (httpx, async), latency counted from
  the moment each request was due, so a server that falls behind shows it.
The request paths are a mix a list's users make: sessions of one query (a quarter with no filter, the rest one or
two filters among kind, weapon, country, since, min_killed, bbox, a word searched) paged 1-5 times (a search 1)
with the cursors the API gives out (5,000 sessions, about 11,000 paths, most asked once in a 20 s run); one event by 10,000
random ids; GeoJSON of 1,000 events for country x since x kind; and, to show what a kept answer costs, the list
mix's first 100 paths asked again and again. Prints p50/p95/p99, throughput, errors, the share
of answers from the API's cache, and CPU seconds of the server and of the load generator, as Markdown rows.

Servers are given as NAME=COMMAND, the command run with `-m eventledger.cli serve --db DB --port PORT` appended
(extra serve options may follow the interpreter), and environment variables before it (PYTHONPATH included: this
process's own is not passed on); e.g. main's tree against this one, one process without cache, one process, two
processes:

    .venv/bin/python benchmarks/bench_api.py --events 100000 --clients 50 --seconds 20 \
        --server "before=/tmp/main/.venv/bin/python" \
        --server "nocache=EVENTLEDGER_API_CACHE_MB=0 .venv/bin/python --workers 1" \
        --server "after=.venv/bin/python --workers 1" --server "after-2proc=.venv/bin/python --workers 2"

(`serve` runs one process a core unless `--workers` says otherwise: name the number to compare trees fairly.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shlex
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import psutil

from eventledger.model import content_id
from eventledger.store import Ledger
from eventledger.store import query as qy

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


def build(path: Path, n: int, seed: int = 7, python: str = sys.executable) -> None:
    """Write `n` synthetic events (one report, one publication, one report event and two claims each), in the schema
    that `python`'s eventledger makes (the oldest tree compared: a newer one migrates its copy when it opens it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([python, "-c", "import sys; from eventledger.store import Ledger; Ledger(sys.argv[1]).close()", str(path)],
                   check=True, env=env)  # the schema, migrated to head (with the FTS tables)
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
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts_events'").fetchone():  # migration 0011 on
            db.execute("INSERT INTO fts_events SELECT c.id, m.event_id, e.date, e.kind, e.weapon, e.country, e.lat, e.lon "
                       "FROM event_members AS m JOIN report_events AS re ON re.id = m.report_event_id "
                       "JOIN fts_reports_content AS c ON c.c0 = re.report_id JOIN events AS e ON e.id = m.event_id")
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


WRK_SCRIPT = """
local paths, i = {}, 0
hits = 0  -- a global: done() reads it from each thread
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i - 1) % #paths + 1])
end
function response(status, headers, body)
  if headers["x-cache"] == "hit" then hits = hits + 1 end
end
function done(summary, latency, requests)
  local cached = 0
  for _, thread in ipairs(threads) do cached = cached + thread:get("hits") end
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"duration_us":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,' ..
    '"errors":%d,"non_2xx":%d,"cached":%d}\\n', summary.requests, summary.duration, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max, e.connect + e.read + e.write + e.timeout, e.status,
    cached))
end
"""


def list_mix(path: Path, sessions: int, seed: int = 11) -> list[str]:
    """Request paths of `sessions` list sessions: a query, then its next pages with the cursors the API gives."""
    rng = random.Random(seed)
    months = [f"{y}-{m:02d}" for y in range(2022, 2026) for m in range(1, 13)]
    words = ["Kharkiv", "Odesa", "Saratov", "drone", "refinery", "Belgorod", "Kazan"]
    choices = {
        "kind": lambda: rng.choice(KINDS), "weapon": lambda: rng.choice([w for w in WEAPONS if w]),
        "country": lambda: rng.choice(["UA", "RU"]), "since": lambda: rng.choice(months),
        "min_killed": lambda: rng.choice([1, 2, 5]), "q": lambda: rng.choice(words),
        "bbox": lambda: (lambda p: f"{p[4] - 1:g},{p[3] - 1:g},{p[4] + 1:g},{p[3] + 1:g}")(rng.choice(PLACES)),
    }
    weights = {"kind": 5, "weapon": 3, "country": 5, "since": 4, "min_killed": 2, "q": 1, "bbox": 2}
    paths: list[str] = []
    with Ledger(path) as ledger:
        for _ in range(sessions):
            params: dict[str, Any] = {}
            if rng.random() >= 0.25:
                for name in rng.sample(list(weights), k=rng.choice([1, 1, 2]), counts=list(weights.values())):
                    params[name] = choices[name]()
            f = qy.EventFilter(min_figures={"killed": params["min_killed"]} if "min_killed" in params else {},
                               bbox=qy.EventFilter.parse_bbox(params["bbox"]) if "bbox" in params else None,
                               **{k: v for k, v in params.items() if k not in ("min_killed", "bbox")})
            pages, cursor = min(5, 1 + int(rng.expovariate(1.0))), None
            if "q" in params:  # a search is read a page at a time too, but its cursors cost a second each to make here
                pages = 1
            for _page in range(pages):
                query = dict(params, **({"cursor": cursor} if cursor else {}))
                paths.append("/api/v1/events" + (f"?{httpx.QueryParams(query)}" if query else ""))
                cursor = qy.select_event_rows(ledger, f, limit=100, cursor=cursor).next_cursor
                if cursor is None:
                    break
    return paths


def geojson_mix(seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    months = [f"{y}-{m:02d}" for y in range(2022, 2026) for m in range(1, 13)]
    combos = [(c, m, k) for c in ("UA", "RU") for m in months for k in (None, *KINDS)]
    rng.shuffle(combos)
    return [f"/api/v1/events.geojson?country={c}&since={m}&limit=1000" + (f"&kind={k}" if k else "") for c, m, k in combos]


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its children (a server and its worker processes)."""
    try:
        root = psutil.Process(pid)
        total = 0.0
        for p in [root, *root.children(recursive=True)]:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.NoSuchProcess:
                pass
        return total
    except psutil.NoSuchProcess:
        return 0.0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def closed_loop(base: str, paths: list[str], clients: int, seconds: float, workdir: Path) -> dict[str, Any]:
    """`wrk` with `clients` connections for `seconds`, walking `paths` in turn."""
    script, listing = workdir / "mix.lua", workdir / "paths.txt"
    script.write_text(WRK_SCRIPT)
    listing.write_text("\n".join(paths) + "\n")
    before = children_cpu()
    out = subprocess.run(
        ["wrk", "-t1", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "30s", "-s", str(script), base],
        capture_output=True, text=True, env={**os.environ, "BENCH_PATHS": str(listing)}, timeout=seconds + 60,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"wrk gave no result: {out.stdout} {out.stderr}")
    r = json.loads(line[len("BENCH "):])
    elapsed = r["duration_us"] / 1e6
    return {"requests": r["requests"], "rps": r["requests"] / elapsed, "p50_ms": r["p50"] / 1000,
            "p95_ms": r["p95"] / 1000, "p99_ms": r["p99"] / 1000, "max_ms": r["max"] / 1000,
            "errors": r["errors"] + r["non_2xx"], "cached": r["cached"] / max(r["requests"], 1),
            "client_cpu": children_cpu() - before}


async def open_loop(base: str, paths: list[str], rate: float, seconds: float) -> dict[str, Any]:
    """Request k is sent at start + k/rate whether or not earlier ones answered; its latency counts from then."""
    latencies: list[float] = []
    errors = 0
    cached = 0
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=1000)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def one(k: int, due: float) -> None:
            nonlocal errors, cached
            try:
                response = await client.get(paths[k % len(paths)])
                if response.status_code != 200:
                    errors += 1
                cached += response.headers.get("x-cache") == "hit"
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - due)

        cpu0 = time.process_time()
        start = time.perf_counter()
        tasks = []
        for k in range(int(rate * seconds)):
            due = start + k / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(k, due)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu0
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50_ms": cuts[49] * 1000,
            "p95_ms": cuts[94] * 1000, "p99_ms": cuts[98] * 1000, "max_ms": max(latencies) * 1000,
            "errors": errors, "cached": cached / len(latencies), "client_cpu": cpu}


def server_words(spec: str) -> tuple[dict[str, str], str, list[str]]:
    """[VAR=VALUE ...] PYTHON [serve options]: the environment, the interpreter and the options."""
    words = shlex.split(spec)
    # this process's PYTHONPATH is not the server's (its tree is the interpreter's), but one the spec names is
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    while words and "=" in words[0] and not words[0].startswith("-"):
        key, value = words.pop(0).split("=", 1)
        env[key] = value
    return env, words[0], words[1:]


def start_server(spec: str, db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """NAME=[VAR=VALUE ...] PYTHON [serve options]: the server listening, and its base URL."""
    env, python, options = server_words(spec)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([python, "-m", "eventledger.cli", "serve", "--db", str(db), "--port", str(port), *options],
                              env=env, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{base}/api/v1/events?limit=1", timeout=5).status_code == 200:
                return server, base
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise SystemExit(f"the server {spec!r} did not start")
        time.sleep(0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventledger-bench-api.db"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--sessions", type=int, default=5000, help="List sessions in the mix of request paths.")
    parser.add_argument("--server", action="append", metavar="NAME=COMMAND",
                        help="A server to load (repeatable); default: this interpreter.")
    parser.add_argument("--only", choices=["list", "hot", "event", "geojson"], action="append")
    parser.add_argument("--warm", action="store_true",
                        help="Before each closed-loop run, one untimed run of the same length, so that answers asked before are kept.")
    parser.add_argument("--rates", default="", help="Open-loop rates (requests/s) for the list mix, e.g. 100,200,400.")
    args = parser.parse_args()

    if events_in(args.db) != args.events:
        for suffix in ("", "-wal", "-shm", ".mix.json"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(args.db, args.events, python=server_words((args.server or [f"this={sys.executable}"])[0].split("=", 1)[1])[1])
        print(f"built {args.events} synthetic events in {time.perf_counter() - t0:.1f} s: {args.db}", file=sys.stderr)
    mix_file = Path(f"{args.db}.mix.json")
    mixes = json.loads(mix_file.read_text()) if mix_file.exists() else {}
    if mixes.get("sessions") != args.sessions:
        t0 = time.perf_counter()
        with sqlite3.connect(args.db) as db:
            ids = [row[0] for row in db.execute("SELECT id FROM events ORDER BY random() LIMIT 10000")]
        scratch = Path(f"{args.db}.mixing")  # a copy: opening a ledger migrates it to this tree's schema
        shutil.copyfile(args.db, scratch)
        paths = list_mix(scratch, args.sessions)
        scratch.unlink()
        mixes = {"sessions": args.sessions, "list": paths,
                 "event": [f"/api/v1/events/{x}" for x in ids], "geojson": geojson_mix()}
        mix_file.write_text(json.dumps(mixes))
        print(f"made the request mix in {time.perf_counter() - t0:.1f} s: {mix_file}", file=sys.stderr)
    labels = {"list": f"GET /api/v1/events: mix of {len(mixes['list']):,} paths",
              "event": f"GET /api/v1/events/{{id}}: {len(mixes['event']):,} random ids",
              "geojson": f"GET /api/v1/events.geojson: {len(mixes['geojson'])} filters, limit 1000",
              "hot": "GET /api/v1/events: the mix's first 100 paths, again and again"}
    mixes["hot"] = mixes["list"][:100]

    workdir = Path(f"{args.db}.wrk")
    workdir.mkdir(exist_ok=True)
    print(f"{os.cpu_count()} cores; {args.clients} clients closed loop for {args.seconds:g} s", file=sys.stderr)
    print("| server | endpoint | load | load avg | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | "
          "cached | server CPU s | client CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    first_list = mixes["list"]
    for spec in args.server or [f"this={sys.executable}"]:
        name = spec.split("=", 1)[0]
        mixes["list"] = first_list  # every server gets the same requests in the same order
        # each server reads its own copy: a newer tree migrates the ledger it opens, which an older one cannot read
        copy = Path(f"{args.db}.{name}")
        shutil.copyfile(args.db, copy)
        server, base = start_server(spec.split("=", 1)[1], copy)
        try:
            runs: list[tuple[str, str, Any]] = []
            for key in ("list", "hot", "event", "geojson"):
                if not args.only or key in args.only:
                    if args.warm:  # its requests are not counted, and the timed run starts where it started
                        runs.append((key, "warm-up", lambda k=key: closed_loop(base, mixes[k], args.clients, args.seconds, workdir)))
                    runs.append((key, f"{args.clients} closed", lambda k=key: closed_loop(base, mixes[k], args.clients, args.seconds, workdir)))
            for rate in [float(x) for x in args.rates.split(",") if x]:
                runs.append(("list", f"{rate:g}/s open", lambda r=rate: asyncio.run(open_loop(base, mixes["list"], r, args.seconds))))
            for key, load, run in runs:
                load_avg = os.getloadavg()[0]
                cpu0 = tree_cpu(server.pid)
                r = run()
                if key == "list" and load != "warm-up":  # the next run on this server goes on where this one stopped, not into kept answers
                    mixes["list"] = mixes["list"][r["requests"]:] + mixes["list"][: r["requests"]]
                cpu = tree_cpu(server.pid) - cpu0
                print(f"| {name} | {labels[key]} | {load} | {load_avg:.1f} | {r['requests']} | {r['rps']:.0f} | "
                      f"{r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['p99_ms']:.0f} | {r['max_ms']:.0f} | {r['errors']} | "
                      f"{r['cached']:.0%} | {cpu:.1f} | {r['client_cpu']:.1f} |", flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
