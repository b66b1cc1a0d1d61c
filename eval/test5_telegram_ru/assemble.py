"""Assemble the fifth Russian Telegram TEST set (held out; drawn at the twenty-sixth stop): post texts from ../shared, the
adjudicated gold from this folder.

The fourth Telegram test set (`eval/test4_telegram_ru/`) was spent at the twenty-fifth stop, and still no news texts can
be collected (the search tool's terms), so a fifth one is drawn by the same rule with a new seed, leaving out every post
of the dev set and of the first four test sets. The rule was fixed and committed before the posts were drawn, read or run.

    .venv/bin/python eval/test5_telegram_ru/assemble.py /tmp/test5_ru && .venv/bin/eventledger eval /tmp/test5_ru
    .venv/bin/python eval/test5_telegram_ru/assemble.py --list     # the selection, re-derived from the stated rule
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _module(folder: str, name: str):
    """A sibling set's assemble.py under its own name (every set's file is called assemble.py)."""
    spec = importlib.util.spec_from_file_location(name, HERE.parent / folder / "assemble.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = _module("dev_telegram_ru", "dev_telegram_assemble")

SEED = 20261211  # its place in dev.TEST_SEEDS says which earlier sets it leaves out
GOLD = HERE / "annotations.jsonl"


def select() -> dict[str, dict]:
    """60 flagged + 30 other news posts drawn with SEED, leaving out the dev set and every test set drawn before it."""
    return dev.test_posts(SEED)


def assemble(target: Path, annotations: Path = GOLD, posts: dict[str, dict] | None = None) -> int:
    """The posts with the gold of `annotations` (the adjudicated gold, or one annotator's) in `target`."""
    return dev.write_reports(target, select() if posts is None else posts, dev._read_jsonl(annotations), annotations)


def main(argv: list[str] | None = None) -> int:
    return dev.cli(argv, __doc__.splitlines()[0], select, assemble, (dev.NEWS,))


if __name__ == "__main__":
    sys.exit(main())
