"""Full-text search over report texts and claim quotes: SQLite FTS5 tables the store fills as it writes.

The tables exist on SQLite only (migration 0003); on other backends `available` is False and queries fall back
to a case-insensitive LIKE over the stored text. Reports and claims are immutable, so rows are only ever
added, in the same transaction as the report they index. They are plain FTS5 tables, not external-content
ones, so that a later migration that rebuilds `reports` or `claims` (SQLite's copy-and-rename) cannot leave
them pointing at the wrong rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, exists, func, literal_column, select, table
from sqlalchemy.engine import Connection

from eventledger.store import schema as t

PREFIX = "fts_"  # every table (and FTS5 shadow table) of the index starts so; the schema comparison skips them
REPORTS = table("fts_reports", column("report_id"), column("title"), column("text"))
CLAIMS = table("fts_claims", column("claim_id"), column("report_event_id"), column("report_id"), column("quote"))
# FTS5's own store of `fts_reports`' rows (its shadow table `<name>_content`: the rowid, then c0, c1, ... for the columns)
REPORTS_CONTENT = table("fts_reports_content", column("id"), column("c0"))
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


def rebuild(conn: Connection) -> None:
    """Index every stored report and claim again: for ledgers filled other than through `Ledger.ingest` (an import)."""
    if not available(conn):
        return
    conn.execute(REPORTS.delete())
    conn.execute(CLAIMS.delete())
    r, c = t.reports.c, t.claims.c
    conn.execute(REPORTS.insert().from_select(["report_id", "title", "text"], select(r.id, func.coalesce(r.title, ""), r.text)))
    conn.execute(CLAIMS.insert().from_select(
        ["claim_id", "report_event_id", "report_id", "quote"], select(c.id, c.report_event_id, c.report_id, c.quote)
    ))


def reports_matching(conn: Connection, q: str) -> Select[Any]:
    """Ids of reports whose title or text holds every word of `q`."""
    if available(conn):
        # The matching rowids from the index, their report ids from the content table: asking fts_reports for its
        # report_id column makes FTS5 fetch each matching row whole (q=drone, 16,570 of 100,000 synthetic reports:
        # 33 ms, against 22 ms this way; a page of the list walking the date order 53 -> 32 ms)
        rowids = select(literal_column("rowid")).select_from(REPORTS).where(literal_column("fts_reports").op("MATCH")(match_expression(q)))
        return select(REPORTS_CONTENT.c.c0).where(REPORTS_CONTENT.c.id.in_(rowids))
    r = t.reports.c
    return select(r.id).where(and_(*(r.text.icontains(w, autoescape=True) for w in words(q))))


def report_holds_match(conn: Connection, report_id: ColumnElement[Any], q: str) -> ColumnElement[bool]:
    """A condition: the report `report_id` holds every word of `q`, tested one report at a time.

    For a walk that stops at a page: the set of matching rowids comes from FTS5 alone (q=drone: ~4 ms), and each
    report walked finds its rowid through the index on the content table's report id (migration 0009), so the
    report ids of all matches are never read (~25 ms more). The `+ 0` keeps SQLite from probing the index with
    every matching rowid for each report (seconds)."""
    if not available(conn):
        return report_id.in_(reports_matching(conn, q))
    rowids = select(literal_column("rowid")).select_from(REPORTS).where(literal_column("fts_reports").op("MATCH")(match_expression(q)))
    return exists(select(REPORTS_CONTENT.c.id).where(REPORTS_CONTENT.c.c0 == report_id, (REPORTS_CONTENT.c.id + 0).in_(rowids)))


def reports_indexed(conn: Connection) -> int:
    """About how many reports the index holds (its highest rowid: an index lookup, not a count); 0 off SQLite."""
    if not available(conn):
        return 0
    return int(conn.execute(select(func.max(REPORTS_CONTENT.c.id))).scalar() or 0)


def reports_counted(conn: Connection, q: str) -> int | None:
    """How many reports hold every word of `q`, from the index alone (a millisecond for 16,000); None off SQLite."""
    if not available(conn):
        return None
    return int(conn.execute(select(func.count()).select_from(REPORTS).where(
        literal_column("fts_reports").op("MATCH")(match_expression(q))
    )).scalar_one())


def claims_matching(conn: Connection, q: str) -> ColumnElement[bool]:
    """A condition on `claims` rows: the quote holds every word of `q`."""
    c = t.claims.c
    if available(conn):
        hits = select(CLAIMS.c.claim_id).where(literal_column("fts_claims").op("MATCH")(match_expression(q)))
        return c.id.in_(hits)
    return and_(*(c.quote.icontains(w, autoescape=True) for w in words(q)))
