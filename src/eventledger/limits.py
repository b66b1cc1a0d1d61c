"""Bounds on everything that comes from outside, in one place, so that docs/RELIABILITY.md can list them.

A report, a post or a feed is written by someone we do not know: without a bound, one crafted input can exhaust
memory, recursion or time and take the rest of a batch down with it. Each bound here is checked where the input is
read, and going over it makes that input (only) an `InputError` naming it, so the batch goes on.
"""

from __future__ import annotations

import math
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

MAX_FILE_BYTES = 10_000_000  # a file read whole (text, HTML, Telegram export); --max-mb changes it
MAX_RECORD_BYTES = 1_000_000  # one line of a JSON Lines corpus or one CSV record
MAX_JSON_DEPTH = 64  # nesting of a Telegram export (a real one is about 6 deep)
MAX_ENTITIES = 10_000  # text pieces (text_entities, or the old mixed `text` list) of one Telegram post
MAX_DECOMPRESSION_RATIO = 100  # decoded bytes per compressed byte, past the first MB (a .gz corpus, a gzip body)
RATIO_FREE_BYTES = 1_000_000  # below this much decoded output, any ratio is allowed (small files compress well)
MAX_HTTP_BYTES = 10_000_000  # an HTTP body, after decoding
MAX_REDIRECTS = 5  # HTTP redirects followed for one URL, each re-checked
REPORT_SECONDS = 60.0  # extraction time of one report; --max-seconds changes it
MAX_EVENTS_LIMIT = 1_000_000_000  # `events --limit`: beyond this it is no limit but a typo (SQLite ints are 64-bit)


_SURROGATE = re.compile("[\ud800-\udfff]")


class ReportTimeout(Exception):
    """Extraction of one report ran past its time budget."""


def check_text(text: str, name: str) -> str:
    """Refuse text that is not valid Unicode: a lone surrogate (JSON "\\ud800") cannot be stored or encoded."""
    from eventledger.sources.errors import InputError  # here: the sources package itself reads these limits

    if (found := _SURROGATE.search(text)) is not None:  # one regex pass (a loop took 0.1 ms a 3 KB report)
        raise InputError(name, f"not valid Unicode text: a lone surrogate U+{ord(found.group()):04X} at character {found.start()}")
    return text


def check_megabytes(value: float) -> int:
    """The byte count of a --max-mb value; ValueError for nan, infinity, zero or less."""
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"--max-mb must be a positive number of megabytes, not {value}")
    return int(value * 1e6)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ReportTimeout in the block once `seconds` have passed (wall clock).

    A SIGALRM timer interrupts the pure-Python extraction loops wherever they are, so no loop needs its own
    deadline check. Signals only reach the main thread: elsewhere (a worker thread) the block runs unbounded.
    """
    usable = seconds and math.isfinite(seconds) and threading.current_thread() is threading.main_thread()
    if not usable or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise ReportTimeout(f"stopped after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
