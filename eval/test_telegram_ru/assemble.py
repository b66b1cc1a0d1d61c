"""Assemble the Russian Telegram TEST set (held out): post texts from ../shared, the adjudicated gold from this folder.

The twenty-second stop drew it because the real-news test splits are spent and no new news texts were collected (the
search tool's terms). The rule was fixed and the posts drawn before the extractor ran on any of them; the figure on it
is reported at the stop's start and end only.

    .venv/bin/python eval/test_telegram_ru/assemble.py /tmp/test_ru && .venv/bin/eventledger eval /tmp/test_ru
    .venv/bin/python eval/test_telegram_ru/assemble.py --list     # the selection, re-derived from the stated rule
"""

from __future__ import annotations

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

SEED = 20261207  # its place in dev.TEST_SEEDS says which earlier sets it leaves out
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
