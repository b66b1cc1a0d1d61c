"""Full-text search over report texts and claim quotes: SQLite FTS5 tables the store fills as it writes.

The tables exist on SQLite only (migration 0003); on other backends `available` is False and queries fall back
to a case-insensitive LIKE over the stored text. Reports and claims are immutable, so rows are only ever
added, in the same transaction as the report they index. They are plain FTS5 tables, not external-content
ones, so that a later migration that rebuilds `reports` or `claims` (SQLite's copy-and-rename) cannot leave
them pointing at the wrong rows.

`fts_events` (migration 0011) says which ledger events hold each indexed report, by the report's FTS5 rowid, with
the events' date, kind, weapon, country and place: a search joins its matches straight to events and filters them
there, without reading each match's report id, report events and members. Every write of events and members
(`resolution.write_clusters`: ingest, merge, split, re-resolution) rewrites the rows of the events it touches
(`index_events`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Select, and_, bindparam, column, delete, exists, func, literal_column, select, table
from sqlalchemy.engine import Connection

from eventledger.store import schema as t
from eventledger.store.sized import run_ids

PREFIX = "fts_"  # every table (and FTS5 shadow table) of the index starts so; the schema comparison skips them
REPORTS = table("fts_reports", column("report_id"), column("title"), column("text"))
CLAIMS = table("fts_claims", column("claim_id"), column("report_event_id"), column("report_id"), column("quote"))
# FTS5's own store of `fts_reports`' rows (its shadow table `<name>_content`: the rowid, then c0, c1, ... for the columns)
REPORTS_CONTENT = table("fts_reports_content", column("id"), column("c0"))
# The ledger events holding each indexed report: (rowid of its fts_reports row, event id), both ways indexed, with
# the event's columns the list's indexes hold, so that a search gathering its matches applies those filters there
EVENTS = table(
    "fts_events", column("report_rowid"), column("event_id"), column("date", t.events.c.date.type),
    column("kind", t.events.c.kind.type), column("weapon", t.events.c.weapon.type), column("country", t.events.c.country.type),
    column("lat", t.events.c.lat.type), column("lon", t.events.c.lon.type),
)
_EVENT_COLUMNS = ("date", "kind", "weapon", "country", "lat", "lon")
_WORD = re.compile(r"\w+", re.UNICODE)
_INSERT_REPORT, _INSERT_CLAIMS = REPORTS.insert(), CLAIMS.insert()  # built once: ingest runs them for every report

def available(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def words(q: str) -> list[str]:
    """The words of a user's query: FTS5 syntax (quotes, NEAR, column filters) is never passed through."""
    return _WORD.findall(q)


def match_expression(q: str) -> str:
    """Every word must occur, each as a prefix ("drone" finds "drones", "Харків" finds "Харкові")."""
    return " ".join(f'"{w}"*' for w in words(q))


def index_report(conn: Connection, report_id: str, title: str | None, text: str) -> None:
    if available(conn):
        conn.execute(_INSERT_REPORT, {"report_id": report_id, "title": title or "", "text": text})


