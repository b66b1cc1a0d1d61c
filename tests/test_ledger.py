"""The ledger on real SQLite files: what goes in once stays once, figures follow claims, failures leave no trace."""

from __future__ import annotations

import json
import shutil
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from eventledger.feedstate import FeedState
from eventledger.model import Area, Claim, Event, Place, Related, Report, Target
from eventledger.store import IngestOutcome, Ledger, LedgerError, alembic_config, upgrade
from eventledger.store.ledger import MIGRATIONS
from eventledger.store import search
from eventledger.store.schema import metadata

UTC = timezone.utc
NOVOROSSIYSK = Place("Novorossiysk", "RU", "Krasnodar Krai", 44.72, 37.77, "city", geonames_id=518255)
KHARKIV = Place("Kharkiv", "UA", "Kharkiv Oblast", 49.99, 36.23, "city")
AIRPORT = Place("Sochi International Airport", "RU", "Krasnodar Krai", 43.45, 39.96, "point", iata="AER", icao="URSS")

DEPOT_TEXT = (
    "Drones hit an oil depot in Novorossiysk overnight on 3 March, the regional operational headquarters said. "
    "Reportedly, five people were injured. Later the mayor said at least 12 people were injured and two were killed."
)
KHARKIV_TEXT = (
    "Вночі 4 березня росіяни вдарили по Харкову керованими авіабомбами. За даними ОВА, поранено трьох людей, "
    "нібито ще одна людина загинула."
)


def at(day: int, hour: int = 6) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def report(text: str = DEPOT_TEXT, *, source: str = "Example Daily", url: str | None = "https://example.org/depot",
           published: datetime | None = None, language: str = "en") -> Report:
    return Report(text=text, published=published or at(3), language=language, source=source, source_kind="media", url=url)


def claim(rep: Report, quote: str, value: int | str, *, figure: str | None = None, assertion: str | None = None,
          **kw: object) -> Claim:
    start = rep.text.index(quote)
    return Claim(report_id=rep.id, start=start, end=start + len(quote), quote=quote, value=value, figure=figure,
                 assertion=assertion, **kw)  # type: ignore[arg-type]


def depot_event(rep: Report) -> Event:
    return Event(
        kind="strike", weapon="drone", date="2026-03-03", date_precision="day", place=NOVOROSSIYSK,
        target=Target("oil depot", "energy"), attacker="Ukraine", anchor=0,
        claims=(
            claim(rep, "Reportedly, five people were injured", 5, figure="injured", hedged=True),
            claim(rep, "at least 12 people were injured", 12, figure="injured", lower_bound=True, source="the mayor",
                  source_kind="official"),
            claim(rep, "two were killed", 2, figure="killed", source="the mayor", source_kind="official"),
            claim(rep, "oil depot", "oil depot", assertion="target", source="the regional operational headquarters",
                  source_kind="official"),
        ),
    )


def kharkiv_report() -> Report:
    return report(KHARKIV_TEXT, source="Kharkiv channel", url="https://t.me/example_kharkiv/101", published=at(4),
                  language="uk")


def kharkiv_event(rep: Report) -> Event:
    return Event(
        kind="strike", weapon="glide_bomb", date="2026-03-04", date_precision="day", place=KHARKIV, anchor=0,
        claims=(
            claim(rep, "поранено трьох людей", 3, figure="injured", source="ОВА", source_kind="official"),
            claim(rep, "нібито ще одна людина загинула", 1, figure="killed", hedged=True),
        ),
    )


@pytest.fixture
def ledger(ledger_url: str):
    with Ledger(ledger_url) as ledger:
        yield ledger


def test_the_same_report_twice_changes_nothing(ledger: Ledger) -> None:
    rep = report()
    first = ledger.ingest(rep, [depot_event(rep)])
    counts = ledger.counts()
    again = ledger.ingest(rep, [depot_event(rep)])

    assert first.status == "new" and len(first.events) == 1
    assert again.status == "duplicate" and again.events == ()
    assert ledger.counts() == counts == {
        "reports": 1, "publications": 1, "report_events": 1, "claims": 4, "events": 1, "sources": 0, "feeds": 0,
    }


