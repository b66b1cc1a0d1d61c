"""A text published again days later is a new edition with its own events; within days it is a repost. And a merged
event keeps the kind and target that most of its claims support."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.ingest import ingest
from eventledger.model import Claim, Event, Place, Report, Target
from eventledger.store import Ledger
from eventledger.store.editions import EDITION_WINDOW

UTC = timezone.utc
NIGHTLY = "Air defence shot down 12 drones over Belgorod region overnight, governor Vyacheslav Gladkov said."
BELGOROD = Place("Belgorod", "RU", "Belgorod Oblast", 50.6, 36.6, "city")


def post(day: int, channel: str = "Belgorod channel") -> Report:
    return Report(text=NIGHTLY, published=datetime(2026, 3, day, 7, tzinfo=UTC), language="en", source=channel,
                  source_kind="telegram", url=f"https://t.me/{channel.split()[0].lower()}/{day}")


def test_a_text_posted_again_after_the_window_is_an_edition_with_its_own_events(tmp_path: Path, gazetteer) -> None:
    assert EDITION_WINDOW.days == 3
    posts = [post(1), post(2, "Other channel"), post(6)]
    with Ledger(tmp_path / "ledger.db") as ledger:
        summary = ingest(ledger, posts, gazetteer)
        assert (summary.new, summary.new_source, summary.duplicate) == (2, 1, 0)

        first, repost, later = (ledger.edition(p) for p in posts)
        assert first.id == repost.id == posts[0].id  # a day later on another channel: the same report
        assert later.id != first.id and later.edition is not None and later.edition.isoformat() == "2026-03-06"
        assert len(ledger.publications(first.id)) == 2
        stored = ledger.report(later.id)
        assert stored is not None and stored.published == posts[2].published and stored.id == later.id

        days = sorted(ev.date for ev in ledger.events())
        assert days == ["2026-03-01", "2026-03-06"]  # each night its own event, dated from its own publication

        assert ingest(ledger, posts, gazetteer).duplicate == 3  # the same publications again: nothing new
        before = {(ev.id, ev.kind, ev.date) for ev in ledger.events()}
        ledger.resolve_all()
        assert {(ev.id, ev.kind, ev.date) for ev in ledger.events()} == before


def test_a_repost_that_its_batch_makes_a_new_edition_is_extracted_as_one(tmp_path: Path, gazetteer) -> None:
    """Looked up before its batch, the night-12 post is a repost of night 10's (two days); an earlier report of the same
    batch moves the text's first publication to night 8, so by the time it is written it is a new edition (four days):
    it must be extracted then, not stored with no events (and, stored, never looked at again)."""
    with Ledger(tmp_path / "ledger.db") as ledger:
        ingest(ledger, [post(10)], gazetteer)
        summary = ingest(ledger, [post(8, "Other channel"), post(12, "Third channel")], gazetteer)
        assert not summary.failed
        later = ledger.edition(post(12, "Third channel"))
        assert later.id != ledger.edition(post(8, "Other channel")).id
        assert "2026-03-12" in {ev.date for ev in ledger.events()}  # the new edition's own night


def test_the_cli_stores_a_nightly_text_once_a_night_past_the_window(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(
        json.dumps({"text": NIGHTLY, "date": f"2026-03-0{day}T07:00:00Z", "channel": channel}) + "\n"
        for day, channel in [(1, "a"), (2, "b"), (9, "a")]
    ), encoding="utf-8")
    db = tmp_path / "ledger.db"
    args = ["ingest", str(posts), "--db", str(db), "--text-field", "text", "--date-field", "date",
            "--source-field", "channel"]
    run = CliRunner().invoke(app, args)
    assert run.exit_code == 0, run.output
    assert "2 new, 1 new source of a known text" in run.stderr
    assert "0 new, 0 new source of a known text, 3 duplicate" in CliRunner().invoke(app, args).stderr
    with Ledger(db) as ledger:
        assert ledger.counts()["reports"] == 2


KHARKIV = Place("Kharkiv", "UA", "Kharkiv Oblast", 49.99, 36.23, "city")


def told(n: int, kind: str, target: Target, figures: int) -> tuple[Report, Event]:
    text = f"Report {n}: in Kharkiv on 4 March a {kind} hit the {target.name}; " + " ".join(
        f"witness {i} counted {i + 1} people hurt." for i in range(figures))
    rep = Report(text=text, published=datetime(2026, 3, 4, 6 + n, tzinfo=UTC), source=f"outlet {n}")
    claims = tuple(
        Claim(report_id=rep.id, start=text.index(f"witness {i}"), end=text.index(f"witness {i}") + 9,
              quote=f"witness {i}", value=i + 1, figure=("injured", "killed")[i])
        for i in range(figures)
    )
    return rep, Event(kind=kind, weapon="drone", date="2026-03-04", date_precision="day", place=KHARKIV,
                      target=target, anchor=0, claims=claims)


def test_a_merge_keeps_the_kind_and_target_most_claims_support(tmp_path: Path) -> None:
    depot, station = Target("oil depot", "energy"), Target("power station", "energy")
    with Ledger(tmp_path / "ledger.db") as ledger:
        for n, kind, target, figures in [(0, "strike", depot, 1), (1, "interception", station, 2),
                                         (2, "interception", station, 2)]:
            rep, ev = told(n, kind, target, figures)
            ledger.ingest(rep, [ev])
        ids = [ev.id for ev in ledger.events()]
        merged = ids[0]
        for other in ids[1:]:
            merged = ledger.merge(merged, other)
        (event,) = ledger.events()
        assert (event.kind, event.target) == ("interception", station)  # 4 claims against the earliest report's 1
        ledger.resolve_all()
        (again,) = ledger.events()
        assert (again.kind, again.target) == ("interception", station)
