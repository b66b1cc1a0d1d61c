#!/usr/bin/env python3
"""Agreement of the two independent annotations (A and B) of the real-news set, scored the way `eval` scores the
extractor: A read as gold, B as predictions (event F1 is symmetric; the field rates are over matched events).

    .venv/bin/python eval/real_news/agreement.py [--split SPLIT]  (any split assemble.py knows)
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from eventledger.evaluate import EvalResult, format_result, load_gold, score_report

HERE = Path(__file__).resolve().parent


def agreement(da: Path, db: Path) -> EvalResult:
    """A's gold files in `da` scored against B's in `db`, report by report (reports only one of them has are left out)."""
    return EvalResult([score_report(load_gold(gold_path), load_gold(db / gold_path.name).events)
                       for gold_path in sorted(da.glob("*.gold.json")) if (db / gold_path.name).exists()])


def print_agreement(result: EvalResult, as_json: bool) -> None:
    """The totals and per-language figures: as JSON, or the `eval` table without its per-report lines."""
    data = result.to_dict()
    summary = {"total": data["total"], "by_language": data["by_language"]}
    print(json.dumps(summary, indent=1) if as_json else format_result(result).split("\nReports")[0])


def main() -> int:
    import sys

    sys.path.insert(0, str(HERE))
    from assemble import SPLITS, assemble

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        da, db = Path(tmp, "A"), Path(tmp, "B")
        assemble(da, a.split, HERE / "annotations" / "A")
        assemble(db, a.split, HERE / "annotations" / "B")
        print_agreement(agreement(da, db), a.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
