"""Assemble the Russian Telegram dev gold set: post texts from ../shared, our annotations from this folder.

The repository keeps only annotations and post ids (the texts belong to their channels and to the corpora that
collected them), so evaluation needs this step first; without ../shared it says so and exits cleanly.

    .venv/bin/python eval/dev_telegram_ru/assemble.py /tmp/dev_ru && .venv/bin/eventledger eval /tmp/dev_ru
    .venv/bin/python eval/dev_telegram_ru/assemble.py --list     # the selection, re-derived from the stated rule
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "eval"
NEWS = SHARED / "telegram_ru_news_2024" / "war_related_posts.jsonl"
ALERTS = SHARED / "telegram_ru_air_alerts" / "posts.jsonl"
NEWS_STEP, ALERTS_STEP = 16, 49
RANDOM_SEED, RANDOM_COUNT = 20261204, 100  # issue 10: posts drawn at random from all 2,368 news posts


class AssembleError(RuntimeError):
    """The shared corpora or the annotations cannot be read: the message names the file."""


def _read_jsonl(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise AssembleError(f"{path}: cannot read: {exc}") from exc


def news_id(post: dict) -> str:
    return f"news-{abs(int(post['sender_id']))}-{post['message_id']}"


def alert_id(post: dict) -> str:
    return f"alert-{post['channel']}-{post['post_id']}"


def select() -> dict[str, dict]:
    """The posts the README's rule picks, by id, with their text and publication time."""
    strict = sorted((p for p in _read_jsonl(NEWS) if p["matched_strict_drone_airport_regex"]),
                    key=lambda p: (p["channel"], int(p["message_id"])))
    chosen = {news_id(p): {"text": p["text"], "published": p["date"]} for p in strict[::NEWS_STEP]}
    seen: set[str] = set()
    distinct = []
    for p in sorted(_read_jsonl(ALERTS), key=lambda p: (p["channel"], int(p["post_id"]))):
        key = " ".join(p["text"].split()).casefold()
        if key not in seen:
            seen.add(key)
            distinct.append(p)
    for p in distinct[::ALERTS_STEP]:
        chosen[alert_id(p)] = {"text": p["text"], "published": _iso(p["published_date"])}
    for p in random_news(exclude=set(chosen)):
        chosen[news_id(p)] = {"text": p["text"], "published": p["date"]}
    return chosen


def random_news(exclude: set[str]) -> list[dict]:
    """RANDOM_COUNT news posts drawn with RANDOM_SEED from every post (flagged or not) not already chosen by step."""
    import random

    return random.Random(RANDOM_SEED).sample(news_pool(exclude), RANDOM_COUNT)


def news_pool(exclude: set[str]) -> list[dict]:
    """Every news post not in `exclude`, in the fixed order every seeded draw samples from (channel, message id)."""
    return sorted((p for p in _read_jsonl(NEWS) if news_id(p) not in exclude),
                  key=lambda p: (p["channel"], int(p["message_id"])))


def drawn_test(seed: int, exclude: set[str], flagged: int, unflagged: int) -> dict[str, dict]:
    """A held-out test set's posts by the test sets' rule: `flagged` posts the corpus flags as drone/airport news, then
    `unflagged` others, drawn with `seed` from the posts not in `exclude`."""
    import random

    pool = news_pool(exclude)
    rng = random.Random(seed)
    chosen = rng.sample([p for p in pool if p["matched_strict_drone_airport_regex"]], flagged)
    chosen += rng.sample([p for p in pool if not p["matched_strict_drone_airport_regex"]], unflagged)
    return {news_id(p): {"text": p["text"], "published": p["date"]} for p in chosen}


# The Telegram test sets in the order they were drawn (eval/test_telegram_ru, test2_, test3_), each rule committed
# before its draw: 60 flagged + 30 other posts, leaving out the dev set and every test set drawn before it.
TEST_SEEDS = (20261207, 20261208, 20261209, 20261210, 20261211)


def test_posts(seed: int) -> dict[str, dict]:
    """The posts of the Telegram test set drawn with `seed` (one of TEST_SEEDS)."""
    exclude = set(select())
    for earlier in TEST_SEEDS[: TEST_SEEDS.index(seed)]:
        exclude |= set(test_posts(earlier))
    return drawn_test(seed, exclude, 60, 30)


def _iso(value: str) -> str:
    """The alert corpus mixes "2024-11-22 18:54:57+03:00" and RFC-822 dates; both become ISO 8601."""
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return parsedate_to_datetime(value).isoformat()


def assemble(target: Path) -> int:
    annotations = _read_jsonl(HERE / "annotations.jsonl") + _read_jsonl(HERE / "annotations_random100.jsonl")
    return write_reports(target, select(), annotations, HERE / "annotations.jsonl")


def write_reports(target: Path, posts: dict[str, dict], annotations: list[dict], named: Path) -> int:
    """`<id>.txt` and `<id>.gold.json` in `target` for each annotation (`named` is the file a wrong id is blamed on):
    the one layout `eventledger eval` reads, shared with the Telegram test set and its agreement script."""
    target.mkdir(parents=True, exist_ok=True)
    for a in annotations:
        post = posts.get(a["id"])
        if post is None:
            raise AssembleError(f"{named}: {a['id']} is not in the selection")
        (target / f"{a['id']}.txt").write_text(post["text"], encoding="utf-8")
        gold = {"report": {"file": f"{a['id']}.txt", "published": post["published"], "language": a.get("language", "ru")},
                "events": a["events"]}
        (target / f"{a['id']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(annotations)


def cli(argv: list[str] | None, description: str, chosen: Callable[[], dict[str, dict]],
        written: Callable[[Path], int], corpora: tuple[Path, ...]) -> int:
    """The command line of a Telegram gold set: `--list` its selection, or assemble it into a target directory."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("target", nargs="?", type=Path, help="directory to write <id>.txt and <id>.gold.json into")
    parser.add_argument("--list", action="store_true", help="print the selected post ids and texts")
    args = parser.parse_args(argv)
    if not all(path.exists() for path in corpora):
        print(f"skipped: the source corpora are not at {SHARED}", file=sys.stderr)
        return 0
    try:
        if args.list:
            for pid, post in chosen().items():
                print(json.dumps({"id": pid, "published": post["published"], "text": post["text"]}, ensure_ascii=False))
            return 0
        if args.target is None:
            parser.error("give a target directory, or --list")
        print(f"{written(args.target)} reports written to {args.target}")
    except AssembleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    return cli(argv, __doc__.splitlines()[0], select, assemble, (NEWS, ALERTS))


if __name__ == "__main__":
    sys.exit(main())
