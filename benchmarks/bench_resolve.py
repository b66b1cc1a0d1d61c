"""How fast resolution is: 100,000 claims (25,000 report events, 4 claims each) of synthetic incidents.

Synthetic on purpose: it measures the cost of blocking and comparing, not of extraction. Incidents are spread over
40 regions of two countries and 365 days; each is told by 1-10 reports whose sentence vectors are the incident's
vector plus noise (cosine ~0.7 within an incident, ~0 across), with growing figures, half with a named target.
Also reports pairwise precision/recall against the generating incidents, as a sanity check of the rules.

    .venv/bin/python benchmarks/bench_resolve.py [--claims 100000] [--ledger 2000]

`--ledger N` also ingests N synthetic reports through `Ledger.ingest` (incremental resolution in SQLite, vectors
given, so the encoder is not timed) and then times `Ledger.resolve_all`.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from eventledger.model import Place, Target
from eventledger.resolve import Item, day_range, resolve

UTC = timezone.utc
START = date(2025, 1, 1)


def synthetic(n_claims: int, seed: int = 1) -> tuple[list[Item], dict[str, int]]:
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    regions = [(c, f"Region {i}", 45 + i % 10, 30 + i) for c in ("RU", "UA") for i in range(20)]
    items: list[Item] = []
    truth: dict[str, int] = {}
    incident = 0
    while len(items) * 4 < n_claims:
        country, region, lat, lon = rng.choice(regions)
        town = Place(f"Town {incident % 50}", country, region, lat + rng.random(), lon + rng.random(), "city")
        day = START + timedelta(days=rng.randrange(365))
        base = np_rng.normal(size=512).astype(np.float32)
        base /= np.linalg.norm(base)
        tvec = np_rng.normal(size=512).astype(np.float32)
        target = Target(f"Plant {incident}", "military_industry") if rng.random() < 0.5 else None
        kind = rng.choice(["strike", "strike", "interception", "shelling", "explosion"])
        for k in range(rng.randint(1, 10)):
            noise = np_rng.normal(size=512).astype(np.float32)
            vec = base + 0.9 * noise / np.linalg.norm(noise)
            published = datetime(day.year, day.month, day.day, 6, tzinfo=UTC) + timedelta(hours=3 * k)
            lo, hi = day_range(day.isoformat(), "day", published)
            rid = f"i{incident}-r{k}"
            items.append(Item(
                id=f"{rid}-e", report_id=rid, kind=kind, day_lo=lo, day_hi=hi, precision="day", place=town,
                target=target, weapon="drone", figures={"injured": (k, k)}, text=f"incident {incident}",
                vector=vec / np.linalg.norm(vec), target_vector=tvec if target else None, published=published,
            ))
            truth[f"{rid}-e"] = incident
        incident += 1
    return items, truth


def pairwise(clusters: dict[str, int], truth: dict[str, int]) -> tuple[float, float]:
    def pairs(assign: dict[str, int]) -> set[tuple[str, str]]:
        groups: dict[int, list[str]] = defaultdict(list)
        for k, v in assign.items():
            groups[v].append(k)
        return {(a, b) for g in groups.values() for i, a in enumerate(sorted(g)) for b in sorted(g)[i + 1 :]}

    got, gold = pairs(clusters), pairs(truth)
    tp = len(got & gold)
    return (tp / len(got) if got else 1.0), (tp / len(gold) if gold else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--ledger", type=int, default=0, help="also ingest this many reports into a SQLite ledger")
    args = parser.parse_args()
    items, truth = synthetic(args.claims)
    t0 = time.perf_counter()
    clusters = resolve(items)
    elapsed = time.perf_counter() - t0
    assign = {m.id: n for n, c in enumerate(clusters) for m in c.members}
    p, r = pairwise(assign, truth)
    print(f"in memory: {len(items) * 4} claims, {len(items)} report events -> {len(clusters)} events "
          f"(truth {len(set(truth.values()))}) in {elapsed:.1f} s; pairwise precision {p:.3f} recall {r:.3f}")
    if args.ledger:
        ledger_bench(items[: args.ledger])


def ledger_bench(items: list[Item]) -> None:
    """Incremental ingest through the store, then a full re-run."""
    from eventledger.model import Claim, Event, Report
    from eventledger.store import Ledger
    from eventledger.store import ledger as store

    vectors = {it.report_id: it.vector for it in items}
    original = store.embed

    def given(texts):  # type: ignore[no-untyped-def]
        return np.stack([vectors.get(t.split("|")[0], np.zeros(512, np.float32)) if t else np.zeros(512, np.float32)
                         for t in texts])

    store.embed = given  # the encoder is measured elsewhere (~1 ms a sentence)
    try:
        with tempfile.TemporaryDirectory() as tmp, Ledger(Path(tmp) / "bench.db") as ledger:
            t0 = time.perf_counter()
            for it in sorted(items, key=lambda i: i.order):
                text = f"{it.report_id}| injured {it.figures['injured'][0]}."
                rep = Report(text=text, published=it.published, language="en", title=None)
                q = f"injured {it.figures['injured'][0]}"
                claim = Claim(rep.id, text.index(q), text.index(q) + len(q), q, it.figures["injured"][0], figure="injured")
                d = date.fromordinal(it.day_lo + 1)  # type: ignore[operator]
                ledger.ingest(rep, [Event(kind=it.kind, date=d.isoformat(), date_precision="day", place=it.place,  # type: ignore[arg-type]
                                          weapon="drone", target=it.target, claims=(claim,), anchor=0)])
            ingest = time.perf_counter() - t0
            t0 = time.perf_counter()
            counts = ledger.resolve_all()
            rerun = time.perf_counter() - t0
            print(f"ledger: {len(items)} reports ingested with resolution in {ingest:.1f} s "
                  f"({1000 * ingest / len(items):.1f} ms a report); full re-run {rerun:.1f} s -> {counts}")
    finally:
        store.embed = original


if __name__ == "__main__":
    main()
