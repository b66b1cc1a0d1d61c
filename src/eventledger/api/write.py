"""The write endpoints (submit a report, merge, split, mark reviewed): registered only when a token is set.

Every request carries `Authorization: Bearer <token>`, compared in constant time; the token is never logged
or echoed. A missing or wrong token gets 401 before any work is done.
"""

from __future__ import annotations

import hmac
import threading
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from eventledger.api.params import moment
from eventledger.store import Ledger, LedgerError
from eventledger.store.review import mark_reviewed

EventId = Annotated[str, Path(min_length=1, max_length=64)]
SourceKind = Literal["official", "military", "media", "telegram", "residents", "analyst", "unknown"]


BEARER = HTTPBearer(auto_error=False)


class ReportIn(BaseModel):
    text: str = Field(min_length=1, max_length=1_000_000, description="The report's text, as published.")
    published: datetime | None = Field(None, description="When it was published (ISO 8601; naive is UTC).")
    outlet: str | None = Field(None, max_length=300, description="The outlet or channel that published it.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    language: Literal["en", "ru", "uk"] | None = Field(None, description="Detected when omitted.")
    source_kind: SourceKind = "unknown"


class MergeIn(BaseModel):
    other: str = Field(min_length=1, max_length=64, description="The event merged into this one.")


class SplitIn(BaseModel):
    claims: list[Annotated[str, Field(min_length=6, max_length=64)]] = Field(
        min_length=1, max_length=1000, description="Claim, report event or report ids (6+ characters) to move out.",
    )


class ReviewIn(BaseModel):
    note: str | None = Field(None, max_length=2000)


def _refused(exc: LedgerError) -> HTTPException:
    message = str(exc)
    return HTTPException(status_code=404 if message.startswith("no event") else 422, detail=message)


def write_router(ledger: Ledger, token: str) -> APIRouter:
    expected = token.encode("utf-8")

    def authorized(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]) -> None:
        given = credentials.credentials.encode("utf-8") if credentials else b""
        if not hmac.compare_digest(given, expected):
            raise HTTPException(status_code=401, detail="a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"})

    api = APIRouter(prefix="/api/v1", dependencies=[Depends(authorized)])
    gazetteer: list[Any] = []
    loading = threading.Lock()

    def extractor_gazetteer() -> Any:
        """Loaded on the first submitted report (seconds), then kept."""
        with loading:
            if not gazetteer:
                from eventledger.geo import Gazetteer

                gazetteer.append(Gazetteer.load())
        return gazetteer[0]

    @api.post("/reports", summary="Submit a report: it is extracted and stored like an ingested one")
    def submit(body: ReportIn) -> dict[str, Any]:
        from eventledger.extract.pipeline import extract
        from eventledger.model import Report
        from eventledger.sources.language import resolve_language

        try:
            language = resolve_language(body.text, body.language)
        except ValueError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        report = Report(
            text=body.text, published=moment("published", body.published), language=language, source=body.outlet,
            source_kind=body.source_kind, url=body.url, title=body.title, origin="api",
        )
        try:
            report = ledger.edition(report)  # the same text days later is a new edition, extracted on its own
            outcome = ledger.ingest(report, extract(report, extractor_gazetteer()))
        except LedgerError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        return {"report_id": outcome.report_id, "status": outcome.status, "events": list(outcome.events)}

    @api.post("/events/{event_id}/merge", summary="Merge another event into this one (kept as a decision)")
    def merge(event_id: EventId, body: MergeIn) -> dict[str, str]:
        try:
            return {"id": ledger.merge(event_id, body.other, note="merged through the API")}
        except LedgerError as exc:
            raise _refused(exc) from None

    @api.post("/events/{event_id}/split", summary="Move claims (and their reports' events) out into a new event")
    def split(event_id: EventId, body: SplitIn) -> dict[str, str]:
        try:
            kept, moved = ledger.split(event_id, body.claims, note="split through the API")
        except LedgerError as exc:
            raise _refused(exc) from None
        return {"kept": kept, "moved": moved}

    @api.post("/events/{event_id}/review", summary="Mark an event as reviewed (recorded in its history)")
    def review(event_id: EventId, body: ReviewIn) -> dict[str, str]:
        try:
            return {"id": mark_reviewed(ledger, event_id, body.note), "status": "reviewed"}
        except LedgerError as exc:
            raise _refused(exc) from None

    return api
