#!/usr/bin/env python3
"""The pairs of report events one ledger holds in one event and another holds apart (new merges), and a seeded sample
of them to read: what a resolution change costs, as `duplicates_joined.py` says what it gains. Each pair is listed
once, with both sides' report ids, so the posts can be read (skip the held-out ones) and each merge judged.

    .venv/bin/python eval/ledger_sample_ru/new_merges.py /tmp/main/news.db /tmp/branch/news.db --sample 40 --seed 1
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
from collections import defaultdict


def events(db: str) -> dict[str, str]:
    """report event id -> event id."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    return dict(con.execute("SELECT report_event_id, event_id FROM event_members"))


def reports(db: str) -> dict[str, str]:
    """report event id -> report id."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    return dict(con.execute("SELECT id, report_id FROM report_events"))


def new_merges(before: dict[str, str], after: dict[str, str], report_of: dict[str, str]) -> list[tuple[str, str, str]]:
    """(event after, report event, report event) for every pair of report events of different reports that are
    together after and apart before; report events only one ledger holds are left out (extraction changed them)."""
    members: dict[str, list[str]] = defaultdict(list)
    for item, event in after.items():
        members[event].append(item)
    pairs = []
    for event, items in sorted(members.items()):
        for x, y in itertools.combinations(sorted(items), 2):
            if x in before and y in before and before[x] != before[y] and report_of.get(x) != report_of.get(y):
                pairs.append((event, x, y))
    return pairs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--sample", type=int, default=0, help="draw this many pairs (0: list all)")
    ap.add_argument("--seed", type=int, default=20261207)
    a = ap.parse_args()
    report_of = reports(a.after)
    pairs = new_merges(events(a.before), events(a.after), report_of)
    print(f"{len(pairs)} new pairs in {len({p[0] for p in pairs})} events", file=sys.stderr)
    if a.sample and len(pairs) > a.sample:
        pairs = sorted(random.Random(a.seed).sample(pairs, a.sample))
    for event, x, y in pairs:
        print(event, x, report_of.get(x), y, report_of.get(y), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
