"""Extraction throughput on the demo corpus replicated to N reports, single process.

Each copy changes one number in the text (so every copy is a distinct report with its own id) and shifts the publication
date by a few days, so nothing is answered from a cache keyed on the text. Prints reports/s, KB/s, peak memory, and the
gazetteer's load time cold (built when the cache file is missing) and warm (loaded from the cache file, in a fresh process).

    .venv/bin/python benchmarks/bench_extract.py --n 10000
    .venv/bin/python benchmarks/bench_extract.py --n 2000 --lang ru --tracemalloc
    .venv/bin/python benchmarks/bench_extract.py --n 1 --lang en --min-kb 1000    # one 1 MB report
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import eventledger
from eventledger.evaluate import load_gold
from eventledger.model import Report

DEMO = Path(eventledger.__file__).parent / "demo"
_NUMBER = re.compile(r"(?<![\d.,:-])\d{2,4}(?![\d.,:-])")
_WARM_LOAD = (
    "import time; from eventledger.geo import Gazetteer; t = time.perf_counter(); Gazetteer.load(); "
    "print(time.perf_counter() - t)"
)


def demo_reports(lang: str) -> list[Report]:
    """The demo corpus as Reports, read through its gold files (they carry each report's language and date)."""
    reports = [load_gold(p).report for p in sorted(DEMO.glob("*.gold.json"))]
    reports = [r for r in reports if lang == "all" or r.language == lang]
    if not reports:
        sys.exit(f"bench_extract: no demo reports in language {lang!r} under {DEMO}")
    return reports


def joined(reports: list[Report], min_kb: float) -> list[Report]:
    """Longer reports made of consecutive demo reports of one language, for measuring at a given report size."""
    if min_kb <= 0:
        return reports
    out: list[Report] = []
    for i, first in enumerate(reports):
        parts, j = [first.text], i
        while len("\n\n".join(parts).encode("utf-8")) < min_kb * 1024:
            j += 1
            nxt = reports[j % len(reports)]
            if nxt.language == first.language:
                parts.append(nxt.text[nxt.text.index("\n") + 1 :])  # without the second report's date line
        out.append(replace(first, text="\n\n".join(parts)))
    return out


def replicate(base: list[Report], n: int) -> Iterator[Report]:
    """N distinct reports: copy k of a demo report has its first number of two to four digits raised by k."""
    for i in range(n):
        report = base[i % len(base)]
        k = i // len(base)
        if k == 0:
            yield report
            continue
        body_start = report.text.index("\n")  # leave the `date YYYY-MM-DD` line alone
        text = report.text[:body_start] + _NUMBER.sub(lambda m: str(int(m.group()) + k), report.text[body_start:], count=1)
        if text == report.text:  # no number to change: append a distinct marker instead
            text = f"{report.text}\n[{k}]"
        published = report.published + timedelta(days=k % 5) if report.published else None
        yield replace(report, text=text, published=published)


def load_gazetteer_timed():
    """(gazetteer, seconds, built?) for this process's first load; built when no cache file existed before."""
    from eventledger.geo import Gazetteer, default_path  # imported here: the timing includes what a first run pays

    existed = default_path().exists()
    start = time.perf_counter()
    gazetteer = Gazetteer.load()
    return gazetteer, time.perf_counter() - start, not existed


def warm_load_seconds() -> float | None:
    """Loading from the cache file in a fresh interpreter (this process already holds its instance)."""
    done = subprocess.run([sys.executable, "-c", _WARM_LOAD], capture_output=True, text=True, check=False)
    try:
        return float(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(f"warm load failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of reports to extract (default 10000)")
    parser.add_argument("--lang", choices=("all", "en", "ru", "uk"), default="all", help="only demo reports in this language")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--min-kb", type=float, default=0,
                        help="join consecutive demo reports (same language) until each is at least this many KB")
    args = parser.parse_args(argv)

    try:
        from eventledger.extract.pipeline import extract
    except ImportError as exc:
        print(f"bench_extract: the extraction pipeline cannot be imported yet: {exc}", file=sys.stderr)
        return 2

    base = joined(demo_reports(args.lang), args.min_kb)
    gazetteer, cold, built = load_gazetteer_timed()
    warm = warm_load_seconds()
    print(f"gazetteer: first load {cold:.2f} s ({'built, cache was missing' if built else 'cache file existed'}); "
          f"warm load in a fresh process {'?' if warm is None else f'{warm:.2f}'} s")

    start = time.perf_counter()
    extract(base[0], gazetteer=gazetteer)  # language data, compiled patterns, caches
    print(f"first extraction (warm-up): {time.perf_counter() - start:.3f} s")

    if args.tracemalloc:
        tracemalloc.start()
    reports = events = errors = 0
    size = 0
    first_error = ""
    start, cpu_start = time.perf_counter(), time.process_time()
    for report in replicate(base, args.n):
        reports += 1
        size += len(report.text.encode("utf-8"))
        try:
            events += len(extract(report, gazetteer=gazetteer))
        except Exception as exc:  # noqa: BLE001 - count failures, keep measuring
            errors += 1
            first_error = first_error or f"{type(exc).__name__}: {exc}"
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux

    print(f"reports: {reports} ({len(base)} demo reports, language {args.lang}), {size / 1024:.0f} KB, {events} events, "
          f"{errors} errors")
    print(f"time: {elapsed:.2f} s  ->  {reports / elapsed:.1f} reports/s, {size / 1024 / elapsed:.1f} KB/s, "
          f"{1000 * elapsed / reports:.2f} ms/report")
    print(f"cpu time: {cpu:.2f} s  ->  {reports / cpu:.1f} reports/s on one core (wall time above includes other load)")
    print(f"cpu per KB: {1000 * cpu / (size / 1024):.2f} ms (flat from 1 KB to 1 MB reports: extraction is linear in length)")
    print(f"peak memory: {peak_rss_mb:.0f} MB resident" + (f", {traced / 2**20:.1f} MB traced by tracemalloc" if traced else ""))
    if first_error:
        print(f"first error: {first_error}")
    return 1 if errors == reports else 0


if __name__ == "__main__":
    sys.exit(main())
