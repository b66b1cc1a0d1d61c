#!/usr/bin/env python3
"""Lays the real-news set out for `eventledger eval`: `<id>.txt` (from the git-ignored `texts/`) beside
`<id>.gold.json` (from `gold/`, or one annotator's `annotations/A|B/`), for one split.

    .venv/bin/python eval/real_news/assemble.py /tmp/rn_dev --split dev && .venv/bin/eventledger eval /tmp/rn_dev
    .venv/bin/python eval/real_news/assemble.py /tmp/rn_pool --split pool   # the whole development pool
    .venv/bin/python eval/real_news/assemble.py /tmp/rn_dev_A --split dev --from annotations/A

A text whose SHA-256 differs from the manifest's (a rebuild that did not give the same excerpt) is reported and left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def manifest() -> list[dict]:
    return [json.loads(line) for line in (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


SPLITS = ["dev", "test", "test2", "dev2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20"]
# Splits whose planned test runs are spent and that later sessions work from (README.md, "The development pool").
POOL = ["dev", "dev2", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test17", "test19"]


def splits_named(arg: str) -> set[str]:
    """`dev,dev2` or `pool` -> the set of split names, so one scoring run can cover the whole development pool."""
    names = {n.strip() for n in arg.split(",") if n.strip()}
    names = (names - {"pool"}) | (set(POOL) if "pool" in names else set())
    unknown = names - set(SPLITS)
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown split(s): {', '.join(sorted(unknown))} (known: {', '.join(SPLITS)}, pool)")
    return names


def assemble(target: Path, split: str | set[str] | None, source: Path, langs: set[str] | None = None) -> tuple[int, list[str]]:
    target.mkdir(parents=True, exist_ok=True)
    written, problems = 0, []
    wanted = {split} if isinstance(split, str) else split
    for row in manifest():
        if (wanted and row["split"] not in wanted) or (langs and row["lang"] not in langs):
            continue
        gold_path, text_path = source / f"{row['id']}.json", HERE / "texts" / f"{row['id']}.txt"
        if not gold_path.exists():
            problems.append(f"{row['id']}: no annotation in {source}")
            continue
        if not text_path.exists():
            problems.append(f"{row['id']}: text missing (rebuild it, see README.md)")
            continue
        text = text_path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode()).hexdigest() != row["sha256"]:
            problems.append(f"{row['id']}: text differs from the manifest's hash; left out")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        (target / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        report = {"file": f"{row['id']}.txt", "published": row["published"], "language": row["lang"]}
        out = {"report": report, "events": gold.get("events", []), "notes": gold.get("notes", "")}
        (target / f"{row['id']}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        written += 1
    return written, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target", type=Path)
    ap.add_argument("--split", type=splits_named, help="a split, a comma list (dev,dev2) or `pool` (" + ",".join(POOL) + ")")
    ap.add_argument("--lang", action="append", choices=["en", "ru", "uk"], help="only these languages (repeatable)")
    ap.add_argument("--from", dest="source", default="gold", help="gold (default) or annotations/A, annotations/B")
    a = ap.parse_args()
    written, problems = assemble(a.target, a.split, HERE / a.source, set(a.lang) if a.lang else None)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{written} reports written to {a.target}")
    return 0 if written else 1


if __name__ == "__main__":
    raise SystemExit(main())
