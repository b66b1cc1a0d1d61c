"""How well reports are grouped into incidents, against human grouping.

UCDP GED (../shared/eval/ucdp_ged_ukraine): each UCDP event lists the headlines of its source reports. One article
(source, date, headline) is one report, however many UCDP events list it: UCDP splits one article into several
incidents (by district, from a body we do not have), so its gold is the *set* of events that list it, and two
reports belong together when they share any event. Each report is extracted with the real English pipeline (its
first event) and resolved with `eventledger.resolve`; the grouping is scored with pairwise precision/recall/F1 and
extended B-cubed (Amigo et al. 2009, for overlapping gold), over all reports (a report that yields no event stays
alone) and over the reports that yield an event, separately.

The data is split by a rule fixed before any tuning: reports of UCDP events of 2014-2019 are *development* (rules
and thresholds may be tuned on them, `--errors` prints their mistakes), of 2020-2023 *test* (only scored). A report
listed under events on both sides of the line is left out (counted).

Telegram repost groups (../shared/eval/telegram_ru_air_alerts, `--telegram`): posts whose normalised text is
identical, from more than one channel within 30 minutes; each post is taken as a distinct report (not deduplicated
by its text hash, which would make the test trivial) and every group should resolve to one event or to none.

    .venv/bin/python benchmarks/ucdp_grouping.py [--errors 40] [--cache /tmp/ucdp_items.pkl] [--telegram]
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import re
import time
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report
from eventledger.resolve import Item, compare, item_of, resolve
from eventledger.similarity import embed

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
UTC = timezone.utc
LAST_DEV_YEAR = 2019  # fixed in advance: 2014-2019 development, 2020-2023 test


def _date(text: str) -> datetime:
    """UCDP gives a source's day alone: kept at midnight UTC, as the loaders keep a date without a time
    (`eventledger.model.time_known` then says the hour is not known)."""
    text = text.strip()
    fmt = "%d/%m/%Y" if "/" in text else "%Y-%m-%d"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC)


def items_for(reports: list[tuple[str, Report]], gazetteer: Gazetteer) -> list[Item]:
    """One item per report that yields an event: its first (not background) event."""
    pending = []
    for key, rep in reports:
        events = [e for e in extract(rep, gazetteer) if not e.background]
        if events:
            pending.append((key, rep, events[0]))
    texts = [rep.text for _, rep, _ in pending]
    names = [ev.target.name if ev.target else "" for _, _, ev in pending]
    vectors = embed(texts + names)
    n = len(pending)
    return [item_of(key, key, rep, ev, rep.text, vectors[i], vectors[n + i] if names[i] else None)
            for i, (key, rep, ev) in enumerate(pending)]


def scores(predicted: Mapping[str, str], gold: Mapping[str, frozenset[str]]) -> dict[str, float]:
    """Pairwise and extended B-cubed precision/recall/F1 over the keys of `gold`, whose labels may overlap (a gold
    pair is two reports sharing any event). Keys `predicted` does not place are singletons."""
    pred = {k: predicted.get(k, f"alone:{k}") for k in gold}
    clusters: dict[str, list[str]] = defaultdict(list)
    for k, c in pred.items():
        clusters[c].append(k)
    by_event: dict[str, list[str]] = defaultdict(list)
    for k, events in gold.items():
        for e in events:
            by_event[e].append(k)
    gold_pairs = {(a, b) for ks in by_event.values() for a in ks for b in ks if a < b}
    pred_pairs = {(a, b) for ks in clusters.values() for a in ks for b in ks if a < b}
    tp = len(gold_pairs & pred_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 1.0
    r = tp / len(gold_pairs) if gold_pairs else 1.0
    bp = br = 0.0
    for k in gold:
        mine = clusters[pred[k]]
        bp += sum(1 for o in mine if gold[k] & gold[o]) / len(mine)
        related = {o for e in gold[k] for o in by_event[e]}
        br += sum((pred[o] == pred[k]) / len(gold[k] & gold[o]) for o in related) / len(related)
    bp, br = bp / len(gold), br / len(gold)

    def f1(x: float, y: float) -> float:
        return 2 * x * y / (x + y) if x + y else 0.0

    return {"reports": len(gold), "gold_pairs": len(gold_pairs), "predicted_pairs": len(pred_pairs), "pairwise_p": p,
            "pairwise_r": r, "pairwise_f1": f1(p, r), "bcubed_p": bp, "bcubed_r": br, "bcubed_f1": f1(bp, br)}


def ucdp_reports() -> tuple[list[tuple[str, Report]], dict[str, frozenset[str]], dict[str, str], int]:
    """Reports (one per distinct source, date and headline), their gold events, their split, and how many were left
    out for straddling the split."""
    path = SHARED / "ucdp_ged_ukraine" / "UCDP-Ukraine.csv"
    events: dict[str, set[str]] = defaultdict(set)
    years: dict[str, set[int]] = defaultdict(set)
    reports: dict[str, Report] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            heads, dates = row["source_headline"].split(";"), row["source_date"].split(";")
            offices = row["source_office"].split(";")
            if len(heads) != len(dates):
                continue  # a headline with a ";" inside: cannot be told apart
            offices = offices if len(offices) == len(heads) else [""] * len(heads)
            for head, when, office in zip(heads, dates, offices):
                published = _date(when)
                key = f"{office.strip()}|{published.date().isoformat()}|{head.strip()}"
                events[key].add(row["id"])
                years[key].add(int(row["year"]))
                reports[key] = Report(text=head.strip(), published=published, language="en", source=office.strip() or None)
    split = {k: "dev" if max(y) <= LAST_DEV_YEAR else "test" if min(y) > LAST_DEV_YEAR else "" for k, y in years.items()}
    straddling = sum(1 for s in split.values() if not s)
    keys = sorted(k for k in reports if split[k])
    return [(k, reports[k]) for k in keys], {k: frozenset(events[k]) for k in keys}, split, straddling


def ucdp(gazetteer: Gazetteer, cache: Path | None, errors: int) -> dict[str, object]:
    reports, gold, split, straddling = ucdp_reports()
    t0 = time.perf_counter()
    if cache and cache.exists():
        items = pickle.loads(cache.read_bytes())
    else:
        items = items_for(reports, gazetteer)
        if cache:
            cache.write_bytes(pickle.dumps(items))
    t1 = time.perf_counter()
    result: dict[str, object] = {"straddling_reports_left_out": straddling, "extract_s": round(t1 - t0, 1)}
    for part in ("dev", "test"):
        mine = [i for i in items if split[i.id] == part]
        t0 = time.perf_counter()
        clusters = resolve(mine)
        result[f"{part}_resolve_s"] = round(time.perf_counter() - t0, 2)
        predicted = {m.id: c.id for c in clusters for m in c.members}
        everything = {k: v for k, v in gold.items() if split[k] == part}
        result[f"{part}_all"] = scores(predicted, everything)
        result[f"{part}_with_event"] = scores(predicted, {k: v for k, v in everything.items() if k in predicted})
        result[f"{part}_ucdp_events"] = len({e for v in everything.values() for e in v})
        if part == "dev" and errors:
            show_errors(clusters, gold, errors)
    return result


def show_errors(clusters: list, gold: Mapping[str, frozenset[str]], limit: int) -> None:
    """The development split's false merges (and why they were merged) and missed pairs: what tuning may look at."""
    where = {m.id: c.id for c in clusters for m in c.members}
    members = {m.id: m for c in clusters for m in c.members}
    wrong = []
    for c in clusters:
        for n, a in enumerate(c.members):
            for b in c.members[n + 1 :]:
                if not gold[a.id] & gold[b.id]:
                    wrong.append((a, b))
    print(f"-- {len(wrong)} false merges (development)")
    for a, b in wrong[:limit]:
        v = compare(a, b)
        print(f"  {a.text[:90]!r} [{_brief(a)}]\n  {b.text[:90]!r} [{_brief(b)}]\n    {v.reasons[:2]}")
    by_event: dict[str, list[str]] = defaultdict(list)
    for k, events in gold.items():
        for e in events:
            by_event[e].append(k)
    missed = [(a, b) for ks in by_event.values() for a in ks for b in ks
              if a < b and a in members and b in members and where[a] != where[b]]
    print(f"-- {len(missed)} missed pairs among reports that yield an event (development)")
    for a, b in missed[:limit]:
        v = compare(members[a], members[b])
        print(f"  {members[a].text[:90]!r} [{_brief(members[a])}]\n  {members[b].text[:90]!r} [{_brief(members[b])}]"
              f"\n    {v.veto or v.reasons[-3:]}")


def _brief(item: Item) -> str:
    place = f"{item.place.name}/{item.place.precision}" if item.place else "-"
    day = date.fromordinal(item.day_lo).isoformat() if item.day_lo else "?"
    return f"{item.kind} {day} {item.precision} {place} {item.weapon or ''} {dict(item.figures)} {item.target.name if item.target else ''}"


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
    items = items_for(reports, gazetteer)
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
    parser.add_argument("--errors", type=int, default=0, help="print this many development false merges and misses")
    parser.add_argument("--cache", type=Path, help="keep the extracted items here (re-extract when absent)")
    parser.add_argument("--telegram", action="store_true", help="also the Telegram repost groups")
    args = parser.parse_args()
    gazetteer = Gazetteer.load()
    result = ucdp(gazetteer, args.cache, args.errors)
    for key, value in result.items():
        if isinstance(value, dict):
            value = {k: round(v, 3) if isinstance(v, float) else v for k, v in value.items()}
        print(f"UCDP {key}: {json.dumps(value)}")
    if args.telegram:
        print("telegram", json.dumps(telegram(gazetteer)))


if __name__ == "__main__":
    main()
