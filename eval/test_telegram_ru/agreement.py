#!/usr/bin/env python3
"""Agreement of the two independent annotations (A and B) of the Telegram test set, scored the way `eval` scores the
extractor: A read as gold, B as predictions (event F1 is symmetric; the field rates are over matched events).

    .venv/bin/python eval/test_telegram_ru/agreement.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from eventledger.evaluate import format_result

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_news"))
from agreement import agreement  # noqa: E402  (the real-news set's scoring of A against B)


def _write(target: Path, posts: dict[str, dict], annotations: Path) -> None:
    target.mkdir(parents=True)
    for line in annotations.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        post = posts[a["id"]]
        (target / f"{a['id']}.txt").write_text(post["text"], encoding="utf-8")
        gold = {"report": {"file": f"{a['id']}.txt", "published": post["published"], "language": "ru"},
                "events": a["events"]}
        (target / f"{a['id']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    sys.path.insert(0, str(HERE))
    from assemble import select

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--a", type=Path, default=HERE / "annotations_A.jsonl")
    ap.add_argument("--b", type=Path, default=HERE / "annotations_B.jsonl")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    posts = select()
    with tempfile.TemporaryDirectory() as tmp:
        da, db = Path(tmp, "A"), Path(tmp, "B")
        _write(da, posts, a.a)
        _write(db, posts, a.b)
        result = agreement(da, db)
    data = result.to_dict()
    summary = {"total": data["total"], "by_language": data["by_language"]}
    print(json.dumps(summary, indent=1) if a.json else format_result(result).split("\nReports")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
