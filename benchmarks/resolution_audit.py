"""Audited precision of resolution on real Russian news posts: every merge the rules make, judged by a person.

`../shared/eval/telegram_ru_news_2024` has no gold grouping, so recall cannot be measured on it; precision can,
by reading each pair of posts that resolution put into one event and saying whether they tell the same incident.
The rules were frozen before the posts were read (the judgments were written after this script first listed them,
and no rule was changed because of them); that makes it a held-out precision figure, on the kind of input the
ledger is for, in Russian.

Each post is extracted with the real pipeline (every event that is not background, as the ledger stores them), all
are resolved together with `eventledger.resolve.resolve`, and every pair of posts in one event is listed with why it
joined. A fixed pseudo-random share of the pairs is judged: a pair is in the sample when the hash of its two ids
falls below `SHARE` (about 100 of the first run's 908 pairs), so a pair's place in the sample does not depend on the
other pairs, and a change of rules or extraction leaves the judgments of the pairs it kept valid; judgments live in
`eval/resolution_audit_ru/judgments.jsonl` (item ids, the verdict and a note in our words; no text of the posts):

    .venv/bin/python benchmarks/resolution_audit.py ../shared/eval/telegram_ru_news_2024 --list    # pairs to judge
    .venv/bin/python benchmarks/resolution_audit.py ../shared/eval/telegram_ru_news_2024           # the figure
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report
from eventledger.resolve import Item, compare, item_of, resolve
from eventledger.similarity import embed

JUDGMENTS = Path(__file__).resolve().parents[1] / "eval" / "resolution_audit_ru" / "judgments.jsonl"
SHARE = 0.11  # of the merged pairs, drawn by hash; fixed before any pair of this sample was read


def post_id(post: dict) -> str:
    return f"{post['channel']}/{post['message_id']}"


def items_of(posts: list[dict], gazetteer: Gazetteer) -> list[Item]:
    """One item per (post, event), the way the ledger keeps report events."""
    pending = []
    for post in posts:
        rep = Report(text=post["text"], published=datetime.fromisoformat(post["date"]), language="ru",
                     source=post["channel"], source_kind="telegram")
        for n, ev in enumerate(e for e in extract(rep, gazetteer) if not e.background):
            pending.append((f"{post_id(post)}#{n}", post_id(post), rep, ev))
    texts = [rep.text[max(0, ev.anchor - 200) : ev.anchor + 300] for _, _, rep, ev in pending]
    names = [ev.target.name if ev.target else "" for *_, ev in pending]
    vectors = embed(texts + names)
    n = len(pending)
    return [item_of(key, pid, rep, ev, texts[i], vectors[i], vectors[n + i] if names[i] else None)
            for i, (key, pid, rep, ev) in enumerate(pending)]


def in_sample(a: str, b: str) -> bool:
    digest = hashlib.sha1(f"{a}|{b}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < SHARE


def merged_pairs(items: list[Item]) -> list[tuple[Item, Item]]:
    """Every pair of items of different posts that resolution put into one event, earliest first."""
    pairs = []
    for cluster in resolve(items):
        members = sorted(cluster.members, key=lambda m: m.order)
        for n, a in enumerate(members):
            pairs.extend((a, b) for b in members[n + 1 :] if a.report_id != b.report_id)
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="../shared/eval/telegram_ru_news_2024")
    parser.add_argument("--list", action="store_true", help="print the sampled pairs with their texts, for judging")
    args = parser.parse_args()
    path = args.corpus / "war_related_posts.jsonl"
    if not path.exists():
        sys.exit(f"{path}: not found (the corpus lives in ../shared/eval/telegram_ru_news_2024)")
    posts = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    posts = [p for p in posts if (p.get("text") or "").strip()]
    items = items_of(posts, Gazetteer.load())
    every = merged_pairs(items)
    print(f"{len(posts)} posts, {len(items)} report events, {len(every)} merged pairs of different posts")
    pairs = [(a, b) for a, b in every if in_sample(a.id, b.id)]
    if args.list:
        titles = {post_id(p): " ".join(p["text"].split())[:160] for p in posts}
        for a, b in pairs:  # judge the sentences the events were read from, not the posts' headlines
            why = compare(a, b).reasons[:2]
            print(json.dumps({"a": a.id, "b": b.id, "kind": f"{a.kind}/{b.kind}", "why": why}, ensure_ascii=False))
            for side, item in (("A", a), ("B", b)):
                print(f"   {side} {item.published.isoformat() if item.published else '?'} {titles[item.report_id]}")
                print(f"     event: {' '.join(item.text.split())}")
        return
    if not JUDGMENTS.exists():
        sys.exit(f"{JUDGMENTS}: no judgments yet (run with --list and judge the pairs)")
    verdicts = {(j["a"], j["b"]): j["same"] for j in map(json.loads, JUDGMENTS.open(encoding="utf-8")) if j}
    judged = [verdicts[(a.id, b.id)] for a, b in pairs if (a.id, b.id) in verdicts]
    same, other = judged.count(True), judged.count(False)
    no_incident = len(judged) - same - other  # null: a side reports no incident at all (an extraction error)
    print(f"sampled {len(pairs)} pairs, judged {len(judged)}: {same} the same incident, {other} different incidents, "
          f"{no_incident} with a side that reports no incident")
    if same + other:
        print(f"audited precision {same / (same + other):.3f} over pairs of incidents; "
              f"{same / len(judged):.3f} counting no-incident pairs as wrong")
    if len(judged) < len(pairs):
        print(f"{len(pairs) - len(judged)} sampled pairs have no judgment (rules or extraction changed since): judge them")


if __name__ == "__main__":
    main()
