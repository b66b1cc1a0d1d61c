#!/usr/bin/env python3
"""Agreement of the two independent annotations (A and B) of the third Telegram test set, scored as the first set's
agreement.py scores its own (A read as gold, B as predictions).

    .venv/bin/python eval/test3_telegram_ru/agreement.py [--json] [--a A.jsonl --b B.jsonl]
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _first_set_agreement():
    """The first set's agreement.py under its own name: three scripts are called agreement.py, so a plain import
    would find this file itself."""
    spec = importlib.util.spec_from_file_location("first_test_agreement", HERE.parent / "test_telegram_ru" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    raise SystemExit(_first_set_agreement().main(HERE))
