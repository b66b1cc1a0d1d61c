"""`eventledger batch --workers 2` against one process (`eventledger ingest`) on the same generated corpus.

The corpus is tests/batch_corpus.py's: short English and Russian reports (about 150 characters) of strikes on ten
towns that recur every day, each incident told by 2-4 sources. Both commands run as whole processes, one after the
other, into fresh SQLite ledgers; the script prints their wall times and the ratio, their CPU time (the batch's with
its workers', which it reaps) and reports per CPU-second, the batch's peak memory per worker (from its summary
line), and the load average around each run: on a shared machine wall time says little, CPU time more.

    .venv/bin/python benchmarks/bench_batch.py [--reports 1000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from batch_corpus import records, write_jsonl  # noqa: E402

BIN = Path(sys.executable).parent / "eventledger"
FIELDS = ["--source-field", "source", "--id-field", "id"]


def timed(command: list[str], tree: Path | None = None) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the process and all it waited for, and its last line; `tree`: whose src/ runs."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "COLUMNS": "400"}
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(tree.resolve() / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    print(f"  {' '.join(command[1:2])}{f' ({tree})' if tree else ''}: {seconds:.1f} s wall, {cpu:.1f} s CPU (load {load:.1f} -> {os.getloadavg()[0]:.1f}); {last}")
    return seconds, cpu, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--before", type=Path, help="another tree (a checkout) whose batch to time as well")
    args = parser.parse_args()
    before = None
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "corpus.jsonl", records(args.reports))
        print(f"{args.reports} reports, {corpus.stat().st_size / 1e3:.0f} KB; {os.cpu_count()} cores")
        one, one_cpu, _ = timed([str(BIN), "ingest", str(corpus), "--db", f"{tmp}/one.db", *FIELDS])
        command = [str(BIN), "batch", str(corpus), "--workers", str(args.workers), *FIELDS]
        many, many_cpu, line = timed([*command, "--db", f"{tmp}/batch.db"])
        if args.before:
            before = timed([*command, "--db", f"{tmp}/before.db"], args.before)
    peak = re.search(r"peak memory per worker ([\d, ]+) MB", line)
    worker_cpu = re.search(r"worker CPU (\d+) s", line)
    if worker_cpu:
        print(f"extraction on the workers: {args.reports / int(worker_cpu.group(1)):.1f} reports per worker CPU-second")
    print(f"ingest {args.reports / one:.1f} reports/s; batch with {args.workers} workers {args.reports / many:.1f} reports/s; "
          f"{one / many:.2f}x wall; per CPU-second ingest {args.reports / one_cpu:.1f}, batch {args.reports / many_cpu:.1f} "
          f"reports; peak memory per worker {peak.group(1) if peak else '?'} MB")
    if before:
        print(f"before ({args.before}): batch {args.reports / before[0]:.1f} reports/s, {one / before[0]:.2f}x wall; "
              f"per CPU-second {args.reports / before[1]:.1f} reports")


if __name__ == "__main__":
    main()
