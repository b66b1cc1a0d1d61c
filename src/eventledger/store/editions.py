"""Editions: the same text published again days later is another report, not a repost.

A channel that posts a generic line ("работа ПВО по БПЛА") every few nights reports a new night each time; had the
report id been the text's alone, every later night would only add a publication to the first report and get no event
of its own. So a text published within `EDITION_WINDOW` of a stored report with that text is a repost of it (one
report, another publication), and past the window it is a new edition: its id adds the day it was published, it is
extracted and resolved on its own and keeps its own publication time. The decision needs only the ids of the text's
possible editions (the text with each nearby day), so no column holds it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, bindparam, select

from eventledger.model import Report, content_id, normalized_text
from eventledger.store import schema as t
from eventledger.store.resolution import IDS

EDITION_WINDOW = timedelta(days=3)  # documented in docs/SOURCES.md


def edition_of(conn: Connection, report: Report) -> Report:
    """`report` as the ledger stores it: the report this publication was stored with, else the stored report (base or
    edition) whose first publication is nearest within the window, else the text's first report if it is new or undated, else a new edition of the text."""
    return stored_as(conn, report)[0]


_STORED = select(t.reports.c.id, t.reports.c.first_published).where(t.reports.c.id.in_(IDS))  # built once
# the same for the text and its editions on the days around a publication (`stored_as`, before every report): one bound
# parameter an id, so SQLAlchemy need not expand the list into the statement at each execution (a third of its CPU)
_DAY_IDS = tuple(f"id{n}" for n in range(2 * (2 * EDITION_WINDOW.days + 1) + 2))
_STORED_DAYS = select(t.reports.c.id, t.reports.c.first_published).where(
    t.reports.c.id.in_([bindparam(name) for name in _DAY_IDS]))
_PUBLISHED_BY = select(t.publications.c.report_id, t.publications.c.published).where(
    t.publications.c.report_id.in_(IDS), t.publications.c.source == bindparam("source"),
    t.publications.c.url == bindparam("url"))


def stored_as(conn: Connection, report: Report, read: ReadBefore | None = None) -> tuple[Report, bool]:
    """`edition_of`, and whether that report is stored already (then ingest need not extract it), in one look-up.
    With `read` (the stored reports among a transaction's reports' ids, read at once), no look-up of the ids unless
    this transaction wrote one of them since."""
    base = replace(report, edition=None)
    if report.published is None:
        if read is not None and (held := read.rows_of([base.id])) is not None:
            return base, bool(held)
        return base, conn.execute(select(t.reports.c.id).where(t.reports.c.id == base.id)).first() is not None
    when = _utc(report.published)
    by_id = _ids_around(report.text, when)
    rows = None if read is None else read.rows_of(by_id)
    if rows is None:
        rows = conn.execute(_STORED_DAYS, dict(zip(_DAY_IDS, by_id))).all() if len(by_id) == len(_DAY_IDS) else \
            conn.execute(_STORED, {"ids": list(by_id)}).all()
    return _decided(conn, report, base, when, by_id, rows)


_MANY_IDS = 900  # ids a statement of `ReadBefore` (under every engine's limit on bound parameters)


class ReadBefore:
    """The stored reports (id, first publication) among every id the given reports may be stored under, read in one
    statement (a few for many reports) instead of one a report. `stored_as` takes its rows from here while the ids it
    asks of were all read here and none of them was `written` since; otherwise it looks them up itself."""

    def __init__(self, conn: Connection, reports: Sequence[Report]) -> None:
        self.asked: set[str] = set()
        for report in reports:
            base_id = replace(report, edition=None).id
            self.asked.update([base_id] if report.published is None else _ids_around(report.text, _utc(report.published)))
        self.rows: dict[str, Any] = {}
        ids = sorted(self.asked)
        for k in range(0, len(ids), _MANY_IDS):
            self.rows.update((row.id, row) for row in conn.execute(_STORED, {"ids": ids[k:k + _MANY_IDS]}))
        self.written: set[str] = set()

    def rows_of(self, ids: Iterable[str]) -> list[Any] | None:
        """The rows read of these ids, in their order; None when one of them was not read here or was written since."""
        ids = list(ids)
        if not self.asked.issuperset(ids) or not self.written.isdisjoint(ids):
            return None
        return [self.rows[i] for i in ids if i in self.rows]

    def wrote(self, report_id: str) -> None:
        """The caller is about to insert or update the report row of `report_id`: read it again from now on."""
        self.written.add(report_id)


def stored_as_many(conn: Connection, reports: Sequence[Report]) -> list[tuple[Report, bool]]:
    """`stored_as` of each report, their ids looked up together (one statement for a few dozen reports instead of one
    a report): the same answers, as long as nothing is written between the look-up and the last report's use of it."""
    read = ReadBefore(conn, reports)
    return [stored_as(conn, report, read) for report in reports]


def _ids_around(text: str, when: datetime) -> dict[str, date | None]:
    """The ids of the text and of its editions on the days a publication at `when` may belong to."""
    reach = 2 * EDITION_WINDOW.days + 1  # an edition's first publication may have moved earlier than its day
    return _edition_ids(text, [when.date() + timedelta(days=d) for d in range(-reach, reach + 1)])


def _decided(conn: Connection, report: Report, base: Report, when: datetime, by_id: dict[str, date | None],
             rows: Sequence[Any]) -> tuple[Report, bool]:
    """`stored_as` of a dated report, given the stored reports (id, first publication) among its possible ids."""
    if not rows:
        return base, False
    for seen in conn.execute(_PUBLISHED_BY, {"ids": [row.id for row in rows], "source": report.source or "",
                                             "url": report.url or ""}):
        if seen.published is not None and _utc(seen.published) == when:  # this very publication, read again
            return replace(base, edition=by_id[seen.report_id]), True
    near = sorted(
        (abs(_utc(row.first_published) - when), row.id) for row in rows
        if row.first_published is not None and abs(_utc(row.first_published) - when) <= EDITION_WINDOW
    )
    if near:
        return replace(base, edition=by_id[near[0][1]]), True
    if any(row.id == base.id and row.first_published is None for row in rows):
        return base, True  # the first report has no time to measure a window from: a repost, as before editions
    new = replace(base, edition=when.date())
    return new, any(row.id == new.id for row in rows)


def _edition_ids(text: str, days: list[date]) -> dict[str, date | None]:
    """The ids `Report.id` gives the text (None) and its editions on these days, the text hashed once for all of them:
    each id is the hash of the normalized text, then of its day (`content_id`)."""
    prefix = hashlib.sha256(normalized_text(text).encode("utf-8"))
    ids: dict[str, date | None] = {prefix.hexdigest()[:16]: None}
    for day in days:
        digest = prefix.copy()
        digest.update(f"\x1f{day.isoformat()}".encode())
        ids[digest.hexdigest()[:16]] = day
    return ids


def stored_edition(report_id: str, text: str, published: list[datetime | None]) -> date | None:
    """The edition day of a stored report (None for a text's first report), found among its publications' days."""
    if content_id(normalized_text(text)) == report_id:
        return None
    for moment in published:
        if moment is not None and content_id(normalized_text(text), _utc(moment).date().isoformat()) == report_id:
            return _utc(moment).date()
    return None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