def index_claims(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    rows = [
        {"claim_id": r["id"], "report_event_id": r["report_event_id"], "report_id": r["report_id"], "quote": r["quote"]}
        for r in rows
    ]
    if rows and available(conn):
        conn.execute(_INSERT_CLAIMS, rows)


def _events_rows(event_ids: Any = None) -> Select[Any]:
    m, re_, e = t.event_members.c, t.report_events.c, t.events.c
    query = (
        select(REPORTS_CONTENT.c.id, m.event_id, *(e[name] for name in _EVENT_COLUMNS)).distinct()
        .join(t.report_events, re_.id == m.report_event_id)
        .join(REPORTS_CONTENT, REPORTS_CONTENT.c.c0 == re_.report_id)
        .join(t.events, e.id == m.event_id)
    )
    return query if event_ids is None else query.where(m.event_id.in_(event_ids))


_IDS = bindparam("ids", expanding=True)
_DELETE_EVENTS = delete(EVENTS).where(EVENTS.c.event_id.in_(_IDS))
_INSERT_EVENTS = EVENTS.insert().from_select(["report_rowid", "event_id", *_EVENT_COLUMNS], _events_rows(_IDS))


def index_events(conn: Connection, event_ids: Iterable[str]) -> None:
    """`fts_events` for these events as their members and rows now are: every event `resolution.write_clusters`
    wrote (the only writer of events and members), and those that disappeared."""
    ids = sorted(set(event_ids))
    if not ids or not available(conn):
        return
    for i in range(0, len(ids), 500):
        run_ids(conn, _DELETE_EVENTS, ids[i : i + 500])
        run_ids(conn, _INSERT_EVENTS, ids[i : i + 500])


def rebuild(conn: Connection) -> None:
    """Index every stored report and claim again: for ledgers filled other than through `Ledger.ingest` (an import)."""
    if not available(conn):
        return
    conn.execute(REPORTS.delete())
    conn.execute(CLAIMS.delete())
    conn.execute(EVENTS.delete())
    r, c = t.reports.c, t.claims.c
    conn.execute(REPORTS.insert().from_select(["report_id", "title", "text"], select(r.id, func.coalesce(r.title, ""), r.text)))
    conn.execute(CLAIMS.insert().from_select(
        ["claim_id", "report_event_id", "report_id", "quote"], select(c.id, c.report_event_id, c.report_id, c.quote)
    ))
    conn.execute(EVENTS.insert().from_select(["report_rowid", "event_id", *_EVENT_COLUMNS], _events_rows()))


def _matching_rowids(q: str) -> Select[Any]:
    return select(literal_column("rowid")).select_from(REPORTS).where(literal_column("fts_reports").op("MATCH")(match_expression(q)))


def events_matching(conn: Connection, q: str) -> Select[Any]:
    """Ids of events one of whose reports holds every word of `q` (each id once per matching report).

    On SQLite, from FTS5's matching rowids through `fts_events`: one index entry a match (q=drone, 16,570 matches:
    ~7 ms), where reading each match's report id, report events and members took ~40 ms."""
    if available(conn):
        return select(EVENTS.c.event_id).where(EVENTS.c.report_rowid.in_(_matching_rowids(q)))
    m, re_, r = t.event_members.c, t.report_events.c, t.reports.c  # a LIKE over the stored text off SQLite
    hits = select(r.id).where(and_(*(r.text.icontains(w, autoescape=True) for w in words(q))))
    return select(m.event_id).join(t.report_events, re_.id == m.report_event_id).where(re_.report_id.in_(hits))


def event_holds_match(conn: Connection, event_id: ColumnElement[Any], q: str) -> ColumnElement[bool]:
    """A condition: the event `event_id` has a report holding every word of `q`, tested one event at a time.

    For a walk that stops at a page: the set of matching rowids comes from FTS5 alone (q=drone: ~2 ms), and each
    event walked finds its reports' rowids in `fts_events` by its id, so the matches are never read one by one.
    The `+ 0` keeps SQLite from probing the index with every matching rowid for each event (minutes)."""
    if not available(conn):
        return event_id.in_(events_matching(conn, q))
    return exists(select(EVENTS.c.report_rowid).where(EVENTS.c.event_id == event_id, (EVENTS.c.report_rowid + 0).in_(_matching_rowids(q))))


def any_event_passes(conn: Connection, q: str, where: Iterable[ColumnElement[bool]]) -> bool:
    """Whether an event of a report holding every word of `q` passes `where` (conditions on `EVENTS`' columns).
    SQLite only. FTS5's matches are read in rowid order, each joined to its events, up to the first that passes:
    well under a millisecond when the filters agree with the words, one row a match (~0.5 us) when none does."""
    match = literal_column("fts_reports").op("MATCH")(match_expression(q))
    joined = REPORTS.join(EVENTS, EVENTS.c.report_rowid == literal_column("fts_reports.rowid"))
    return conn.execute(select(EVENTS.c.event_id).select_from(joined).where(match, *where).limit(1)).first() is not None


def reports_indexed(conn: Connection) -> int:
    """About how many reports the index holds (its highest rowid: an index lookup, not a count); 0 off SQLite."""
    if not available(conn):
        return 0
    return int(conn.execute(select(func.max(REPORTS_CONTENT.c.id))).scalar() or 0)


# Counts of matching reports by ledger (its engine), kept per (match expression, highest indexed rowid): reports are
# only added, so a count holds until the index grows. Only a positive count is kept, and the count only sets how far
# a search walks before it gathers (`query._walk_cap`), never which events a page holds.
_COUNTS: WeakKeyDictionary[Any, dict[tuple[str, int], int]] = WeakKeyDictionary()
_COUNTS_KEPT = 4096  # expressions a ledger keeps before they are dropped all at once


def reports_counted(conn: Connection, q: str, indexed: int | None = None) -> int | None:
    """How many reports hold every word of `q`, from the index alone (0.3-0.9 ms for 8,000-16,000, most of it
    FTS5 merging the doclists of the words' prefixes); None off SQLite. `indexed` (`reports_indexed`, if the caller
    has it) lets a count asked before for the same index be reused."""
    if not available(conn):
        return None
    expression = match_expression(q)
    counts = _COUNTS.setdefault(conn.engine, {}) if indexed is not None else None
    if counts is not None and (found := counts.get((expression, indexed))) is not None:
        return found
    count = int(conn.execute(select(func.count()).select_from(REPORTS).where(
        literal_column("fts_reports").op("MATCH")(expression)
    )).scalar_one())
    if counts is not None and count > 0:
        if len(counts) >= _COUNTS_KEPT:
            counts.clear()
        counts[(expression, indexed)] = count
    return count


def claims_matching(conn: Connection, q: str) -> ColumnElement[bool]:
    """A condition on `claims` rows: the quote holds every word of `q`."""
    c = t.claims.c
    if available(conn):
        hits = select(CLAIMS.c.claim_id).where(literal_column("fts_claims").op("MATCH")(match_expression(q)))
        return c.id.in_(hits)
    return and_(*(c.quote.icontains(w, autoescape=True) for w in words(q)))
