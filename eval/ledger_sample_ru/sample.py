#!/usr/bin/env python3
"""Draws ledger events at random, with a stated seed, for a plausibility judgment by someone who did not write the
rules (issue 10): each with what the ledger says (kind, weapon, date, place, figures) and the report it was read from.

    .venv/bin/eventledger ingest ../shared/eval/telegram_ru_news_2024/war_related_posts.jsonl --text-field text \
        --date-field date --source-field channel --id-field message_id --db /tmp/news.db
    .venv/bin/python eval/ledger_sample_ru/sample.py /tmp/news.db > /tmp/sample.jsonl     # texts: keep them out of git

The output holds third-party post texts: it goes to a git-ignored place; the judgments (`judgments.jsonl`) keep only
event ids, the verdict and the judge's reason.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys

SEED, COUNT = 20261205, 50


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("-n", type=int, default=COUNT)
    a = ap.parse_args()
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    ids = [row[0] for row in con.execute("SELECT id FROM events ORDER BY id")]
    for event_id in random.Random(a.seed).sample(ids, min(a.n, len(ids))):
        kind, weapon, date, place, figures, background = con.execute(
            "SELECT kind, weapon, date, place, figures, background FROM events WHERE id = ?", (event_id,)).fetchone()
        reports = con.execute(
            "SELECT r.text, p.source, p.published FROM event_members m JOIN report_events re ON re.id = m.report_event_id "
            "JOIN reports r ON r.id = re.report_id LEFT JOIN publications p ON p.report_id = r.id "
            "WHERE m.event_id = ? ORDER BY p.published LIMIT 2", (event_id,)).fetchall()
        place = json.loads(place) if place else None
        print(json.dumps({
            "event": event_id, "kind": kind, "weapon": weapon, "date": date, "background": bool(background),
            "place": {k: place.get(k) for k in ("name", "admin1", "country", "precision")} if place else None,
            "figures": {k: v.get("best") for k, v in json.loads(figures).items()},
            "reports": [{"channel": s, "published": p, "text": t[:2000]} for t, s, p in reports],
        }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
