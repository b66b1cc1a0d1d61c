"""Measure the joins of `same_incident.one_per_incident` (the hand rules) against the learned pair decision
(`pair_decision`), on the evaluation pool's gold (nineteenth session, join19; eval/real_news/README.md). A measuring
script: it patches the two modules in memory and writes nothing to the repository.

    PYTHONPATH=src:scripts python scripts/measure_joins.py build POOL MODE OUT.pkl
        MODE rules (today), none (no hand-rule join; the joins they would make are traced on copies) or
        keep:BRANCH,... (only the hand rules' joins made by these branches, `branch_of`'s names)
    PYTHONPATH=src:scripts python scripts/measure_joins.py joins NONE.pkl [SUBSET_DIR]
        each traced hand-rule join, right when both proposals fit best the same gold event (the labelling of
        train_pair_decision.py), wrong when they fit best two, by branch
    PYTHONPATH=src:scripts python scripts/measure_joins.py cv FRESH_DIR PKL [PKL...]
        the pool's scores with the pair model refit on each proposal set, out of fold (5 folds by the report's hash),
        and the part of them in FRESH_DIR (an assembled subset, e.g. test11,test12)

POOL and FRESH_DIR: `python eval/real_news/assemble.py DIR --split pool` (or `--split test11,test12`).
`branch_of` repeats the order of `same_incident.same_incident`'s branches: keep the two in step.
"""
import collections
import pickle
import sys
from copy import copy

from eventledger.extract import events as ev
from eventledger.extract import same_incident as si

ORIG_SAME = si.same_incident
ORIG_ONE = si.one_per_incident


def branch_of(a, b, others, tellings):
    pre = "tally+" if si._conflict(a, b) else ""
    if a.areas or b.areas:
        return pre + "areas"
    if a.kind == b.kind == "airspace_restriction" and (si._restriction_over(a, b, others) or si._restriction_over(b, a, others)):
        return pre + "restriction"
    if si.same_place(a.place, b.place):
        return pre + ("same_place_day" if (a.date == b.date and not si.days_apart(a.told_day, b.told_day)) else "same_place_only")
    if si._told_again(a, b, others, tellings):
        return pre + "told_again"
    coarse, fine = (a, b) if si.contains(a.place, b.place) else (b, a)
    inside = [o for o in others if o is not coarse and si._kinds_agree(o, coarse) and si._days_agree(o, coarse)
              and o.place is not None and si.contains(coarse.place, o.place) and not si._recalled_beside(o, coarse, fine)]
    only = all(si.same_place(o.place, fine.place) for o in inside)
    own = ""
    if coarse.place.feature not in ("city", "admin2") and si._own_facts(coarse, fine):
        if only and (coarse.anchor > fine.anchor or coarse.place.feature == "country" or coarse.headline
                     or si._headline_led(coarse, fine)):
            own = "own:zooms_out+"
        elif only and si._lead_retold(coarse, fine, others):
            own = "own:lead+"
        else:
            own = "own:consequence+"
    if only:
        return pre + own + "contains_only"
    if coarse.kind in si._DAMAGE_KINDS and si._district_of(coarse.place, fine.place):
        return pre + own + "city_districts"
    if coarse.kind in si._DAMAGE_KINDS and si._counts_as(coarse, fine):
        return pre + own + "counts_as"
    return pre + own + "general_first"


TRACE = []  # per proposed() call: list of (call, anchor_a, kind_a, anchor_b, kind_b, branch)
KEEP = None


def traced_same(a, b, others=(), tellings=None):
    yes = ORIG_SAME(a, b, others, tellings)
    if yes:
        br = branch_of(a, b, others, tellings or {})
        ta = (tellings or {}).get(id(a), [a])[0]
        tb = (tellings or {}).get(id(b), [b])[0]
        TRACE[-1].append((CALL[0], ta.anchor, ta.kind, tb.anchor, tb.kind, br))
        if KEEP is not None and br not in KEEP:
            return False
    return yes


CALL = [0]


def none_one(proposals):
    """No hand-rule join; trace what they would join on copies of the proposals."""
    CALL[0] += 1
    copies = []
    for p in proposals:
        q = copy(p)
        q.claims, q.areas = list(p.claims), list(p.areas)
        copies.append(q)
    ORIG_ONE(copies)
    return sorted(proposals, key=lambda e: e.anchor)


def counting_one(proposals):
    CALL[0] += 1
    return ORIG_ONE(proposals)


def build(pool, mode, out):
    global KEEP
    from eventledger.evaluate import find_gold_files, load_gold
    from eventledger.extract.pipeline import proposed
    from eventledger.geo import Gazetteer
    si.same_incident = traced_same
    if mode == "none":
        ev.one_per_incident = none_one
    else:
        ev.one_per_incident = counting_one
        if mode.startswith("keep:"):
            KEEP = set(mode[5:].split(","))
    gaz = Gazetteer.load()
    reports = []
    for path in find_gold_files([pool]):
        gold = load_gold(path)
        TRACE.append([])
        CALL[0] = 0
        events, text, lang = proposed(gold.report, gaz)
        reports.append((gold, events, text, lang, TRACE[-1]))
    with open(out, "wb") as f:
        pickle.dump(reports, f)


def best_gold(gold, events):
    from eventledger.evaluate import match_score
    best = []
    for e in events:
        scored = [(s, -k) for k, g in enumerate(gold) if (s := match_score(g, e)) is not None]
        best.append(-max(scored)[1] if scored else None)
    return best


