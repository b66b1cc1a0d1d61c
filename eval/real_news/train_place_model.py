"""Train the place model (src/eventledger/extract/place_rank.py) on the real-news gold and report cross-validated F1.

    /work/main/.venv/bin/python eval/real_news/assemble.py /tmp/rn_pool --split pool
    PYTHONPATH=src .venv/bin/python eval/real_news/train_place_model.py /tmp/rn_pool [--write] [--cv]

For every incident the extractor has placed when `place_rank.place` is called, each candidate place becomes one row:
its features and a label, 1 when the place is compatible (as the scorer pairs places) with the gold event the incident
stands for. That gold event is the one the incident matches as it stands; for an incident that matches none, the
unmatched gold event of a pairing kind and date it would match at one of its candidates (the best-scored, one to one).
Incidents with no such gold event give no rows. An L2 logistic regression is fitted by Newton's method (numpy only;
deterministic), and `--write` writes the weights with the command and the gold's commit to place_rank.json.

`--cv` splits the reports into 5 folds by a hash of their id, trains on 4 and runs the whole extractor with those
weights on the 5th, and scores the pool from the out-of-fold predictions (the honest figure; the refit one is a
training-set figure).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from eventledger import evaluate as ev
from eventledger.extract import events as evmod
from eventledger.extract import pipeline, place_rank
from eventledger.geo import Gazetteer

L2 = 1.0
UPWEIGHT = float(__import__('os').environ.get('UPWEIGHT', '1'))
FOLDS = 5
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/eventledger/extract/place_rank.json"


def fold_of(report: str) -> int:
    return int(hashlib.sha256(report.encode()).hexdigest()[:8], 16) % FOLDS


def _gold_for(drafts, gold, report, published):
    """The gold event each draft stands for (index into gold.events), or None."""
    placed = [evmod._finish(d, report.id, published) for d in drafts]
    pairs = ev.match_events(gold.events, placed)
    target = {pi: gi for gi, pi in pairs}
    free = [gi for gi in range(len(gold.events)) if gi not in target.values()]
    options = []
    for pi, d in enumerate(drafts):
        if pi in target or d.areas:
            continue
        for gi in free:
            g = gold.events[gi]
            if not ev.kinds_pair(g.kind, d.kind) or not ev.dates_compatible(g, placed[pi]):
                continue
            for c in _LAYOUT["layout"].candidates:
                if g.place is not None and ev.places_compatible(g.place, evmod._place(c)):
                    options.append((ev.match_score(g, _moved(placed[pi], c)) or 0.0, pi, gi))
                    break
    for _, pi, gi in sorted(options, key=lambda t: (-t[0], t[1], t[2])):
        if pi not in target and gi not in target.values():
            target[pi] = gi
    return target


def _strict(gold, pred) -> bool:
    """The candidate is the gold place as the scorer's finer measures read it: the same entry or within 25 km; for a
    region- or country-level gold place, a place of that level in the same region or country."""
    if ev._same_name(gold, pred):
        return True
    if gold.precision in ev.COARSE_PRECISIONS:
        if pred.precision != gold.precision:
            return False
        if gold.precision == "admin1":
            return ev._same_admin1(gold, pred)
        return bool(gold.country and gold.country == pred.country)
    if pred.precision in ev.COARSE_PRECISIONS:
        return False
    km = ev.distance_km(gold, pred)
    return km is not None and km <= ev.NEAR_KM


def _labels(gold, current, options) -> list[bool]:
    """Which candidates are right: where the incident's own place matches its gold event, that place and those as
    close as the scorer's finer measures (`_strict`) - a coarser place that contains it would match too, but joins the
    incidents of the region into one; where it does not, the strict ones, else any the scorer would match."""
    strict = [_strict(gold, evmod._place(c)) for c in options]
    if current is not None and ev.places_compatible(gold, evmod._place(current)):
        return [s or place_rank.same(c, current) for s, c in zip(strict, options)]
    return strict if any(strict) else [ev.places_compatible(gold, evmod._place(c)) for c in options]


def _moved(event, c):
    from dataclasses import replace
    return replace(event, place=evmod._place(c))


_LAYOUT: dict = {}


def collect(pool: Path):
    """Rows (report, features, label, group) from the extractor run over the pool with no place moved."""
    gaz = Gazetteer.load()
    rows = []
    current: dict = {}

    def record(drafts, layout, weights=None):
        _LAYOUT["layout"] = layout
        gold, report = current["gold"], current["gold"].report
        published = report.published.date() if report.published else None
        target = _gold_for(drafts, gold, report, published)
        for n, (e, options) in enumerate(place_rank.choices(drafts, layout)):
            gi = target.get(drafts.index(e))
            if gi is None or gold.events[gi].place is None:
                continue
            g = gold.events[gi]
            labels = _labels(g.place, e.place, options)
            if not any(labels):
                continue
            for c, y in zip(options, labels):
                rows.append((current["name"], f"{current['name']}#{n}", place_rank.features(e, c, layout, drafts), int(y)))

    real = place_rank.place
    place_rank.place = record
    try:
        for path in ev.find_gold_files([pool]):
            current["gold"], current["name"] = ev.load_gold(path), path.name.split(".")[0]
            pipeline.extract(current["gold"].report, gaz)
    finally:
        place_rank.place = real
    return rows


def fit(rows, names):
    x = np.array([[r[2].get(k, 0.0) for k in names] for r in rows], dtype=float)
    x = np.hstack([np.ones((len(rows), 1)), x])
    y = np.array([r[3] for r in rows], dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return {"bias": round(float(w[0]), 6), **{k: round(float(v), 6) for k, v in zip(names, w[1:])}}


def fit_conditional(rows, names, iterations=3000, rate=0.5):
    """A conditional logit: per incident, the softmax of the candidates' scores, fitted to the likelihood of its
    right candidates (L2 as in `fit`), by full-batch gradient descent from zero (deterministic)."""
    x = np.array([[r[2].get(k, 0.0) for k in names] for r in rows], dtype=float)
    y = np.array([r[3] for r in rows], dtype=float)
    keys = sorted({r[1] for r in rows})
    index = {k: i for i, k in enumerate(keys)}
    g = np.array([index[r[1]] for r in rows])
    w = np.zeros(len(names))
    n = len(keys)
    # incidents whose own place is wrong weigh UPWEIGHT times (they are 3 % of the incidents)
    wrong = np.zeros(n)
    np.add.at(wrong, g, (x[:, names.index("rule_choice")] == 1) & (y == 0))
    weight = np.where(wrong > 0, UPWEIGHT, 1.0)
    for _ in range(iterations):
        s = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, g, s)
        e = np.exp(s - top[g])
        total = np.zeros(n)
        np.add.at(total, g, e)
        good = np.zeros(n)
        np.add.at(good, g, e * y)
        p, q = e / total[g], e * y / good[g]
        grad = (x.T @ ((p - q) * weight[g]) + L2 * w) / n
        w -= rate * grad
    return {"bias": 0.0, **{k: round(float(v), 6) for k, v in zip(names, w)}}


def evaluate_with(pool: Path, weights_by_fold=None, weights=None):
    gaz = Gazetteer.load()
    results = []
    real = place_rank._shipped
    try:
        for path in ev.find_gold_files([pool]):
            name = path.name.split(".")[0]
            w = weights if weights_by_fold is None else weights_by_fold[fold_of(name)]
            place_rank._shipped = (lambda w=w: w) if w is not None else (lambda: {"rule_choice": 100.0})
            gold = ev.load_gold(path)
            results.append(ev.score_report(gold, pipeline.extract(gold.report, gaz)))
    finally:
        place_rank._shipped = real
    return ev.EvalResult(results)


def summary(result) -> str:
    t = result.total
    langs = " ".join(f"{k} {v.f1:.3f}" for k, v in sorted(result.by_language.items()))
    return (f"F1 {t.f1:.4f} (P {t.precision:.4f} R {t.recall:.4f}) {langs}; tp {t.tp} fp {t.fp} fn {t.fn}; "
            f"{json.dumps(result.error_classes(), ensure_ascii=False)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pool", type=Path, help="an assembled pool (assemble.py --split pool)")
    parser.add_argument("--write", action="store_true", help="write src/eventledger/extract/place_rank.json")
    parser.add_argument("--conditional", action="store_true", help="fit a conditional logit (softmax per incident)")
    parser.add_argument("--cv", action="store_true", help="report 5-fold cross-validated pool figures")
    args = parser.parse_args()
    rows = collect(args.pool)
    names = sorted({k for r in rows for k in r[2]})
    groups = {r[1] for r in rows}
    print(f"{len(rows)} rows, {len(groups)} incidents, {sum(r[3] for r in rows)} positive", file=sys.stderr)
    wrong = {r[1] for r in rows if r[2]["rule_choice"] and not r[3]}
    print(f"incidents whose rule place is wrong while a candidate is right (the ceiling): {len(wrong)}", file=sys.stderr)
    train = fit_conditional if args.conditional else fit
    weights = train(rows, names)
    if args.cv:
        print("rules only (no move):", summary(evaluate_with(args.pool)), file=sys.stderr)
        by_fold = {k: train([r for r in rows if fold_of(r[0]) != k], names) for k in range(FOLDS)}
        print("cross-validated:     ", summary(evaluate_with(args.pool, by_fold)), file=sys.stderr)
        print("refit (training set):", summary(evaluate_with(args.pool, weights=weights)), file=sys.stderr)
    for k, v in sorted(weights.items(), key=lambda t: -abs(t[1])):
        print(f"  {k:28} {v:+.3f}", file=sys.stderr)
    if args.write:
        commit = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%H", "--", "eval/real_news/gold"],
                                capture_output=True, text=True, check=True).stdout.strip()
        data = {"model": "logistic regression, L2 %.1f, Newton's method" % L2,
                "command": "PYTHONPATH=src python eval/real_news/train_place_model.py POOL --write "
                           "(POOL: eval/real_news/assemble.py POOL --split pool)",
                "gold_commit": commit, "rows": len(rows), "incidents": len(groups), "weights": weights}
        OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
