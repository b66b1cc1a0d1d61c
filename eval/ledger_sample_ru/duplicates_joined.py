#!/usr/bin/env python3
"""How many of the duplicates the ledger judges named (`judgments*.jsonl`: an event judged `duplicate`, and the ids of
the events its reason says it repeats) one ledger now holds as one event: a measure of resolution that needs no new
judgment. An id is a report event's (an event's id is its earliest member's), so it is found again while its report is
read the same way; ids no longer in the ledger are counted apart.

    .venv/bin/python eval/ledger_sample_ru/duplicates_joined.py /tmp/news.db        # -v lists every pair
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_ID = re.compile(r"\b[0-9a-f]{16}\b")


def judged_pairs() -> list[tuple[str, str, str]]:
    """(judgment file, event judged a duplicate, event it repeats), for every id the reason names."""
    pairs = []
    for path in sorted(HERE.glob("judgments*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            judged = json.loads(line)
            if judged.get("fault") == "duplicate":
                pairs += [(path.name, judged["event"], other) for other in _ID.findall(judged["reason"])
                          if other != judged["event"]]
    return pairs


def event_of(con: sqlite3.Connection, report_event_id: str) -> str | None:
    row = con.execute("SELECT event_id FROM event_members WHERE report_event_id = ?", (report_event_id,)).fetchone()
    return row[0] if row else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("-v", action="store_true", help="list every pair")
    a = ap.parse_args()
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    counts = {"joined": 0, "apart": 0, "not in this ledger": 0}
    for name, judged, other in judged_pairs():
        mine, theirs = event_of(con, judged), event_of(con, other)
        state = "not in this ledger" if mine is None or theirs is None else "joined" if mine == theirs else "apart"
        counts[state] += 1
        if a.v:
            print(f"{state}\t{name}\t{judged}\t{other}")
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"events {events}; judged duplicate pairs {sum(counts.values())}: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
