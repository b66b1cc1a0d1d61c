"""Start-up: `eventledger extract FILE` on a 1 KB English report, warm cache, this tree against another one.

Each run is a fresh process (`python -m eventledger.cli extract FILE`); it is timed to its first event on standard
output (wall) and to its end (wall, and CPU seconds user+sys from the kernel's accounting). The two trees run in turn,
after one warm-up each (which also builds a missing gazetteer), and the medians are printed. The "before" tree is a
checkout of another commit (e.g. `git worktree add /tmp/before main`), run with PYTHONPATH=<it>/src and its own
EVENTLEDGER_HOME, since the two may store the gazetteer differently.

    .venv/bin/python benchmarks/bench_startup.py --before /tmp/before --before-home /tmp/before-home --runs 7
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import eventledger

REPORT = Path(eventledger.__file__).parent / "demo" / "en_mod_interceptions.txt"  # 1,064 bytes


def run_once(env: dict[str, str], report: Path) -> tuple[float, float, float]:
    """(seconds to the first event, seconds to the end, CPU seconds) of one `extract` process."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "eventledger.cli", "extract", str(report)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    first_line = proc.stdout.readline()
    first = time.perf_counter() - started
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - started
    if not first_line or os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"extract printed no event or failed (exit {os.waitstatus_to_exitcode(status)})")
    return first, total, usage.ru_utime + usage.ru_stime


def environment(src: Path | None, home: Path | None) -> dict[str, str]:
    """The shell's environment as a user has it: bytecode written, so that after the warm-up each run imports the
    compiled modules (a machine with PYTHONDONTWRITEBYTECODE set and no `__pycache__` compiles every module of the
    tree again in each process: about 0.3 s of CPU more)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    if home is not None:
        env["EVENTLEDGER_HOME"] = str(home)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, help="another checkout of eventledger to compare with (its root)")
    parser.add_argument("--before-home", type=Path, help="EVENTLEDGER_HOME for the other checkout")
    parser.add_argument("--home", type=Path, help="EVENTLEDGER_HOME for this tree (default: the environment's)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args()

    trees = {"after (this tree)": environment(Path(eventledger.__file__).parents[1], args.home)}
    if args.before:
        trees = {"before": environment(args.before / "src", args.before_home), **trees}
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
    for env in trees.values():
        run_once(env, args.report)  # warm-up: page cache, bytecode, compiled patterns, and a gazetteer built if missing
    for _ in range(args.runs):
        for name, env in trees.items():
            times[name].append(run_once(env, args.report))
    print(f"extract {args.report.name} ({args.report.stat().st_size} bytes), median of {args.runs} runs")
    for name, runs in times.items():
        first, total, cpu = (statistics.median(column) for column in zip(*runs))
        print(f"  {name:18} first event {first:.2f} s wall, end {total:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