def test_a_report_about_another_incident_adds_an_event(ledger: Ledger) -> None:
    depot, kharkiv = report(), kharkiv_report()
    ledger.ingest(depot, [depot_event(depot)])
    outcome = ledger.ingest(kharkiv, [kharkiv_event(kharkiv)])

    assert outcome.status == "new"
    assert ledger.counts()["events"] == 2
    stored = ledger.event(outcome.events[0])
    assert stored is not None and stored.place == KHARKIV and stored.reports == (kharkiv.id,)
    assert ledger.report(kharkiv.id) == kharkiv  # Cyrillic text, language and publisher come back as given


def test_figures_are_reconciled_from_the_claims(ledger: Ledger) -> None:
    rep = report()
    event_id = ledger.ingest(rep, [depot_event(rep)]).events[0]
    event = ledger.event(event_id)
    assert event is not None

    injured = event.figures["injured"]
    assert (injured.low, injured.best, injured.high) == (5, 12, None)  # "at least 12" raises best and leaves high open
    assert "raised to the largest credible lower bound" in injured.reason and "the mayor" in injured.reason
    killed = event.figures["killed"]
    assert (killed.low, killed.best, killed.high) == (2, 2, 2)
    # Every claim comes back with its report, the publication time, and integers as integers.
    assert {c.report_id for c in event.claims} == {rep.id}
    assert all(c.published == at(3) for c in event.claims)
    assert [c.value for c in event.claims if c.figure] == [5, 12, 2]
    assert ledger.history(event_id)[0][1]["figures"]["injured"]["best"] == 12


def test_hedged_rumour_loses_to_an_official_figure(ledger: Ledger) -> None:
    rep = kharkiv_report()
    event = ledger.event(ledger.ingest(rep, [kharkiv_event(rep)]).events[0])
    assert event is not None
    assert event.figures["injured"].best == 3 and "ОВА (official)" in event.figures["injured"].reason
    assert event.figures["killed"].best == 1 and "hedged" in event.figures["killed"].reason


def test_an_event_comes_back_as_it_went_in(ledger: Ledger) -> None:
    rep = report()
    given = Event(
        kind="airspace_restriction", date="2026-03-03", date_precision="day", place=AIRPORT, anchor=7,
        details="arrivals and departures suspended", background=False, id="feedc0de00000001",
        areas=(Area(NOVOROSSIYSK, {"intercepted": 4}),), related=(Related("0123456789abcdef", "same_place_earlier"),),
        claims=(claim(rep, "Drones hit an oil depot", "drone strike", assertion="kind", source_kind="official"),),
    )
    ledger.ingest(rep, [given])
    back = ledger.event("feedc0de00000001")
    assert back is not None
    assert back.to_dict() == given.to_dict() | {"reports": [rep.id], "claims": [c.to_dict() for c in back.claims]}
    assert back.place is not None and back.place.iata == "AER" and back.anchor == 7
    assert back.claims[0].published == at(3)


def test_the_same_text_from_another_source_is_one_report_with_two_publications(ledger: Ledger) -> None:
    original = report(source="Example Daily", url="https://example.org/depot", published=at(3, 9))
    relayed = report(source="Another Wire", url="https://wire.example.net/1", published=at(3, 7))

    assert ledger.ingest(original, [depot_event(original)]).status == "new"
    assert ledger.ingest(relayed, [depot_event(relayed)]) == IngestOutcome(relayed.id, "new_source", ())
    assert ledger.ingest(relayed, []).status == "duplicate"

    assert ledger.counts()["reports"] == 1 and ledger.counts()["events"] == 1
    pubs = ledger.publications(original.id)
    assert [p.source for p in pubs] == ["Another Wire", "Example Daily"]  # earliest first
    stored = ledger.report(original.id)
    assert stored is not None and stored.published == at(3, 7) and stored.source == "Another Wire"


def test_an_edited_post_is_a_new_version_of_its_publication(ledger: Ledger) -> None:
    url = "https://t.me/example_kharkiv/101"
    first = report("Explosions in Kharkiv.", source="Kharkiv channel", url=url)
    edited = report("Explosions in Kharkiv. Two injured, says the mayor.", source="Kharkiv channel", url=url)
    ledger.ingest(first, [])
    ledger.ingest(edited, [])

    (v1,), (v2,) = ledger.publications(first.id), ledger.publications(edited.id)
    assert (v1.version, v1.edited_at) == (1, None)
    assert v2.version == 2 and v2.edited_at is not None and v2.url == url


