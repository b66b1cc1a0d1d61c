"""A page of event summaries as JSON bytes written by SQLite itself, for the API's list of events.

`query.select_event_summaries` reads each event's columns, members and publications into Python, parses the JSON
columns, rebuilds places through the model and serialises the lot: about 5 ms of Python for a page of 100 events.
Here one statement renders the items with SQLite's JSON functions (about 2 ms, in C, without holding the GIL, inside
the read transaction) and Python only joins them with the cursor. The values are those of
`select_event_summaries`, key for key and in the same order; numbers and strings of the stored JSON columns keep
their stored spelling (`"\\u041a"` rather than `"К"`, the same value to any JSON reader). SQLite 3.38 or later only:
elsewhere the bytes are `select_event_summaries` serialised.
"""

from __future__ import annotations

import sqlite3
from collections.abc import MutableMapping

import orjson
from sqlalchemy import text

from eventledger.store import schema as t
from eventledger.store.ledger import Ledger, LedgerError, _first_line
from eventledger.store.query import EventFilter, _plain_shape, _select_ids, plain_ids_on, select_event_summaries


def _place(p: str) -> str:
    """`Place.from_dict(d).to_dict()` of the JSON object `p` (an SQL expression), as SQL: the nine keys always,
    iata/icao when either is set, the offset when it is an object."""
    keys = ("name", "name_en", "as_written", "country", "admin1", "lat", "lon", "precision", "geonames_id")
    base = "json_object(" + ", ".join(f"'{k}', {p} -> '$.{k}'" for k in keys) + ")"
    codes = (f"CASE WHEN coalesce({p} ->> '$.iata', '') <> '' OR coalesce({p} ->> '$.icao', '') <> '' "
             f"THEN json_insert({base}, '$.iata', {p} -> '$.iata', '$.icao', {p} -> '$.icao') ELSE {base} END")
    offset = f"json_object('km', {p} -> '$.offset.km', 'bearing', {p} -> '$.offset.bearing')"
    return f"CASE WHEN json_type({p}, '$.offset') = 'object' THEN json_insert({codes}, '$.offset', {offset}) ELSE {codes} END"


def _present(p: str) -> str:
    """`if d` of a stored JSON column: an object with at least one key (NULL, JSON null and {} are no place)."""
    return f"(json_type({p}) = 'object' AND json({p}) <> '{{}}')"


# An event's reports in the order of `Ledger.event` (first publication, anchor, member id), each once; its outlets in
# order of their earliest publication of one of its reports, then by name. With one member (or one publication) there
# is nothing to order: that case skips the sorting subquery, half of these two columns' cost.
_MEMBERS = "FROM event_members AS m JOIN report_events AS re ON re.id = m.report_event_id"
_REPORTS = f"""(SELECT CASE WHEN count(*) = 1 THEN json_array(re.report_id) ELSE (
    SELECT json_group_array(DISTINCT report_id) FROM (
        SELECT re.report_id {_MEMBERS} JOIN reports AS r ON r.id = re.report_id
        WHERE m.event_id = e.id ORDER BY r.first_published IS NOT NULL, r.first_published, re.anchor, re.id)
    ) END {_MEMBERS} WHERE m.event_id = e.id)"""
_OUTLETS = f"""(SELECT CASE WHEN count(*) = 1 THEN json_array(p.source) ELSE (
    SELECT json_group_array(source) FROM (
        SELECT p.source, min(p.published) AS first {_MEMBERS} JOIN publications AS p ON p.report_id = re.report_id
        WHERE m.event_id = e.id AND p.source <> '' GROUP BY p.source ORDER BY first IS NOT NULL, first, p.source)
    ) END {_MEMBERS} JOIN publications AS p ON p.report_id = re.report_id WHERE m.event_id = e.id AND p.source <> '')"""

_ITEM = f"""json_object(
    'id', e.id, 'kind', e.kind, 'weapon', e.weapon, 'date', e.date, 'date_precision', e.date_precision,
    'place', CASE WHEN {_present('e.place')} THEN {_place('e.place')} END,
    'areas', (SELECT json_group_array(json_insert({_place("a.value -> '$.place'")}, '$.figures',
                  CASE WHEN {_present("a.value -> '$.figures'")} THEN a.value -> '$.figures' ELSE json('{{}}') END))
              FROM json_each(e.areas) AS a),
    'target', CASE WHEN {_present('e.target')} THEN json_object('name', e.target -> '$.name', 'category',
                  CASE WHEN json_type(e.target, '$.category') IS NULL THEN 'unknown' ELSE e.target -> '$.category' END) END,
    'attacker', e.attacker, 'defender', e.defender, 'figures', json(e.figures),
    'reports', {_REPORTS},
    'background', CASE WHEN e.background THEN json('true') ELSE json('false') END,
    'details', e.details,
    'outlets', {_OUTLETS},
    'claim_count', (SELECT count(DISTINCT c.id) FROM event_members AS m
        JOIN claims AS c ON c.report_event_id = m.report_event_id WHERE m.event_id = e.id))"""

