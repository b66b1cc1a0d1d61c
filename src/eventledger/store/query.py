"""Selecting events and claims by what a reader asks: dates, kind, place, bounding box, who said it, which outlet
published it, minimum figures, words in the reports; with keyset paging, so page 1,000 costs what page 1 does.

The HTTP API and the CLI filters both speak `EventFilter`. Bad values raise ValueError naming the value, before
any query runs. Every function reads one consistent snapshot of the ledger.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from operator import itemgetter
from typing import Any, Literal, Optional

import orjson
from sqlalchemy import JSON, ColumnElement, Select, String, and_, bindparam, exists, func, or_, select, tuple_, type_coerce
from sqlalchemy.engine import Connection, Row

from eventledger.model import FIGURE_NAMES, KINDS, Event
from eventledger.store import schema as t
from eventledger.store import resolution, search
from eventledger.store.resolution import IDS
from eventledger.store.ledger import Ledger, LedgerError, _load_area, _load_place, _load_target
from eventledger.store.ledger import _check_date as check_date

Sort = Literal["date", "-date"]
SORTS: tuple[str, ...] = ("date", "-date")
WEAPONS: tuple[str, ...] = (
    "drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "aircraft", "artillery", "naval_drone", "unknown",
)
TARGET_CATEGORIES: tuple[str, ...] = (
    "military_industry", "energy", "oil_refinery", "airfield", "airport", "military", "residential", "transport",
    "civilian_infrastructure", "unknown",
)
_CHUNK = 500


@cache
def _countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from CLDR (babel is already how the gazetteer names countries)."""
    from babel import Locale

    not_countries = {"ZZ", "EU", "EZ", "UN", "QO"}  # CLDR's unknown region, unions and outlying groups
    return frozenset(c for c in Locale("en").territories if len(c) == 2 and c.isalpha() and c not in not_countries)


def _check_date(name: str, value: str) -> str:
    """The ledger's own check (a calendar day, not just its shape), as the ValueError filters raise."""
    try:
        return check_date(name, value)
    except LedgerError as exc:
        raise ValueError(str(exc)) from None


