#!/usr/bin/env python3
"""Adds one search result to the real-news set if the selection rule of README.md lets it in; prints why not otherwise.

Used while collecting, one call per result in rank order, so that every mechanical part of the rule (held-out guard,
language, length, duplicates, outlet cap, query cap, quota, split, id) is applied by code, the same way every time.
The subject test (is this about an armed-conflict incident?) is the collector's, made before calling.

    add.py [--collection test2|dev2|test3|test4|test5|test6|test7|test8|test9|test10|test11|test12|test13|test14|test15|test16|test17|test18|test19|test20] --lang en --query-no 3 --query "..." --rank 2 --url URL --file excerpt.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.jsonl"
TEXTS = HERE / "texts"
GUARD = HERE.parents[2] / "shared" / "eval" / "holdout_guard" / "guard.py"
QUOTA = {"en": 132, "ru": 66, "uk": 66}
PER_QUERY = 6
# The second collection (README.md, "Second collection: test2"): a fresh test split, made after the first was used up.
QUOTA_TEST2 = {"en": 34, "ru": 22, "uk": 22}
PER_QUERY_TEST2 = 4
# The third collection (README.md, "Third collection: dev2"): a fresh development split, measured before anyone works from it.
QUOTA_DEV2 = {"en": 32, "ru": 20, "uk": 20}
PER_QUERY_DEV2 = 4
# The fourth collection (README.md, "Fourth collection: test3"): a fresh test split for the session's final estimate.
QUOTA_TEST3 = {"en": 26, "ru": 17, "uk": 17}
PER_QUERY_TEST3 = 4
# The fifth collection (README.md, "Fifth collection: test4"): a fresh test split for the fifth session's final estimate.
QUOTA_TEST4 = {"en": 26, "ru": 17, "uk": 17}
PER_QUERY_TEST4 = 4
# The sixth collection (README.md, "Sixth collection: test5"): a fresh test split for the sixth session's estimate.
QUOTA_TEST5 = {"en": 26, "ru": 17, "uk": 17}
PER_QUERY_TEST5 = 4
# The seventh collection (README.md, "Seventh collection: test6"): a fresh test split for the seventh session's estimate.
QUOTA_TEST6 = {"en": 30, "ru": 21, "uk": 21}
PER_QUERY_TEST6 = 4
# The eighth collection (README.md, "Eighth collection: test7"): a fresh test split for the eighth session's estimate.
QUOTA_TEST7 = {"en": 26, "ru": 17, "uk": 17}
PER_QUERY_TEST7 = 4
# The ninth collection (README.md, "Ninth collection: test8"): a fresh test split for the ninth session's estimate.
QUOTA_TEST8 = {"en": 26, "ru": 17, "uk": 17}
PER_QUERY_TEST8 = 4
# The tenth collection (README.md, "Tenth collection: test9"): a second fresh split for the ninth session's estimate.
QUOTA_TEST9 = {"en": 26, "ru": 17, "uk": 17}
PER_QUERY_TEST9 = 4
# The eleventh collection (README.md, "Eleventh collection: test10"): a fresh, larger split for the tenth session's estimate.
QUOTA_TEST10 = {"en": 38, "ru": 26, "uk": 26}
PER_QUERY_TEST10 = 4
# The twelfth collection (README.md, "Twelfth collection: test11"): a fresh split for the eleventh session's estimate.
QUOTA_TEST11 = {"en": 38, "ru": 26, "uk": 26}
PER_QUERY_TEST11 = 4
# The thirteenth collection (README.md, "Thirteenth collection: test12"): a second fresh split for the eleventh session's final tree.
QUOTA_TEST12 = {"en": 38, "ru": 26, "uk": 26}
PER_QUERY_TEST12 = 4
# The fourteenth collection (README.md, "Fourteenth collection: test13"): a fresh split for the twelfth session's estimate.
QUOTA_TEST13 = {"en": 38, "ru": 26, "uk": 26}
PER_QUERY_TEST13 = 4
# The fifteenth collection (README.md, "Fifteenth collection: test14"): a fresh split for the thirteenth session's estimate.
QUOTA_TEST14 = {"en": 38, "ru": 26, "uk": 26}
PER_QUERY_TEST14 = 4
# The sixteenth collection (README.md, "Sixteenth collection: test15"): a fresh split for the fourteenth session's estimate.
QUOTA_TEST15 = {"en": 38, "ru": 26, "uk": 26}
PER_QUERY_TEST15 = 4
# The seventeenth collection (README.md, "Seventeenth collection: test16"): a larger fresh split for the sixteenth session's estimate.
QUOTA_TEST16 = {"en": 48, "ru": 36, "uk": 36}
PER_QUERY_TEST16 = 4
# The eighteenth collection (README.md, "Eighteenth collection: test17"): a fresh split for the seventeenth session, beside test16.
QUOTA_TEST17 = {"en": 48, "ru": 36, "uk": 36}
PER_QUERY_TEST17 = 4
# The nineteenth collection (README.md, "Nineteenth collection: test18"): a fresh split for the eighteenth session.
QUOTA_TEST18 = {"en": 48, "ru": 36, "uk": 36}
PER_QUERY_TEST18 = 4
# The twentieth collection (README.md, "Twentieth collection: test19"): a fresh split for the nineteenth session.
QUOTA_TEST19 = {"en": 48, "ru": 36, "uk": 36}
PER_QUERY_TEST19 = 4
# The twenty-first collection (README.md, "Twenty-first collection: test20"): a fresh split for the twentieth session.
QUOTA_TEST20 = {"en": 48, "ru": 36, "uk": 36}
PER_QUERY_TEST20 = 4
COLLECTIONS = {
    "first": (QUOTA, PER_QUERY), "test2": (QUOTA_TEST2, PER_QUERY_TEST2), "dev2": (QUOTA_DEV2, PER_QUERY_DEV2),
    "test3": (QUOTA_TEST3, PER_QUERY_TEST3), "test4": (QUOTA_TEST4, PER_QUERY_TEST4),
    "test5": (QUOTA_TEST5, PER_QUERY_TEST5), "test6": (QUOTA_TEST6, PER_QUERY_TEST6),
    "test7": (QUOTA_TEST7, PER_QUERY_TEST7), "test8": (QUOTA_TEST8, PER_QUERY_TEST8),
    "test9": (QUOTA_TEST9, PER_QUERY_TEST9), "test10": (QUOTA_TEST10, PER_QUERY_TEST10),
    "test11": (QUOTA_TEST11, PER_QUERY_TEST11), "test12": (QUOTA_TEST12, PER_QUERY_TEST12),
    "test13": (QUOTA_TEST13, PER_QUERY_TEST13), "test14": (QUOTA_TEST14, PER_QUERY_TEST14),
    "test15": (QUOTA_TEST15, PER_QUERY_TEST15), "test16": (QUOTA_TEST16, PER_QUERY_TEST16),
    "test17": (QUOTA_TEST17, PER_QUERY_TEST17), "test18": (QUOTA_TEST18, PER_QUERY_TEST18),
    "test19": (QUOTA_TEST19, PER_QUERY_TEST19),
    "test20": (QUOTA_TEST20, PER_QUERY_TEST20),
}
PER_OUTLET = 3
MIN_CHARS = 200


def outlet(url: str) -> str:
    """The host without www./m./amp. and without a trailing dot: `kp.ua.` and `kp.ua` are one outlet."""
    return re.sub(r"^(www\.|m\.|amp\.)", "", (urlparse(url).hostname or "").lower()).rstrip(".")


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()


def split_of(url: str) -> str:
    return "dev" if int(url_hash(url)[:8], 16) % 10 < 6 else "test"


def head_key(text: str) -> str:
    """A fingerprint of the first 200 characters (the text itself never enters the repository)."""
    return hashlib.sha256(" ".join(text.split()).casefold()[:200].encode()).hexdigest()[:16]


def published(text: str, url: str) -> str | None:
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
    if m:
        return m.group(1)
    m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def language(text: str) -> str | None:
    from lingua import Language, LanguageDetectorBuilder

    # every language, so that Bulgarian is not read as Russian nor Italian as English (seen while collecting)
    detector = LanguageDetectorBuilder.from_all_languages().build()
    found = detector.detect_language_of(text)
    return {Language.ENGLISH: "en", Language.RUSSIAN: "ru", Language.UKRAINIAN: "uk"}.get(found) if found else None


def load() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True, choices=sorted(QUOTA))
    ap.add_argument("--query-no", required=True, type=int)
    ap.add_argument("--query", required=True)
    ap.add_argument("--rank", required=True, type=int)
    ap.add_argument("--url", required=True)
    ap.add_argument("--file", required=True, type=Path)
    ap.add_argument("--collection", choices=sorted(COLLECTIONS), default="first")
    a = ap.parse_args()
    quota, per_query = COLLECTIONS[a.collection]
    text = a.file.read_text(encoding="utf-8")
    rows = load()
    in_collection = [r for r in rows if (r["split"] if r["split"] in COLLECTIONS else "first") == a.collection]
    mine = [r for r in in_collection if r["lang"] == a.lang]

    def reject(why: str) -> int:
        print(f"rejected: {why}")
        a.file.unlink(missing_ok=True)
        return 1

    if len(mine) >= quota[a.lang]:
        return reject(f"quota for {a.lang} ({quota[a.lang]}) is full: stop collecting {a.lang}")
    if subprocess.run([sys.executable, str(GUARD), "--url", a.url], capture_output=True).returncode != 0:
        return reject("held out (URL): do not read or use this page")
    if subprocess.run([sys.executable, str(GUARD), str(a.file)], capture_output=True).returncode != 0:
        return reject("held out (text): do not read or use this page")
    if len(text.strip()) < MIN_CHARS:
        return reject(f"shorter than {MIN_CHARS} characters")
    lang = language(text)
    if lang != a.lang:
        return reject(f"language is {lang}, not {a.lang}")
    if any(r["url"] == a.url for r in rows) or any(r["head"] == head_key(text) for r in rows):
        return reject("duplicate of a page already in the set")
    if sum(r["outlet"] == outlet(a.url) for r in rows) >= PER_OUTLET:
        return reject(f"outlet {outlet(a.url)} already has {PER_OUTLET} pages")
    if sum(r["query_no"] == a.query_no for r in mine) >= per_query:
        return reject(f"query {a.query_no} already gave {per_query} pages: go on to the next query")
    rid = f"{a.lang}-{url_hash(a.url)[:10]}"
    TEXTS.mkdir(exist_ok=True)
    (TEXTS / f"{rid}.txt").write_text(text, encoding="utf-8")
    a.file.unlink()
    row = {
        "id": rid, "lang": a.lang, "url": a.url, "outlet": outlet(a.url), "query_no": a.query_no, "query": a.query,
        "rank": a.rank, "retrieved": date.today().isoformat(), "published": published(text, a.url),
        "split": a.collection if a.collection != "first" else split_of(a.url), "sha256": hashlib.sha256(text.encode()).hexdigest(), "head": head_key(text),
    }
    with MANIFEST.open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"kept {rid} ({len(mine) + 1}/{quota[a.lang]} {a.lang}, split {row['split']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
