"""Incremental ingest and a full `resolve` link the same events.

A link between two events is found from either end: `resolve` relinks every event, an ingest only the events its
report touched (usually the newer end). Before, a second strike on the same target a few days later was also called
a "casualty update" of the first when seen from the earlier end, where the look-back that allows `same_target` does
not reach: a full `resolve` found 8 `follow_up` links that ingest had not, on 120 generated reports.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

from ledger_checks import _env, fingerprint, run_ingest, write_corpus


def links(db) -> list[tuple[str, str, str]]:
    with sqlite3.connect(str(db)) as conn:
        return conn.execute("SELECT event_id, related_id, why FROM event_links ORDER BY 1, 2, 3").fetchall()


def test_incremental_ingest_links_what_a_full_resolve_links(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 120)  # ten places, five targets, each place struck again and again
    ingested, resolved = tmp_path / "ingested.db", tmp_path / "resolved.db"
    done = run_ingest(ingested, corpus)
    assert done.returncode == 0, done.stderr[-2000:]
    shutil.copy(ingested, resolved)
    again = subprocess.run([sys.executable, "-m", "eventledger.cli", "resolve", "--db", str(resolved)],
                           capture_output=True, text=True, timeout=300, env=_env())
    assert again.returncode == 0, again.stderr[-2000:]

    assert links(ingested) == links(resolved)
    assert fingerprint(ingested) == fingerprint(resolved)  # and the same events, members and figures
    whys = {why for _, _, why in links(ingested)}
    assert whys == {"same_target", "follow_up"}  # the corpus makes both kinds of link
