#!/usr/bin/env python3
"""Switches one extraction stage off at a time and scores gold sets, to see which stages earn their place.

A stage tuned on the sets it was written from can lift them and do nothing (or harm) on fresh reports. Scoring each
stage's absence on a worked-from set beside a fresher one shows that, and names the stages that change nothing on
any set: candidates for deletion. A stage is switched off by replacing it, in the module that calls it, with what
lets everything pass through unchanged (a list returned as given, a test answering no, a finder finding nothing).

    PYTHONPATH=src .venv/bin/python eval/real_news/ablate.py /tmp/rn_old /tmp/rn_val            # every stage
    PYTHONPATH=src .venv/bin/python eval/real_news/ablate.py /tmp/rn_old /tmp/rn_val --only in_focus --only recalls
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

PASS_FIRST: Callable[..., Any] = lambda x, *a, **k: x  # noqa: E731
NO: Callable[..., Any] = lambda *a, **k: False  # noqa: E731
NOTHING: Callable[..., Any] = lambda *a, **k: None  # noqa: E731

# stage name -> (module that calls it, what stands in for it)
STAGES: dict[str, tuple[str, Callable[..., Any]]] = {
    "named_airports": ("eventledger.extract.pipeline", PASS_FIRST),
    "without_people_adjectives": ("eventledger.extract.pipeline", PASS_FIRST),
    "in_the_report_area": ("eventledger.extract.pipeline", PASS_FIRST),
    "across_the_border": ("eventledger.extract.pipeline", PASS_FIRST),
    "city_districts": ("eventledger.extract.pipeline", PASS_FIRST),
    "in_focus": ("eventledger.extract.pipeline", PASS_FIRST),
    "districts_of_named_cities": ("eventledger.extract.pipeline", PASS_FIRST),
    "read_as_district_lists": ("eventledger.extract.pipeline", PASS_FIRST),
    "read_as_region_lists": ("eventledger.extract.pipeline", PASS_FIRST),
    "districts_told_short": ("eventledger.extract.pipeline", PASS_FIRST),
    "merge_region_breakdowns": ("eventledger.extract.pipeline", PASS_FIRST),
    "air_force_events": ("eventledger.extract.pipeline", lambda text, lang, rid, events, *a, **k: events),
    "at_the_capital": ("eventledger.extract.pipeline", PASS_FIRST),
    "downed_where_debris_fell": ("eventledger.extract.pipeline", PASS_FIRST),
    "other_language_sentences": ("eventledger.extract.pipeline", lambda *a, **k: {}),
    "without_counted_on": ("eventledger.extract.events", PASS_FIRST),
    "without_parts": ("eventledger.extract.events", PASS_FIRST),
    "to_finest": ("eventledger.extract.events", NOTHING),
    "one_per_weapon": ("eventledger.extract.events", lambda drafts, weapon_of: list(drafts)),
    "place_heading": ("eventledger.extract.events", NOTHING),
    "place_told_next": ("eventledger.extract.events", NOTHING),
    "tells_war_total": ("eventledger.extract.events", NO),
    "day_told_before": ("eventledger.extract.events", NOTHING),
    "tells_the_capital": ("eventledger.extract.events", NO),
    "own_accounts": ("eventledger.extract.events", NO),
    "recalls": ("eventledger.extract.events", NO),  # the outlet recalling its reporting, as events.py reads speakers
}


def score(stage: str | None, sets: list[Path]) -> dict[str, Any]:
    """Scores every set with `stage` switched off (None: nothing switched off), in this process."""
    import importlib

    from eventledger.evaluate import evaluate
    from eventledger.extract import pipeline
    from eventledger.geo import Gazetteer

    if stage is not None:
        module, stand_in = STAGES[stage]
        setattr(importlib.import_module(module), stage, stand_in)
    gaz = Gazetteer.load()
    out: dict[str, Any] = {"stage": stage}
    for path in sets:
        t = evaluate([path], lambda report: pipeline.extract(report, gaz)).total
        out[str(path)] = {"tp": t.tp, "fp": t.fp, "fn": t.fn, "best": t.figure_best_ok, "attribution": t.claims_source_close}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path, help="directories of gold files (as assemble.py writes them)")
    ap.add_argument("--only", choices=sorted(STAGES), action="append",
                    help="a stage (may be given again; default: every stage, one process each)")
    ap.add_argument("--json", action="store_true", help="print one JSON line a stage, not the table")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: score with this stage off ("-" for none)
    a = ap.parse_args()
    if a.one is not None:
        print(json.dumps(score(None if a.one == "-" else a.one, a.sets)))
        return
    rows = []
    for stage in ["-", *(a.only or STAGES)]:  # a process each: a stage switched off stays off
        done = subprocess.run([sys.executable, __file__, *map(str, a.sets), "--one", stage],
                              capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if a.json:
        print("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
        return
    base = rows[0]
    print("stage switched off".ljust(28) + "".join(f" | {p.name}: found / false / F1 change, best, attribution" for p in a.sets))
    for r in rows[1:]:
        cells = []
        for p in a.sets:
            b, x = base[str(p)], r[str(p)]
            f1 = lambda d: 2 * d["tp"] / (2 * d["tp"] + d["fp"] + d["fn"])  # noqa: E731
            cells.append(f" | {x['tp'] - b['tp']:+d} / {x['fp'] - b['fp']:+d} / {f1(x) - f1(b):+.3f}, "
                         f"{x['best'] - b['best']:+d}, {x['attribution'] - b['attribution']:+d}")
        print(r["stage"].ljust(28) + "".join(cells))


if __name__ == "__main__":
    main()
