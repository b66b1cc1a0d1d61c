"""Assemble the Russian Telegram TEST set (held out): post texts from ../shared, the adjudicated gold from this folder.

The twenty-second stop drew it because the real-news test splits are spent and no new news texts were collected (the
search tool's terms). The rule was fixed and the posts drawn before the extractor ran on any of them; the figure on it
is reported at the stop's start and end only.

    .venv/bin/python eval/test_telegram_ru/assemble.py /tmp/test_ru && .venv/bin/eventledger eval /tmp/test_ru
    .venv/bin/python eval/test_telegram_ru/assemble.py --list     # the selection, re-derived from the stated rule
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _dev_reader():
    """The dev set's reader (the same corpus, ids and exclusions), loaded under its own name: both files are called
    assemble.py, so a plain import would find whichever comes first on the path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dev_telegram_assemble", HERE.parent / "dev_telegram_ru" / "assemble.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = _dev_reader()

SEED = 20261207
FLAGGED, UNFLAGGED = 60, 30  # drawn from the posts the corpus flags as drone/airport news, and from the rest
GOLD = HERE / "annotations.jsonl"


def select() -> dict[str, dict]:
    """FLAGGED + UNFLAGGED news posts drawn with SEED, leaving out every post of the dev set."""
    exclude = set(dev.select())
    pool = sorted((p for p in dev._read_jsonl(dev.NEWS) if dev.news_id(p) not in exclude),
                  key=lambda p: (p["channel"], int(p["message_id"])))
    rng = random.Random(SEED)
    flagged = rng.sample([p for p in pool if p["matched_strict_drone_airport_regex"]], FLAGGED)
    unflagged = rng.sample([p for p in pool if not p["matched_strict_drone_airport_regex"]], UNFLAGGED)
    return {dev.news_id(p): {"text": p["text"], "published": p["date"]} for p in flagged + unflagged}


def assemble(target: Path) -> int:
    posts = select()
    annotations = dev._read_jsonl(GOLD)
    target.mkdir(parents=True, exist_ok=True)
    for a in annotations:
        post = posts.get(a["id"])
        if post is None:
            raise dev.AssembleError(f"{GOLD}: {a['id']} is not in the selection")
        (target / f"{a['id']}.txt").write_text(post["text"], encoding="utf-8")
        gold = {"report": {"file": f"{a['id']}.txt", "published": post["published"], "language": "ru"},
                "events": a["events"]}
        (target / f"{a['id']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(annotations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", type=Path, help="directory to write <id>.txt and <id>.gold.json into")
    parser.add_argument("--list", action="store_true", help="print the selected post ids and texts")
    args = parser.parse_args(argv)
    if not dev.NEWS.exists():
        print(f"skipped: the source corpus is not at {dev.SHARED}", file=sys.stderr)
        return 0
    try:
        if args.list:
            for pid, post in select().items():
                print(json.dumps({"id": pid, "published": post["published"], "text": post["text"]}, ensure_ascii=False))
            return 0
        if args.target is None:
            parser.error("give a target directory, or --list")
        print(f"{assemble(args.target)} reports written to {args.target}")
    except dev.AssembleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