# The ids come as one JSON array; each item comes back with its id
_ITEMS = text(f"SELECT e.id, {_ITEM} FROM json_each(:ids) AS k JOIN events AS e ON e.id = k.value")
# The newest dated events' items, in the list's default order (-date), after a (date, id) key: the date index's order
_NEWEST = f"SELECT e.id, e.date, {_ITEM} FROM events AS e WHERE e.date IS NOT NULL AFTER ORDER BY e.date DESC, e.id DESC LIMIT :n"
_NEWEST_FIRST = text(_NEWEST.replace(" AFTER ", " "))
_NEWEST_AFTER = text(_NEWEST.replace(" AFTER ", " AND (e.date, e.id) < (:date, :id) "))


def event_summaries_json(
    ledger: Ledger, f: EventFilter = EventFilter(), *, sort: str = "-date", limit: int = 100, cursor: str | None = None,
    kept: MutableMapping[str, bytes] | None = None,
) -> bytes:
    """`{"items": [...], "next_cursor": ...}` as `select_event_summaries` gives it, as bytes.

    `kept` holds items rendered before, by event id, which the caller knows to be current (`api.summaries`): those
    are taken from it rather than rendered again, and the ones rendered here are added to it."""
    items, next_cursor = event_summary_items(ledger, f, sort=sort, limit=limit, cursor=cursor, kept=kept)
    return page_json(items, next_cursor)


def page_json(items: list[bytes], next_cursor: str | None) -> bytes:
    """The list's answer from its items' JSON and the cursor."""
    return b'{"items":[' + b",".join(items) + b'],"next_cursor":' + orjson.dumps(next_cursor) + b"}"


def newest_summary_items(ledger: Ledger, n: int, after: tuple[str, str] | None = None) -> list[tuple[str, str, bytes]]:
    """(id, date, item) of the `n` newest dated events after the (date, id) key `after`, newest first: the items
    `event_summary_items` renders, byte for byte, read in the date index's order by one statement (about half the
    CPU an item costs when a page's ids are looked up one by one). Empty off SQLite 3.38+ (see the module)."""
    if ledger.engine.dialect.name != "sqlite" or sqlite3.sqlite_version_info < (3, 38):
        return []
    with ledger._read() as conn:
        if after is None:
            rows = conn.execute(_NEWEST_FIRST, {"n": n})
        else:
            rows = conn.execute(_NEWEST_AFTER, {"n": n, "date": after[0], "id": after[1]})
        return [(i, date, item.encode()) for i, date, item in rows]


def event_summary_items(
    ledger: Ledger, f: EventFilter = EventFilter(), *, sort: str = "-date", limit: int = 100, cursor: str | None = None,
    kept: MutableMapping[str, bytes] | None = None,
) -> tuple[list[bytes], str | None]:
    """The page's items as JSON bytes each, in order, and its next cursor (see `event_summaries_json`)."""
    if ledger.engine.dialect.name != "sqlite" or sqlite3.sqlite_version_info < (3, 38):  # `->` came in 3.38
        page = select_event_summaries(ledger, f, sort=sort, limit=limit, cursor=cursor)
        return [orjson.dumps(item) for item in page.items], page.next_cursor
    if _plain_shape(f) is not None:
        return _plain_items(ledger, f, sort, limit, cursor, kept)
    e = t.events.c
    with ledger._read() as conn:
        rows, next_cursor = _select_ids(conn, f, sort, limit, cursor, (e.id, e.date))
        ids = [row.id for row in rows]
        found = _items(conn.connection.driver_connection, ids, kept)
    return [found[i] for i in ids], next_cursor  # type: ignore[misc]


def _plain_items(
    ledger: Ledger, f: EventFilter, sort: str, limit: int, cursor: str | None, kept: MutableMapping[str, bytes] | None,
) -> tuple[list[bytes], str | None]:
    """A page whose filter the list's indexes serve (`query._plain_shape`), read in one transaction on the pool's
    driver connection, without SQLAlchemy's connection, transaction and statement objects (~0.1 ms a page: as much
    as SQLite's work for a page's ids, and the items are mostly kept)."""
    raw = ledger.engine.raw_connection()
    try:
        driver = raw.driver_connection
        driver.execute("BEGIN")
        try:
            plain = plain_ids_on(driver, f, sort, limit, cursor)
            assert plain is not None
            ids, next_cursor = [row[0] for row in plain[0]], plain[1]
            found = _items(driver, ids, kept)
        finally:
            driver.execute("COMMIT")  # a read: ends the snapshot
    except sqlite3.Error as exc:
        raise LedgerError(f"could not read ledger {ledger.url}: {_first_line(exc)}") from exc
    finally:
        raw.close()
    return [found[i] for i in ids], next_cursor  # type: ignore[misc]


_ITEMS_SQL = str(_ITEMS)


def _items(driver: sqlite3.Connection, ids: list[str], kept: MutableMapping[str, bytes] | None) -> dict[str, bytes | None]:
    """The items of `ids`, from `kept` or rendered (and added to it), on a driver connection in a read transaction."""
    found = {i: kept.get(i) for i in ids} if kept is not None else dict.fromkeys(ids)
    missing = [i for i, item in found.items() if item is None]
    if missing:
        rendered = {i: item.encode() for i, item in driver.execute(_ITEMS_SQL, {"ids": orjson.dumps(missing).decode()})}
        found.update(rendered)
        if kept is not None:
            kept.update(rendered)
    return found
