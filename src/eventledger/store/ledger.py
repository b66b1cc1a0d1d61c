"""The ledger: where reports, what they claimed, and the resolved events are kept.

Written against SQLAlchemy Core so the same code serves SQLite (one file, the default) and PostgreSQL.
Every write is one transaction: a report is stored with all it yielded or not at all, so a bad input never
leaves half a report behind and never touches what was stored before. Opening a ledger upgrades it to the
newest schema with Alembic, so an old file keeps working after an upgrade of eventledger.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import random
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Literal, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
import orjson
from sqlalchemy import Engine, Select, bindparam, create_engine, event, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Row, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from eventledger.feedstate import FeedState
from eventledger.limits import MAX_EVENTS_LIMIT
from eventledger.model import (
    FIGURE_NAMES,
    KINDS,
    Area,
    Claim,
    Event,
    Place,
    PlacePrecision,
    Related,
    Report,
    SourceKind,
    Target,
    content_id,
)
from eventledger.reconcile import reconcile
from eventledger.resolve import Constraints, Decision, Item, best_event, bridged_events, event_text, resolve, taken_explosions
from eventledger.similarity import SimilarityError, embed, to_bytes
from eventledger.store import editions
from eventledger.store import resolution as rs
from eventledger.store import search
from eventledger.store.item_cache import cache_for, forget_times, reading_times
from eventledger.store.sized import run_ids
from eventledger.store import schema as t

MIGRATIONS = Path(__file__).parent / "migrations"
SOURCE_KINDS: tuple[str, ...] = SourceKind.__args__  # type: ignore[attr-defined]
PLACE_PRECISIONS: tuple[str, ...] = PlacePrecision.__args__  # type: ignore[attr-defined]
LINK_REASONS = ("same_target", "same_place_earlier", "follow_up")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit


_RETRIES = 20  # runs of one write transaction that a concurrent writer made fail, before giving up
_OPTIMISTIC = 1  # runs (measured: 1 wastes less than 3) before a PostgreSQL write takes the events table's write lock first, so it cannot starve
_CONFLICTS = {"40001", "40P01", "23505"}  # PostgreSQL: serialization failure, deadlock, a key inserted meanwhile
_T = TypeVar("_T")


class LedgerError(Exception):
    """A ledger could not be opened, or an input could not be stored; the message names which."""


class _Conflict(LedgerError):
    """A concurrent writer got there first; the transaction is run again from the start (see `_retrying`)."""


def _is_conflict(exc: SQLAlchemyError) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in _CONFLICTS:
        return True
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


def _retrying(method: Callable[..., _T]) -> Callable[..., _T]:
    """Run a write again when a concurrent writer made its transaction fail.

    PostgreSQL writes run SERIALIZABLE: two workers resolving reports of one place at once cannot both miss each
    other's new event; one of them fails, and its rerun sees the other's event and joins it. So concurrent ingest
    gives what some one-at-a-time order would have given, with no application lock. A write that lost once (to
    writers in the same place and days) is rerun holding PostgreSQL's lock on the events table, which the others
    then wait for instead of failing it again: no starvation, and less work thrown away than by more optimistic
    reruns.
    """

    @functools.wraps(method)
    def run(ledger: Ledger, *args: Any, **kwargs: Any) -> _T:
        try:
            for attempt in range(_RETRIES):
                ledger._contended = attempt >= _OPTIMISTIC
                try:
                    return method(ledger, *args, **kwargs)
                except _Conflict:
                    if attempt == _RETRIES - 1:
                        raise
                    time.sleep(random.uniform(0, min(0.5, 0.005 * 2**attempt)))
            raise AssertionError("unreachable")
        finally:
            ledger._contended = False

    return run


def _insert_new(conn: Connection, table: Any) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING in the connection's dialect: a row another writer stored is left alone."""
    return _insert_new_in(conn.dialect.name == "postgresql", table)


@functools.cache
def _insert_new_in(postgres: bool, table: Any) -> Any:  # built once: a reused statement is found compiled at once
    return (postgresql if postgres else sqlite).insert(table).on_conflict_do_nothing()


# statements of every ingest, built once (see `store.resolution`)
_FIRST_PUBLISHED = select(t.reports.c.first_published).where(t.reports.c.id == bindparam("id"))
_PUBLICATION = select(t.publications.c.id).where(t.publications.c.report_id == bindparam("report_id"),
                                                 t.publications.c.source == bindparam("source"),
                                                 t.publications.c.url == bindparam("url"))
_LAST_VERSION = select(func.max(t.publications.c.version)).where(
    t.publications.c.source == bindparam("source"), t.publications.c.url == bindparam("url"),
    t.publications.c.report_id != bindparam("report_id"))

_USED_IDS = select(t.report_events.c.id, t.report_events.c.report_id).where(t.report_events.c.id.in_(rs.IDS))
_INSERT = {table.name: insert(table) for table in (t.report_events, t.claims)}


SETTLE_REPORTS = 50  # `ingest_extracted` re-resolves late reports every so many, as `ingest` stores them (BATCH_REPORTS)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    report_id: str
    status: Literal["new", "duplicate", "new_source"]  # duplicate: nothing changed; new_source: another publisher
    events: tuple[str, ...]  # ledger event ids created or changed


@dataclass(frozen=True, slots=True)
class _Late:
    """A report stored by a write transaction whose events wait to be resolved: it arrived after reports published
    later near it (a backfill, a channel read newest first). Re-resolving its days once for all such reports of the
    transaction gives the ledger that re-resolving them report by report gives, at the cost of one pass a span of days
    instead of one a report."""

    report_id: str
    items: list[Item]
    new: set[str]
    stated_links: list[Any]
    now: datetime


@dataclass(slots=True)
class _Pending:
    """The late reports of one write transaction not yet re-resolved, and the ledger events of those that were."""

    late: list[_Late] = field(default_factory=list)
    settled: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def settle(self, conn: Connection) -> None:
        if self.late:
            self.settled.update(_settle_late(conn, self.late))
            self.late.clear()


