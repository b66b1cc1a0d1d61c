#!/usr/bin/env python3
"""Agreement of the two independent annotations (A and B) of the second Telegram test set, scored as the first set's
agreement.py scores its own (A read as gold, B as predictions).

    .venv/bin/python eval/test2_telegram_ru/agreement.py [--json] [--a A.jsonl --b B.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "test_telegram_ru"))
from agreement import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(HERE))
