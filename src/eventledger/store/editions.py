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
from datetime import date, datetime, timedelta, timezone

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


def stored_as(conn: Connection, report: Report) -> tuple[Report, bool]:
    """`edition_of`, and whether that report is stored already (then ingest need not extract it), in one look-up."""
    base = replace(report, edition=None)
    if report.published is None:
        return base, conn.execute(select(t.reports.c.id).where(t.reports.c.id == base.id)).first() is not None
    when = _utc(report.published)
    reach = 2 * EDITION_WINDOW.days + 1  # an edition's first publication may have moved earlier than its day
    by_id = _edition_ids(report.text, [when.date() + timedelta(days=d) for d in range(-reach, reach + 1)])
    rows = conn.execute(_STORED_DAYS, dict(zip(_DAY_IDS, by_id))).all() if len(by_id) == len(_DAY_IDS) else \
        conn.execute(_STORED, {"ids": list(by_id)}).all()
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
