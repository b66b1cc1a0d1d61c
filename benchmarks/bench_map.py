"""The map page with many events: time from navigation start to the markers drawn, in Debian's headless Chromium.

A SYNTHETIC ledger (benchmarks/bench_api.py's builder: made-up reports, one event each, written straight into the
tables) is served by `eventledger serve` on 127.0.0.1; each run opens the page in a fresh browser context (no
cache), waits until the page says it is ready, and reads the page's own performance marks:
`eventledger:data` (the events fetched and parsed), `eventledger:markers` (every marker handed to the map,
clusters drawn) and `eventledger:painted` (the next frame, with the basemap). On a shared machine those wall times
grow with the load, so it also reads the CPU time (from /proc) that Chromium's processes and the server spent on
each load, which the load changes much less. Prints Markdown rows.

    .venv/bin/python benchmarks/bench_map.py --events 10000 --runs 5
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import build, events_in  # noqa: E402  (the synthetic ledger, shared with the API's benchmark)

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
MARKS = ("eventledger:data", "eventledger:markers", "eventledger:painted")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    """`eventledger serve` in its own process, as a user runs it; returns once it answers."""
    command = [str(Path(sys.executable).parent / "eventledger"), "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/sources", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"eventledger serve --db {db} did not answer on port {port} within 60 s")


def cpu_ms(root: int) -> dict[int, tuple[str, float]]:
    """CPU time (user + system, ms) of every live process under `root`, by pid, with its command name."""
    tick = 1000 / os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    stats: dict[int, tuple[str, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue
        name = raw[raw.index("(") + 1: raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2:].split()
        parents[int(entry.name)] = int(fields[1])
        stats[int(entry.name)] = (name, (int(fields[11]) + int(fields[12])) * tick)
    under = {root}
    for pid in sorted(parents):  # parents start before children, so one pass in pid order mostly suffices
        if parents[pid] in under:
            under.add(pid)
    for _ in range(3):
        under |= {pid for pid, parent in parents.items() if parent in under}
    return {pid: stats[pid] for pid in under if pid in stats}


def spent(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]], chromium: bool) -> float:
    return sum(ms - before.get(pid, (name, 0.0))[1] for pid, (name, ms) in after.items()
               if name.startswith("chrom") == chromium)


def measure(url: str, runs: int, screenshot: Path | None, server_pid: int) -> list[dict[str, float]]:
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            for run in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 850})
                page = context.new_page()
                browser_before, server_before = cpu_ms(os.getpid()), cpu_ms(server_pid)
                page.goto(url)
                page.wait_for_selector("body[data-state=ready]", timeout=60000)
                browser_after, server_after = cpu_ms(os.getpid()), cpu_ms(server_pid)
                marks = page.evaluate("(names) => names.map((n) => performance.getEntriesByName(n)[0].startTime)", list(MARKS))
                shown = int(page.locator("body").get_attribute("data-shown"))
                # The page's one request for every event: /map/events since the compact rows, /events.geojson before.
                data = page.evaluate("""() => performance.getEntriesByType('resource')
                    .filter((r) => /\\/map\\/events|\\/events\\.geojson/.test(r.name))
                    .map((r) => [r.responseEnd - r.startTime, r.encodedBodySize])[0]""")
                results.append({**dict(zip(MARKS, marks)), "shown": shown, "data": data[0], "data kB": data[1] / 1000,
                                "browser cpu": spent(browser_before, browser_after, chromium=True),
                                "server cpu": spent(server_before, server_after, chromium=False)})
                if screenshot and run == runs - 1:
                    page.screenshot(path=str(screenshot))
                context.close()
        finally:
            browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="Reuse (or build here) the synthetic ledger; default a temporary file.")
    parser.add_argument("--screenshot", type=Path, help="Save the last run's page here.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "map-bench.db"
        if events_in(db) != args.events:
            db.unlink(missing_ok=True)
            t0 = time.perf_counter()
            build(db, args.events)
            print(f"built {args.events} synthetic events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        port = free_port()
        server = serve(db, port)
        try:
            results = measure(f"http://127.0.0.1:{port}/", args.runs, args.screenshot, server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)

    for r in results:
        print("  ".join(f"{k.split(':')[-1]} {v:.0f}" for k, v in r.items()), file=sys.stderr)
    def median(f) -> float:
        return statistics.median(f(r) for r in results)

    command = f"`.venv/bin/python benchmarks/bench_map.py --events {args.events} --runs {args.runs}`"
    tree = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    today = time.strftime("%Y-%m-%d")
    rows = [
        ("navigation start to markers drawn", median(lambda r: r["eventledger:markers"]),
         max(r["eventledger:markers"] for r in results)),
        (f"of which the events' data from the API ({results[0]['data kB']:,.0f} kB)", median(lambda r: r["data"]),
         max(r["data"] for r in results)),
        ("of which the page's own work, data parsed to markers drawn",
         median(lambda r: r["eventledger:markers"] - r["eventledger:data"]),
         max(r["eventledger:markers"] - r["eventledger:data"] for r in results)),
        ("navigation start to basemap painted", median(lambda r: r["eventledger:painted"]),
         max(r["eventledger:painted"] for r in results)),
        ("CPU time of Chromium's processes for one load", median(lambda r: r["browser cpu"]),
         max(r["browser cpu"] for r in results)),
        ("CPU time of `eventledger serve` for one load", median(lambda r: r["server cpu"]),
         max(r["server cpu"] for r in results)),
    ]
    print(f"map page, {args.events:,} synthetic events ({results[0]['shown']:,} shown), {args.runs} cold loads")
    for what, med, worst in rows:
        print(f"| {what} | {med:.0f} ms median, {worst:.0f} ms worst | {command} | {today} | {tree} |")

if __name__ == "__main__":
    main()
