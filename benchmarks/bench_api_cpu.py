"""CPU a request of the API's events list, measured in one process without HTTP: a figure that holds on a busy machine.

Replays the first `--requests` paths of `bench_api.py`'s list mix, in order (so the answer cache and the kept items
see what a server would), against the ASGI app called directly, one request at a time, and prints the mean CPU
milliseconds a request (`time.process_time`: every thread of the process, SQLite's included), overall and by the
kind of query. Run it with each tree's interpreter on a copy of `bench_api.py`'s ledger (a newer tree migrates the
ledger it opens, which an older one then cannot read):

    cp /tmp/eventledger-bench-api.db /tmp/cpu-before.db && cp /tmp/eventledger-bench-api.db /tmp/cpu-after.db
    /tmp/before/.venv/bin/python benchmarks/bench_api_cpu.py --db /tmp/cpu-before.db --mix /tmp/eventledger-bench-api.db.mix.json
    .venv/bin/python benchmarks/bench_api_cpu.py --db /tmp/cpu-after.db --mix /tmp/eventledger-bench-api.db.mix.json
    EVENTLEDGER_API_CACHE_MB=0 .venv/bin/python benchmarks/bench_api_cpu.py ...   # without the caches
    EVENTLEDGER_API_CACHE_MB=0 .venv/bin/python benchmarks/bench_api_cpu.py --searches ...   # each search once
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl

from eventledger.api.app import create_app


def kind_of(path: str) -> str:
    """'q' for a search, else the filters' names joined ('none' without any); the cursor does not count."""
    names = sorted({name for name, _ in parse_qsl(path.partition("?")[2])} - {"cursor"})
    return "q" if "q" in names else "+".join(names) or "none"


async def replay(db: Path, paths: list[str], by_path: bool = False, warm: bool = False) -> dict[str, list[float]]:
    app = create_app(db, warm=True) if warm else create_app(db)  # a tree before the warm-up has no such argument
    cpu: dict[str, list[float]] = defaultdict(list)
    seen: set[str] = set()

    async def call(path: str) -> int:
        route, _, query = path.partition("?")
        scope = {"type": "http", "method": "GET", "path": route, "raw_path": route.encode(), "query_string": query.encode(),
                 "headers": [(b"host", b"127.0.0.1")], "http_version": "1.1", "scheme": "http", "root_path": "",
                 "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1), "app": app}
        status = []

        async def receive() -> dict[str, object]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, object]) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])

        await app(scope, receive, send)
        return status[0]

    started = time.process_time()
    async with app.router.lifespan_context(app):
        if warm:
            print(f"start-up warm-up: {time.process_time() - started:.2f} s CPU")
        await call("/api/v1/events?limit=1")  # the first request's imports and statements, not counted
        for path in paths:
            start = time.process_time()
            if await call(path) != 200:
                raise SystemExit(f"{path} did not answer 200")
            spent = time.process_time() - start
            cpu[path if by_path else kind_of(path)].append(spent)
            new = path not in seen
            seen.add(path)
            if not by_path:  # a path asked for the first time (a page new to the server) or again
                cpu[("first: searches" if kind_of(path) == "q" else "first: other") if new else "again"].append(spent)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="A copy of bench_api.py's ledger.")
    parser.add_argument("--mix", type=Path, default=Path("/tmp/eventledger-bench-api.db.mix.json"))
    parser.add_argument("--requests", type=int, default=2000,
                        help="The mix's first N paths; more than the mix (7,717) walks it again from its start.")
    parser.add_argument("--searches", action="store_true",
                        help="Each distinct search path of the mix once instead, and the slowest twenty (run it with "
                             "EVENTLEDGER_API_CACHE_MB=0: a path asked again is otherwise answered from the cache).")
    parser.add_argument("--warm", action="store_true",
                        help="Start the app as `eventledger serve` does, with its warm-up (`serve --warm`, the default); "
                             "its CPU is printed, not counted in the requests'.")
    args = parser.parse_args()
    mix = json.loads(args.mix.read_text())["list"]
    paths = (mix * -(-args.requests // len(mix)))[: args.requests]  # past its end the mix starts again, as wrk walks it
    if args.searches:
        paths = list(dict.fromkeys(p for p in paths if kind_of(p) == "q"))
        each = asyncio.run(replay(args.db, paths, by_path=True, warm=args.warm))
        for path, xs in sorted(each.items(), key=lambda kv: -kv[1][0])[:20]:
            print(f"  {1000 * xs[0]:7.2f} ms  {path}")
        cpu = {"q": [x for xs in each.values() for x in xs]}
    else:
        cpu = asyncio.run(replay(args.db, paths, warm=args.warm))
    split = {k: cpu.pop(k) for k in ("first: other", "first: searches", "again") if k in cpu}
    every = [x for xs in cpu.values() for x in xs]
    print(f"{len(every)} requests: {1000 * sum(every) / len(every):.2f} ms CPU a request")
    for kind, xs in [*sorted(cpu.items(), key=lambda kv: -sum(kv[1]))[:8], *split.items()]:
        print(f"  {kind:24s} {len(xs):5d} requests, {1000 * sum(xs) / len(xs):7.2f} ms each, {sum(xs):6.2f} s in all")


if __name__ == "__main__":
    main()
