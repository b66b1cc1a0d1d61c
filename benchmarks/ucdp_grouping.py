"""How well reports are grouped into incidents, against human grouping.

UCDP GED (../shared/eval/ucdp_ged_ukraine): each UCDP event lists the headlines of its source reports. Each headline
is taken as one report (dated by its source date, English), extracted with the real pipeline and resolved with
`eventledger.resolve`; the grouping of headlines is scored against UCDP's with pairwise precision/recall/F1 and
B-cubed. A headline that yields no event stays alone (it costs recall). Headlines shared by several UCDP events
(one article, several incidents) are kept as distinct items, as UCDP counts them.

Telegram repost groups (../shared/eval/telegram_ru_air_alerts, `--telegram`): posts whose normalised text is
identical, from more than one channel within 30 minutes; each post is taken as a distinct report (not deduplicated
by its text hash, which would make the test trivial) and every group should resolve to one event or to none.

    .venv/bin/python benchmarks/ucdp_grouping.py [--since 2022] [--telegram]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report
from eventledger.resolve import Item, day_range, resolve
from eventledger.similarity import embed

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
UTC = timezone.utc


def _date(text: str) -> datetime:
    text = text.strip()
    fmt = "%d/%m/%Y" if "/" in text else "%Y-%m-%d"
    return datetime.strptime(text, fmt).replace(hour=12, tzinfo=UTC)


def items_for(reports: list[tuple[str, Report]], gazetteer: Gazetteer) -> tuple[list[Item], dict[str, str]]:
    """One item per report: its first extracted event (None when it yields none). Returns items and key -> item id."""
    items: list[Item] = []
    of: dict[str, str] = {}
    pending = []
    for key, rep in reports:
        events = [e for e in extract(rep, gazetteer) if not e.background]
        if not events:
            continue
        ev = events[0]
        pending.append((key, rep, ev))
    texts = [rep.text for _, rep, _ in pending]
    names = [ev.target.name if ev.target else "" for _, _, ev in pending]
    vectors = embed(texts + names)
    n = len(pending)
    for i, (key, rep, ev) in enumerate(pending):
        lo, hi = day_range(ev.date, ev.date_precision, rep.published)
        figures: dict[str, tuple[int, int]] = {}
        for c in ev.claims:
            if c.figure and isinstance(c.value, int):
                a, b = figures.get(c.figure, (c.value, c.value))
                figures[c.figure] = (min(a, c.value), max(b, c.value))
        items.append(Item(
            id=key, report_id=key, kind=ev.kind, day_lo=lo, day_hi=hi, precision=ev.date_precision, place=ev.place,
            target=ev.target, weapon=ev.weapon, figures=figures, text=rep.text, vector=vectors[i],
            target_vector=vectors[n + i] if names[i] else None, published=rep.published, anchor=ev.anchor,
        ))
        of[key] = key
    return items, of


def scores(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise and B-cubed precision/recall/F1 over the keys of `gold` (unassigned keys are singletons)."""
    pred = {k: predicted.get(k, f"alone:{k}") for k in gold}

    def groups(assign: dict[str, str]) -> dict[str, set[str]]:
        g: dict[str, set[str]] = defaultdict(set)
        for k, v in assign.items():
            g[v].add(k)
        return g

    pg, gg = groups(pred), groups(gold)
    pairs_p = sum(len(s) * (len(s) - 1) // 2 for s in pg.values())
    pairs_g = sum(len(s) * (len(s) - 1) // 2 for s in gg.values())
    tp = 0
    for s in pg.values():
        counts: dict[str, int] = defaultdict(int)
        for k in s:
            counts[gold[k]] += 1
        tp += sum(c * (c - 1) // 2 for c in counts.values())
    p = tp / pairs_p if pairs_p else 1.0
    r = tp / pairs_g if pairs_g else 1.0
    bp = br = 0.0
    for k in gold:
        mine, theirs = pg[pred[k]], gg[gold[k]]
        both = len(mine & theirs)
        bp += both / len(mine)
        br += both / len(theirs)
    bp, br = bp / len(gold), br / len(gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return {"pairwise_precision": p, "pairwise_recall": r, "pairwise_f1": f, "bcubed_precision": bp,
            "bcubed_recall": br, "bcubed_f1": bf, "gold_pairs": pairs_g, "predicted_pairs": pairs_p, "items": len(gold)}


def ucdp(since: int, gazetteer: Gazetteer) -> dict[str, float]:
    path = SHARED / "ucdp_ged_ukraine" / "UCDP-Ukraine.csv"
    gold: dict[str, str] = {}
    reports: list[tuple[str, Report]] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if int(row["year"]) < since:
                continue
            heads, dates = row["source_headline"].split(";"), row["source_date"].split(";")
            if len(heads) != len(dates):
                continue  # a headline with a ";" inside: cannot be told apart
            for n, (head, when) in enumerate(zip(heads, dates)):
                key = f"{row['id']}:{n}"
                gold[key] = row["id"]
                reports.append((key, Report(text=head.strip(), published=_date(when), language="en")))
    t0 = time.perf_counter()
    items, _ = items_for(reports, gazetteer)
    t1 = time.perf_counter()
    clusters = resolve(items)
    t2 = time.perf_counter()
    predicted = {m.id: c.id for c in clusters for m in c.members}
    result = scores(predicted, gold)
    # One article behind several UCDP events (its headline listed under each): no headline-only system can
    # tell those apart, so the figures are also given without such headlines.
    events_of: dict[str, set[str]] = defaultdict(set)
    for key, rep in reports:
        events_of[rep.text].add(gold[key])
    shared = {key for key, rep in reports if len(events_of[rep.text]) > 1}
    clean = scores(predicted, {k: v for k, v in gold.items() if k not in shared})
    result.update({f"unshared_{k}": v for k, v in clean.items()})
    result["shared_headline_items"] = len(shared)
    # Resolution alone: only headlines extraction found an event in (and not shared).
    found = {k for k in predicted if k not in shared}
    result.update({f"extracted_{k}": v for k, v in scores(predicted, {k: v for k, v in gold.items() if k in found}).items()})
    result.update(with_event=len(items), extract_s=round(t1 - t0, 1), resolve_s=round(t2 - t1, 2),
                  ucdp_events=len(set(gold.values())), multi_source_events=sum(
                      1 for e in set(gold.values()) if sum(1 for v in gold.values() if v == e) > 1))
    return result


def _tg_time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except ValueError:
        return parsedate_to_datetime(text).astimezone(UTC)


def telegram(gazetteer: Gazetteer) -> dict[str, float]:
    posts = [json.loads(line) for line in (SHARED / "telegram_ru_air_alerts" / "posts.jsonl").open(encoding="utf-8")]
    by_text: dict[str, list[dict]] = defaultdict(list)
    for p in posts:
        p["when"] = _tg_time(p["published_date"])
        by_text[re.sub(r"\W+", " ", p["text"].casefold()).strip()].append(p)
    groups = []
    for same in by_text.values():
        same.sort(key=lambda p: p["when"])
        run = [same[0]]
        for p in same[1:]:
            if p["when"] - run[-1]["when"] <= timedelta(minutes=30):
                run.append(p)
            else:
                groups.append(run)
                run = [p]
        groups.append(run)
    groups = [g for g in groups if len({p["channel"] for p in g}) > 1]
    reports = [(f"{p['channel']}/{p['post_id']}", Report(text=p["text"], published=p["when"], language="ru",
                                                         source=p["channel"], source_kind="telegram"))
               for g in groups for p in g]
    items, _ = items_for(reports, gazetteer)
    clusters = resolve(items)
    predicted = {m.id: c.id for c in clusters for m in c.members}
    one = none = split = 0
    failures = []
    for g in groups:
        keys = [f"{p['channel']}/{p['post_id']}" for p in g]
        events = {predicted[k] for k in keys if k in predicted}
        if not events:
            none += 1
        elif len(events) == 1 and all(k in predicted for k in keys):
            one += 1
        else:
            split += 1
            failures.append([(p["channel"], p["text"][:60], predicted.get(f"{p['channel']}/{p['post_id']}")) for p in g])
    if failures and __debug__:
        for f in failures[:5]:
            print("split group:", f)
    return {"groups": len(groups), "posts": len(reports), "one_event": one, "no_event": none, "split": split}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", type=int, default=2014, help="only UCDP events from this year on")
    parser.add_argument("--telegram", action="store_true", help="also the Telegram repost groups")
    args = parser.parse_args()
    gazetteer = Gazetteer.load()
    print("UCDP", json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in ucdp(args.since, gazetteer).items()}))
    if args.telegram:
        print("telegram", json.dumps(telegram(gazetteer)))


if __name__ == "__main__":
    main()