def test_a_failure_mid_ingest_leaves_earlier_data_intact(ledger: Ledger) -> None:
    depot = report()
    ledger.ingest(depot, [depot_event(depot)])
    before = ledger.counts()

    kharkiv = kharkiv_report()
    broken = Event(kind="strike", date="2026-03-04", date_precision="day",
                   place=Place("Nowhere", "UA", None, 200.0, 36.0, "city"), anchor=50)
    with pytest.raises(LedgerError, match=rf"report {kharkiv.id}, event #1 .*impossible coordinates"):
        ledger.ingest(kharkiv, [kharkiv_event(kharkiv), broken])  # the report row was already written

    assert ledger.counts() == before
    assert ledger.report(kharkiv.id) is None
    assert ledger.ingest(kharkiv, [kharkiv_event(kharkiv)]).status == "new"  # and the report can still go in


@pytest.mark.parametrize(
    ("bad_claim", "message"),
    [
        (Claim("r", 0, 6, "Drones", 1, figure="injured"), "was read from report 'r'"),
        (Claim("SELF", 0, 6, "Rockets", 1, figure="injured"), "is not the report's text"),
        (Claim("SELF", 0, 6, "Drones", 1, figure="wounded"), "unknown figure 'wounded'"),
    ],
)
def test_a_bad_claim_is_refused_with_a_message_naming_it(ledger: Ledger, bad_claim: Claim, message: str) -> None:
    rep = report()
    if bad_claim.report_id == "SELF":
        bad_claim = Claim(rep.id, bad_claim.start, bad_claim.end, bad_claim.quote, 1, figure=bad_claim.figure)
    event = Event(kind="strike", date=None, date_precision=None, place=None, claims=(bad_claim,))
    with pytest.raises(LedgerError, match=message):
        ledger.ingest(rep, [event])
    assert ledger.counts()["reports"] == 0


def test_an_event_id_taken_by_another_report_is_refused(ledger: Ledger) -> None:
    depot, kharkiv = report(), kharkiv_report()
    ledger.ingest(depot, [Event(kind="strike", date=None, date_precision=None, place=None, id="0000aaaa0000aaaa")])
    with pytest.raises(LedgerError, match=f"already used by an event of report {depot.id}"):
        ledger.ingest(kharkiv, [Event(kind="strike", date=None, date_precision=None, place=None, id="0000aaaa0000aaaa")])


def test_events_without_ids_get_stable_distinct_ones(tmp_path: Path) -> None:
    rep = report()
    twins = [Event(kind="explosion", date="2026-03-03", date_precision="day", place=p, anchor=0) for p in
             (NOVOROSSIYSK, AIRPORT)]
    with Ledger(tmp_path / "a.db") as a, Ledger(tmp_path / "b.db") as b:
        ids = a.ingest(rep, twins).events
        assert len(set(ids)) == 2 and b.ingest(rep, twins).events == ids


def test_events_can_be_filtered_by_kind_country_and_date(ledger: Ledger) -> None:
    depot, kharkiv = report(), kharkiv_report()
    ledger.ingest(depot, [depot_event(depot)])
    ledger.ingest(kharkiv, [kharkiv_event(kharkiv)])
    month = report("Shelling reported in March.", source="Monthly", url=None)
    ledger.ingest(month, [Event(kind="shelling", date="2026-03", date_precision="month", place=KHARKIV)])

    assert [e.date for e in ledger.events()] == ["2026-03-04", "2026-03-03", "2026-03"]  # newest first
    assert [e.place.key for e in ledger.events(country="ru")] == ["Novorossiysk"]  # type: ignore[union-attr]
    assert [e.kind for e in ledger.events(kind="shelling")] == ["shelling"]
    assert [e.date for e in ledger.events(since="2026-03-04")] == ["2026-03-04"]
    assert [e.date for e in ledger.events(until="2026-03-03")] == ["2026-03-03", "2026-03"]
    assert len(ledger.events(since="2026-03", until="2026-03")) == 3  # a month includes its days
    assert len(ledger.events(limit=1)) == 1
    assert [e.id for e in ledger.iter_events(batch=1)] == [e.id for e in ledger.events()]  # streamed, same order
    with pytest.raises(LedgerError, match="since='3 March'"):
        ledger.iter_events(since="3 March")
    with pytest.raises(LedgerError, match="unknown event kind 'raid'"):
        ledger.events(kind="raid")