def _settle_late(conn: Connection, late: Sequence[_Late]) -> dict[str, tuple[str, ...]]:
    """Re-resolve the late reports' days, one group of overlapping days at a time; each report's ledger events
    (those holding its report events, and for the last report of a group every event the group rewrote)."""
    now = late[-1].now
    unplaced = set().union(*(x.new for x in late))  # stored by this transaction, in no event until its group is done
    report_of = {item.id: x.report_id for x in late for item in x.items}
    arrival = {x.report_id: n for n, x in enumerate(late)}
    touched: dict[str, list[str]] = defaultdict(list)
    for group in _day_groups([item for x in late for item in x.items]):
        last = max((report_of[i.id] for i in group), key=arrival.__getitem__)
        touched[last] += rs.reresolve(conn, group, now, last, new=frozenset(unplaced))
        unplaced -= {i.id for i in group}
    member = t.event_members.c
    holding: dict[str, list[str]] = defaultdict(list)
    for chunk in _chunks(sorted(report_of)):
        for row in conn.execute(select(member.report_event_id, member.event_id).where(member.report_event_id.in_(chunk))):
            holding[report_of[row.report_event_id]].append(row.event_id)
    for x in late:
        _add_stated_links(conn, x.report_id, x.stated_links)
    held = {e for ids in holding.values() for e in ids}
    rs.relink(conn, sorted(held.union(*touched.values())))
    return {x.report_id: tuple(dict.fromkeys(holding[x.report_id] + [e for e in touched[x.report_id] if e not in held]))
            for x in late}


def _day_groups(items: Sequence[Item]) -> list[list[Item]]:
    """Items split where their days lie further apart than one re-resolution can reach (`rs.LATE_DAYS` each side),
    so that a transaction's late reports from distant months are not re-resolved as one long window; the undated
    form a group of their own."""
    undated = [i for i in items if i.day_lo is None]
    groups: list[list[Item]] = []
    hi = None
    for item in sorted((i for i in items if i.day_lo is not None), key=lambda i: i.day_lo):  # type: ignore[arg-type, return-value]
        if hi is None or item.day_lo > hi + 2 * rs.LATE_DAYS:  # type: ignore[operator]
            groups.append([])
            hi = item.day_hi or item.day_lo
        groups[-1].append(item)
        hi = max(hi, item.day_hi or item.day_lo)  # type: ignore[type-var, arg-type]
    return groups + ([undated] if undated else [])


def _add_stated_links(conn: Connection, report_id: str, stated_links: Sequence[Any]) -> None:
    """Links the report states itself ("the second strike on ... this week"), from its events' ledger events."""
    for re_id, related in stated_links:
        event_id = conn.execute(
            select(t.event_members.c.event_id).where(t.event_members.c.report_event_id == re_id)
        ).scalar_one()
        for rel in related:
            rs.add_link(conn, event_id, rel.event_id, rel.why, f"stated in report {report_id}", both=False)


@dataclass(frozen=True, slots=True)
class Publication:
    """One publisher of a report's text. `version` > 1 when the same source and url later carried other text."""

    report_id: str
    source: str | None
    source_kind: str
    url: str | None
    published: datetime | None
    fetched_at: datetime
    origin: str | None
    version: int = 1
    edited_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SourceProfile:
    """A source the user follows: a channel, an outlet, a ministry's feed."""

    id: str
    name: str
    kind: str
    language: str | None
    url: str | None
    added_at: datetime
    allow_private: bool = False


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _report_name(report: Report) -> str:
    return f"report {report.id} ({report.url or report.origin or report.source or 'no url'})"


def _utc(moment: datetime) -> datetime:
    """Naive times are taken as UTC, as the store and `reconcile` do."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


# A connection's memory map keeps every page of the file it has read resident (and counted in the process's RSS), up to
# mmap_size: a long ingest reads each new page once, so without this its RSS grew with the ledger (18 MB a 1,000
# generated reports, toward 1 GB). A connection reopened after a minute maps again only what it reads again.
SQLITE_RECYCLE_SECONDS = 60


def _engine_for(url: str | Path) -> Engine:
    """A path (or a plain file name) means a SQLite file; a `sqlite:///` or `postgresql://` URL selects the backend.

    Anything else with '://' is refused rather than taken for a file name (which once made `--db postgresql://...`
    a local SQLite file). `postgresql://` uses psycopg 3, the driver eventledger installs.
    """
    if isinstance(url, Path) or "://" not in url:
        path = Path(url).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LedgerError(f"cannot create the folder for ledger {path}: {exc}") from exc
        url = f"sqlite:///{path}"
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise LedgerError(f"ledger URL {url!r} is malformed: expected a file path, sqlite:///PATH or postgresql://USER@HOST/DB") from exc
    backend = parsed.get_backend_name()
    shown = parsed.render_as_string(hide_password=True)
    options: dict[str, Any] = {"json_deserializer": orjson.loads}  # the JSON columns of a page of events, read faster
    if backend == "postgresql":
        # psycopg warns when a batch it sent is cut short by a serialization failure; the write is rerun, so hush it
        logging.getLogger("psycopg").setLevel(logging.ERROR)
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if not parsed.database:
            raise LedgerError(f"ledger URL {shown!r} names no database: postgresql://USER@HOST[:PORT]/DATABASE")
        if "connect_timeout" not in parsed.query:
            options["connect_args"] = {"connect_timeout": 10}
    elif backend == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not Path(parsed.database).expanduser().parent.is_dir():
            raise LedgerError(f"ledger URL {shown!r}: no folder {Path(parsed.database).parent}")
        options["pool_recycle"] = SQLITE_RECYCLE_SECONDS
    else:
        raise LedgerError(f"ledger URL {shown!r}: eventledger stores ledgers in SQLite or PostgreSQL, not {backend!r}")
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise LedgerError(f"cannot open ledger {shown!r}: {exc}") from exc
    if backend == "sqlite":
        _tune_sqlite(engine)
    return engine


def sqlite_file(url: str | Path) -> Path | None:
    """The file of a SQLite ledger (a path or a sqlite:/// URL), None for a server's URL: to tell a missing file."""
    if isinstance(url, Path) or "://" not in url:
        return Path(url).expanduser()
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database).expanduser()
    return None


def _first_line(exc: BaseException) -> str:
    """A driver's message on one line (psycopg adds hints on further lines)."""
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split("\n")[0].split()) or type(orig).__name__


