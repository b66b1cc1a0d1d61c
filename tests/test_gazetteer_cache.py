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


def test_the_partial_files_of_a_killed_build_go_but_not_those_of_a_build_under_way(tmp_path: Path) -> None:
    new = tmp_path / "gazetteer-12-new.sqlite"
    killed = tmp_path / "gazetteer-12-new.sqlite.2602.tmp"
    killed_journal = tmp_path / "gazetteer-12-new.sqlite.2602.tmp-journal"
    under_way = tmp_path / "gazetteer-12-new.sqlite.3020.tmp"
    for f in (new, killed, killed_journal, under_way):
        f.write_bytes(b"x")
    two_hours_ago = time.time() - 2 * 3600
    for f in (killed, killed_journal):
        os.utime(f, (two_hours_ago, two_hours_ago))

    assert sorted(evict_stale(new)) == sorted([killed, killed_journal])
    assert under_way.exists()