def test_an_event_can_be_found_by_a_unique_prefix(ledger: Ledger) -> None:
    rep = report()
    ledger.ingest(rep, [
        Event(kind="strike", date=None, date_precision=None, place=None, id="abcdef0100000000"),
        Event(kind="strike", date=None, date_precision=None, place=None, id="abcdef0200000000"),
    ])
    found = ledger.event("abcdef01")
    assert found is not None and found.id == "abcdef0100000000"
    assert ledger.event("abcde") is None  # too short to be taken as a prefix
    assert ledger.event("ffffff") is None
    with pytest.raises(LedgerError, match="ambiguous"):
        ledger.event("abcdef")


def test_timestamps_come_back_as_utc(ledger: Ledger) -> None:
    kyiv_time = timezone(timedelta(hours=2))
    rep = report(published=datetime(2026, 3, 3, 8, 30, tzinfo=kyiv_time))
    ledger.ingest(rep, [])
    stored = ledger.report(rep.id)
    assert stored is not None and stored.published == datetime(2026, 3, 3, 6, 30, tzinfo=UTC)
    assert stored.published.tzinfo == UTC


def test_sources_are_followed_once(ledger: Ledger) -> None:
    sid = ledger.add_source("Example Daily", "https://example.org/feed.xml", "media", "en")
    assert ledger.add_source("Example Daily", "https://example.org/feed.xml", "media", "en") == sid
    ledger.add_source("Повітряні сили", "https://t.me/example_air", "military", "uk")
    assert [(s.name, s.kind) for s in ledger.sources()] == [("Example Daily", "media"), ("Повітряні сили", "military")]
    with pytest.raises(LedgerError, match="unknown kind 'blog'"):
        ledger.add_source("Someone", None, "blog", None)


def test_feed_state_and_seen_items_persist(tmp_path: Path) -> None:
    url = "https://example.org/feed.xml"
    state = FeedState(url, etag='"v1"', last_modified="Tue, 03 Mar 2026 06:00:00 GMT", last_polled_at=at(3),
                      last_ok_at=at(3), next_poll_at=at(3, 7))
    with Ledger(tmp_path / "ledger.db") as ledger:
        assert ledger.feed_state(url) is None
        ledger.save_feed_state(state)
        ledger.save_feed_state(FeedState(url, etag='"v2"', consecutive_failures=2, last_error="HTTP 503"))
        ledger.mark_item(url, "item-1")
        ledger.mark_item(url, "item-1")
    with Ledger(tmp_path / "ledger.db") as ledger:  # survives a restart
        assert ledger.feed_state(url) == FeedState(url, etag='"v2"', consecutive_failures=2, last_error="HTTP 503")
        assert ledger.seen_item(url, "item-1") and not ledger.seen_item(url, "item-2")
        assert ledger.counts()["feeds"] == 1


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with Ledger(tmp_path / "ledger.db") as ledger, ledger.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_two_writers_on_one_file_both_succeed(tmp_path: Path) -> None:
    errors: list[Exception] = []

    def write(prefix: str) -> None:
        try:
            with Ledger(tmp_path / "shared.db") as ledger:
                for i in range(15):
                    rep = report(f"{prefix} report {i}: explosions heard.", url=None)
                    ledger.ingest(rep, [Event(kind="explosion", date="2026-03-05", date_precision="day", place=None)])
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Ledger(tmp_path / "shared.db") as ledger:
        assert ledger.counts()["events"] == 30


# -- migrations --------------------------------------------------------------------------------------------------


def _revision(path: Path) -> str | None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    return revision


def test_a_fresh_file_is_created_at_the_newest_revision(tmp_path: Path) -> None:
    Ledger(tmp_path / "new.db").close()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert _revision(tmp_path / "new.db") == head