def _tune_sqlite(engine: Engine) -> None:
    """WAL (readers never wait for the writer), foreign keys on, and writers that queue instead of failing.

    pysqlite's own transaction handling is switched off so that we emit BEGIN ourselves: writes take
    BEGIN IMMEDIATE, so two processes ingesting at once wait for each other (busy_timeout) rather than
    deadlock on a read lock they both want to upgrade.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA foreign_keys = ON")
        _set_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Reads through a memory map instead of a read() and a copy into the connection's own 2 MB cache for every page
        # missed: the SQL of a page of 100 events from a 100,000-event ledger takes 40% of the CPU. Only address space.
        cursor.execute("PRAGMA mmap_size = 1073741824")  # 1 GB a connection at most; SQLite maps no more than the file
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def _set_wal(cursor: sqlite3.Cursor, tries: int = 100) -> None:
    """Switch to WAL. SQLite answers "database is locked" at once, without waiting out busy_timeout, when another
    connection is writing a new file while this one asks for the switch; so wait here instead."""
    for attempt in range(tries):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.05)


def alembic_config(url: str | None = None, script_location: str | Path = MIGRATIONS) -> Config:
    """The Alembic configuration of the ledger, for `alembic.command` calls (tests, making new revisions)."""
    config = Config()
    config.set_main_option("script_location", str(script_location))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(engine: Engine, revision: str = "head", config: Config | None = None) -> None:
    """Bring a database to `revision`; a no-op when it is there already.

    On SQLite, foreign keys are off while migrating, as Alembic's batch mode needs (it rebuilds tables that
    others refer to), and checked once the new schema is in place.
    """
    config = config or alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect().execution_options(write=True) as conn:
        with conn.begin():
            current = MigrationContext.configure(conn).get_current_revision()
        if current == head and revision == "head":
            return
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a PRAGMA SQLite only obeys outside a transaction, so straight to the driver
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":  # workers opening a new database at once migrate one by one
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7202512)")
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all() if sqlite else []
                if broken:
                    raise LedgerError(f"migrating to {revision} left rows pointing nowhere: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def _dump_place(place: Place | None) -> dict[str, Any] | None:
    return place.to_dict() if place else None


def _load_place(d: dict[str, Any] | None) -> Place | None:
    return Place.from_dict(d) if d else None


def _dump_area(area: Area, published: datetime | None = None) -> dict[str, Any]:
    """An area as stored with its event (JSON): its place, figures and, when it has any, the claims its figures rest
    on, each with its publication time (`published` for a claim read without one), as the claims table keeps them."""
    d: dict[str, Any] = {"place": _dump_place(area.place), "figures": dict(area.figures)}
    if area.claims:
        d["claims"] = [_dump_area_claim(c, published) for c in area.claims]
    return d


def _dump_area_claim(claim: Claim, published: datetime | None) -> dict[str, Any]:
    d = claim.to_dict()
    when = claim.published or published
    d["published"] = _utc(when).isoformat() if when else None
    return d


def _load_area(d: dict[str, Any]) -> Area:
    place = _load_place(d["place"])
    assert place is not None
    return Area(place=place, figures=dict(d.get("figures") or {}),
                claims=tuple(Claim.from_dict(c) for c in d.get("claims") or ()))


def _load_target(d: dict[str, Any] | None) -> Target | None:
    return Target(name=d["name"], category=d.get("category", "unknown")) if d else None


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


class Ledger:
    """The store. `Ledger("ledger.db")` opens (and creates or upgrades) a SQLite file; a URL selects another backend.

    >>> with Ledger(tmp_path / "ledger.db") as ledger:          # doctest: +SKIP
    ...     outcome = ledger.ingest(report, extract(report))
    ...     ledger.events(kind="strike", country="RU", since="2025-07")
    """

    def __init__(self, url: str | Path):
        self._contended = False  # set by `_retrying` when a write has lost to concurrent writers too often
        self.engine = _engine_for(url)
        plain = isinstance(url, Path) or "://" not in url
        self.url = str(url) if plain else self.engine.url.render_as_string(hide_password=True)
        try:
            upgrade(self.engine)
        except CommandError as exc:
            self.engine.dispose()
            raise LedgerError(
                f"ledger {self.url} has a schema this version of eventledger does not know (written by a newer one?): {exc}"
            ) from exc
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise LedgerError(f"cannot open ledger {self.url}: {_first_line(exc)}") from exc

    # -- lifecycle -------------------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self, what: str) -> Iterator[Connection]:
        """One write transaction; any database failure becomes a LedgerError naming `what`, after rollback.

        Methods that write are `_retrying`: a conflict with a concurrent writer reruns them."""
        options: dict[str, Any] = {"write": True}
        postgres = self.engine.dialect.name == "postgresql"
        if postgres:
            options["isolation_level"] = "SERIALIZABLE"
        try:
            with self.engine.connect().execution_options(**options) as conn, conn.begin(), reading_times(conn):
                if postgres and self._contended:  # before any query, so the snapshot is taken after the lock
                    conn.exec_driver_sql("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")
                try:
                    yield conn
                except BaseException:  # rolled back: what it read of its own rows may never be stored
                    cache_for(self.engine).clear()
                    raise
        except SQLAlchemyError as exc:
            cache_for(self.engine).clear()  # the commit failed
            error = _Conflict if _is_conflict(exc) else LedgerError
            raise error(f"could not store {what} in ledger {self.url}: {_first_line(exc)}") from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read transaction, so that a multi-query read sees one consistent snapshot."""
        options = {"isolation_level": "REPEATABLE READ"} if self.engine.dialect.name == "postgresql" else {}
        try:
            with self.engine.connect().execution_options(**options) as conn, conn.begin():
                yield conn
        except SQLAlchemyError as exc:
            raise LedgerError(f"could not read ledger {self.url}: {_first_line(exc)}") from exc

    # -- ingest ----------------------------------------------------------------------------------------------

    @_retrying
    def ingest(self, report: Report, events: Sequence[Event]) -> IngestOutcome:
        """Store a report and what extraction found in it; the same report twice changes nothing.

        When the text is already stored (the same post relayed by another channel, or a re-run), only a new
        publication is recorded and the events given are ignored: a report's events are immutable. The same text
        published again past `editions.EDITION_WINDOW` is a new edition: extract the report `edition` returns.
        """
        vectors = _vectors(report, events)
        with self._write(_report_name(report)) as conn:
            return self._ingest_in(conn, report, events, vectors)

    def ingest_many(self, reports: Sequence[tuple[Report, Sequence[Event]]]) -> list[IngestOutcome]:
        """`ingest` of several reports in ONE transaction: all of them are stored or, on any failure, none (then
        the error names the report that failed). A long ingest stores its reports a few dozen at a time: one commit
        writes the pages the reports share (events, indexes, search rows) once instead of once a report."""
        vectors = [_vectors(report, events) for report, events in reports]  # before the write, as in `ingest`
        return self._ingest_many(reports, vectors)

    @_retrying
    def _ingest_many(self, reports: Sequence[tuple[Report, Sequence[Event]]],
                     vectors: Sequence[list[tuple[str, bytes | None, bytes | None]]]) -> list[IngestOutcome]:
        what = f"{len(reports)} reports from {_report_name(reports[0][0])} on" if reports else "no reports"
        with self._write(what) as conn:
            return self._ingest_all(conn, [(report, events, v) for (report, events), v in zip(reports, vectors)])

    def _ingest_all(self, conn: Connection, extracted: Sequence[Extracted], settle_every: int | None = None,
                    extract_again: Callable[[Report], tuple[Sequence[Event], list]] | None = None) -> list[IngestOutcome]:
        """`_ingest_in` of each report inside the caller's transaction, the late ones re-resolved together at the end
        (and every `settle_every` reports, to keep their windows short); each new report's outcome with the events it
        was resolved into last."""
        pending = _Pending()
        outcomes = []
        # whether each text is stored already, read for all of them at once (the transaction's own writes are read again)
        read = editions.ReadBefore(conn, [report for report, _, _ in extracted]) if len(extracted) > 1 else None
        for n, (report, events, vectors) in enumerate(extracted, 1):
            outcomes.append(self._ingest_in(conn, report, events, vectors, pending, extract_again, read))
            if settle_every and n % settle_every == 0:
                pending.settle(conn)
        pending.settle(conn)
        return [replace(o, events=pending.settled.get(o.report_id, o.events)) if o.status == "new" else o
                for o in outcomes]

    def _ingest_in(self, conn: Connection, report: Report, events: Sequence[Event],
                   vectors: list[tuple[str, bytes | None, bytes | None]], pending: _Pending | None = None,
                   extract_again: Callable[[Report], tuple[Sequence[Event], list]] | None = None,
                   read: editions.ReadBefore | None = None) -> IngestOutcome:
        """The body of `ingest`, inside the caller's write transaction. With `pending`, a report that arrived late
        waits there to be re-resolved with the transaction's other late reports (`_settle_late`). With
        `extract_again`, a report found here to be a new edition of a stored text is extracted again under its id.
        With `read`, whether the text is stored is taken from what the transaction read of its reports at its start."""
        rid = report.id
        name = _report_name(report)
        now = _now()
        stored_as, stored = editions.stored_as(conn, report, read)
        again = False
        if stored_as.id != rid:
            if extract_again is not None:
                again = True
            elif events or not stored:  # a new edition not yet stored must be extracted, even if it came as a repost
                raise LedgerError(
                    f"{name}: this text was first published more than {editions.EDITION_WINDOW.days} days from "
                    f"this publication, so it is a new edition {stored_as.id}: extract `Ledger.edition(report)`"
                )
            report, rid = stored_as, stored_as.id
        if read is not None:
            read.wrote(rid)  # (inserted, or its first publication moved earlier)
        known, added, earlier = self._store_text(conn, report, now, absent=not stored)
        if known:
            if earlier:
                # published earlier than we knew: its events now come earlier in the order resolution follows
                if pending is not None:
                    pending.settle(conn)  # its events may be waiting there, in no event yet
                moved = list(conn.execute(select(t.report_events.c.id).where(t.report_events.c.report_id == rid)).scalars())
                if moved:
                    touched = rs.reresolve(conn, rs.load_items(conn, moved), now, rid)
                    rs.relink(conn, sorted(touched))
            return IngestOutcome(rid, "new_source" if added else "duplicate", ())
        if again:  # extracted under the text's first report's id: its ids and relative dates must be this edition's
            events, vectors = extract_again(report)  # type: ignore[misc]
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for n, ev in enumerate(events):
            _event_rows(report, ev, n, rows, vectors[n])
        ids = [row["id"] for row in rows["report_events"]]
        # ids derived from this new report's id cannot be taken (the primary key would refuse a hash collision);
        # ids a caller gave might be, by another report's event: say which
        for chunk in _chunks(ids if any(ev.id for ev in events) else []):
            clash = run_ids(conn, _USED_IDS, chunk).first()
            if clash is not None:
                raise LedgerError(
                    f"report {rid}: event id {clash.id} is already used by an event of report {clash.report_id}"
                )
        for table in (t.report_events, t.claims):
            if rows[table.name]:
                conn.execute(_INSERT[table.name], rows[table.name])  # one executemany a table
        search.index_claims(conn, rows["claims"])
        items = sorted(rs.new_items(conn, rows, report.published, now), key=lambda i: i.order)  # as `resolve` takes them
        if rs.arrived_late(conn, items):  # an earlier report after later ones: redo its days as a re-run would
            if pending is not None:
                pending.late.append(_Late(rid, items, set(ids), rows["stated_links"], now))
                return IngestOutcome(rid, "new", ())
            touched = rs.reresolve(conn, items, now, rid, new=set(ids))
        else:
            touched = [self._resolve_one(conn, item, now) for item in items]
        _add_stated_links(conn, rid, rows["stated_links"])
        rs.relink(conn, sorted(set(touched)))
        return IngestOutcome(rid, "new", tuple(dict.fromkeys(touched)))

    def edition(self, report: Report) -> Report:
        """`report` as `ingest` would store it: a repost of a stored report, or a new edition of a text published
        again days later (see `editions`); extract this one, so that its events carry its id."""
        with self._read() as conn:
            return editions.edition_of(conn, report)

    def stored_as(self, report: Report) -> tuple[Report, bool]:
        """`edition(report)`, and whether that report is stored already: what ingest asks before extracting."""
        with self._read() as conn:
            return editions.stored_as(conn, report)

    def stored_as_many(self, reports: Sequence[Report]) -> list[tuple[Report, bool]]:
        """`stored_as` of each report, looked up together in one read (ingest asks it of the reports it extracts
        before its next write, so the answers are those of one look-up a report)."""
        with self._read() as conn:
            return editions.stored_as_many(conn, reports)

    def _resolve_one(self, conn: Connection, item: Item, now: datetime) -> str:
        """Join the report event to the ledger event it tells (by evidence, see `resolve.compare`), or start one."""
        pool = rs.event_items(conn, rs.candidates(conn, item))
        event_id, verdict = best_event(item, pool, memo=cache_for(conn.engine).verdicts)
        new = {item.id}  # stored by this transaction, in no event yet
        if item.kind == "strike" and taken_explosions(item, pool[event_id] if event_id else [],
                                                      [members for e, members in pool.items() if e != event_id],
                                                      memo=cache_for(conn.engine).verdicts):
            # a strike at a town whose explosions heard that night joined its interception before: they are the
            # strike's, and the neighbourhood is resolved again as a full re-run takes it (`resolve`)
            return rs.reresolve(conn, [item], now, item.report_id, new=new)[0]
        if event_id is None:
            return rs.write_clusters(conn, [[item.id]], "created", now, report_id=item.report_id, new=new)[0]
        if bridged_events(item, event_id, pool, memo=cache_for(conn.engine).verdicts):
            # it tells two events as one: they become one, as a full re-run of their days makes them
            return rs.reresolve(conn, [item], now, item.report_id, new=new)[0]
        members = [m.id for m in pool[event_id]] + [item.id]
        reasons = {item.id: rs.verdict_reason(verdict, event_id)}
        return rs.write_clusters(conn, [members], "joined", now, reasons, report_id=item.report_id, new=new)[0]

    def _add_publication(self, conn: Connection, report: Report, now: datetime, new_text: bool = False) -> bool:
        source, url = report.source or "", report.url or ""
        if not new_text and conn.execute(_PUBLICATION, {"report_id": report.id, "source": source, "url": url}).first():
            return False  # (a text stored just now has no publication yet)
        version, edited_at = 1, None
        if url:  # the same address carried another text before: this one is an edit
            previous = conn.execute(_LAST_VERSION, {"report_id": report.id, "source": source, "url": url}).scalar()
            if previous:
                version, edited_at = previous + 1, now
        conn.execute(
            _insert_new(conn, t.publications),
            {"report_id": report.id, "source": source, "source_kind": report.source_kind, "url": url,
             "published": report.published, "fetched_at": now, "origin": report.origin, "version": version,
             "edited_at": edited_at},
        )
        return True

    # -- read ------------------------------------------------------------------------------------------------

    def events(
        self, *, kind: str | None = None, country: str | None = None, since: str | None = None,
        until: str | None = None, limit: int | None = None,
    ) -> list[Event]:
        """Events, newest date first; `since`/`until` take YYYY, YYYY-MM or YYYY-MM-DD and include their bounds."""
        return list(self.iter_events(kind=kind, country=country, since=since, until=until, limit=limit))

    def iter_events(
        self, *, kind: str | None = None, country: str | None = None, since: str | None = None,
        until: str | None = None, limit: int | None = None, batch: int = 500,
    ) -> Iterator[Event]:
        """Like `events`, but built `batch` at a time, for exports of a ledger larger than memory.

        Bad filters raise here, at the call, not at the first event; the read stays one consistent snapshot.
        """
        query = self._events_query(kind=kind, country=country, since=since, until=until, limit=limit)

        def stream() -> Iterator[Event]:
            with self._read() as conn:
                for rows in conn.execution_options(yield_per=batch).execute(query).partitions():
                    yield from self._build_events(conn, rows)

        return stream()

    def _events_query(
        self, *, kind: str | None, country: str | None, since: str | None, until: str | None, limit: int | None
    ) -> Select[Any]:
        e = t.events.c
        query = select(t.events)
        if kind is not None:
            if kind not in KINDS:
                raise LedgerError(f"unknown event kind {kind!r}: expected one of {', '.join(KINDS)}")
            query = query.where(e.kind == kind)
        if country is not None:
            query = query.where(e.country == country.upper())
        if since is not None:
            query = query.where(e.date >= _check_date("since", since))
        if until is not None:
            bound = _check_date("until", until)
            query = query.where(or_(e.date <= bound, e.date.startswith(bound)))
        if limit is not None:
            if not 0 <= limit <= MAX_EVENTS_LIMIT:
                raise LedgerError(f"limit must be between 0 and {MAX_EVENTS_LIMIT:,}, not {limit}")
            query = query.limit(limit)
        return query.order_by(e.date.desc().nulls_last(), e.created_at.desc(), e.id)

    def event(self, event_id: str, as_of: datetime | None = None) -> Event | None:
        """One event by id (an id merged away leads to its successor), or by a prefix of at least 6 characters that
        only one event id starts with. With `as_of`, the event as the ledger could have shown it then: only the
        claims of reports published (or, undated, ingested) by that time, figures reconciled from those; None if
        none of its reports was out yet."""
        e = t.events.c
        with self._read() as conn:
            found = self._find_event(conn, event_id)
            row = conn.execute(select(t.events).where(e.id == found)).first() if found else None
            if row is None:
                return None
            built = self._build_events(conn, [row], as_of=_utc(as_of) if as_of else None)
            return built[0] if built else None

    def _build_events(self, conn: Connection, rows: Sequence[Row[Any]], as_of: datetime | None = None) -> list[Event]:
        """Full Event records: claims from all members, figures recomputed from them, links, member reports.

        With `as_of`, members whose report was not out by then are left out, and events left empty are dropped."""
        ids = [r.id for r in rows]
        members: dict[str, list[Row[Any]]] = defaultdict(list)
        claims_of: dict[str, dict[str, Claim]] = defaultdict(dict)  # by claim id: one sentence may back two members
        related: dict[str, list[Related]] = defaultdict(list)
        for chunk in _chunks(ids):
            for row in conn.execute(_MEMBERS_OF, {"ids": chunk}):
                members[row.event_id].append(row)
            for row in conn.execute(_CLAIMS_OF, {"ids": chunk}):
                claims_of[row.event_id].setdefault(row.id, _claim_from(row))
            for row in conn.execute(_LINKS_OF, {"ids": chunk}):
                related[row.event_id].append(Related(event_id=row.related_id, why=row.why))
        epoch = datetime.min.replace(tzinfo=timezone.utc)
        built = []
        for row in rows:
            mine = sorted(members[row.id], key=lambda x: (x.first_published or epoch, x.anchor, x.id))
            claims = tuple(sorted(claims_of[row.id].values(), key=lambda x: (x.published or epoch, x.report_id, x.start, x.end, x.id)))
            areas = tuple(_load_area(a) for a in row.areas)
            if as_of is not None:
                out = {x.report_id for x in mine if (x.first_published or x.fetched_at) <= as_of}
                mine = [x for x in mine if x.report_id in out]
                claims = tuple(c for c in claims if c.report_id in out)
                areas = tuple(replace(a, claims=tuple(c for c in a.claims if c.report_id in out)) for a in areas)
                if not mine:
                    continue
            built.append(
                Event(
                    id=row.id, kind=row.kind, date=row.date, date_precision=row.date_precision,
                    place=_load_place(row.place), weapon=row.weapon, target=_load_target(row.target),
                    attacker=row.attacker, defender=row.defender, areas=areas,
                    figures=reconcile(claims), claims=claims, reports=tuple(dict.fromkeys(x.report_id for x in mine)),
                    related=tuple(related[row.id]), background=row.background, details=row.details,
                    anchor=mine[0].anchor if mine else 0,
                )
            )
        return built

    def history(self, event_id: str) -> list[tuple[datetime, dict[str, Any]]]:
        """The event's changelog, oldest first: what each change did, so past states can be rebuilt."""
        ch = t.event_changes.c
        with self._read() as conn:
            event_id = rs.resolve_id(conn, event_id) or event_id
            rows = conn.execute(select(ch.at, ch.change).where(ch.event_id == event_id).order_by(ch.id)).all()
        return [(row.at, row.change) for row in rows]

    # -- resolution by hand and from scratch ------------------------------------------------------------------

    @_retrying
    def merge(self, first: str, second: str, note: str | None = None) -> str:
        """Merge two events by hand; the decision is kept and every later resolution respects it. Returns the id."""
        with self._write(f"merge of events {first} and {second}") as conn:
            a, b = self._require_event(conn, first), self._require_event(conn, second)
            if a == b:
                raise LedgerError(f"events {first} and {second} are already one event ({a})")
            members = rs.members_of(conn, [a, b])
            decision = Decision("merge", tuple(sorted(members[a])), tuple(sorted(members[b])))
            now = _now()
            rs.record_decision(conn, decision, note or f"merge {a} {b}", now)
            manual = {"manual": f"merged by hand: {a} + {b}"}
            ids = rs.write_clusters(conn, [members[a] + members[b]], "merged", now, {x: manual for x in members[b]})
            rs.relink(conn, ids)
            return ids[0]

    @_retrying
    def split(self, event_id: str, parts: Sequence[str], note: str | None = None) -> tuple[str, str]:
        """Move the report events named (by claim id, report event id or report id; prefixes of 6+ characters)
        out of an event into a new one; the decision is kept. Returns (remaining event id, new event id)."""
        with self._write(f"split of event {event_id}") as conn:
            eid = self._require_event(conn, event_id)
            members = rs.members_of(conn, [eid])[eid]
            moved: set[str] = set()
            c = t.claims.c
            claim_rows = conn.execute(select(c.id, c.report_event_id, c.report_id).where(c.report_event_id.in_(members))).all()
            for part in parts:
                hits = {x for x in members if x.startswith(part)}
                hits |= {r.report_event_id for r in claim_rows if r.id.startswith(part) or r.report_id.startswith(part)}
                if not hits or len(part) < 6:
                    raise LedgerError(f"event {eid} has no claim, report event or report {part!r} (give 6+ characters)")
                moved |= hits
            rest = sorted(set(members) - moved)
            if not rest:
                raise LedgerError(f"splitting {sorted(moved)} out of event {eid} would leave it empty")
            now = _now()
            rs.record_decision(conn, Decision("split", tuple(sorted(moved)), tuple(rest)), note or f"split {eid}", now)
            manual = {"manual": f"split by hand from {eid}"}
            ids = rs.write_clusters(conn, [rest, sorted(moved)], "split", now, {x: manual for x in moved})
            rs.relink(conn, ids)
            return ids[0], ids[1]

    @_retrying
    def resolve_all(self) -> dict[str, int]:
        """Re-run resolution over the whole ledger from its claims, with the hand decisions; the same claims always
        give the same events and ids. Only events whose members changed are rewritten. Returns counts."""
        with self._write("a full resolution") as conn:
            items = rs.load_items(conn)
            clusters = resolve(items, Constraints.from_decisions(rs.decisions(conn)))
            current = rs.current_clusters(conn)
            changed = [c for c in clusters if current.get(c.id) != frozenset(m.id for m in c.members)]
            now = _now()
            ids = rs.write_clusters(conn, [[m.id for m in c.members] for c in changed], "resolved", now,
                                    rs.cluster_reasons(changed)) if changed else []
            rs.relink_all(conn)
            return {"report_events": len(items), "events": len(clusters), "rewritten": len(ids)}

    def _find_event(self, conn: Connection, event_id: str) -> str | None:
        """The current id of the event given by id or by a unique prefix of 6+ characters, the prefix also of an id
        merged away: the events table shows short ids, and a short id copied before a merge must still lead on."""
        found = rs.resolve_id(conn, event_id)
        if found is None and len(event_id) >= 6:
            rows = conn.execute(select(t.events.c.id).where(t.events.c.id.startswith(event_id, autoescape=True)).limit(2)).all()
            if not rows:
                old = t.event_redirects.c.old_id
                rows = conn.execute(select(old.label("id")).where(old.startswith(event_id, autoescape=True)).distinct().limit(2)).all()
            if len(rows) > 1:
                raise LedgerError(f"event id prefix {event_id!r} is ambiguous: give more characters")
            found = rs.resolve_id(conn, rows[0].id) if rows else None
        return found

    def _require_event(self, conn: Connection, event_id: str) -> str:
        found = self._find_event(conn, event_id)
        if found is None:
            raise LedgerError(f"no event {event_id!r} in ledger {self.url}")
        return found

    def report(self, report_id: str) -> Report | None:
        """The stored report, with its earliest publication as source/url/origin."""
        with self._read() as conn:
            row = conn.execute(select(t.reports).where(t.reports.c.id == report_id)).first()
            if row is None:
                return None
            pubs = self._publications(conn, report_id)
        first = pubs[0] if pubs else None
        return Report(
            text=row.text, published=row.first_published, language=row.language, title=row.title,
            source=first.source if first else None, source_kind=first.source_kind if first else "unknown",  # type: ignore[arg-type]
            url=first.url if first else None, origin=first.origin if first else None,
            edition=editions.stored_edition(report_id, row.text, [p.published for p in pubs]),
        )

    def publications(self, report_id: str) -> list[Publication]:
        """Every source that published this report's text, earliest first."""
        with self._read() as conn:
            return self._publications(conn, report_id)

    def _publications(self, conn: Connection, report_id: str) -> list[Publication]:
        p = t.publications.c
        rows = conn.execute(select(t.publications).where(p.report_id == report_id).order_by(p.id)).all()
        epoch = datetime.max.replace(tzinfo=timezone.utc)
        pubs = [
            Publication(
                report_id=row.report_id, source=row.source or None, source_kind=row.source_kind, url=row.url or None,
                published=row.published, fetched_at=row.fetched_at, origin=row.origin, version=row.version,
                edited_at=row.edited_at,
            )
            for row in rows
        ]
        return sorted(pubs, key=lambda x: x.published or epoch)

    def counts(self) -> dict[str, int]:
        """How many rows of each kind the ledger holds."""
        tables = {
            "reports": t.reports, "publications": t.publications, "report_events": t.report_events,
            "claims": t.claims, "events": t.events, "sources": t.sources, "feeds": t.feed_state,
        }
        with self._read() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one() for name, table in tables.items()}

    # -- sources and feeds -----------------------------------------------------------------------------------

    @_retrying
    def add_source(self, name: str, url: str | None, kind: str, language: str | None, allow_private: bool = False) -> str:
        """Follow a source; adding the same name and url again returns the same id and changes nothing (but
        `allow_private`, which is remembered for `watch`). A feed URL followed under another name is refused."""
        if not name or not name.strip():
            raise LedgerError(f"a source needs a name (url {url!r})")
        if kind not in SOURCE_KINDS:
            raise LedgerError(f"source {name!r}: unknown kind {kind!r}, expected one of {', '.join(SOURCE_KINDS)}")
        sid = content_id(name.strip(), url or "")
        s = t.sources.c
        with self._write(f"source {name!r}") as conn:
            if url and (other := conn.execute(select(s.name).where(s.url == url, s.id != sid)).first()):
                raise LedgerError(f"{url} is already followed as {other.name!r}")
            if conn.execute(select(s.id).where(s.id == sid)).first() is None:
                conn.execute(_insert_new(conn, t.sources).values(
                    id=sid, name=name.strip(), kind=kind, language=language, url=url, added_at=_now(),
                    allow_private=allow_private,
                ))
            else:
                conn.execute(update(t.sources).where(s.id == sid).values(allow_private=allow_private))
        return sid

    def sources(self) -> list[SourceProfile]:
        with self._read() as conn:
            rows = conn.execute(select(t.sources).order_by(t.sources.c.added_at, t.sources.c.id)).all()
        return [SourceProfile(**row._asdict()) for row in rows]

    def feed_state(self, url: str) -> FeedState | None:
        with self._read() as conn:
            row = conn.execute(select(t.feed_state).where(t.feed_state.c.url == url)).first()
        return FeedState(**row._asdict()) if row else None

    @_retrying
    def save_feed_state(self, state: FeedState) -> None:
        values = {f.name: getattr(state, f.name) for f in fields(FeedState)}
        with self._write(f"feed state of {state.url}") as conn:
            changed = conn.execute(update(t.feed_state).where(t.feed_state.c.url == state.url).values(values)).rowcount
            if not changed:
                conn.execute(insert(t.feed_state).values(values))

    def seen_item(self, url: str, item_id: str) -> bool:
        f = t.feed_items.c
        with self._read() as conn:
            return conn.execute(select(f.url).where(f.url == url, f.item_id == item_id)).first() is not None

    def seen_items(self, url: str) -> set[str]:
        """Every item id already taken from a feed, so a poll can skip them before fetching their pages."""
        f = t.feed_items.c
        with self._read() as conn:
            return {row.item_id for row in conn.execute(select(f.item_id).where(f.url == url))}

    @_retrying
    def mark_item(self, url: str, item_id: str) -> None:
        f = t.feed_items.c
        with self._write(f"item {item_id} of feed {url}") as conn:
            if conn.execute(select(f.url).where(f.url == url, f.item_id == item_id)).first() is None:
                conn.execute(_insert_new(conn, t.feed_items).values(url=url, item_id=item_id, seen_at=_now()))

    def _store_text(self, conn: Connection, report: Report, now: datetime, absent: bool = False) -> tuple[bool, bool, bool]:
        """The report's text (new: with its search rows) and this publication of it, as `ingest` and
        `ingest_extracted` both store them: (the text was known, the publication is new, it moved the text's first
        publication earlier). `absent`: the caller read in this transaction that no report has its id."""
        rid = report.id
        known = None if absent else conn.execute(_FIRST_PUBLISHED, {"id": rid}).first()
        if known is None:
            conn.execute(
                _insert_new(conn, t.reports),
                {"id": rid, "text": report.text, "language": report.language, "title": report.title,
                 "first_published": report.published, "fetched_at": now,
                 "content_hash": hashlib.sha256(report.text.encode("utf-8")).hexdigest()},
            )
            search.index_report(conn, rid, report.title, report.text)
        added = self._add_publication(conn, report, now, new_text=known is None)
        if known is None:
            return False, added, False
        earlier = known.first_published
        if added and report.published and (earlier is None or _utc(report.published) < earlier):
            conn.execute(update(t.reports).where(t.reports.c.id == rid).values(first_published=report.published))
            forget_times(conn)  # its report events' items and rows are checked again
            return True, added, True
        return True, added, False

    # -- batches ---------------------------------------------------------------------------------------------

    @_retrying
    def ingest_extracted(self, extracted: Sequence[Extracted], what: str,
                         extract_again: Callable[[Report], tuple[Sequence[Event], list]]) -> list[IngestOutcome]:
        """`ingest_many` of reports extracted elsewhere (with their vectors), in ONE transaction named by `what`:
        stored and resolved into events as `ingest` does, incrementally, with the same bounded look-ups, so the cost
        of a report does not grow with the ledger. `eventledger batch` stores each part of a corpus so, in the file's
        order, while the workers extract the next parts; a part is stored whole or not at all. A text published again
        past the editions window is a new report, known only here: `extract_again` extracts it under its own id."""
        with self._write(what) as conn:
            # late reports re-resolved as often as ingest's batches are: short windows
            return self._ingest_all(conn, extracted, SETTLE_REPORTS, extract_again)


