"""Compiled word-list patterns kept on disk between processes.

Rewriting and compiling the language files' word lists (`guard.guarded`) takes about 0.6 s of CPU, most of a fresh
`extract`'s start-up, and every process (a CLI call, a batch worker, a server worker) pays it again for the same
patterns. `re` compiles a pattern into a list of integer codes; that list, with the group names, is all `_sre.compile`
needs, so it is kept in `$EVENTLEDGER_HOME/patterns-<tag>.marshal`, with the strings `lexicon_hits` reads off each
pattern (`remembered`). The tag hashes Python's version, the regex engine's magic number and the source of the modules
that write the entries, so a file written by another Python or another rewrite is never read. A missing, unreadable or
unwritable file only costs the compile again.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import _sre

from eventledger.home import cache_home

# (pattern text, flags, codes, groups - 1, group index, group names): the arguments of `_sre.compile`
Parts = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]

_KEPT_OVER_USED = 2  # on writing, entries other processes used are kept while all are at most this many times ours
_WRITERS = ("guard.py", "pattern_cache.py", "lexicon_hits.py")


def _path() -> Path:
    digest = hashlib.sha256(f"{sys.version_info[:3]} {_sre.MAGIC}".encode())
    here = Path(__file__).parent
    for name in _WRITERS:
        digest.update((here / name).read_bytes())
    return cache_home() / f"patterns-{digest.hexdigest()[:12]}.marshal"


class _Store:
    """The entries read from disk, those used since, and whether any were compiled here (then written at exit)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.read: dict[tuple[str, int], Parts] = {}
        self.used: dict[tuple[str, int], Parts] = {}
        self.added = False

    def load(self) -> None:
        try:
            self.path = _path()
            data = marshal.loads(self.path.read_bytes())
            if isinstance(data, dict):
                self.read = data
        except Exception:  # noqa: BLE001 - no file, another format: compile as without a cache
            pass
        atexit.register(self.save)

    def get(self, key: tuple[str, int], compile_parts: Callable[[], Parts]) -> Parts:
        if self.path is None:
            self.load()
        parts = self.read.get(key)
        if parts is None:
            parts = compile_parts()
            self.added = True
        self.used[key] = parts
        return parts

    def save(self) -> None:
        if not self.added or self.path is None:
            return
        # Every process reads the whole file, and every edit of a word list adds entries: the file keeps what other
        # processes used (another language's lists) only while that stays within a bound of what this one used.
        entries = {**self.read, **self.used}
        if len(entries) > _KEPT_OVER_USED * len(self.used):
            entries = dict(self.used)
        written = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, prefix=".patterns-", delete=False) as out:
                written = out.name
                out.write(marshal.dumps(entries))
            os.replace(written, self.path)  # atomic: a process reading at once sees the old file or the new
            self.read, self.added = entries, False
            _forget_old(self.path)
        except Exception:  # noqa: BLE001 - a read-only home: the next process compiles again
            if written is not None:
                Path(written).unlink(missing_ok=True)


def _forget_old(kept: Path) -> None:
    """Deletes other tags' files nobody wrote for a week (another Python, an older eventledger), as the gazetteer's
    builds are."""
    week_ago = time.time() - 7 * 24 * 3600
    for other in kept.parent.glob("patterns-*.marshal"):
        if other != kept and other.stat().st_mtime < week_ago:
            other.unlink(missing_ok=True)


_STORE = _Store()


def cached(source: str, flags: int, compile_parts: Callable[[], Parts]):  # type: ignore[no-untyped-def]
    """The pattern `compile_parts` compiles `source` with `flags` into, read from disk when another process compiled
    it already (an entry the engine refuses is compiled again)."""
    key = (source, flags)
    try:
        return _sre.compile(*_STORE.get(key, compile_parts))
    except Exception:  # noqa: BLE001 - a damaged entry: compile afresh and keep that instead
        parts = _STORE.used[key] = compile_parts()
        _STORE.added = True
        return _sre.compile(*parts)


def remembered(key: tuple, work_out: Callable[[], object]) -> object:  # type: ignore[type-arg]
    """What `work_out` gives for `key` (a value marshal writes), read from disk when another process worked it out."""
    return _STORE.get(key, work_out)  # type: ignore[arg-type]


def save() -> None:
    """Writes what this process compiled now rather than at exit (a long-running server, a test)."""
    _STORE.save()
