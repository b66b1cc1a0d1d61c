#!/usr/bin/env python3
"""Agreement of the two independent annotations (A and B) of a Telegram test set, scored the way `eval` scores the
extractor: A read as gold, B as predictions (event F1 is symmetric; the field rates are over matched events).

    .venv/bin/python eval/test_telegram_ru/agreement.py [--json]                                # this set
    .venv/bin/python eval/test_telegram_ru/agreement.py --set eval/test3_telegram_ru [--a A --b B]  # another test set

Every test set's folder holds its assemble.py and annotations_A/B.jsonl; one script scores them all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "real_news"))
from agreement import agreement, print_agreement  # noqa: E402  (the real-news set's scoring of A against B)


def main(folder: Path = HERE) -> int:
    import importlib.util

    chosen = argparse.ArgumentParser(add_help=False)
    chosen.add_argument("--set", type=Path, default=folder)
    folder = chosen.parse_known_args()[0].set.resolve()
    spec = importlib.util.spec_from_file_location(f"{folder.name}_assemble", folder / "assemble.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assemble, select = module.assemble, module.select

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=folder, help="the test set's folder (default: this one)")
    ap.add_argument("--a", type=Path, default=folder / "annotations_A.jsonl")
    ap.add_argument("--b", type=Path, default=folder / "annotations_B.jsonl")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    posts = select()
    with tempfile.TemporaryDirectory() as tmp:
        da, db = Path(tmp, "A"), Path(tmp, "B")
        assemble(da, a.a, posts)
        assemble(db, a.b, posts)
        print_agreement(agreement(da, db), a.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