def test_an_old_database_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    command.upgrade(alembic_config(url), "0001")  # the database as the first release left it
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO reports (id, text, language, first_published, fetched_at, content_hash) "
            "VALUES ('r1', 'An old report.', 'en', '2025-01-01 00:00:00.000000', '2025-01-02 00:00:00.000000', 'x')"
        ))
    engine.dispose()

    with Ledger(path) as ledger:
        old = ledger.report("r1")
        assert old is not None and old.text == "An old report." and old.published == datetime(2025, 1, 1, tzinfo=UTC)
        rep = report()
        assert ledger.ingest(rep, [depot_event(rep)]).status == "new"
    assert _revision(path) == ScriptDirectory.from_config(alembic_config()).get_current_head()


LATER_MIGRATION = '''
import sqlalchemy as sa
from alembic import op

revision = "9000_note"
down_revision = "{head}"
branch_labels = depends_on = None


def upgrade():
    with op.batch_alter_table("reports", recreate="always") as batch:  # copy the table, drop it, rename the copy
        batch.add_column(sa.Column("note", sa.Text()))
'''


def test_a_later_migration_that_rebuilds_a_referenced_table_keeps_every_row(tmp_path: Path) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    (scripts / "versions" / "9000_note.py").write_text(LATER_MIGRATION.replace("{head}", head))
    rep = report()
    with Ledger(tmp_path / "ledger.db") as ledger:
        event_id = ledger.ingest(rep, [depot_event(rep)]).events[0]
        before = ledger.counts()
        upgrade(ledger.engine, config=alembic_config(script_location=scripts))
        assert ledger.counts() == before
        assert ledger.event(event_id) is not None and ledger.report(rep.id) == rep
    assert _revision(tmp_path / "ledger.db") == "9000_note"


def test_the_migrations_build_exactly_the_schema_the_code_uses(tmp_path: Path) -> None:
    Ledger(tmp_path / "ledger.db").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    with engine.connect() as conn:
        skip_search = {"include_name": lambda name, kind, _parents: not (kind == "table" and name.startswith(search.PREFIX))}
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, **skip_search}), metadata)
    engine.dispose()
    assert diff == []


def test_a_database_from_a_newer_version_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Ledger(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(LedgerError, match=f"ledger {path} has a schema this version of eventledger does not know"):
        Ledger(path)


def test_a_file_that_is_not_a_ledger_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    with pytest.raises(LedgerError, match=f"cannot open ledger {path}"):
        Ledger(path)


# -- the worked example in ../shared (skipped when it is not beside the repo) -------------------------------------

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-kupol"


@pytest.mark.skipif(not (SEED / "gold.json").exists(), reason="needs ../shared/examples/seed-kupol")
def test_the_seed_example_gold_events_go_in_and_come_back_with_the_gold_figures(tmp_path: Path) -> None:
    gold = json.loads((SEED / "gold.json").read_text())
    rep = Report(text=(SEED / "article.txt").read_text(), published=datetime(2025, 7, 1, tzinfo=UTC), language="en")
    events = []
    for anchor, g in enumerate(gold["events"]):
        claims = tuple(
            claim(rep, c["quote"], c.get("value", c.get("assertion", "")), figure=c.get("figure"),
                  assertion=None if c.get("figure") else c["assertion"], lower_bound=c.get("lower_bound", False),
                  source=c.get("source"), hedged=c.get("hedged", False))
            for c in g.get("claims", []) if c["quote"] in rep.text
        )
        place = g.get("place")
        events.append(Event(kind=g["kind"], weapon=g.get("weapon"), date=g["date"], date_precision=g["date_precision"],
                            place=Place.from_dict(place) if place else None, claims=claims, anchor=anchor))
    with Ledger(tmp_path / "ledger.db") as ledger:
        outcome = ledger.ingest(rep, events)
        assert len(outcome.events) == len(gold["events"])
        strike = ledger.event(outcome.events[0])
    assert strike is not None
    got = {name: {"low": f.low, "best": f.best, "high": f.high} for name, f in strike.figures.items()}
    assert got == gold["events"][0]["figures"]
