"""The gazetteer's cache folder, shared by installs of different versions."""

from __future__ import annotations

import os
import time
from pathlib import Path

from eventledger.geo.gazetteer import evict_stale


def test_a_new_build_evicts_only_builds_nobody_loaded_for_a_week(tmp_path: Path) -> None:
    new = tmp_path / "gazetteer-12-new.sqlite"
    in_use = tmp_path / "gazetteer-12-other-install.sqlite"
    stale = tmp_path / "gazetteer-11-old.sqlite"
    unrelated = tmp_path / "ledger.db"
    for f in (new, in_use, stale, unrelated):
        f.write_bytes(b"x")
    eight_days_ago = time.time() - 8 * 86400
    os.utime(stale, (eight_days_ago, eight_days_ago))
    os.utime(unrelated, (eight_days_ago, eight_days_ago))

    assert evict_stale(new) == [stale]
    assert new.exists() and in_use.exists() and unrelated.exists()
