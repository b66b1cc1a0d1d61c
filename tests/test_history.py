"""History: claims are never overwritten, an event can be rebuilt as it stood at any past time, and every join,
merge, split and change of figures is in its changelog; the CLI over the same."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from resolution_corpus import FIRST_STRIKE, SPECS, event, report
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.store import Ledger

UTC = timezone.utc
runner = CliRunner()


@pytest.fixture
def ledger_path(ledger_url: str) -> str:
    path = ledger_url  # a SQLite file, then a PostgreSQL database
    with Ledger(path) as ledger:
        for spec in SPECS:
            rep, ev = event(spec[0])
            ledger.ingest(rep, [ev])
    return path


def _strike_id(ledger: Ledger) -> str:
    rid = report(FIRST_STRIKE[0]).id
    return next(e.id for e in ledger.events() if rid in e.reports)


def test_figures_as_they_stood_at_each_past_time(ledger_path: Path) -> None:
    with Ledger(ledger_path) as ledger:
        eid = _strike_id(ledger)
        early = ledger.event(eid, as_of=datetime(2025, 3, 10, 7, tzinfo=UTC))  # the governor and one outlet
        noon = ledger.event(eid, as_of=datetime(2025, 3, 10, 12, tzinfo=UTC))
        now = ledger.event(eid)
        before = ledger.event(eid, as_of=datetime(2025, 3, 9, tzinfo=UTC))
    assert early is not None and noon is not None and now is not None
    assert len(early.reports) == 2 and early.figures["injured"].best == 1 and "killed" not in early.figures
    assert len(noon.reports) == 4 and noon.figures["injured"].best == 3
    assert len(now.reports) == 6 and now.figures["injured"].best == 5 and now.figures["killed"].best == 1
    assert before is None  # nothing was out yet


def test_claims_are_never_overwritten(ledger_path: Path) -> None:
    with Ledger(ledger_path) as ledger:
        strike = ledger.event(_strike_id(ledger))
        assert strike is not None
        injured = sorted(c.value for c in strike.claims if c.figure == "injured")
        assert injured == [1, 1, 2, 3, 4, 5]  # every report's figure stays, the best is chosen from all of them
        assert {c.published for c in strike.claims} == {s[4] for s in SPECS[:6]}  # each claim dated by its report


def test_the_changelog_tells_creation_joins_and_figure_changes(ledger_path: Path) -> None:
    with Ledger(ledger_path) as ledger:
        log = [change for _, change in ledger.history(_strike_id(ledger))]
    assert [c["action"] for c in log] == ["created"] + ["joined"] * 5
    bests = [c["figures"]["injured"]["best"] for c in log]
    assert bests == [1, 1, 2, 3, 4, 5]
    assert all("figures_before" in c for c in log[2:])  # each update that changed a figure says what it was
    assert log[1]["report_id"] == report(FIRST_STRIKE[1]).id


def test_merges_and_splits_are_in_the_changelog_and_old_ids_lead_on(ledger_path: Path) -> None:
    with Ledger(ledger_path) as ledger:
        a = next(e.id for e in ledger.events() if report("08_en_shebekino").id in e.reports)
        b = next(e.id for e in ledger.events() if report("09_ru_graivoron").id in e.reports)
        merged = ledger.merge(a, b)
        gone = b if merged == a else a
        assert ledger.event(gone).id == merged  # type: ignore[union-attr]
        log = [c["action"] for _, c in ledger.history(merged)]
        assert "merged" in log and "absorbed" in log
        kept, moved = ledger.split(merged, [report("09_ru_graivoron").id])
        assert "split" in [c["action"] for _, c in ledger.history(kept)]
        assert ledger.event(moved).reports == (report("09_ru_graivoron").id,)  # type: ignore[union-attr]


def test_cli_show_as_of_merge_split_and_resolve(ledger_path: Path) -> None:
    with Ledger(ledger_path) as ledger:
        eid = _strike_id(ledger)
        late = report("06_uk_channel").id
    shown = runner.invoke(app, ["show", eid, "--db", str(ledger_path), "--as-of", "2025-03-10T07:00Z", "--json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["figures"]["injured"]["best"] == 1

    split = runner.invoke(app, ["split", eid[:8], "--claims", late[:10], "--db", str(ledger_path)])
    assert split.exit_code == 0, split.output
    again = runner.invoke(app, ["resolve", "--db", str(ledger_path)])
    assert again.exit_code == 0 and "0 rewritten" in again.output
    with Ledger(ledger_path) as ledger:
        moved = next(e.id for e in ledger.events() if late in e.reports)
    assert moved != eid
    merged = runner.invoke(app, ["merge", eid, moved, "--db", str(ledger_path)])
    assert merged.exit_code == 0 and f"merged into event {eid}" in merged.output


def test_cli_errors_name_the_input(ledger_path: Path) -> None:
    bad_time = runner.invoke(app, ["show", "abcdef12", "--db", str(ledger_path), "--as-of", "yesterday"])
    assert bad_time.exit_code == 2 and "--as-of 'yesterday' is not a date or time" in bad_time.output
    missing = runner.invoke(app, ["merge", "aaaaaaaa", "bbbbbbbb", "--db", str(ledger_path)])
    assert missing.exit_code == 2 and "no event 'aaaaaaaa'" in missing.output
