"""Fit the pair decision (src/eventledger/extract/pair_decision.py) on the evaluation pool's gold.

    python eval/real_news/assemble.py /tmp/pool --split pool
    PYTHONPATH=src python scripts/train_pair_decision.py /tmp/pool            # writes pair_decision.json
    PYTHONPATH=src python scripts/train_pair_decision.py /tmp/pool --report   # ceiling and cross-validated figures only

For every pair of events the rules propose from one report (`pipeline.proposed`), the label is read from the gold: one
incident when both events fit best the same gold event (`evaluate.match_score`), two when they fit best two different
ones; a pair where either fits none is left out, and so is a pair the conventions keep apart whatever the weights
say (`pair_decision.vetoed`: it is never asked). An L2-regularised logistic regression is fitted by Newton's method
(deterministic: the same pool gives the same file, byte for byte). --report prints what a perfect decision would give
(the ceiling), and the pool's scores with out-of-fold decisions (5 folds by a hash of the report's id), which is the
honest figure; the refit on the whole pool is a training-set figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import numpy as np

from eventledger.evaluate import EvalResult, find_gold_files, load_gold, match_events, match_score, score_report
from eventledger.extract import pair_decision
from eventledger.extract.pipeline import proposed
from eventledger.geo import Gazetteer

L2 = 1.0
FOLDS = 5
ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pool", type=Path, help="an assembled pool (eval/real_news/assemble.py DIR --split pool)")
    parser.add_argument("--report", action="store_true", help="print the ceiling and cross-validated figures; write nothing")
    parser.add_argument("--out", type=Path, default=pair_decision.WEIGHTS)
    args = parser.parse_args()
    gaz = Gazetteer.load()
    reports = []
    for path in find_gold_files([args.pool]):
        gold = load_gold(path)
        events, text, lang = proposed(gold.report, gaz)
        reports.append((gold, events, text, lang))
    rows = [(r, i, j, y) for r, (gold, events, _, _) in enumerate(reports) for i, j, y in labelled_pairs(gold.events, events)
            if not pair_decision.vetoed(events[i], events[j], reports[r][2], reports[r][3])]
    features = np.array([[pair_decision.pair_features(reports[r][1][i], reports[r][1][j], reports[r][2], reports[r][3], reports[r][1])[n]
                          for n in pair_decision.FEATURES] for r, i, j, _ in rows])
    labels = np.array([y for *_, y in rows], dtype=float)
    print(f"{len(reports)} reports, {len(rows)} labelled pairs: {int(labels.sum())} one incident, "
          f"{int(len(labels) - labels.sum())} two", file=sys.stderr)
    if args.report:
        report(reports, rows, features, labels)
        return
    w = fit(features, labels)
    data = {
        "features": list(pair_decision.FEATURES),
        "weights": {n: round(float(v), 4) for n, v in zip(pair_decision.FEATURES, w)},
        "threshold": pair_decision.THRESHOLD,
        "l2": L2,
        "cross_validation": "5 folds by sha256(report id); --report prints the out-of-fold pool scores",
        "pairs": {"one_incident": int(labels.sum()), "two": int(len(labels) - labels.sum())},
        "trained_by": "PYTHONPATH=src python scripts/train_pair_decision.py POOL "
                      "(POOL: python eval/real_news/assemble.py POOL --split pool)",
        "gold_commit": _gold_commit(),
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


def labelled_pairs(gold, events) -> list[tuple[int, int, int]]:
    """(i, j, 1) for two events that fit best one gold event (`evaluate.match_score`), (i, j, 0) for two that fit best
    two; a pair where either fits none is left out."""
    best = []
    for e in events:
        scored = [(s, -k) for k, g in enumerate(gold) if (s := match_score(g, e)) is not None]
        best.append(-max(scored)[1] if scored else None)
    return [(i, j, int(best[i] == best[j])) for i, j in combinations(range(len(events)), 2)
            if best[i] is not None and best[j] is not None]


def duplicates(gold, events) -> list[tuple[int, int]]:
    """The scorer's duplicates: (i, j) where the scorer pairs one with a gold event (`match_events`) and the other,
    paired with none, fits that same gold event."""
    paired = {pi: gi for gi, pi in match_events(gold, events)}
    return [(i, j) for i, j in combinations(range(len(events)), 2) if (i in paired) != (j in paired)
            and match_score(gold[paired[i if i in paired else j]], events[j if i in paired else i]) is not None]


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """L2-regularised logistic regression (the bias not penalised), by Newton's method."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def fold(report_id: str) -> int:
    return int(hashlib.sha256(report_id.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def report(reports, rows, x, y) -> None:
    ids = [gold.report.id for gold, *_ in reports]
    folds = np.array([fold(ids[r]) for r, *_ in rows])
    before = EvalResult([score_report(gold, events) for gold, events, _, _ in reports])
    _line("rules alone", before)
    _line("weights in use (pair_decision.json; in-sample for the reports they were fitted on)", EvalResult(
        [score_report(g, _joined(e, t, l, pair_decision._weights(), pair_decision.THRESHOLD)) for g, e, t, l in reports]))
    # ceiling: every event the scorer calls a duplicate joined into the (first) event it duplicates, none other, none
    # the conventions keep apart
    perfect = []
    for r, (gold, events, text, lang) in enumerate(reports):
        paired = {pi for _, pi in match_events(gold.events, events)}
        ones = [(i, j) for i, j in duplicates(gold.events, events) if not pair_decision.vetoed(events[i], events[j], text, lang)]
        perfect.append(score_report(gold, _groups(events, ones, paired)))
    _line("perfect pair decision", EvalResult(perfect))
    print(f"pairs the gold keeps apart: {int((1 - y).sum())}; pairs it joins: {int(y.sum())}")
    weights_by_fold = {}
    for k in range(FOLDS):
        w = fit(x[folds != k], y[folds != k])
        weights_by_fold[k] = dict(zip(pair_decision.FEATURES, map(float, w)))
        p = 1 / (1 + np.exp(-(x[folds == k] @ w)))
        tp = int(((p > 0.5) & (y[folds == k] == 1)).sum())
        fp = int(((p > 0.5) & (y[folds == k] == 0)).sum())
        fn = int(((p <= 0.5) & (y[folds == k] == 1)).sum())
        print(f"fold {k}: {int((folds == k).sum())} pairs, joined right {tp}, joined wrongly {fp}, left apart {fn}")
    for threshold in (0.5, pair_decision.THRESHOLD, 0.6):
        results = []
        for gold, events, text, lang in reports:
            weights = weights_by_fold[fold(gold.report.id)]
            results.append(score_report(gold, _joined(events, text, lang, weights, threshold)))
        _line(f"cross-validated, threshold {threshold}", EvalResult(results))
        changed = [(a.tally.f1 or 0) - (b.tally.f1 or 0) for a, b in zip(results, before.reports)]
        print(f"   reports better {sum(d > 1e-9 for d in changed)}, worse {sum(d < -1e-9 for d in changed)}")
    w = fit(x, y)
    refit = dict(zip(pair_decision.FEATURES, map(float, w)))
    _line("refit on the whole pool (training-set figure)", EvalResult(
        [score_report(g, _joined(e, t, l, refit, pair_decision.THRESHOLD)) for g, e, t, l in reports]))


def _joined(events, text, lang, weights, threshold):
    saved = pair_decision._weights, pair_decision.THRESHOLD
    pair_decision._weights = lambda: weights  # type: ignore[assignment]
    pair_decision.THRESHOLD = threshold
    try:
        return pair_decision.retellings_joined(events, text, lang)
    finally:
        pair_decision._weights, pair_decision.THRESHOLD = saved


def _groups(events, ones, paired):
    parent = list(range(len(events)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in ones:
        if not any(root(k) == root(i) for k in paired) or not any(root(k) == root(j) for k in paired):
            parent[root(j)] = root(i)  # (never two events the scorer pairs with two gold events)
    out = {}
    for i, e in enumerate(events):
        r = root(i)
        out[r] = pair_decision.joined(out[r], e) if r in out else e
    return list(out.values())


def _line(name: str, result: EvalResult) -> None:
    t = result.total
    langs = {k: f"{v.f1:.4f} ({v.tp}/{v.fp}/{v.fn})" for k, v in result.by_language.items()}
    spurious = result.error_classes().get("spurious", {})
    print(f"{name}: F1 {t.f1:.4f} P {t.precision:.4f} R {t.recall:.4f} tp {t.tp} fp {t.fp} fn {t.fn} "
          + " ".join(f"{k} {v}" for k, v in sorted(langs.items()))
          + f"; duplicates {spurious.get('duplicate', 0)}; missed {sum(result.error_classes().get('missed', {}).values())}")


def _gold_commit() -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%H", "--", "eval/real_news/annotations"],
                         capture_output=True, text=True, check=False)
    return out.stdout.strip()


if __name__ == "__main__":
    main()
