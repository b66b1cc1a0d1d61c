#!/usr/bin/env python3
"""Confusion of gold kind -> predicted kind over the scorer's `wrong kind` events (missed and spurious), per language:
a diagnostic, not part of the product (sixteenth session, kind16).

    /work/main/.venv/bin/python eval/real_news/assemble.py /tmp/rn_pool --split pool
    PYTHONPATH=src .venv/bin/python eval/real_news/wrong_kind_confusion.py /tmp/rn_pool [--detail] [--save out.json]

For each event the scorer classes `wrong kind` (`evaluate.classify_miss` / `classify_spurious`), the event on the other
side it names (the first of another kind failing only the kind condition) gives the pair gold kind -> predicted kind.
`--detail` lists them one per line, marking those whose other side is itself paired with another event (then the missed
event was never proposed, or was joined into another, rather than given another kind). `--detail` and `--save` are for
the pool only (never test8+ or held-out splits, whose per-report errors may not be read).
"""
import argparse, json, sys
from collections import Counter, defaultdict
from pathlib import Path

from eventledger.evaluate import (find_gold_files, load_gold, match_events, kinds_pair, places_compatible,
                                  dates_compatible, classify_miss, classify_spurious, describe)
from eventledger.extract.pipeline import extract as extractor
from eventledger.cli import _gazetteer


def only_kind_fails(g, p):
    return (not kinds_pair(g.kind, p.kind)) and places_compatible(g.place, p.place) and dates_compatible(g, p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--save")
    ap.add_argument("--detail", action="store_true")
    a = ap.parse_args()
    gaz = _gazetteer()
    miss = defaultdict(Counter)   # lang -> Counter((gold kind, pred kind))
    spur = defaultdict(Counter)
    rows = []
    nmiss = Counter(); nspur = Counter()
    for path in find_gold_files(a.dirs):
        gold = load_gold(path)
        lang = gold.report.language
        pred = list(extractor(gold.report, gaz))
        pairs = match_events(gold.events, pred)
        mg = {gi for gi, _ in pairs}; mp = {pi for _, pi in pairs}
        matched = [pred[pi] for _, pi in pairs]
        for gi, g in enumerate(gold.events):
            if gi in mg or g.background:
                continue
            if classify_miss(g, pred) != "wrong kind":
                continue
            nmiss[lang] += 1
            # the scorer's explanation: first (same kind first) other event failing only one condition
            o = next(o for o in sorted(pred, key=lambda o: o.kind != g.kind)
                     if (kinds_pair(g.kind, o.kind), places_compatible(g.place, o.place), dates_compatible(g, o)).count(False) == 1)
            key = (g.kind, o.kind)
            miss[lang][key] += 1
            rows.append({"side": "missed", "label": gold.label, "lang": lang, "gold": describe(g), "pred": describe(o),
                         "gold_kind": g.kind, "pred_kind": o.kind, "pred_paired": any(o is pred[pi] for pi in mp)})
        for pi, p in enumerate(pred):
            if pi in mp:
                continue
            if classify_spurious(p, gold.events, matched) != "wrong kind":
                continue
            nspur[lang] += 1
            o = next(o for o in sorted(gold.events, key=lambda o: o.kind != p.kind)
                     if (kinds_pair(o.kind, p.kind), places_compatible(o.place, p.place), dates_compatible(o, p)).count(False) == 1)
            key = (o.kind, p.kind)
            spur[lang][key] += 1
            rows.append({"side": "spurious", "label": gold.label, "lang": lang, "gold": describe(o), "pred": describe(p),
                         "gold_kind": o.kind, "pred_kind": p.kind,
                         "gold_paired": any(o is gold.events[gi] for gi in mg)})
    for name, tab, n in (("MISSED (gold kind -> nearest predicted kind)", miss, nmiss),
                         ("SPURIOUS (nearest gold kind -> predicted kind)", spur, nspur)):
        tot = Counter()
        for c in tab.values():
            tot.update(c)
        print(f"{name}: total {sum(n.values())} ({', '.join(f'{l} {v}' for l, v in sorted(n.items()))})")
        for (gk, pk), v in tot.most_common():
            per = " ".join(f"{l}:{tab[l][(gk, pk)]}" for l in sorted(tab) if tab[l][(gk, pk)])
            print(f"  {gk:>22} -> {pk:<22} {v:3d}   {per}")
    if a.detail:
        for r in rows:
            print(r["side"], r["lang"], r["label"], "| gold:", r["gold"], "| pred:", r["pred"],
                  "| other side paired" if r.get("pred_paired") or r.get("gold_paired") else "")
    if a.save:
        Path(a.save).write_text(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
