"""The read endpoints: events (JSON, GeoJSON, CSV), one event with its claims and history, claims, reports,
publications and sources. Every handler is a plain function: FastAPI runs it in its thread pool, and the
ledger's connection pool gives each thread its own SQLite connection."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from eventledger.api.features import CSV_HEADER, csv_record, event_record, feature
from eventledger.api.params import Cursor, Sort, event_filter, moment, unprocessable
from eventledger.api.summaries import SummaryCache
from eventledger.store import Ledger
from eventledger.store import query as qy
from eventledger.store.query import EventFilter

EventId = Annotated[str, Path(min_length=1, max_length=64, description="An event id, or a unique prefix of 6+ characters.")]
Filter = Annotated[EventFilter, Depends(event_filter)]


def _json(data: Any, media_type: str = "application/json") -> Response:
    """Bytes made by orjson (several times faster than json.dumps on these records), sent as they are."""
    return Response(orjson.dumps(data), media_type=media_type)


def _page(ledger: Ledger, f: EventFilter, sort: str, limit: int, cursor: str | None) -> qy.Page:
    try:
        return qy.select_events(ledger, f, sort=sort, limit=limit, cursor=cursor)
    except ValueError as exc:
        raise unprocessable(str(exc)) from None


def _event_id(ledger: Ledger, event_id: str) -> str:
    try:
        found = qy.resolve_event_id(ledger, event_id)
    except ValueError as exc:
        raise unprocessable(str(exc)) from None
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
    return found


def read_router(ledger: Ledger, summaries: SummaryCache | None = None) -> APIRouter:
    """`summaries` keeps rendered list items between requests (none without it)."""
    api = APIRouter(prefix="/api/v1")
    summaries = summaries or SummaryCache(ledger, lambda: None, 0)

    @api.get("/events", summary="Events matching the filters, a page at a time")
    async def events(
        f: Filter,
        sort: Sort = "-date",
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        cursor: Cursor = None,
        fields: Annotated[Literal["summary", "full"], Query(description=(
            "`summary` (default): the SCHEMA.md record without `claims` and `related`, its `areas` without their "
            "`claims` (the same values otherwise: id, kind, weapon, date, date_precision, place, areas with their "
            "figures, target, attacker, defender, figures, reports, background, details); `claim_count` says how many "
            "claims `GET /api/v1/events/{id}` lists (the event's own, not its areas'). "
            "`full`: the whole record, claims (the areas' too) and related events included."))] = "summary",
    ) -> Response:
        """Each item is the SCHEMA.md event record (see `fields`) plus `outlets` (who published its reports) and
        `claim_count`. Pass `next_cursor` back as `cursor` for the next page; it is null on the last."""
        if fields == "summary":
            # A page kept is joined here, in the event loop (microseconds, no SQL): in a worker thread it would wait
            # its turn and then for the GIL behind every other request. Only a page to read from SQLite goes there.
            body = summaries.kept(f, sort=sort, limit=limit, cursor=cursor)
            if body is None:
                body = await run_in_threadpool(_summary_page, f, sort, limit, cursor)
            return Response(body, media_type="application/json")
        return await run_in_threadpool(_full_page, f, sort, limit, cursor)

    def _summary_page(f: EventFilter, sort: str, limit: int, cursor: str | None) -> bytes:
        try:
            return summaries.page(f, sort=sort, limit=limit, cursor=cursor)
        except ValueError as exc:
            raise unprocessable(str(exc)) from None

    def _full_page(f: EventFilter, sort: str, limit: int, cursor: str | None) -> Response:
        page = _page(ledger, f, sort, limit, cursor)
        outlets = qy.outlets(ledger, [e.id for e in page.items])
        items = [event_record(e, outlets.get(e.id, [])) for e in page.items]
        return _json({"items": items, "next_cursor": page.next_cursor})

    @api.get("/events.geojson", summary="Events as a GeoJSON FeatureCollection, for maps")
    def events_geojson(
        f: Filter,
        sort: Sort = "-date",
        limit: Annotated[int, Query(ge=1, le=100_000)] = 10_000,
        cursor: Cursor = None,
    ) -> Response:
        """Point geometry at the place's coordinates (null without them); `radius_km` says how far the event may
        lie from it (an oblast-level place is an area, not a pin); figure bests as `killed`, `injured`, ...
        `next_cursor` is a foreign member of the collection."""
        try:
            page = qy.select_event_rows(ledger, f, sort=sort, limit=limit, cursor=cursor)
        except ValueError as exc:
            raise unprocessable(str(exc)) from None
        collection = {"type": "FeatureCollection", "features": [feature(r) for r in page.items],
                      "next_cursor": page.next_cursor}
        return _json(collection, media_type="application/geo+json")

    @api.get("/events.csv", summary="Events as CSV, one row an event")
    def events_csv(
        f: Filter,
        sort: Sort = "-date",
        limit: Annotated[int, Query(ge=1, le=100_000)] = 100_000,
    ) -> StreamingResponse:
        """The columns of `eventledger export --format csv`, plus `outlets` (joined with "; ")."""
        first = _page(ledger, f, sort, min(limit, 500), None)

        def rows() -> Iterator[str]:
            buffer = io.StringIO()
            writer = csv.DictWriter(buffer, fieldnames=CSV_HEADER, lineterminator="\n")
            writer.writeheader()
            page, sent = first, 0
            while True:
                items = page.items[: limit - sent]
                outlets = qy.outlets(ledger, [e.id for e in items])
                for e in items:
                    writer.writerow(csv_record(e, outlets.get(e.id, [])))
                sent += len(items)
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
                if page.next_cursor is None or sent >= limit:
                    return
                page = qy.select_events(ledger, f, sort=sort, limit=min(limit - sent, 500), cursor=page.next_cursor)

        return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @api.get("/events/{event_id}", summary="One event: figures with reasons, claims with outlets, history")
    def event(
        event_id: EventId,
        as_of: Annotated[datetime | None, Query(description="The event as it stood then: only reports out by this time.")] = None,
    ) -> Response:
        """Figures low/best/high with the reason for each best; every claim with its source, hedging, quote and
        offsets in the report, and the outlet, URL and time of the report's first publication; the history of
        changes; earlier events of the same target."""
        try:
            when, bad_time = moment("as_of", as_of), None
        except HTTPException as exc:  # told after an unknown id's 404, as before
            when, bad_time = None, exc
        try:
            detail = qy.event_detail(ledger, event_id, as_of=when)
        except ValueError as exc:
            raise unprocessable(str(exc)) from None
        if detail is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id!r}")
        if bad_time is not None:
            raise bad_time
        if isinstance(detail, str):
            raise HTTPException(status_code=404, detail=f"event {detail} had no report out by {as_of}")
        record = event_record(detail.event, detail.outlets)
        record["claims"] = detail.claims
        record["history"] = detail.history
        record["same_target_earlier"] = detail.same_target_earlier
        return _json(record)

    @api.get("/claims", summary="Claims with their outlets, for one event or for the events the filters select")
    def claims(
        f: Filter,
        event: Annotated[str | None, Query(max_length=64, description="An event id or unique prefix.")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        cursor: Cursor = None,
    ) -> Response:
        """`source`, `outlet` and `q` apply to each claim (who made it, who published its report, words of its
        quote); the other filters select the events."""
        event_id = _event_id(ledger, event) if event is not None else None
        try:
            page = qy.select_claims(ledger, f, event_id=event_id, limit=limit, cursor=cursor)
        except ValueError as exc:
            raise unprocessable(str(exc)) from None
        return _json({"items": page.items, "next_cursor": page.next_cursor})

    @api.get("/reports/{report_id}", summary="A stored report: text, publications, the spans of its claims")
    def report(report_id: Annotated[str, Path(min_length=1, max_length=64)]) -> Response:
        """The text is returned as stored, as JSON string data: render it as text, never as HTML."""
        record = qy.report_record(ledger, report_id)
        if record is None:
            raise HTTPException(status_code=404, detail=f"no report {report_id!r}")
        return _json(record)

    @api.get("/publications", summary="Who published which report, where and when")
    def publications(
        outlet: Annotated[str | None, Query(max_length=300)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        cursor: Cursor = None,
    ) -> Response:
        try:
            page = qy.publications(ledger, outlet=outlet, limit=limit, cursor=cursor)
        except ValueError as exc:
            raise unprocessable(str(exc)) from None
        return _json({"items": page.items, "next_cursor": page.next_cursor})

    @api.get("/sources", summary="Sources: who the claims credit, the outlets, the feeds followed")
    def sources() -> JSONResponse:
        followed = [
            {"id": s.id, "name": s.name, "kind": s.kind, "language": s.language, "url": s.url}
            for s in ledger.sources()
        ]
        return JSONResponse({"claimed": qy.claim_sources(ledger), "outlets": qy.outlet_names(ledger), "followed": followed})

    return api