def joins(pkl, only=None):
    with open(pkl, "rb") as f:
        reports = pickle.load(f)
    if only:
        from pathlib import Path
        from eventledger.evaluate import find_gold_files, load_gold
        keep = {load_gold(p).report.id for p in find_gold_files([Path(only)])}
        reports = [r for r in reports if r[0].report.id in keep]
    tally = collections.defaultdict(collections.Counter)
    for gold, events, text, lang, trace in reports:
        best = best_gold(gold.events, events)
        seen = set()
        for call, aa, ka, ab, kb, br in trace:
            if (aa, ka, ab, kb) in seen:
                continue
            seen.add((aa, ka, ab, kb))
            ia = [i for i, e in enumerate(events) if e.anchor == aa and (e.kind == ka or len([x for x in events if x.anchor == aa]) == 1)]
            ib = [i for i, e in enumerate(events) if e.anchor == ab and (e.kind == kb or len([x for x in events if x.anchor == ab]) == 1)]
            key = br
            if len(ia) != 1 or len(ib) != 1:
                tally[key]["unmatched"] += 1
                continue
            ga, gb = best[ia[0]], best[ib[0]]
            if ga is None or gb is None:
                tally[key]["no_gold"] += 1
            elif ga == gb:
                tally[key]["right"] += 1
            else:
                tally[key]["wrong"] += 1
            tally[key]["lang_" + lang + ("_right" if ga is not None and ga == gb else "_wrong" if ga is not None and gb is not None else "_x")] += 1
    total = collections.Counter()
    for k, c in sorted(tally.items(), key=lambda kv: -sum(kv[1][x] for x in ("right", "wrong", "no_gold", "unmatched"))):
        n = c["right"] + c["wrong"]
        print(f"{k:45s} right {c['right']:4d} wrong {c['wrong']:4d} no_gold {c['no_gold']:4d} unmatched {c['unmatched']:4d}"
              f"  {c['right'] / n if n else 0:.2f}")
        total.update({x: c[x] for x in ("right", "wrong", "no_gold", "unmatched")})
    print("total", dict(total))
    langs = collections.Counter()
    for c in tally.values():
        langs.update({k: v for k, v in c.items() if k.startswith("lang_")})
    print("by language", dict(sorted(langs.items())))
    # by the last part of the branch
    last = collections.defaultdict(collections.Counter)
    for k, c in tally.items():
        last[k.split("+")[-1]].update(c)
    for k, c in sorted(last.items()):
        n = c["right"] + c["wrong"]
        print(f"  {k:25s} right {c['right']:4d} wrong {c['wrong']:4d} {c['right'] / n if n else 0:.2f}")


def cv(fresh, pkls):
    global FRESH
    from pathlib import Path
    from eventledger.evaluate import find_gold_files, load_gold
    FRESH = {load_gold(p).report.id for p in find_gold_files([Path(fresh)])}
    import numpy as np
    import train_pair_decision as T
    from eventledger.evaluate import EvalResult, score_report
    from eventledger.extract import pair_decision
    for pkl in pkls:
        with open(pkl, "rb") as f:
            reports = [(g, e, t, l) for g, e, t, l, _ in pickle.load(f)]
        rows = [(r, i, j, y) for r, (gold, events, _, _) in enumerate(reports) for i, j, y in T.labelled_pairs(gold.events, events)
                if not pair_decision.vetoed(events[i], events[j], reports[r][2], reports[r][3])]
        x = np.array([[pair_decision.pair_features(reports[r][1][i], reports[r][1][j], reports[r][2], reports[r][3], reports[r][1])[n]
                       for n in pair_decision.FEATURES] for r, i, j, _ in rows])
        y = np.array([y for *_, y in rows], dtype=float)
        print(f"== {pkl}: {len(rows)} pairs, {int(y.sum())} one", flush=True)
        T._line("proposals alone (no pair model)", EvalResult([score_report(g, e) for g, e, _, _ in reports]))
        ids = [g.report.id for g, *_ in reports]
        folds = np.array([T.fold(ids[r]) for r, *_ in rows])
        wf = {k: dict(zip(pair_decision.FEATURES, map(float, T.fit(x[folds != k], y[folds != k])))) for k in range(T.FOLDS)}
        for threshold in (0.5, pair_decision.THRESHOLD, 0.6):
            res = [score_report(g, T._joined(e, t, l, wf[T.fold(g.report.id)], threshold)) for g, e, t, l in reports]
            T._line(f"out-of-fold, threshold {threshold}", EvalResult(res))
            if threshold == pair_decision.THRESHOLD:
                T._line("   of which in FRESH_DIR", EvalResult([r for r, (g, *_) in zip(res, reports) if g.report.id in FRESH]))
                T._line("   proposals alone, FRESH_DIR", EvalResult([score_report(g, e) for g, e, _, _ in reports if g.report.id in FRESH]))
        today = pair_decision._weights()
        if set(today) == set(pair_decision.FEATURES):
            T._line("shipped weights (in-sample for rules mode)", EvalResult(
                [score_report(g, T._joined(e, t, l, today, pair_decision.THRESHOLD)) for g, e, t, l in reports]))
        sys.stdout.flush()


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "build":
        from pathlib import Path
        build(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
    elif cmd == "joins":
        joins(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif cmd == "cv":
        cv(sys.argv[2], sys.argv[3:])
