"""Where eventledger keeps what it builds once and reuses (the gazetteer, the encoder's files, compiled patterns)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_home() -> Path:
    """`$EVENTLEDGER_HOME`, else `~/.cache/eventledger`."""
    return Path(os.environ.get("EVENTLEDGER_HOME") or Path.home() / ".cache" / "eventledger")
