"""Resolution inside the ledger: reading items for `eventledger.resolve`, finding candidates by blocking, and
rewriting events when members join, merge or split, with the changelog, redirects and links that follow.

Kept apart from `ledger.py` so that the store's plain reads and writes stay short; everything here runs inside
the caller's transaction (a Connection), so an ingest with its resolution is one atomic write.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from datetime import datetime, timezone
from typing import Any

from functools import cache
from types import SimpleNamespace

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, true, tuple_, union, update
from sqlalchemy.engine import Connection, Row

from eventledger.model import Claim, Place, Target
from eventledger.reconcile import reconcile
from eventledger.resolve import (
    CASUALTIES,
    DATE_SLACK,
    FOLLOW_UP_DAYS,
    LINK_COUNTRY_DAYS,
    TARGET_LOOKBACK,
    Cluster,
    Constraints,
    Decision,
    Item,
    Verdict,
    _generic,
    _norm,
    blocking_cells,
    cell_of,
    day_range,
    link,
    resolve,
    take_claim,
    target_key,
)
from eventledger.similarity import from_bytes
from eventledger.store import schema as t
from eventledger.store import search
from eventledger.store.item_cache import cache_for, members_read, times_read
from eventledger.store.sized import run_ids

_CHUNK = 500
IDS = bindparam("ids", expanding=True)  # `col.in_(IDS)`, executed with {"ids": [...]}: SQLAlchemy builds no parameter per id
_PRECISE = {"day": 0, "week": 1, "month": 2, "year": 3}
_PLACE_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "sea": 6}
_COMPARED = {"text", "vector", "target_vector"}  # what resolution compares, not what an event row keeps
AUTO = "auto: "  # evidence prefix of links resolution found (re-computed); others were stated by a report


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


# -- items --------------------------------------------------------------------------------------------------------


def item_from(row: Row[Any], figures: Mapping[str, tuple[int, int]], assertions: frozenset[str]) -> Item:
    place = Place.from_dict(row.place) if row.place else None
    target = Target(row.target["name"], row.target.get("category", "unknown")) if row.target else None
    published = _utc(row.first_published) or _utc(row.fetched_at)
    lo, hi = day_range(row.date, row.date_precision, published)
    areas = tuple(Place.from_dict(a["place"]) for a in (row.areas or ()) if a.get("place"))
    return Item(
        id=row.id, report_id=row.report_id, kind=row.kind, day_lo=lo, day_hi=hi, precision=row.date_precision,
        place=place, target=target, weapon=row.weapon, figures=dict(figures), assertions=assertions,
        text=row.text or "", vector=from_bytes(row.vector), target_vector=from_bytes(row.target_vector),
        published=published, anchor=row.anchor, background=row.background,
        area_regions=frozenset(cell_of(place) for place in areas), area_places=areas,
    )


def _item_query():  # type: ignore[no-untyped-def]
    re_, r = t.report_events.c, t.reports.c
    return select(
        re_.id, re_.report_id, re_.kind, re_.weapon, re_.date, re_.date_precision, re_.place, re_.target, re_.text,
        re_.vector, re_.target_vector, re_.anchor, re_.background, re_.areas, r.first_published, r.fetched_at,
    ).join(t.reports, r.id == re_.report_id)


# Statements built once: building one costs more CPU than SQLite takes to run it, and a statement object that is
# reused keeps its cache key (SQLAlchemy then finds it compiled without walking it)
_CLAIM_FACTS = select(t.claims.c.report_event_id, t.claims.c.figure, t.claims.c.assertion, t.claims.c.value,
                      t.claims.c.value_is_int, t.claims.c.lower_bound).where(t.claims.c.report_event_id.in_(IDS))
_PUBLISHED = select(t.report_events.c.id, t.reports.c.first_published, t.reports.c.fetched_at).join(
    t.reports, t.reports.c.id == t.report_events.c.report_id).where(t.report_events.c.id.in_(IDS))
_ITEMS = _item_query().where(t.report_events.c.id.in_(IDS))
_MEMBERS = select(t.event_members.c.event_id, t.event_members.c.report_event_id).where(t.event_members.c.event_id.in_(IDS))


def _claim_facts(conn: Connection, ids: Sequence[str]) -> tuple[dict[str, dict[str, tuple[int, int]]], dict[str, set[str]]]:
    figures: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    assertions: dict[str, set[str]] = defaultdict(set)
    c = t.claims.c
    for chunk in _chunks(list(ids)):
        for row in run_ids(conn, _CLAIM_FACTS, chunk):
            take_claim(figures[row.report_event_id], assertions[row.report_event_id], row.figure,
                       int(row.value) if row.value_is_int else None, row.lower_bound, row.assertion)
    return figures, assertions


def load_items(conn: Connection, report_event_ids: Sequence[str] | None = None) -> list[Item]:
    """Items for these report events (all of the ledger's when None). Items read before are taken from the
    ledger's cache when their report's publication time has not moved (see `item_cache`)."""
    rows: list[Row[Any]] = []
    if report_event_ids is None:
        rows = list(conn.execute(_item_query()))
        figures, assertions = _claim_facts(conn, [r.id for r in rows])
        return [item_from(r, figures.get(r.id, {}), frozenset(assertions.get(r.id, ()))) for r in rows]
    cache = cache_for(conn.engine)
    found: dict[str, Item | None] = {}
    known = [x for x in dict.fromkeys(report_event_ids) if x in cache.items]  # only these need their time checked
    times = times_read(conn)
    if times is not None:  # times read already in this transaction are still the stored ones
        unread = []
        for x in known:
            if (pair := times.get(x)) is None:
                unread.append(x)
            else:
                found[x] = cache.item(x, _utc(pair[0]) or _utc(pair[1]))
        known = unread
    for chunk in _chunks(known):
        for row in run_ids(conn, _PUBLISHED, chunk):
            found[row.id] = cache.item(row.id, _utc(row.first_published) or _utc(row.fetched_at))
            if times is not None:
                times[row.id] = (row.first_published, row.fetched_at)
    missing = [x for x, item in found.items() if item is None] + [x for x in dict.fromkeys(report_event_ids)
                                                                   if x not in found]
    for chunk in _chunks(missing):
        rows.extend(run_ids(conn, _ITEMS, chunk))
    figures, assertions = _claim_facts(conn, [row.id for row in rows])
    for row in rows:
        item = found[row.id] = item_from(row, figures.get(row.id, {}), frozenset(assertions.get(row.id, ())))
        cache.items[item.id] = item
        if times is not None:
            times[row.id] = (row.first_published, row.fetched_at)
    return [item for item in found.values() if item is not None]


def new_items(conn: Connection, rows: Mapping[str, Sequence[Mapping[str, Any]]], first_published: datetime | None,
              fetched_at: datetime) -> list[Item]:
    """The items of a new report's events, made from the rows just written (`report_events`, `claims`), as
    `load_items` would read them back: two statements a report fewer. Cached like any item read."""
    figures: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    assertions: dict[str, set[str]] = defaultdict(set)
    for claim in rows.get("claims", ()):
        take_claim(figures[claim["report_event_id"]], assertions[claim["report_event_id"]], claim["figure"],
                   int(claim["value"]) if claim["value_is_int"] else None, claim["lower_bound"], claim["assertion"])
    cache = cache_for(conn.engine)
    items = []
    for row in rows.get("report_events", ()):
        stored = SimpleNamespace(**row, first_published=first_published, fetched_at=fetched_at)
        item = item_from(stored, figures.get(row["id"], {}), frozenset(assertions.get(row["id"], ())))  # type: ignore[arg-type]
        cache.items[item.id] = item
        items.append(item)
    _keep_claims(conn, rows)
    return items


def _keep_claims(conn: Connection, rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """The claims of a new report's events, as `_claims_of` would read them back from the rows just written (Text
    value, booleans, the time as the store's UTC type gives it): the statement that reads them when an event is
    written is spared. Cached like any claims read."""
    from eventledger.store.ledger import _claim_from  # one conversion of claim rows, kept in ledger.py

    got: dict[str, list[tuple[str, Claim]]] = {row["id"]: [] for row in rows.get("report_events", ())}
    for claim in rows.get("claims", ()):
        read = SimpleNamespace(**claim)
        read.value, read.value_is_int = str(claim["value"]), bool(claim["value_is_int"])
        read.lower_bound, read.hedged, read.published = bool(claim["lower_bound"]), bool(claim["hedged"]), _utc(claim["published"])
        got[claim["report_event_id"]].append((claim["id"], _claim_from(read)))  # type: ignore[arg-type]
    kept = cache_for(conn.engine).claims
    for x, claims in got.items():
        kept[x] = sorted(claims, key=lambda c: c[0])


def members_of(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for chunk in _chunks(list(event_ids)):
        for row in run_ids(conn, _MEMBERS, chunk):
            found[row.event_id].append(row.report_event_id)
    if (read := members_read(conn)) is not None:
        read.update((x, list(found.get(x, ()))) for x in event_ids)
    return found


def _members_known(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    """`members_of`, as sets go (the order aside): what this transaction read since memberships last changed, the
    rest from the ledger."""
    read = members_read(conn) or {}
    found = {x: read[x] for x in event_ids if x in read}
    found.update(members_of(conn, [x for x in event_ids if x not in found]))
    return found


def event_items(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[Item]]:
    members = members_of(conn, event_ids)
    items = {i.id: i for i in load_items(conn, [x for ids in members.values() for x in ids])}
    return {e: sorted((items[x] for x in ids if x in items), key=lambda i: i.order) for e, ids in members.items()}


# -- blocking -----------------------------------------------------------------------------------------------------


def candidates(conn: Connection, item: Item, slack: int = DATE_SLACK) -> list[str]:
    """Ledger events that share the item's cell (or its country, for a coarse place) and whose days overlap its own
    (with `slack`): indexed lookups, never a scan of the ledger."""
    country, admin1 = item.cell.split("/")
    dated = item.day_lo is not None and item.day_hi is not None
    days = {"lo": item.day_lo - slack, "hi": item.day_hi + slack} if dated else {}  # type: ignore[operator]
    where = "day" if country == "-" else "country" if admin1 == "-" else "cell"
    cells = [*blocking_cells(item.cell), f"{country}/-"] if where == "cell" else []
    params = {**days, "country": country, **{f"cell{n}": cell for n, cell in enumerate(cells)}}
    return sorted(set(conn.execute(_candidates(where, dated, len(cells)), params).scalars()))


@cache
def _candidates(where: str, dated: bool, cells: int = 0) -> Any:
    """The statement `candidates` runs: events on those days (by the day index), in the country, in the cell or its
    country's unplaced cell (`cells` of them, one parameter each: no list expanded at each run), and with a place
    those placed nowhere too (one statement: a UNION of the two index look-ups)."""
    e = t.events.c
    when = and_(e.day_hi >= bindparam("lo"), e.day_lo <= bindparam("hi")) if dated else and_(e.day_lo.is_(None))
    if where == "day":  # no place at all: whatever happened on those days
        return select(e.id).where(when)
    unplaced = select(e.id).where(e.cell == "-/-", when)  # and the events nobody could place
    if where == "country":
        return union(select(e.id).where(e.country == bindparam("country"), when), unplaced)
    return union(select(e.id).where(e.cell.in_([bindparam(f"cell{n}") for n in range(cells)]), when), unplaced)


# -- arrival order ------------------------------------------------------------------------------------------------

LATE_DAYS = 2 * DATE_SLACK + 2  # how far in time one item's joining can change another's: its days, a member's, slack


def arrived_late(conn: Connection, items: Sequence[Item]) -> bool:
    """Whether a stored report near one of these items (LATE_DAYS, its country) was published after it. Then joining
    the items greedily in arrival order could group differently from publication order (what `resolve` does), and
    the neighbourhood is re-resolved instead (`reresolve`)."""
    for item in items:
        if item.published is None:
            return True
        country = item.place.country if item.place else None
        params: dict[str, Any] = {"report_id": item.report_id, "country": country}
        if item.day_lo is not None:
            params.update(lo=item.day_lo - LATE_DAYS, hi=(item.day_hi or item.day_lo) + LATE_DAYS)
        latest = conn.execute(_latest_near(item.day_lo is not None, bool(country)), params).scalar()
        if latest is not None and _utc(latest) >= item.published:  # type: ignore[operator]
            return True
    return False


@cache
def _latest_near(dated: bool, in_country: bool) -> Any:
    """The latest first publication of another report among the events near an item (`_near`, as parameters)."""
    e, m, re_, r = t.events.c, t.event_members.c, t.report_events.c, t.reports.c
    when = and_(e.day_hi >= bindparam("lo"), e.day_lo <= bindparam("hi")) if dated else e.day_lo.is_(None)
    near = and_(when, or_(e.country == bindparam("country"), e.country.is_(None)) if in_country else true())
    return (select(func.max(func.coalesce(r.first_published, r.fetched_at)))
            .select_from(t.events.join(t.event_members, m.event_id == e.id)
                         .join(t.report_events, re_.id == m.report_event_id).join(t.reports, r.id == re_.report_id))
            .where(near, re_.report_id != bindparam("report_id")))


def reresolve(conn: Connection, items: Sequence[Item], now: datetime, report_id: str | None = None,
              new: Set[str] = frozenset()) -> list[str]:
    """Resolve the neighbourhood of these items (their countries, their days and a margin) again in publication
    order, as a full `resolve` would, and rewrite the events that come out different; returns the ids of the events
    holding the items and of every rewritten event. The window widens until no changed event reaches its edge, so
    that the result is the full re-run's, at the cost of the few days around the items."""
    dated = [i for i in items if i.day_lo is not None]
    lo = min((i.day_lo for i in dated), default=0)  # type: ignore[type-var]
    hi = max((i.day_hi or i.day_lo for i in dated), default=0)  # type: ignore[type-var]
    countries = {i.place.country if i.place else None for i in items}
    rules = Constraints.from_decisions(decisions(conn))
    mine = {i.id for i in items}
    near = _events_near(bool(dated), len(dated) < len(items), None not in countries)
    for _ in range(8):
        params = {"lo": lo - LATE_DAYS, "hi": hi + LATE_DAYS, "countries": sorted(countries - {None})}  # type: ignore[type-var]
        pool = event_items(conn, list(conn.execute(near, params).scalars()))
        event_of = {x.id: eid for eid, members in pool.items() for x in members}
        everything = [x for members in pool.values() for x in members] + [i for i in items if i.id not in event_of]
        clusters = resolve(everything, rules, cache_for(conn.engine).verdicts)
        changed = [c for c in clusters if not _same_as_stored(c, event_of, pool)]
        edges = [(c.day_lo, c.day_hi) for c in changed if c.day_lo is not None and any(m.id in event_of for m in c.members)]
        new_lo = min([lo, *(a for a, _ in edges)])
        new_hi = max([hi, *(b for _, b in edges if b is not None)])
        if new_lo >= lo and new_hi <= hi:
            break
        lo, hi = new_lo, new_hi
    ids = write_clusters(conn, [[m.id for m in c.members] for c in changed], "joined", now, cluster_reasons(changed),
                         report_id=report_id, new=new) if changed else []
    holding = [c.id for c in clusters if any(m.id in mine for m in c.members)]
    return list(dict.fromkeys(holding + ids))


@cache
def _events_near(dated: bool, undated: bool, in_countries: bool) -> Any:
    """The statement `reresolve` reads its neighbourhood with (days `lo`-`hi`, the undated, `countries` or nowhere),
    built once: building it cost more than SQLite takes to run it."""
    e = t.events.c
    when = [and_(e.day_hi >= bindparam("lo"), e.day_lo <= bindparam("hi"))] if dated else []
    if undated:
        when.append(e.day_lo.is_(None))
    where = or_(*when)
    if in_countries:
        where = and_(where, or_(e.country.in_(bindparam("countries", expanding=True)), e.country.is_(None)))
    return select(e.id).where(where)


def _same_as_stored(cluster: Cluster, event_of: Mapping[str, str], pool: Mapping[str, Sequence[Item]]) -> bool:
    stored = {event_of.get(m.id) for m in cluster.members}
    if len(stored) != 1 or None in stored:
        return False
    (eid,) = stored
    return eid == cluster.id and len(pool[eid]) == len(cluster.members)  # type: ignore[index]


# -- decisions ----------------------------------------------------------------------------------------------------


_DECISIONS = select(t.decisions.c.action, t.decisions.c.left, t.decisions.c.right).order_by(t.decisions.c.id)


def decisions(conn: Connection) -> list[Decision]:
    return [Decision(row.action, tuple(row.left), tuple(row.right)) for row in conn.execute(_DECISIONS)]


def record_decision(conn: Connection, decision: Decision, note: str, now: datetime) -> None:
    conn.execute(insert(t.decisions).values(
        action=decision.action, left=list(decision.left), right=list(decision.right), note=note, at=now))


def resolve_id(conn: Connection, event_id: str) -> str | None:
    """The current id of an event: itself, the successor it was merged into, or a unique prefix (>= 6 chars)."""
    e, r = t.events.c, t.event_redirects.c
    if conn.execute(select(e.id).where(e.id == event_id)).first():
        return event_id
    for _ in range(64):  # follow a chain of redirects
        row = conn.execute(select(r.event_id).where(r.old_id == event_id)).first()
        if row is None:
            break
        event_id = row.event_id
        if conn.execute(select(e.id).where(e.id == event_id)).first():
            return event_id
    return None


# -- rewriting events ---------------------------------------------------------------------------------------------


def _event_row(
    members: Sequence[Row[Any]], claims: Sequence[Claim], support: Mapping[str, int],
    downed: Mapping[str, frozenset[int]] | None = None,
) -> dict[str, Any]:
    """A ledger event's facts from its members (earliest first): the most informative value of each. Its kind and
    target are the ones most claims support (`support`: claims a member holds), so that a merge of a strike told by
    one report with an interception told by three keeps the interception; ties go to the earliest member, so that
    incremental and full resolution agree."""
    first = members[0]
    position = {id(m): n for n, m in reversed(list(enumerate(members)))}  # members.index, once per member
    kind = _most_supported(members, support, lambda m: m.kind)
    if {m.kind for m in members} == {"explosion", "interception"}:
        kind = "interception"  # explosions heard beside the night's interception are the air defence's (ANNOTATION.md)
    weapons = Counter(m.weapon for m in members if m.weapon and m.weapon != "unknown")
    weapon = max(weapons, key=lambda w: (weapons[w], -[m.weapon for m in members].index(w))) if weapons else first.weapon
    dated = [m for m in members if m.date]
    told_day = Counter(m.date for m in dated)
    when = min(dated, key=lambda m: (_PRECISE.get(m.date_precision or "year", 9), -told_day[m.date],
                                     position[id(m)])) if dated else first
    placed = [m for m in members if m.place]
    if kind == "interception" and any(m.kind == "interception" for m in placed):
        # explosions heard in a town beside the night's interception: the event is where the interception was told
        # (the sea off the town, the town's approaches), never moved to the town by the explosions (fix15e)
        placed = [m for m in placed if m.kind != "explosion"]
    keys = {id(m): _place_key(m.place) for m in placed}  # one Place.from_dict a member, not one a pair
    told_place = Counter(keys.values())
    where = min(placed, key=lambda m: (_PLACE_RANK.get(m.place["precision"], 9), -told_place[keys[id(m)]],
                                       position[id(m)])) if placed else first
    figures = reconcile(claims)
    if kind == "interception" and placed and downed and "intercepted" in figures:
        where = _where_counted(where, placed, figures["intercepted"].best, downed, position)
    targeted = [m for m in members if m.target]
    known = [m for m in targeted if m.target.get("category", "unknown") != "unknown"] or targeted
    # a target named exactly wins over one named by a generic word ("предприятие", "завод") joined to it: the event
    # keeps the refinery's name and category, never the generic one (fix15e, review 15c)
    known = [m for m in known if not _generic(m.target.get("name") or "")] or known
    target = _most_supported(known, support, lambda m: (m.target["name"], m.target.get("category"))) if known else None
    if target is not None:
        target = next(m.target for m in known if (m.target["name"], m.target.get("category")) == target)
    place = where.place
    return {
        "kind": kind, "weapon": weapon, "date": when.date, "date_precision": when.date_precision, "place": place,
        "areas": _merged_areas(members), "target": target,
        "attacker": next((m.attacker for m in members if m.attacker), None),
        "defender": next((m.defender for m in members if m.defender), None),
        "background": all(m.background for m in members),
        "details": next((m.details for m in members if m.details), None),
        "figures": {name: f.to_dict() for name, f in figures.items()},
        "country": place["country"] if place else None, "admin1": place["admin1"] if place else None,
        "lat": place["lat"] if place else None, "lon": place["lon"] if place else None,
        "cell": cell_of(Place.from_dict(place) if place else None),
        "target_key": target_key(kind, target.get("category") if target else None),
        "place_names": place_names([place, *(m.place for m in placed)]),
    }


def _where_counted(
    where: Row[Any], placed: Sequence[Row[Any]], best: int, downed: Mapping[str, frozenset[int]], position: Mapping[int, int]
) -> Row[Any]:
    """The place of an interception whose count a town's report does not tell: "three downed on the edge of Kaluga"
    beside "eight downed over Kaluga Oblast" is the oblast's count of eight, placed at the oblast that counted it, not at
    the town that counted three of them (a town's count is no more than what was downed over it)."""
    told = downed.get(where.id, frozenset())
    if best in told or not told or max(told) >= best:
        return where
    region = where.place.get("admin1")
    counted = [m for m in placed if best in downed.get(m.id, frozenset()) and region
               and m.place.get("admin1") == region and m.place.get("country") == where.place.get("country")]
    if not counted:
        return where
    return min(counted, key=lambda m: (_PLACE_RANK.get(m.place["precision"], 9), position[id(m)]))


def place_names(places: Sequence[Mapping[str, Any] | None]) -> str | None:
    """The names stored places go by (name, English name, the report's words; the event's place first, then its
    members'), casefolded, between bars: "|калуга|kaluga|калуге|в районе калуги|", so that a LIKE on "|калуга|"
    finds one whole name in SQLite and PostgreSQL."""
    names = [_norm(n) for p in places if p for n in (p.get("name"), p.get("name_en"), p.get("as_written")) if n]
    return "|" + "|".join(dict.fromkeys(names)) + "|" if names else None


def _merged_areas(members: Sequence[Row[Any]]) -> list[dict[str, Any]]:
    """The areas of an event's members (earliest first), each place once: its place and figures as the earliest member
    that names it told them, its claims those of every member that names it (each once), so that an area's figures stay
    traceable to every report that gave it one."""
    areas: dict[str, dict[str, Any]] = {}
    for m in members:
        for a in m.areas:
            key = _place_key(a["place"]) if a.get("place") else str(a)
            kept = areas.get(key)
            if kept is None:
                areas[key] = a
                continue
            more = [c for c in a.get("claims") or () if c not in (kept.get("claims") or ())]
            if more:
                areas[key] = {**kept, "claims": [*(kept.get("claims") or ()), *more]}
    return list(areas.values())


def _place_key(place: Mapping[str, Any]) -> str:
    """Which place a stored place names, in any language (`Place.key`)."""
    return Place.from_dict(place).key


def _most_supported(members: Sequence[Row[Any]], support: Mapping[str, int], value: Callable[[Row[Any]], Any]) -> Any:
    """The value the most claims support, then the most members; ties go to the earliest member's."""
    claims: Counter[Any] = Counter()
    told: Counter[Any] = Counter()
    for m in members:
        claims[value(m)] += support.get(m.id, 0)
        told[value(m)] += 1
    order = [value(m) for m in members]
    return max(told, key=lambda v: (claims[v], told[v], -order.index(v)))


_CLAIMS = select(t.claims).where(t.claims.c.report_event_id.in_(IDS))


def _claims_of(
    conn: Connection, report_event_ids: Sequence[str]
) -> tuple[list[Claim], Counter[str], dict[str, frozenset[int]]]:
    """The event's claims (each once), how many each member holds, and the counts of downed weapons each tells."""
    from eventledger.store.ledger import _claim_from  # one conversion of claim rows, kept in ledger.py

    cache = cache_for(conn.engine).claims  # a report event's claims are never rewritten: read once
    seen: dict[str, Claim] = {}
    support: Counter[str] = Counter()
    downed: dict[str, frozenset[int]] = {}
    for chunk in _chunks(list(report_event_ids)):
        ordered = sorted(set(chunk))  # the order of the primary key (report event, claim), as SQLite reads them
        missing = [x for x in ordered if x not in cache]
        if missing:
            got: dict[str, list[tuple[str, Claim]]] = {x: [] for x in missing}
            for row in run_ids(conn, _CLAIMS, missing):
                got[row.report_event_id].append((row.id, _claim_from(row)))
            for x, claims in got.items():
                cache[x] = sorted(claims, key=lambda c: c[0])
        for x in ordered:
            claims = cache.get(x)
            if claims is None:  # evicted meanwhile: read it alone
                claims = sorted(((row.id, _claim_from(row)) for row in conn.execute(_CLAIMS, {"ids": [x]})),
                                key=lambda c: c[0])
            for claim_id, claim in claims:
                seen.setdefault(claim_id, claim)
            support[x] += len(claims)
            downed[x] = frozenset(int(c.value) for _, c in claims if c.figure == "intercepted" and isinstance(c.value, int))
    return list(seen.values()), support, downed


_FACTS = select(*(c for c in t.report_events.c if c.name not in _COMPARED),  # what an event row is made of
                t.reports.c.first_published, t.reports.c.fetched_at).join(
    t.reports, t.reports.c.id == t.report_events.c.report_id).where(t.report_events.c.id.in_(IDS))
_MEMBERSHIP = select(t.event_members.c.event_id, t.event_members.c.report_event_id, t.event_members.c.reason).where(
    t.event_members.c.report_event_id.in_(IDS))
_EVENTS = select(t.events).where(t.events.c.id.in_(IDS))
_UPDATE_EVENT = update(t.events).where(t.events.c.id == bindparam("event"))
_INSERT_EVENT = insert(t.events)
_DELETE_MEMBERSHIP = delete(t.event_members).where(t.event_members.c.report_event_id.in_(IDS))
_INSERT_MEMBERS = insert(t.event_members)
_INSERT_CHANGE = insert(t.event_changes)


def _facts(conn: Connection, ids: Sequence[str]) -> dict[str, Row[Any]]:
    """The `_FACTS` rows of these report events. In a write transaction, a row read before (by this one or an earlier
    one) is reused while its report's times are those read in this one (`times_read`): a report event is never
    rewritten, and an event's members are read again each time one joins it."""
    rows: dict[str, Row[Any]] = {}
    times = times_read(conn)
    kept = cache_for(conn.engine).facts if times is not None else {}
    unread = [x for x in dict.fromkeys(ids) if x in kept and x not in times]  # type: ignore[operator]
    for chunk in _chunks(unread):
        for row in run_ids(conn, _PUBLISHED, chunk):
            times[row.id] = (row.first_published, row.fetched_at)  # type: ignore[index]
    for x in ids:
        row = kept.get(x)
        if row is not None and times.get(x) == (row.first_published, row.fetched_at):  # type: ignore[union-attr]
            rows[x] = row
    for chunk in _chunks([x for x in ids if x not in rows]):
        for row in run_ids(conn, _FACTS, chunk):
            rows[row.id] = row
            if times is not None:
                kept[row.id] = row
                times[row.id] = (row.first_published, row.fetched_at)
    return rows


def write_clusters(
    conn: Connection, clusters: Sequence[Sequence[str]], action: str, now: datetime,
    reasons: Mapping[str, dict[str, Any]] | None = None, report_id: str | None = None, new: Set[str] = frozenset(),
) -> list[str]:
    """Make each cluster of report events one ledger event (id: its earliest member's), replacing the events its
    members were in; returns the clusters' event ids. Ids that disappear redirect to where most of their members
    went, keeping their changelog and links; each event whose members or figures changed gets a changelog entry.
    `new`: report events stored by this transaction and in no event yet (their membership is not looked up)."""
    reasons = reasons or {}
    all_ids = [x for c in clusters for x in c]
    placed = [x for x in all_ids if x not in new]
    rows = _facts(conn, all_ids)
    missing = [x for x in all_ids if x not in rows]
    if missing:
        raise KeyError(f"no report event {missing[0]}")
    old_of: dict[str, str] = {}
    old_reason: dict[str, Any] = {}
    for chunk in _chunks(placed):
        for row in run_ids(conn, _MEMBERSHIP, chunk):
            old_of[row.report_event_id] = row.event_id
            old_reason[row.report_event_id] = row.reason
    old_ids = sorted(set(old_of.values()))
    old_members = _members_known(conn, old_ids)  # used as sets
    old_rows = {row.id: row for chunk in _chunks(old_ids)
                for row in run_ids(conn, _EVENTS, chunk)}
    epoch = datetime.min.replace(tzinfo=timezone.utc)

    def order(x: str) -> tuple[datetime, str, int, str]:
        row = rows[x]
        return (_utc(row.first_published) or _utc(row.fetched_at) or epoch, row.report_id, row.anchor, row.id)

    new_ids: list[str] = []
    plans = []
    for cluster in clusters:
        ordered = sorted(cluster, key=order)
        eid = ordered[0]
        new_ids.append(eid)
        claims, support, downed = _claims_of(conn, ordered)
        values = _event_row([rows[x] for x in ordered], claims, support, downed)
        days = [day_range(rows[x].date, rows[x].date_precision, _utc(rows[x].first_published) or _utc(rows[x].fetched_at))
                for x in ordered]
        values["day_lo"] = min((lo for lo, _ in days if lo is not None), default=None)
        values["day_hi"] = max((hi for _, hi in days if hi is not None), default=None)
        plans.append((eid, ordered, values))

    # 1. event rows (insert before members point at them)
    for eid, ordered, values in plans:
        created = min((old_rows[o].created_at for o in {old_of.get(x) for x in ordered} if o in old_rows), default=now)
        if eid in old_rows:
            conn.execute(_UPDATE_EVENT, {"event": eid, "updated_at": now, **values})
        else:
            conn.execute(_INSERT_EVENT, {"id": eid, "created_at": created, "updated_at": now, **values})
    # 2. members
    if (read := members_read(conn)) is not None:
        read.clear()
    for chunk in _chunks(placed):
        run_ids(conn, _DELETE_MEMBERSHIP, chunk)
    conn.execute(_INSERT_MEMBERS, [
        {"event_id": eid, "report_event_id": x, "reason": reasons.get(x, old_reason.get(x))}
        for eid, ordered, _ in plans for x in ordered
    ])
    search.index_events(conn, [*new_ids, *old_ids])  # the full-text index's events, as the members now are
    # 3. ids that disappeared: history, links and a redirect go to the successor
    for old in old_ids:
        if old in new_ids:
            continue
        went = Counter(eid for eid, ordered, _ in plans for x in ordered if old_of.get(x) == old)
        successor = min(went, key=lambda k: (-went[k], k))
        _move_event(conn, old, successor, now)
    # 4. changelog
    for eid, ordered, values in plans:
        before = set(old_members.get(eid, [])) if eid in old_rows else set()
        came_from = sorted({old_of[x] for x in ordered if x in old_of and old_of[x] != eid})
        added = [x for x in ordered if x not in before]
        removed = sorted(before - set(ordered))
        previous = old_rows[eid].figures if eid in old_rows else None
        if not added and not removed and previous == values["figures"]:
            continue
        what = "created" if eid not in old_rows and not came_from else action
        change: dict[str, Any] = {"action": what, "figures": values["figures"]}
        if report_id:
            change["report_id"] = report_id
        if added:
            change["added"] = added
            why = {x: reasons[x] for x in added if x in reasons}
            if why:
                change["reasons"] = why
        if removed:
            change["removed"] = removed
        if came_from:
            change["from_events"] = came_from
        if previous is not None and previous != values["figures"]:
            change["figures_before"] = previous
        conn.execute(_INSERT_CHANGE, {"event_id": eid, "at": now, "change": change})
    return new_ids


def _move_event(conn: Connection, old: str, successor: str, now: datetime) -> None:
    """The history, links and redirects of event `old` go to `successor`, and `old` becomes a redirect to it."""
    ids = {"old": old, "successor": successor}
    conn.execute(_MOVE_CHANGES, ids)
    conn.execute(_INSERT_CHANGE, {"event_id": successor, "at": now, "change": {"action": "absorbed", "event": old}})
    for row in list(conn.execute(_LINKS_OUT, ids)):
        conn.execute(_DELETE_LINK, {"a": old, "b": row.related_id, "why": row.why})
        if row.related_id != successor and not conn.execute(_HAS_LINK, {"a": successor, "b": row.related_id,
                                                                         "why": row.why}).first():
            conn.execute(_INSERT_LINK, {"event_id": successor, "related_id": row.related_id, "why": row.why,
                                        "evidence": row.evidence})
    for row in list(conn.execute(_LINKS_IN, ids)):
        conn.execute(_DELETE_LINK, {"a": row.event_id, "b": old, "why": row.why})
        if row.event_id != successor and not conn.execute(_HAS_LINK, {"a": row.event_id, "b": successor,
                                                                       "why": row.why}).first():
            conn.execute(_INSERT_LINK, {"event_id": row.event_id, "related_id": successor, "why": row.why,
                                        "evidence": row.evidence})
    conn.execute(_MOVE_REDIRECTS, ids)
    conn.execute(_DROP_REDIRECT, {"id": successor})
    conn.execute(_DROP_REDIRECT, {"id": old})
    conn.execute(_INSERT_REDIRECT, {"old_id": old, "event_id": successor, "at": now})
    conn.execute(_DROP_EVENT, ids)


# `_move_event`'s statements, built once (a re-resolution that moves an event runs a dozen of them)
_MOVE_CHANGES = update(t.event_changes).where(t.event_changes.c.event_id == bindparam("old")).values(
    event_id=bindparam("successor"))
_LINKS_OUT = select(t.event_links).where(t.event_links.c.event_id == bindparam("old"))
_LINKS_IN = select(t.event_links).where(t.event_links.c.related_id == bindparam("old"))
_ONE_LINK = and_(t.event_links.c.event_id == bindparam("a"), t.event_links.c.related_id == bindparam("b"),
                 t.event_links.c.why == bindparam("why"))
_DELETE_LINK = delete(t.event_links).where(_ONE_LINK)
_HAS_LINK = select(t.event_links.c.why).where(_ONE_LINK)
_INSERT_LINK = insert(t.event_links)
_MOVE_REDIRECTS = update(t.event_redirects).where(t.event_redirects.c.event_id == bindparam("old")).values(
    event_id=bindparam("successor"))
_DROP_REDIRECT = delete(t.event_redirects).where(t.event_redirects.c.old_id == bindparam("id"))
_INSERT_REDIRECT = insert(t.event_redirects)
_DROP_EVENT = delete(t.events).where(t.events.c.id == bindparam("old"))


# -- links --------------------------------------------------------------------------------------------------------


_HITS = ("strike", "explosion", "interception")
_CLOSED = "airspace_restriction"


def _link_window(conn: Connection, row: Row[Any]) -> tuple[set[str], set[str]]:
    """Events this one may be linked to: (the last TARGET_LOOKBACK strikes on its target's category in its cell,
    before it, for `same_target`; events near it in time for follow-ups: its cell within FOLLOW_UP_DAYS, and for an
    airport closure the strikes, explosions, interceptions and closures of its country within LINK_COUNTRY_DAYS).
    Every look-up is bounded in time or count, through an index: the cost does not grow with the ledger."""
    earlier: set[str] = set()
    near: set[str] = set()
    if row.day_lo is None:
        return earlier, near
    if row.target_key:
        earlier = set(conn.execute(_TARGET_BEFORE, {"key": row.target_key, "cell": row.cell, "day": row.day_lo,
                                                    "event": row.id}).scalars())
    lo, hi = row.day_lo - FOLLOW_UP_DAYS, row.day_lo + FOLLOW_UP_DAYS
    if row.cell:  # a casualty update: the later of the two tells casualties (checked before members are read)
        near |= {x.id for x in conn.execute(_CELL_NEAR, {"cell": row.cell, "lo": lo, "hi": hi, "event": row.id})
                 if _tells_casualties(x.figures if x.day_lo > row.day_lo else row.figures) and x.day_lo != row.day_lo}
    kinds = (*_HITS, _CLOSED) if row.kind == _CLOSED else (_CLOSED,) if row.kind in _HITS else ()
    if row.country and kinds:
        lo, hi = row.day_lo - LINK_COUNTRY_DAYS, row.day_lo + LINK_COUNTRY_DAYS
        near |= set(conn.execute(_COUNTRY_NEAR, {"country": row.country, "lo": lo, "hi": hi, "kinds": list(kinds),
                                                 "event": row.id}).scalars())
    return earlier, near


_E = t.events.c
_DAY, _EVENT = bindparam("day", type_=_E.day_lo.type), bindparam("event", type_=_E.id.type)
_TARGET_BEFORE = (select(_E.id).where(_E.target_key == bindparam("key"), _E.cell == bindparam("cell"),
                                      tuple_(_E.day_lo, _E.id) < tuple_(_DAY, _EVENT))
                  .order_by(_E.day_lo.desc(), _E.id.desc()).limit(TARGET_LOOKBACK))
_CELL_NEAR = select(_E.id, _E.day_lo, _E.figures).where(
    _E.cell == bindparam("cell"), _E.day_hi >= bindparam("lo"), _E.day_lo >= bindparam("lo"), _E.day_lo <= bindparam("hi"),
    _E.id != bindparam("event"))
_COUNTRY_NEAR = select(_E.id).where(
    _E.country == bindparam("country"), _E.day_hi >= bindparam("lo"), _E.day_lo >= bindparam("lo"),
    _E.day_lo <= bindparam("hi"), _E.kind.in_(bindparam("kinds", expanding=True)), _E.id != bindparam("event"))
_LINK_COLUMNS = (_E.id, _E.cell, _E.country, _E.kind, _E.day_lo, _E.target_key, _E.figures)
_LINK_ROWS = select(*_LINK_COLUMNS).where(_E.id.in_(IDS))
_TARGET_AFTER = (select(*_LINK_COLUMNS).where(_E.target_key == bindparam("key"), _E.cell == bindparam("cell"),
                                              tuple_(_E.day_lo, _E.id) > tuple_(_DAY, _EVENT))
                 .order_by(_E.day_lo, _E.id).limit(TARGET_LOOKBACK))
_LK = t.event_links.c
_UNLINK = delete(t.event_links).where(or_(_LK.event_id.in_(IDS), _LK.related_id.in_(IDS)), _LK.evidence.startswith(AUTO))
_LINKS_FROM = select(_LK.event_id, _LK.related_id, _LK.why).where(_LK.event_id.in_(IDS))
_INSERT_LINKS = insert(t.event_links)


def _tells_casualties(figures: Mapping[str, Any] | None) -> bool:
    return any(name in CASUALTIES for name in figures or {})


def relink(conn: Connection, event_ids: Sequence[str]) -> None:
    """Recompute the links resolution finds (same target, follow-ups) for these events, in both directions, and for
    the strikes on the same target just after them (their look-back may now reach one of these)."""
    rows = {row.id: row for chunk in _chunks(sorted(set(event_ids))) for row in run_ids(conn, _LINK_ROWS, chunk)}
    for row in list(rows.values()):
        if row.target_key and row.day_lo is not None:
            for later in conn.execute(_TARGET_AFTER, {"key": row.target_key, "cell": row.cell, "day": row.day_lo,
                                                      "event": row.id}):
                rows.setdefault(later.id, later)
    ids = sorted(rows)
    for chunk in _chunks(ids):
        run_ids(conn, _UNLINK, list(chunk))
    windows = {eid: _link_window(conn, rows[eid]) for eid in ids}
    # the members of the events that have another in their window, and of those others: no other event's are compared
    wanted = sorted({x for eid, (earlier, near) in windows.items() if earlier or near for x in (eid, *earlier, *near)})
    items = event_items(conn, wanted) if wanted else {}
    found: dict[tuple[str, str, str], str] = {}
    for eid in ids:
        mine = items.get(eid, [])
        earlier, near = windows[eid]
        for other in sorted(earlier | near):
            theirs = items.get(other, [])
            if not mine or not theirs:
                continue
            for first, then, a, b in ((theirs, mine, other, eid), (mine, theirs, eid, other)):
                got = link(first, then, same_target=other in earlier)
                if got:
                    found.setdefault((a, b, got[0]), got[1])
    if found:
        add_links(conn, [(a, b, why, evidence) for (a, b, why), evidence in sorted(found.items())])


def add_links(conn: Connection, found: Sequence[tuple[str, str, str, str]]) -> None:
    """Links resolution found, both ways (`AUTO` evidence), in one insert; a pair a report already states is kept."""
    ends = sorted({x for a, b, _, _ in found for x in (a, b)})
    have = {(r.event_id, r.related_id, r.why) for chunk in _chunks(ends) for r in run_ids(conn, _LINKS_FROM, chunk)}
    rows = []
    for a, b, why, evidence in found:
        for x, y in ((a, b), (b, a)):
            if (x, y, why) not in have:
                have.add((x, y, why))
                rows.append({"event_id": x, "related_id": y, "why": why, "evidence": AUTO + evidence})
    if rows:
        conn.execute(_INSERT_LINKS, rows)


def add_link(conn: Connection, earlier: str, later: str, why: str, evidence: str, both: bool = True) -> None:
    """A link found by resolution goes both ways (`AUTO` evidence); one a report states goes one way, as stated."""
    lk = t.event_links.c
    pairs = ((earlier, later), (later, earlier)) if both else ((earlier, later),)
    for x, y in pairs:
        if not conn.execute(select(lk.why).where(lk.event_id == x, lk.related_id == y, lk.why == why)).first():
            conn.execute(insert(t.event_links).values(event_id=x, related_id=y, why=why,
                                                      evidence=(AUTO + evidence) if both else evidence))


def verdict_reason(verdict: Verdict, matched: str | None) -> dict[str, Any]:
    d = verdict.to_dict()
    if matched:
        d["event"] = matched
    return d


def relink_all(conn: Connection) -> None:
    """Every link resolution finds, recomputed from scratch with the same look-ups as an ingest makes."""
    conn.execute(delete(t.event_links).where(t.event_links.c.evidence.startswith(AUTO)))
    ids = list(conn.execute(select(t.events.c.id).order_by(t.events.c.id)).scalars())
    for chunk in _chunks(ids):
        relink(conn, chunk)


def current_clusters(conn: Connection) -> dict[str, frozenset[str]]:
    members = defaultdict(set)
    for row in conn.execute(select(t.event_members.c.event_id, t.event_members.c.report_event_id)):
        members[row.event_id].add(row.report_event_id)
    return {k: frozenset(v) for k, v in members.items()}


def cluster_reasons(clusters: Sequence[Cluster]) -> dict[str, dict[str, Any]]:
    return {x: verdict_reason(v, c.id) for c in clusters for x, v in c.reasons.items()}
