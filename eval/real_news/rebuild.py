#!/usr/bin/env python3
"""Rebuilds the texts of the real-news set (third-party excerpts, kept out of the repository) into `texts/`.

The texts are the excerpts the project's search tool (corpus `pages`) returns for the manifest's queries. Run each
distinct query of `manifest.jsonl` through it, save each answer (the JSON it returns) as a file in `responses/`
(git-ignored), then run this script: every manifest entry whose URL is in an answer gets `texts/<id>.txt`, and its
SHA-256 is checked against the manifest (a stored page can change; a mismatch is reported, and `assemble.py` leaves
that report out rather than score it against gold written for another text).

    .venv/bin/python eval/real_news/rebuild.py --queries          # the queries to run, one per line
    .venv/bin/python eval/real_news/rebuild.py                    # responses/*.json -> texts/
    .venv/bin/python eval/real_news/rebuild.py --check            # texts/ written another way: check every hash
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--queries", action="store_true", help="print the distinct queries of the manifest and exit")
    ap.add_argument("--check", action="store_true", help="check the hashes of texts/ against the manifest and exit")
    ap.add_argument("--responses", type=Path, default=HERE / "responses")
    a = ap.parse_args()
    rows = [json.loads(line) for line in (HERE / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    if a.check:
        return check(rows)
    if a.queries:
        for query in dict.fromkeys(r["query"] for r in rows):
            print(query)
        return 0
    excerpts: dict[str, str] = {}
    for path in sorted(a.responses.glob("*.json")):
        try:
            answer = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"{path}: not a search answer: {exc}", file=sys.stderr)
            continue
        for result in answer.get("results", []):
            if isinstance(result, dict) and result.get("url") and isinstance(result.get("excerpt"), str):
                excerpts.setdefault(result["url"], result["excerpt"])
    (HERE / "texts").mkdir(exist_ok=True)
    written = mismatched = missing = 0
    for row in rows:
        text = excerpts.get(row["url"])
        if text is None:
            missing += 1
            continue
        (HERE / "texts" / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        written += 1
        mismatched += not annotated(row, text.encode())
    print(f"{written} texts written ({mismatched} differ from the manifest's hash), {missing} not in the answers")
    return 0 if written else 1


def annotated(row: dict, text: bytes) -> bool:
    """Whether this is the text the gold was written for (its SHA-256 in the manifest); says so when it is not."""
    if hashlib.sha256(text).hexdigest() == row["sha256"]:
        return True
    print(f"{row['id']}: differs from the text annotated, by the manifest's hash ({row['url']})", file=sys.stderr)
    return False


def check(rows: list[dict]) -> int:
    """Texts copied by hand from the search answers (one file per excerpt) are checked here, so a slip is caught."""
    present = differ = 0
    for row in rows:
        path = HERE / "texts" / f"{row['id']}.txt"
        if not path.exists():
            continue
        present += 1
        differ += not annotated(row, path.read_bytes())
    print(f"{present} of {len(rows)} texts present, {differ} differ from the manifest's hash")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