Extracted = tuple[Report, Sequence[Event], list[tuple[str, bytes | None, bytes | None]]]


def event_vectors(report: Report, events: Sequence[Event]) -> list[tuple[str, bytes | None, bytes | None]]:
    """What `Ledger.ingest_extracted` needs beside the events: each one's telling sentence and its vectors, computed
    where the extraction ran (a worker), so that the one writer never waits on the encoder."""
    return _vectors(report, events)


# -- checks and conversions --------------------------------------------------------------------------------------


def _check_date(name: str, value: str) -> str:
    if not _DATE.match(value):
        raise LedgerError(f"{name}={value!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
    try:  # a day the calendar does not have ("2024-02-31") would silently compare as text
        datetime.strptime(value, {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}[len(value)])
    except ValueError:
        raise LedgerError(f"{name}={value!r} is not a date: no such day or month") from None
    return value


def _check_event(report: Report, ev: Event, n: int) -> None:
    """Refuse what would corrupt the ledger, naming the report and the event; checked inside the transaction."""
    where = f"report {report.id}, event #{n} ({ev.kind})"
    if ev.kind not in KINDS:
        raise LedgerError(f"{where}: unknown kind {ev.kind!r}")
    for place in [ev.place, *(a.place for a in ev.areas)]:
        if place is None:
            continue
        if place.precision not in PLACE_PRECISIONS:
            raise LedgerError(f"{where}: place {place.name!r} has unknown precision {place.precision!r}")
        if (place.lat is None) != (place.lon is None):
            raise LedgerError(f"{where}: place {place.name!r} has only one of lat/lon")
        if place.lat is not None and not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):  # type: ignore[operator]
            raise LedgerError(f"{where}: place {place.name!r} has impossible coordinates {place.lat}, {place.lon}")
    if ev.date is not None and not _DATE.match(ev.date):
        raise LedgerError(f"{where}: date {ev.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    for rel in ev.related:
        if rel.why not in LINK_REASONS:
            raise LedgerError(f"{where}: link to {rel.event_id} has unknown reason {rel.why!r}")
    for claim in (*ev.claims, *(c for a in ev.areas for c in a.claims)):  # an area's claims are claims as much
        what = f"{where}: claim {claim.figure or claim.assertion!r} at {claim.start}-{claim.end}"
        if claim.report_id != report.id:
            raise LedgerError(f"{what} was read from report {claim.report_id!r}, not this one")
        if (claim.figure is None) == (claim.assertion is None):
            raise LedgerError(f"{what}: a claim has either a figure or an assertion")
        if claim.figure is not None and claim.figure not in FIGURE_NAMES:
            raise LedgerError(f"{what}: unknown figure {claim.figure!r}")
        if not 0 <= claim.start <= claim.end <= len(report.text) or report.text[claim.start : claim.end] != claim.quote:
            raise LedgerError(f"{what}: quote {claim.quote!r} is not the report's text at those offsets")
        if claim.source_kind not in SOURCE_KINDS:
            raise LedgerError(f"{what}: unknown source kind {claim.source_kind!r}")


def _vectors(report: Report, events: Sequence[Event]) -> list[tuple[str, bytes | None, bytes | None]]:
    """Each event's telling sentence and the vectors of it and of its target's name, computed before the write
    transaction opens (the encoder takes a second to load) so that writers never wait on it."""
    texts = [event_text(report.text, ev.anchor, report.title) for ev in events]
    names = [ev.target.name if ev.target else "" for ev in events]
    try:
        vectors = embed(texts + names)
    except SimilarityError as exc:
        raise LedgerError(f"report {report.id}: {exc}") from exc
    n = len(events)
    return [(texts[i], to_bytes(vectors[i]), to_bytes(vectors[n + i])) for i in range(n)]


def _event_rows(
    report: Report, ev: Event, n: int, rows: dict[str, list[Any]], vectors: tuple[str, bytes | None, bytes | None],
) -> None:
    """The rows one extracted event adds: itself and its claims (immutable); resolution then places it in an event."""
    rid = report.id
    _check_event(report, ev, n)
    taken = {row["id"] for row in rows["report_events"]}
    eid = ev.id or content_id(rid, ev.kind, ev.anchor)
    if eid in taken:
        if ev.id:
            raise LedgerError(f"report {rid}: event #{n} repeats the id {eid} of an earlier event of the same report")
        eid = content_id(rid, ev.kind, ev.anchor, n)
    text, vector, target_vector = vectors
    rows["report_events"].append({
        "id": eid, "report_id": rid, "anchor": ev.anchor, "kind": ev.kind, "weapon": ev.weapon, "date": ev.date,
        "date_precision": ev.date_precision, "place": _dump_place(ev.place), "areas": [_dump_area(a, report.published) for a in ev.areas],
        "target": ev.target.to_dict() if ev.target else None, "attacker": ev.attacker, "defender": ev.defender,
        "background": ev.background, "details": ev.details, "text": text, "vector": vector, "target_vector": target_vector,
    })
    stored: dict[str, Claim] = {}
    for claim in ev.claims:
        stored.setdefault(claim.id, claim if claim.published else replace(claim, published=report.published))
    rows["claims"].extend(_claim_row(c, eid) for c in stored.values())
    if ev.related:
        rows["stated_links"].append((eid, tuple(dict.fromkeys(ev.related))))


# What `Ledger._build_events` reads of a batch of events, built once (their ids bound at execution): SQLAlchemy then
# reuses the compiled statements and makes no parameter object per id, which cost more than SQLite's work for one event.
_MEMBERS_OF = (
    select(t.event_members.c.event_id, t.report_events.c.id, t.report_events.c.report_id, t.report_events.c.anchor,
           t.reports.c.first_published, t.reports.c.fetched_at)
    .join(t.report_events, t.report_events.c.id == t.event_members.c.report_event_id)
    .join(t.reports, t.reports.c.id == t.report_events.c.report_id)
    .where(t.event_members.c.event_id.in_(rs.IDS))
)
_CLAIMS_OF = (
    select(t.event_members.c.event_id, t.claims)
    .join(t.claims, t.claims.c.report_event_id == t.event_members.c.report_event_id)
    .where(t.event_members.c.event_id.in_(rs.IDS))
)
_LINKS_OF = select(t.event_links).where(t.event_links.c.event_id.in_(rs.IDS)).order_by(t.event_links.c.related_id)


def _claim_row(claim: Claim, report_event_id: str) -> dict[str, Any]:
    return {
        "id": claim.id, "report_event_id": report_event_id, "report_id": claim.report_id, "start": claim.start,
        "end": claim.end, "quote": claim.quote, "figure": claim.figure, "assertion": claim.assertion,
        "value": str(claim.value), "value_is_int": isinstance(claim.value, int), "lower_bound": claim.lower_bound,
        "source": claim.source, "source_kind": claim.source_kind, "hedged": claim.hedged, "published": claim.published,
    }


def _claim_from(row: Row[Any]) -> Claim:
    return Claim(
        report_id=row.report_id, start=row.start, end=row.end, quote=row.quote,
        value=int(row.value) if row.value_is_int else row.value, figure=row.figure, assertion=row.assertion,
        lower_bound=row.lower_bound, source=row.source, source_kind=row.source_kind, hedged=row.hedged,
        published=row.published,
    )
