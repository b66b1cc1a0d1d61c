"""Issue acceptance on real data: the Russian air-alert posts (../shared), many of them the same text reposted by
several channels, ingested twice: each distinct text is stored once (once a night for a text posted again days
later), with every channel that published it."""

import json

from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.model import Report
from eventledger.store import Ledger

FIELDS = ["--text-field", "text", "--date-field", "published_date", "--source-field", "channel",
          "--url-field", "source_url", "--id-field", "post_id", "--lang", "ru"]


def test_reposts_are_stored_once_with_all_their_sources(shared, tmp_path):
    posts = shared / "eval" / "telegram_ru_air_alerts" / "posts.jsonl"
    rows = [json.loads(line) for line in posts.read_text(encoding="utf-8").splitlines()]
    with_text = [r for r in rows if (r.get("text") or "").strip()]
    distinct = {Report(text=r["text"], published=None).id for r in with_text}
    db = tmp_path / "ledger.db"

    first = CliRunner().invoke(app, ["ingest", str(posts), "--db", str(db), *FIELDS])
    assert first.exit_code == 0, first.stderr
    second = CliRunner().invoke(app, ["ingest", str(posts), "--db", str(db), *FIELDS])
    assert f"0 new, 0 new source of a known text, {len(with_text)} duplicate" in second.stderr

    with Ledger(db) as ledger:
        counts = ledger.counts()
        assert len(distinct) == 1233  # texts; 6 of them were posted again more than 3 days later: editions
        assert counts["reports"] == len(distinct) + 6 == 1239
        assert counts["publications"] == len(with_text) == 1710
        reposted = max(distinct, key=lambda rid: len(ledger.publications(rid)))
        channels = {p.source for p in ledger.publications(reposted)}
        assert len(channels) > 1
