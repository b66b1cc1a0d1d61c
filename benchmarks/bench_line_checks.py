#!/usr/bin/env python3
"""CPU of the per-sentence line checks of `events` (`_signing_line`, `_opens_line`, `_own_line`) on a long text of
short lines (a channel's archive pasted as one report): each is asked of every sentence, so each must read only the
sentence's own lines, or extraction grows with the square of the length.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_line_checks.py [--lines 24000] [--sentences 2000]
"""

from __future__ import annotations

import argparse
import time

from eventledger.extract import events
from eventledger.extract.segment import sentences


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=24000, help="lines of text (two sentences to three lines)")
    ap.add_argument("--sentences", type=int, default=2000, help="how many sentences to ask about")
    a = ap.parse_args()
    text = "Дрон сбит над Курском, сообщил губернатор.\nПострадавших нет.\n\n" * (a.lines // 2)
    spans = sentences(text, "ru")[: a.sentences]
    for check in (events._signing_line, events._opens_line, events._own_line):
        start = time.process_time()
        for s in spans:
            check(text, s)
        print(f"{check.__name__}: {time.process_time() - start:.3f} s of CPU for {len(spans)} sentences "
              f"of a {len(text) // 1000} KB text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