def _one_of(name: str, value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValueError(f"unknown {name} {value!r}: expected one of {', '.join(allowed)}")
    return value


@dataclass(frozen=True)
class EventFilter:
    """What to select. Every field left None selects everything; given fields must all hold.

    `source` is who made a claim (as the report names them: "Russia's Defence Ministry"); `outlet` is who
    published a report (a channel, a site). `min_figures` compares each figure's best. `bbox` is
    (west, south, east, north) in degrees; west > east crosses the antimeridian.

    >>> EventFilter(kind="strike", country="UA", since="2025-07", min_figures={"killed": 1})  # doctest: +SKIP
    """

    since: str | None = None
    until: str | None = None
    kind: str | None = None
    weapon: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    source: str | None = None
    outlet: str | None = None
    min_figures: Mapping[str, int] = field(default_factory=dict)
    background: bool | None = None
    q: str | None = None
    target: str | None = None  # a target category
    place: str | None = None  # a place by any name: "Калуга", "Kaluga", "в районе Калуги" (any case)

    def __post_init__(self) -> None:
        if self.since is not None:
            _check_date("since", self.since)
        if self.until is not None:
            _check_date("until", self.until)
        if self.kind is not None:
            _one_of("kind", self.kind, KINDS)
        if self.weapon is not None:
            _one_of("weapon", self.weapon, WEAPONS)
        if self.target is not None:
            _one_of("target category", self.target, TARGET_CATEGORIES)
        if self.country is not None:
            code = self.country.upper()
            if code not in _countries():
                raise ValueError(f"unknown country {self.country!r}: expected an ISO 3166-1 alpha-2 code like UA or RU")
            object.__setattr__(self, "country", code)
        for name, least in self.min_figures.items():
            _one_of("figure", name, FIGURE_NAMES)
            if not isinstance(least, int) or isinstance(least, bool) or least < 0:
                raise ValueError(f"minimum {name} {least!r} is not a whole number >= 0")
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise ValueError(f"bbox {self.bbox!r} needs four numbers: west, south, east, north")
            west, south, east, north = self.bbox
            if not all(-180 <= x <= 180 for x in (west, east)) or not all(-90 <= y <= 90 for y in (south, north)):
                raise ValueError(f"bbox {self.bbox!r} is outside -180..180 / -90..90 degrees")
            if south > north:
                raise ValueError(f"bbox {self.bbox!r} has south {south} above north {north}")
        if self.place is not None and not self.place.strip():
            raise ValueError("place is empty: give a place name, e.g. Kaluga")
        if self.q is not None and len(self.q) > 500:
            raise ValueError("q is longer than 500 characters")

    @classmethod
    def parse_bbox(cls, value: str) -> tuple[float, float, float, float]:
        """'west,south,east,north' as given in a URL or on a command line."""
        parts = value.split(",")
        try:
            numbers = tuple(float(p) for p in parts)
        except ValueError:
            raise ValueError(f"bbox {value!r} is not four numbers west,south,east,north") from None
        if len(numbers) != 4 or not all(x == x and abs(x) != float("inf") for x in numbers):
            raise ValueError(f"bbox {value!r} is not four numbers west,south,east,north")
        return numbers  # type: ignore[return-value]


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_cursor: str | None


# -- conditions ------------------------------------------------------------------------------------------------


def _conditions(conn: Connection, f: EventFilter, search_by: str = "gather") -> list[ColumnElement[bool]]:
    """The filter as SQL conditions. A search `f.q` is tested by `search_by`: "gather" (every matching report's
    event, then the other filters), "walk" (each event as a date-ordered walk reaches it) or "none" (left out)."""
    e, m, re_, c, p = t.events.c, t.event_members.c, t.report_events.c, t.claims.c, t.publications.c
    where = _indexed_conditions(f, e)
    if f.admin1 is not None:
        where.append(func.lower(e.admin1) == f.admin1.lower())
    if f.background is not None:
        where.append(e.background == f.background)
    if f.target is not None:
        where.append(e.target["category"].as_string() == f.target)
    if f.place is not None:
        where.append(e.place_names.contains(f"|{resolution.place_names([{'name': f.place}])[1:-1]}|", autoescape=True))
    for name, least in f.min_figures.items():
        if least > 0:  # killed: the same value, kept in its own column that the list's indexes carry (migration 0012)
            where.append((e.killed if name == "killed" else e.figures[(name, "best")].as_integer()) >= least)
    if f.source is not None:
        where.append(
            exists(
                select(c.id).join(t.event_members, m.report_event_id == c.report_event_id)
                .where(m.event_id == e.id, func.lower(c.source) == f.source.lower())
            )
        )
    if f.outlet is not None:
        where.append(
            exists(
                select(p.id).join(t.report_events, re_.report_id == p.report_id)
                .join(t.event_members, m.report_event_id == re_.id)
                .where(m.event_id == e.id, func.lower(p.source) == f.outlet.lower())
            )
        )
    if f.q is not None and search.words(f.q) and search_by == "walk":
        where.append(search.event_holds_match(conn, e.id, f.q))
    elif f.q is not None and search.words(f.q) and search_by == "gather":
        hits = search.events_matching(conn, f.q)
        if search.available(conn):  # the matches' events narrowed by the columns the index holds for them
            hits = hits.where(*_indexed_conditions(f, search.EVENTS.c))
        where.append(e.id.in_(hits))
    return where


def _indexed_conditions(f: EventFilter, e: Any) -> list[ColumnElement[bool]]:
    """The filter's conditions on an event's date, kind, weapon, country and place: columns the list's indexes
    and the full-text index's `fts_events` both hold, so `e` is either's columns."""
    where: list[ColumnElement[bool]] = []
    if f.since is not None:
        where.append(e.date >= f.since)
    if f.until is not None:
        where.append(or_(e.date <= f.until, e.date.startswith(f.until)))
    if f.kind is not None:
        where.append(e.kind == f.kind)
    if f.weapon is not None:
        where.append(e.weapon == f.weapon)
    if f.country is not None:
        where.append(e.country == f.country)
    if f.bbox is not None:
        west, south, east, north = f.bbox
        lon = e.lon.between(west, east) if west <= east else or_(e.lon >= west, e.lon <= east)
        where.append(and_(e.lat.between(south, north), lon))
    return where


def _walk_cap(conn: Connection, f: EventFilter, limit: int) -> int | None:
    """How many events a search page may walk in date order before it gathers every match instead; None: gather
    at once; 0: no report matches, so no event does.

    A walk tests each event it passes (3-7 us on SQLite, after FTS5 lists the matching rowids), a gather reads
    every matching report's event (~7 us each, then a sort). When the other filters are independent of the words,
    a page of `limit` is found about `limit * reports / matches` events in; the walk may go three times that far,
    and only while that is under twice the matches. A filter at odds with the words (q=Odesa&country=RU, no such
    event) would stop the walk at the cap and fall back to the gather, so first `fts_events` is asked whether any
    match's event passes the filters on date, kind, weapon, country and place: if none does, the page is empty
    (q=Odesa&country=RU: ~5 ms, where walking 3,600 events and gathering took ~20 ms). A filter at odds with the
    words that `fts_events` does not hold (min_killed) still walks to the cap and gathers."""
    if f.q is None or not search.words(f.q) or not search.available(conn):
        return None
    reports = search.reports_indexed(conn)
    matches = search.reports_counted(conn, f.q, reports) or 0
    if matches == 0:
        return 0
    indexed = _indexed_conditions(f, search.EVENTS.c)
    if indexed and not search.any_event_passes(conn, f.q, indexed):
        return 0
    cap = 3 * (limit + 1) * max(reports, matches) // matches
    return cap if cap <= 2 * matches else None


# -- cursors ---------------------------------------------------------------------------------------------------


def _encode(*key: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode(cursor: str, size: int) -> list[Any]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        key = None
    if not isinstance(key, list) or len(key) != size or not all(x is None or isinstance(x, str) for x in key):
        raise ValueError(f"cursor {cursor[:40]!r} is not one this API gave out")
    return key


def _cursor_key(sort: str, cursor: str) -> tuple[str | None, str]:
    given_sort, date, event_id = _decode(cursor, 3)
    if given_sort != sort or event_id is None:
        raise ValueError(f"cursor {cursor[:40]!r} was made for sort={given_sort!r}, not sort={sort!r}")
    return date, event_id


def _select_ids(
    conn: Connection, f: EventFilter, sort: str, limit: int, cursor: str | None, columns: Sequence[Any] = (),
) -> tuple[list[Row[Any]], str | None]:
    """One page in (date, id) order, undated events last either way, read in two index-ordered parts.

    Dated events first, after the cursor's (date, id) as a row-value comparison that the (date, id) index serves
    on SQLite and PostgreSQL; then, if the page is not full, undated ones by id. One query with `OR date IS NULL`
    (or NULLS LAST on an ascending sort) makes SQLite gather and sort every matching row: 1.3 s for page 2 of
    since=2024-03 on 100,000 events, against a millisecond this way. A searched word many reports hold walks
    that order a bounded distance first (`_walk_cap`), testing each event against the matches."""
    _one_of("sort", sort, SORTS)
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    after = _cursor_key(sort, cursor) if cursor else None
    columns = columns or list(t.events.c)
    rows: list[Row[Any]] | None = None
    cap = _walk_cap(conn, f, limit)
    searched: _Searched | None = None
    if f.q is not None and search.words(f.q):
        q = f.q
        searched = (_conditions(conn, f, search_by="none"), cap, columns, lambda event_id: search.event_holds_match(conn, event_id, q))
    if cap == 0:
        rows = []
    elif cap is not None:
        rows = _read_page(conn, select(*columns).where(*_conditions(conn, f, search_by="walk")), sort, limit, after, searched)
    if rows is None:
        gather = (searched[0], None, columns, None) if searched is not None else None
        rows = _read_page(conn, select(*columns).where(*_conditions(conn, f)), sort, limit, after, gather)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = _encode(sort, rows[-1].date, rows[-1].id) if more else None
    return rows, next_cursor


# A page of (id, date) for the filters the list's indexes serve, as SQL text built once per shape of filter and run
# on the driver's connection: the statement `_select_ids` builds is the same, but building and executing it through
# SQLAlchemy's expressions cost ~0.5 ms a page, twice SQLite's own work (0.25 ms), and a page not kept pays it.
_PLAIN = frozenset({"since", "until", "kind", "weapon", "country", "bbox", "min_figures"})
_PLAIN_SQL: dict[tuple[Any, ...], str] = {}


def _plain_shape(f: EventFilter) -> tuple[tuple[Any, ...], list[Any]] | None:
    """The filter's conditions as a hashable shape and its values in order, or None when it needs more than the
    events' own columns (a search, an outlet, a source, a place, a region, a target, background)."""
    if f.q is not None or f.admin1 is not None or f.background is not None or f.target is not None or f.place is not None \
            or f.source is not None or f.outlet is not None:
        return None
    shape: list[Any] = []
    values: list[Any] = []
    if f.since is not None:
        shape.append("since")
        values.append(f.since)
    if f.until is not None:
        shape.append("until")
        values += [f.until, f.until]
    for name in ("kind", "weapon", "country"):
        if getattr(f, name) is not None:
            shape.append(name)
            values.append(getattr(f, name))
    if f.bbox is not None:
        west, south, east, north = f.bbox
        shape.append("bbox" if west <= east else "bbox-antimeridian")
        values += [south, north, west, east]
    for name, least in f.min_figures.items():
        if least > 0:
            shape.append(("min", name))
            values.append(least)
    return tuple(shape), values


def _plain_where(shape: tuple[Any, ...]) -> list[str]:
    """`_conditions`' SQL for a plain shape, as SQLAlchemy writes it (so SQLite plans it the same way)."""
    where: list[str] = []
    for part in shape:
        if part == "since":
            where.append("events.date >= ?")
        elif part == "until":
            where.append("(events.date <= ? OR (events.date LIKE ? || '%'))")
        elif part in ("kind", "weapon", "country"):
            where.append(f"events.{part} = ?")
        elif part == "bbox":
            where.append("events.lat BETWEEN ? AND ? AND events.lon BETWEEN ? AND ?")
        elif part == "bbox-antimeridian":
            where.append("events.lat BETWEEN ? AND ? AND (events.lon >= ? OR events.lon <= ?)")
        elif part[1] == "killed":
            where.append("events.killed >= ?")
        else:
            where.append(f"CAST(JSON_EXTRACT(events.figures, '$.\"{part[1]}\".\"best\"') AS INTEGER) >= ?")
    return where


def _plain_sql(shape: tuple[Any, ...], descending: bool, part: str, after: bool) -> str:
    """The statement of one part: dated events after the cursor's (date, id), or undated ones after its id (an
    undated part after a dated cursor starts at its beginning, as in `_read_page`)."""
    key = (shape, descending, part, after)
    sql = _PLAIN_SQL.get(key)
    if sql is None:
        order, less = ("DESC", "<") if descending else ("ASC", ">")
        where = ["events.date IS NOT NULL" if part == "dated" else "events.date IS NULL", *_plain_where(shape)]
        if part == "dated":
            if after:
                where.append(f"(events.date, events.id) {less} (?, ?)")
            ordering = f"events.date {order}, events.id {order}"
        else:
            if after:
                where.append(f"events.id {less} ?")
            ordering = f"events.id {order}"
        sql = _PLAIN_SQL[key] = f"SELECT events.id, events.date FROM events WHERE {' AND '.join(where)} ORDER BY {ordering} LIMIT ?"
    return sql


def _plain_ids(conn: Connection, f: EventFilter, sort: str, limit: int, cursor: str | None) -> tuple[list[tuple[str, str | None]], str | None] | None:
    """`_select_ids(conn, f, sort, limit, cursor, (id, date))` as (id, date) tuples, for a filter `_plain_shape`
    takes (else None): the same two parts, dated then undated, in the same order."""
    if conn.dialect.name != "sqlite":
        return None
    return plain_ids_on(conn.connection.driver_connection, f, sort, limit, cursor)


def plain_ids_on(driver: Any, f: EventFilter, sort: str, limit: int, cursor: str | None) -> tuple[list[tuple[str, str | None]], str | None] | None:
    """`_plain_ids` on a SQLite driver connection (sqlite3's own) inside a read transaction the caller holds."""
    found = _plain_shape(f)
    if found is None:
        return None
    _one_of("sort", sort, SORTS)
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    after = _cursor_key(sort, cursor) if cursor else None
    shape, values = found
    descending = sort == "-date"
    date, event_id = after or (None, None)
    rows: list[tuple[str, str | None]] = []
    if not (after and date is None):
        rows = driver.execute(_plain_sql(shape, descending, "dated", after is not None),
                              [*values, *([date, event_id] if after else []), limit + 1]).fetchall()
    if len(rows) <= limit:
        within = after is not None and date is None  # the cursor is an undated event's: after its id
        rows += driver.execute(_plain_sql(shape, descending, "undated", within),
                               [*values, *([event_id] if within else []), limit + 1 - len(rows)]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (_encode(sort, rows[-1][1], rows[-1][0]) if more else None)


# A search's parts for `_read_page`: the conditions without the search, the walk's cap (None: gather), the columns
# selected, and the search's test of one event by its id column (for the walk)
_Searched = tuple[list[ColumnElement[bool]], Optional[int], Sequence[Any], Optional[Callable[[Any], ColumnElement[bool]]]]


def _read_page(
    conn: Connection, query: Select[Any], sort: str, limit: int, after: tuple[str | None, str] | None,
    searched: _Searched | None = None,
) -> list[Row[Any]] | None:
    """Up to `limit + 1` rows of `query` after the cursor's key `after`: dated events, then undated ones.

    `searched`, for a query with a search: the conditions without it, a cap or None, the columns and the search's
    test. With a cap, each part reads only the events among the first `cap` of those in its order (without the
    search's test), and the answer is None when they hold less than the page while more follow: the caller gathers.
    Without, the undated part is not read when no undated event passes the other filters (most ledgers have
    none; the gather would read every match again to find that out)."""
    e = t.events.c
    descending = sort == "-date"
    date, event_id = after or (None, None)
    rows: list[Row[Any]] = []
    if not (after and date is None):
        key = tuple_(e.date, e.id)
        where = [e.date.is_not(None)]
        if after:
            where.append(key < tuple_(date, event_id) if descending else key > tuple_(date, event_id))
        order = [e.date.desc(), e.id.desc()] if descending else [e.date.asc(), e.id.asc()]
        dated = _read_part(conn, query, where, order, key, (e.date, e.id), descending, limit + 1, searched)
        if dated is None:
            return None
        rows = dated
    if len(rows) <= limit:
        where = [e.date.is_(None)]
        if after and date is None:
            where.append(e.id < event_id if descending else e.id > event_id)
        order = [e.id.desc() if descending else e.id.asc()]
        undated = _read_part(conn, query, where, order, e.id, (e.id,), descending, limit + 1 - len(rows), searched, undated=True)
        if undated is None:
            return None
        rows += undated
    return rows


def _read_part(
    conn: Connection, query: Select[Any], where: list[ColumnElement[bool]], order: list[Any], key: Any,
    key_columns: tuple[Any, ...], descending: bool, n: int, searched: _Searched | None, undated: bool = False,
) -> list[Row[Any]] | None:
    if searched is not None:
        candidates, cap, columns, holds = searched
        walk = select(*key_columns).where(*candidates, *where).order_by(*order)
        if cap is None and undated and conn.execute(walk.limit(1)).first() is None:
            return []
        first = _first_walked(conn, columns, holds, walk, n, cap, key_columns, descending) if cap is not None and holds else None
        if first is not None and len(first) == n:
            return first
        last = conn.execute(walk.offset(cap - 1).limit(1)).first() if cap is not None else None
        if last is not None:  # more candidates than the cap: walk up to the cap's, included
            if first is not None:
                return None
            bound = tuple_(*last) if len(last) > 1 else last[0]
            rows = list(conn.execute(query.where(*where, key >= bound if descending else key <= bound).order_by(*order).limit(n)).all())
            return rows if len(rows) == n else None
        if first is not None:  # fewer candidates than the cap: the walk saw them all
            return first
    return list(conn.execute(query.where(*where).order_by(*order).limit(n)).all())


def _first_walked(
    conn: Connection, columns: Sequence[Any], holds: Callable[[Any], ColumnElement[bool]], walk: Select[Any], n: int,
    cap: int, key_columns: tuple[Any, ...], descending: bool,
) -> list[Row[Any]] | None:
    """Up to `n` rows, in order, of the events among the first `cap` candidates of `walk` that hold the search,
    in one statement: the candidates as a subquery limited to `cap` (SQLite runs it as a co-routine, in its order,
    and stops when `n` pass). The walk used to read the `cap`-th candidate first, to bound the page's statement by
    its key: a second pass over the candidates, 20-30 ms where the filter is not on an index (q=Odesa&min_killed=5,
    cap 3,627 of 1 event in 6: 22,000 events read and each one's figures parsed, for a page found in 7,000).
    None if SQLite did not keep the order, or if a column has no name of its own to carry through the subquery
    (an unlabelled expression): the caller then walks as it used to."""
    names = [getattr(c, "name", None) for c in columns]
    if not all(isinstance(name, str) for name in names) or len(set(names)) < len(names) or "id" not in names:
        return None
    walked = walk.with_only_columns(*(c.label(name) for c, name in zip(columns, names))).limit(cap).subquery("walked")
    rows = list(conn.execute(select(*walked.c).where(holds(walked.c.id)).limit(n)).all())
    key = itemgetter(*(names.index(c.name) for c in key_columns))
    keys = [key(row) for row in rows]
    in_order = all(a > b for a, b in zip(keys, keys[1:])) if descending else all(a < b for a, b in zip(keys, keys[1:]))
    return rows if in_order else None


# -- events ----------------------------------------------------------------------------------------------------


def select_events(
    ledger: Ledger, f: EventFilter = EventFilter(), *, sort: str = "-date", limit: int = 100, cursor: str | None = None,
) -> Page:
    """Full event records (SCHEMA.md) matching `f`, one page at a time; pass `next_cursor` back for the next."""
    with ledger._read() as conn:
        rows, next_cursor = _select_ids(conn, f, sort, limit, cursor)
        return Page(ledger._build_events(conn, rows), next_cursor)


def iter_events(ledger: Ledger, f: EventFilter = EventFilter(), *, sort: str = "-date", batch: int = 500) -> Iterator[Event]:
    """Every matching event, fetched a page at a time (for exports and CSV of any size)."""
    cursor: str | None = None
    while True:
        page = select_events(ledger, f, sort=sort, limit=batch, cursor=cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def select_event_rows(
    ledger: Ledger, f: EventFilter = EventFilter(), *, sort: str = "-date", limit: int = 100, cursor: str | None = None,
) -> Page:
    """Flat rows for a map: the events' own columns with place, target and each figure's best (as last reconciled)
    read out of their JSON by the database, no claims. Keys: id, kind, weapon, date, date_precision, place_name,
    place_name_en, precision, target, target_category, country, admin1, lat, lon, background and every figure name."""
    e = t.events.c
    columns = [
        e.id, e.kind, e.weapon, e.date, e.date_precision,
        e.place["name"].as_string().label("place_name"), e.place["name_en"].as_string().label("place_name_en"),
        e.place["precision"].as_string().label("precision"),
        e.target["name"].as_string().label("target"), e.target["category"].as_string().label("target_category"),
        e.country, e.admin1, e.lat, e.lon, e.background,
        *(e.figures[(name, "best")].as_integer().label(name) for name in FIGURE_NAMES),
    ]
    with ledger._read() as conn:
        rows, next_cursor = _select_ids(conn, f, sort, limit, cursor, columns)
    keys = [str(c.name) for c in columns]  # plain str: quoted_name is a subclass orjson refuses as a key
    return Page([dict(zip(keys, row)) for row in rows], next_cursor)


SUMMARY_FIELDS: tuple[str, ...] = (
    "id", "kind", "weapon", "date", "date_precision", "place", "areas", "target", "attacker", "defender", "figures",
    "background", "details",
)


def _area_summary(stored: dict[str, Any]) -> dict[str, Any]:
    """An area as a summary lists it: its place and figures, without the claims they rest on (as a summary leaves out
    the event's own claims; the full record has both)."""
    d = _load_area(stored).to_dict()
    del d["claims"]
    return d


def select_event_summaries(
    ledger: Ledger, f: EventFilter = EventFilter(), *, sort: str = "-date", limit: int = 100, cursor: str | None = None,
) -> Page:
    """Event summaries for lists: the SCHEMA.md record without `claims` and `related` (the same values the full
    record has: figures are stored as last reconciled from the claims), with `claim_count` and `outlets`. One page
    costs three indexed queries (the page, its members with their publications, the claim counts), not the claims
    of every event."""
    with ledger._read() as conn:
        rows, next_cursor = _select_ids(conn, f, sort, limit, cursor, _SUMMARY_COLUMNS)
        ids = [row.id for row in rows]
        claim_counts: dict[str, int] = {}
        members: list[Row[Any]] = []
        for chunk in _chunks(ids):
            claim_counts.update(conn.execute(_CLAIM_COUNTS, {"ids": chunk}).all())
            members += conn.execute(_MEMBERS_PUBLISHED, {"ids": chunk}).all()
    reports, published_by = _reports_and_outlets(members)
    items = []
    for row in rows:
        place, target = _load_place(_loaded(row.place)), _load_target(_loaded(row.target))
        items.append({
            "id": row.id, "kind": row.kind, "weapon": row.weapon, "date": row.date, "date_precision": row.date_precision,
            "place": place.to_dict() if place else None, "areas": [_area_summary(a) for a in _loaded(row.areas)],
            "target": target.to_dict() if target else None, "attacker": row.attacker, "defender": row.defender,
            "figures": _loaded(row.figures), "reports": reports.get(row.id, []),
            "background": row.background, "details": row.details,
            "outlets": published_by.get(row.id, []), "claim_count": claim_counts.get(row.id, 0),
        })
    return Page(items, next_cursor)


# Statements built once, their ids bound at execution (`IDS`): SQLAlchemy then reuses their compiled form and makes
# no parameter object per id, which cost more than SQLite's work for a page of 100 events.
_m, _re, _r, _p, _c = t.event_members.c, t.report_events.c, t.reports.c, t.publications.c, t.claims.c
# The JSON columns as the text SQLite keeps, parsed by `_loaded`: SQLAlchemy's JSON type wraps each value in three
# calls around the same orjson.loads
_SUMMARY_COLUMNS = [
    type_coerce(t.events.c[name], String).label(name) if isinstance(t.events.c[name].type, JSON) else t.events.c[name]
    for name in SUMMARY_FIELDS
]


def _loaded(value: Any) -> Any:
    """A JSON column read as text (SQLite) or as the driver parsed it (psycopg does)."""
    return orjson.loads(value) if isinstance(value, (str, bytes)) else value


_CLAIM_COUNTS = (
    select(_m.event_id, func.count(func.distinct(_c.id)))
    .join(t.claims, _c.report_event_id == _m.report_event_id)
    .where(_m.event_id.in_(IDS)).group_by(_m.event_id)
)
# Each member of the events with each publication of its report. Times are read as the database keeps them, with no
# conversion a row: they are only compared (SQLite's are UTC text of one format, which sorts as the times do).
_MEMBERS_PUBLISHED = (
    select(_m.event_id, _re.id, _re.report_id, _re.anchor, type_coerce(_r.first_published, String).label("first_published"),
           _p.source, type_coerce(_p.published, String).label("published"))
    .join(t.report_events, _re.id == _m.report_event_id)
    .join(t.reports, _r.id == _re.report_id)
    .outerjoin(t.publications, _p.report_id == _re.report_id)
    .where(_m.event_id.in_(IDS))
)


def _reports_and_outlets(rows: Sequence[Row[Any]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """From `_MEMBERS_PUBLISHED` rows: each event's reports in the order of `Ledger.event` (first publication,
    anchor, member id) and its outlets in order of their first publication of one of its reports, then by name."""
    members: dict[str, dict[str, tuple[Any, ...]]] = defaultdict(dict)
    firsts: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in rows:
        members[row.event_id][row.id] = (row.first_published is not None, row.first_published, row.anchor, row.id, row.report_id)
        if row.source:  # a publication with an outlet (not "", and not the outer join's None)
            seen = firsts[row.event_id]
            if row.source not in seen or (row.published is not None and (seen[row.source] is None or row.published < seen[row.source])):
                seen[row.source] = row.published  # the earliest time known, as SQL's min() gives it
    reports = {
        event_id: list(dict.fromkeys(key[-1] for key in sorted(mine.values()))) for event_id, mine in members.items()
    }
    outlets = {
        event_id: [name for _, _, name in sorted((when is not None, when, name) for name, when in seen.items())]
        for event_id, seen in firsts.items()
    }
    return reports, outlets


def outlets(ledger: Ledger, event_ids: Sequence[str]) -> dict[str, list[str]]:
    """The outlets (publishers) of each event's reports, in order of first publication."""
    with ledger._read() as conn:
        return _outlets(conn, event_ids)


def _outlets(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    rows: list[Row[Any]] = []
    for chunk in _chunks(event_ids):
        rows += conn.execute(_MEMBERS_PUBLISHED, {"ids": chunk}).all()
    return _reports_and_outlets(rows)[1]


def resolve_event_id(ledger: Ledger, event_id: str) -> str | None:
    """The current id of an event given by id, by an id merged away, or by a unique prefix of 6+ characters."""
    try:
        with ledger._read() as conn:
            return ledger._require_event(conn, event_id)
    except LedgerError as exc:
        if "ambiguous" in str(exc):
            raise ValueError(str(exc)) from None
        return None


# -- claims with their outlets ---------------------------------------------------------------------------------


def _first_publications(conn: Connection, report_ids: Sequence[str]) -> dict[str, Row[Any]]:
    """Each report's earliest publication (by published time, then by when it was recorded)."""
    first: dict[str, Row[Any]] = {}
    late = datetime.max.replace(tzinfo=timezone.utc)
    for chunk in _chunks(sorted(set(report_ids))):
        rows = conn.execute(_PUBLICATIONS_OF, {"ids": chunk}).all()
        for row in sorted(rows, key=lambda r: (r.published or late, r.id)):
            first.setdefault(row.report_id, row)
    return first


_PUBLICATIONS_OF = select(_p.report_id, _p.source, _p.source_kind, _p.url, _p.published, _p.id).where(_p.report_id.in_(IDS))


def claim_record(row: Row[Any], publication: Row[Any] | None, event_id: str | None) -> dict[str, Any]:
    value: int | str = int(row.value) if row.value_is_int else row.value
    return {
        "claim_id": row.id, "report_id": row.report_id, "report_event_id": row.report_event_id, "event_id": event_id,
        "source": {"name": row.source, "kind": row.source_kind}, "hedged": row.hedged, "quote": row.quote,
        "start": row.start, "end": row.end, "figure": row.figure, "assertion": row.assertion, "value": value,
        "lower_bound": row.lower_bound,
        "outlet": (publication.source or None) if publication else None,
        "url": (publication.url or None) if publication else None,
        "published": _iso(publication.published if publication and publication.published else row.published),
    }


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    moment = moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
    return moment.isoformat().replace("+00:00", "Z")


def select_claims(
    ledger: Ledger, f: EventFilter = EventFilter(), *, event_id: str | None = None, limit: int = 100,
    cursor: str | None = None, as_of: datetime | None = None,
) -> Page:
    """Claims with the outlet, URL and time of their report's first publication.

    With `event_id`, the claims of that event (each claim once, even when it backs two of its members); else the
    claims of every event `f` selects. `f.source`, `f.outlet` and `f.q` apply to each claim itself. Ordered by
    (report event, claim id), which the claims' primary key serves.
    """
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    with ledger._read() as conn:
        return _claims(conn, f, event_id=event_id, limit=limit, cursor=cursor, as_of=as_of)


def _claims(
    conn: Connection, f: EventFilter, *, event_id: str | None, limit: int, cursor: str | None, as_of: datetime | None,
) -> Page:
    c, m, p, e = t.claims.c, t.event_members.c, t.publications.c, t.events.c
    query = select(t.claims, m.event_id).join(t.event_members, m.report_event_id == c.report_event_id)
    if event_id is not None:
        query = query.where(m.event_id == event_id)
    event_only = EventFilter(**{**f.__dict__, "source": None, "outlet": None, "q": None})
    event_where = _conditions(conn, event_only)
    if event_where:
        query = query.where(m.event_id.in_(select(e.id).where(*event_where)))
    if f.source is not None:
        query = query.where(func.lower(c.source) == f.source.lower())
    if f.outlet is not None:
        query = query.where(c.report_id.in_(select(p.report_id).where(func.lower(p.source) == f.outlet.lower())))
    if f.q is not None and search.words(f.q):
        query = query.where(search.claims_matching(conn, f.q))
    if as_of is not None:
        r = t.reports.c
        out = select(r.id).where(func.coalesce(r.first_published, r.fetched_at) <= as_of)
        query = query.where(c.report_id.in_(out))
    if cursor:
        after_event, after_claim = _decode(cursor, 2)
        query = query.where(or_(c.report_event_id > after_event, and_(c.report_event_id == after_event, c.id > after_claim)))
    rows = conn.execute(query.order_by(c.report_event_id, c.id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    first = _first_publications(conn, [r.report_id for r in rows])
    next_cursor = _encode(rows[-1].report_event_id, rows[-1].id) if more else None
    seen: set[tuple[str, str]] = set()
    items = []
    for row in rows:
        if (row.event_id, row.id) in seen:
            continue
        seen.add((row.event_id, row.id))
        items.append(claim_record(row, first.get(row.report_id), row.event_id))
    return Page(items, next_cursor)


def event_claims(ledger: Ledger, event_id: str, as_of: datetime | None = None) -> list[dict[str, Any]]:
    """Every claim of one event with its outlet, in order of publication."""
    with ledger._read() as conn:
        return _event_claims(conn, event_id, as_of)


def _event_claims(conn: Connection, event_id: str, as_of: datetime | None) -> list[dict[str, Any]]:
    """What `select_claims` gives for one event, all pages at once, in order of publication."""
    if as_of is None:
        rows = conn.execute(_EVENT_CLAIMS, {"event_id": event_id}).all()
    else:
        rows = conn.execute(_EVENT_CLAIMS_AS_OF, {"event_id": event_id, "as_of": as_of}).all()
    first = _first_publications(conn, [r.report_id for r in rows])
    items: dict[str, dict[str, Any]] = {}
    for row in rows:  # a claim backing two members once, as the first of them (by report event) has it
        if row.id not in items:
            items[row.id] = claim_record(row, first.get(row.report_id), event_id)
    return sorted(items.values(), key=lambda x: (x["published"] or "", x["report_id"], x["start"], x["end"], x["claim_id"]))


_EVENT_CLAIMS = (
    select(t.claims, _m.event_id).join(t.event_members, _m.report_event_id == _c.report_event_id)
    .where(_m.event_id == bindparam("event_id")).order_by(_c.report_event_id, _c.id)
)
_EVENT_CLAIMS_AS_OF = _EVENT_CLAIMS.where(_c.report_id.in_(
    select(_r.id).where(func.coalesce(_r.first_published, _r.fetched_at) <= bindparam("as_of", type_=t.UTCDateTime()))
))


# -- one event's surroundings, reports, publications -----------------------------------------------------------


@dataclass(frozen=True)
class EventDetail:
    """What GET /api/v1/events/{id} tells of one event."""

    event: Event
    outlets: list[str]
    claims: list[dict[str, Any]]  # with their outlets, in order of publication (`event_claims`)
    history: list[dict[str, Any]]
    same_target_earlier: list[dict[str, Any]]


def event_detail(ledger: Ledger, event_id: str, as_of: datetime | None = None) -> EventDetail | str | None:
    """One event (by id, an id merged away or a unique prefix) with its outlets, claims, history and the same
    target's earlier events, read in one transaction. A string instead: the event's id, when none of its reports
    was out by `as_of`; None: no such event. Raises ValueError for a prefix that more than one id starts with."""
    if as_of is not None:
        as_of = as_of.replace(tzinfo=timezone.utc) if as_of.tzinfo is None else as_of.astimezone(timezone.utc)
    with ledger._read() as conn:
        row = conn.execute(_EVENT, {"id": event_id}).first()
        if row is None:  # an id merged away, or a prefix
            try:
                found = ledger._require_event(conn, event_id)
            except LedgerError as exc:
                if "ambiguous" in str(exc):
                    raise ValueError(str(exc)) from None
                return None
            row = conn.execute(_EVENT, {"id": found}).one()
        built = ledger._build_events(conn, [row], as_of=as_of)
        if not built:
            return row.id
        ev = built[0]
        changes = conn.execute(_CHANGES, {"id": ev.id}).all()
        return EventDetail(
            event=ev, outlets=_outlets(conn, [ev.id]).get(ev.id, []), claims=_event_claims(conn, ev.id, as_of),
            history=[{"at": _iso(at), "change": change} for at, change in changes],
            same_target_earlier=_same_target_earlier(conn, ev.id, row.date),
        )


_EVENT = select(t.events).where(t.events.c.id == bindparam("id"))
_CHANGES = select(t.event_changes.c.at, t.event_changes.c.change).where(t.event_changes.c.event_id == bindparam("id")).order_by(t.event_changes.c.id)


def same_target_earlier(ledger: Ledger, event_id: str) -> list[dict[str, Any]]:
    """Earlier events the ledger links to this one as hitting the same target: ids and dates, oldest first."""
    with ledger._read() as conn:
        date = conn.execute(select(t.events.c.date).where(t.events.c.id == event_id)).scalar()
        return _same_target_earlier(conn, event_id, date)


def _same_target_earlier(conn: Connection, event_id: str, date: str | None) -> list[dict[str, Any]]:
    rows = conn.execute(_SAME_TARGET, {"id": event_id}).all()
    earlier = [r for r in rows if r.date and (date is None or r.date[: len(date)] <= date)]
    return [{"id": r.id, "date": r.date, "kind": r.kind} for r in sorted(earlier, key=lambda r: (r.date, r.id))]


_SAME_TARGET = (
    select(t.events.c.id, t.events.c.date, t.events.c.kind)
    .join(t.event_links, t.event_links.c.related_id == t.events.c.id)
    .where(t.event_links.c.event_id == bindparam("id"), t.event_links.c.why == "same_target", t.events.c.id != bindparam("id"))
)


def history(ledger: Ledger, event_id: str) -> list[dict[str, Any]]:
    return [{"at": _iso(at), "change": change} for at, change in ledger.history(event_id)]


def report_record(ledger: Ledger, report_id: str) -> dict[str, Any] | None:
    """A stored report: its text, who published it where and when, and the spans of its claims."""
    r, c, m = t.reports.c, t.claims.c, t.event_members.c
    with ledger._read() as conn:
        row = conn.execute(select(r.id, r.text, r.language, r.title, r.first_published).where(r.id == report_id)).first()
        if row is None:
            return None
        claims = conn.execute(
            select(c.id, c.start, c.end, m.event_id)
            .outerjoin(t.event_members, m.report_event_id == c.report_event_id)
            .where(c.report_id == report_id)
            .order_by(c.start, c.end, c.id)
        ).all()
    pubs = ledger.publications(report_id)
    return {
        "id": row.id, "text": row.text, "language": row.language, "title": row.title,
        "first_published": _iso(row.first_published),
        "publications": [
            {"outlet": x.source, "kind": x.source_kind, "url": x.url, "published": _iso(x.published), "version": x.version}
            for x in pubs
        ],
        "claims": [{"claim_id": x.id, "start": x.start, "end": x.end, "event_id": x.event_id} for x in claims],
    }


def publications(ledger: Ledger, *, outlet: str | None = None, limit: int = 100, cursor: str | None = None) -> Page:
    """Publications (report, outlet, url, time), in the order they were recorded."""
    if limit < 1:
        raise ValueError(f"limit must be 1 or more, not {limit}")
    p = t.publications.c
    query = select(p.id, p.report_id, p.source, p.source_kind, p.url, p.published, p.version)
    if outlet is not None:
        query = query.where(func.lower(p.source) == outlet.lower())
    if cursor:
        (after,) = _decode(cursor, 1)
        if after is None or not after.isdigit():
            raise ValueError(f"cursor {cursor[:40]!r} is not one this API gave out")
        query = query.where(p.id > int(after))
    with ledger._read() as conn:
        rows = conn.execute(query.order_by(p.id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [
        {"report_id": x.report_id, "outlet": x.source or None, "kind": x.source_kind, "url": x.url or None,
         "published": _iso(x.published), "version": x.version}
        for x in rows
    ]
    return Page(items, _encode(str(rows[-1].id)) if more else None)


def claim_sources(ledger: Ledger) -> list[dict[str, Any]]:
    """Who the claims credit (name and kind), with how many claims each, most first."""
    c = t.claims.c
    with ledger._read() as conn:
        rows = conn.execute(
            select(c.source, c.source_kind, func.count().label("n")).group_by(c.source, c.source_kind)
        ).all()
    return [
        {"name": r.source, "kind": r.source_kind, "claims": r.n}
        for r in sorted(rows, key=lambda r: (-r.n, r.source or "", r.source_kind))
    ]


def outlet_names(ledger: Ledger) -> list[dict[str, Any]]:
    """The outlets that published reports, with how many each."""
    p = t.publications.c
    with ledger._read() as conn:
        rows = conn.execute(
            select(p.source, p.source_kind, func.count().label("n")).where(p.source != "").group_by(p.source, p.source_kind)
        ).all()
    return [{"name": r.source, "kind": r.source_kind, "reports": r.n} for r in sorted(rows, key=lambda r: (-r.n, r.source))]


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    ids = list(ids)
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]

