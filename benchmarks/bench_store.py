"""How fast the store takes reports: SQLite against PostgreSQL, one writer and several at once.

Times `Ledger.ingest` (the store's part: sentence vectors, the write, incremental resolution) on reports extracted
beforehand, so every backend and tree gets the very same events and extraction is not timed. The corpus is the
real Russian posts in ../shared/eval/telegram_ru_news_2024 (the first --limit posts), or, with --demo N, the demo
reports retold N times on other days (the same places again, as every night).

    .venv/bin/python benchmarks/bench_store.py --limit 400 --workers 4
    PYTHONPATH=/tmp/before/src python benchmarks/bench_store.py --limit 400 --backends sqlite   # another tree

PostgreSQL is a throwaway server started for the run (tests/pgcluster.py), or --postgres URL of a database
on a server (each run makes a new database there). Rates are reports per second of wall time; "cpu" is this process's CPU time per report (the server's
own CPU is not in it). Extracted reports are cached in --cache so two trees time the same input.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "eval" / "telegram_ru_news_2024" / "war_related_posts.jsonl"


def load_pairs(limit: int, demo: int, cache: Path) -> list:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from eventledger.extract.pipeline import extract
    from eventledger.geo import Gazetteer
    from eventledger.model import Report
    from eventledger.sources.corpus import read_corpus
    from eventledger.sources.files import read_text_file

    gaz = Gazetteer.load()
    if demo:
        base = [read_text_file(p) for p in sorted((ROOT / "src" / "eventledger" / "demo").glob("*.txt"))]
        reports = [replace(r, text=f"{r.text}\n\n({n})", published=r.published + timedelta(days=n) if r.published else None)
                   for n in range(demo) for r in base]
    else:
        reports = [r for r in read_corpus(CORPUS, source_field="channel", source_kind="telegram") if isinstance(r, Report)]
        reports = reports[:limit]
    pairs = [(r, extract(r, gaz)) for r in reports]
    cache.write_bytes(pickle.dumps(pairs))
    return pairs


def server_cpu(url: str) -> float:
    """CPU seconds used so far by a PostgreSQL server on this machine: the postmaster, its live backends and the
    ones already gone (counted in the postmaster's children's time). 0 for SQLite or a remote server."""
    if not url.startswith("postgresql"):
        return 0.0
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.connect() as conn:
        backend = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
    engine.dispose()
    tick = os.sysconf("SC_CLK_TCK")

    def stat(pid: int | str) -> list[str]:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()

    try:
        postmaster = int(stat(backend)[1])
    except OSError:
        return 0.0
    total = sum(int(x) for x in stat(postmaster)[11:15])  # utime stime cutime cstime
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            fields = stat(proc.name)
        except OSError:
            continue
        if int(fields[1]) == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / tick


def _ingest(url: str, pairs: list) -> tuple[float, float]:
    from eventledger.store import Ledger

    with Ledger(url) as ledger:
        wall, cpu = time.perf_counter(), time.process_time()
        for report, events in pairs:
            ledger.ingest(report, events)
        return time.perf_counter() - wall, time.process_time() - cpu


def one_writer(url: str, pairs: list) -> str:
    _ingest(url, pairs[:1])  # open, migrate and load the encoder before timing
    server = server_cpu(url)
    wall, cpu = _ingest(url, pairs[1:])
    server = server_cpu(url) - server
    n = len(pairs) - 1
    on_server = f" + {1000 * server / n:.1f} ms server cpu" if server else ""
    return (f"{n / wall:.1f} reports/s wall, {1000 * cpu / n:.1f} ms cpu/report{on_server} "
            f"({n / (cpu + server):.0f} reports per cpu-second; {n} reports in {wall:.1f} s)")


def many_writers(url: str, pairs: list, workers: int) -> str:
    _ingest(url, pairs[:1])
    shares = [pairs[1 + i :: workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pool.submit(_ingest, url, []).result()  # the forked workers exist before the clock starts
        server = server_cpu(url)
        start = time.perf_counter()
        cpu = sum(done.result()[1] for done in [pool.submit(_ingest, url, share) for share in shares])
        wall = time.perf_counter() - start
        server = server_cpu(url) - server
    n = len(pairs) - 1
    on_server = f" + {1000 * server / n:.1f} ms server cpu" if server else ""
    return (f"{n / wall:.1f} reports/s wall with {workers} writers, {1000 * cpu / n:.1f} ms cpu/report{on_server} "
            f"({n} reports in {wall:.1f} s)")


def counts(url: str) -> str:
    from eventledger.store import Ledger

    with Ledger(url) as ledger:
        c = ledger.counts()
    return f"{c['reports']} reports, {c['claims']} claims, {c['events']} events"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400, help="posts of the real Russian corpus")
    parser.add_argument("--demo", type=int, default=0, help="instead: the demo reports retold N times")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--postgres", help="URL of an empty PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--cache", type=Path, help="extracted reports (pickle)")
    args = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    name = f"demo{args.demo}" if args.demo else f"ru{args.limit}"
    cache = args.cache or Path(tempfile.gettempdir()) / f"eventledger-bench-store-{name}.pickle"
    pairs = load_pairs(args.limit, args.demo, cache)
    print(f"corpus: {name}, {len(pairs)} reports, {sum(len(e) for _, e in pairs)} extracted events", flush=True)
    backends = args.backends.split(",")
    sys.path.insert(0, str(ROOT / "tests"))
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        if "postgresql" in backends and not args.postgres:
            from pgcluster import fresh_database, throwaway_cluster

            server = stack.enter_context(throwaway_cluster())
            make_pg = lambda: fresh_database(server)  # noqa: E731
        else:
            from pgcluster import fresh_database

            make_pg = lambda: fresh_database(args.postgres)  # noqa: E731
        for backend in backends:
            url = make_pg() if backend == "postgresql" else str(Path(tmp) / "one.db")
            print(f"{backend}, 1 writer: {one_writer(url, pairs)}; {counts(url)}", flush=True)
            if args.workers > 1:
                url = make_pg() if backend == "postgresql" else str(Path(tmp) / "many.db")
                print(f"{backend}, {args.workers} writers: {many_writers(url, pairs, args.workers)}; {counts(url)}", flush=True)


if __name__ == "__main__":
    main()
