"""A flood of garbage in one `eventledger ingest`: thousands of malformed inputs (corpus lines, CSV rows, whole
files of every kind) mixed with good reports. The run ends with exit code 1, one line per bad input naming it, no
traceback, and every good report stored."""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import sqlite3

from ledger_checks import PLACES, run_ingest

SEED = 14
BAD_LINES = 4000
BAD_ROWS = 1000


def good_text(i: int) -> str:
    return (f"A drone struck a fuel depot in {PLACES[i % len(PLACES)]} on {1 + i % 28} June 2025, the governor said. "
            f"{i % 5 + 2} people were injured. Batch report {i}.")


def bad_json_line(rng: random.Random, i: int) -> str:
    kinds = [
        lambda: "{not json",
        lambda: json.dumps([1, 2, 3]),
        lambda: json.dumps({"text": i, "date": "2025-06-01"}),
        lambda: '{"text": "A drone attack.", "date": ' + "7" * 4400 + "}",
        lambda: '{"text": "x", "date": ' + "[" * 1500 + "]" * 1500 + "}",
        lambda: '{"text": "A drone hit Kyiv \\udc00 today", "date": "2025-06-01"}',
        lambda: json.dumps({"text": "A drone attack.", "date": "2025-02-30"}),
        lambda: json.dumps({"text": "A drone attack.", "date": 10**30}),
        lambda: json.dumps({"text": "A drone attack.", "date": [1, 2]}),
        lambda: '{"text": "unterminated',
        lambda: "\x00\x01\x02 binary",
    ]
    return rng.choice(kinds)()


def build(folder, rng: random.Random) -> tuple[list[str], int]:
    """The batch's files; returns the names every failure line must start with, and the number of good reports."""
    bad: list[str] = []
    good = 0
    lines = [json.dumps({"text": good_text(0), "date": "2025-06-01"})]
    good += 1
    for i in range(BAD_LINES):
        if i % 400 == 0:
            lines.append(json.dumps({"text": good_text(1000 + i), "date": "2025-06-02"}))
            good += 1
        lines.append(bad_json_line(rng, i))
        bad.append(f"{folder}/corpus.jsonl:{len(lines)}")
    (folder / "corpus.jsonl").write_bytes("\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")

    rows = ["text,date", f'"{good_text(2)}",2025-06-03']
    good += 1
    for i in range(BAD_ROWS):
        rows.append(rng.choice(['"A drone attack.",2025-02-30', '"A drone attack.",2025-06-01,extra', '"A drone attack.",not a date']))
        bad.append(f"{folder}/rows.csv:{len(rows)}")
    (folder / "rows.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    long_line = json.dumps({"text": "x" * 1_100_000, "date": "2025-06-01"})
    (folder / "long.jsonl").write_text(json.dumps({"text": good_text(3), "date": "2025-06-04"}) + "\n" + long_line + "\n")
    good += 1
    bad.append(f"{folder}/long.jsonl:2")

    files = {
        "empty.txt": b"",
        "spaces.txt": b"   \n\t ",
        "binary.txt": bytes(range(256)) * 4,
        "latin1.txt": "Le drone a frappé Kharkiv à 5 h, selon le maire. Déjà vu, ça.".encode("latin-1"),
        "truncated.txt": "Беспилотник атаковал Курск".encode()[:-1],
        "digits.txt": b"1234 5678 90 -- ++ ..",
        "table.xlsx": b"PK\x03\x04 not a workbook",
        "not_export.json": b'{"hello": "world"}',
        "array.json": b"[1, 2, 3]",
        "cut.json": b'{"name": "Chan", "messages": [{"id": 1, "type": "message", "text": "A drone',
        "deep.json": b'{"messages": ' + b"[" * 3000 + b"]" * 3000 + b"}",
        "bigint.json": b'{"messages": [{"id": ' + b"9" * 5000 + b"}]}",
        "empty.html": b"",
        "svg.html": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "oversize.txt": b"A drone attack on Kursk. " * 50_000,
        "no_text_field.jsonl": json.dumps({"body": "A drone attack."}).encode() + b"\n",
        "bad_header.csv": b"body,when\nA drone attack.,2025-06-01\n",
        "bomb.jsonl.gz": gzip.compress(b"\n" * 20_000_000),
        "broken.jsonl.gz": b"\x1f\x8b\x08\x00 not really gzip",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
        bad.append(f"{folder}/{name}")
    os.mkfifo(folder / "pipe.txt")
    bad.append(f"{folder}/pipe.txt")
    for i in range(4):
        (folder / f"good{i}.txt").write_text(f"date 2025-06-0{i + 1}\n{good_text(10 + i)}\n", encoding="utf-8")
        good += 1
    return bad, good


def test_thousands_of_malformed_inputs_are_each_named_once_and_the_good_ones_stored(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    bad, good = build(folder, random.Random(SEED))
    db = tmp_path / "ledger.db"
    done = run_ingest(db, folder, "--max-mb", "1")  # so that oversize.txt (1.25 MB) is over the limit

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    failed = [line for line in done.stderr.splitlines() if line.startswith("failed ")]
    named = [re.match(r"failed (.+?): ", line).group(1) for line in failed]
    assert sorted(named) == sorted(bad), set(named) ^ set(bad)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == good
    assert f"{good} new" in done.stderr and f"{len(bad)} failed" in done.stderr
    print(f"malformed batch: {len(bad):,} bad inputs each named once, {good} good reports stored")
