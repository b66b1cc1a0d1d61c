"""The read endpoints answered without FastAPI's dependency solver (`api/plain_query.py`) answer exactly as FastAPI
does: same status, headers and bytes, for good requests and bad ones, on the demo ledger."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import Receive, Scope, Send

from eventledger.api import app as app_module
from eventledger.api.app import create_app
from eventledger.api.plain_query import PlainQueryRoutes
from eventledger.api.read import read_router
from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
GOOD = [
    "/api/v1/events", "/api/v1/events?kind=strike", "/api/v1/events?country=ua&limit=2", "/api/v1/events?q=drone",
    "/api/v1/events?since=2024-01&until=2025&sort=date&limit=3", "/api/v1/events?fields=full&limit=2",
    "/api/v1/events?bbox=20,40,50,60&min_killed=1", "/api/v1/events?background=false&weapon=drone",
    "/api/v1/events?q=%D0%A5%D0%B0%D1%80%D0%BA%D1%96%D0%B2", "/api/v1/events?place=Kharkiv", "/api/v1/events?limit=1000",
    "/api/v1/events.geojson?kind=strike", "/api/v1/events.csv?limit=3", "/api/v1/claims?limit=5&q=killed",
    "/api/v1/publications?limit=2", "/api/v1/sources", "/api/v1/events?background=1", "/api/v1/events?limit=+7",
]
BAD = [
    "/api/v1/events?kind=nope", "/api/v1/events?limit=0", "/api/v1/events?limit=1001", "/api/v1/events?limit=x",
    "/api/v1/events?since=2024-13-01", "/api/v1/events?since=24", "/api/v1/events?country=XX", "/api/v1/events?country=ukr",
    "/api/v1/events?bbox=1,2,3", "/api/v1/events?cursor=garbage", "/api/v1/events?kind=strike&kind=nope",
    "/api/v1/events?sort=size", "/api/v1/events?kind=", "/api/v1/events?unknown=1", "/api/v1/events?min_killed=-1",
    "/api/v1/events?place=%20", "/api/v1/claims?event=nosuchevent", "/api/v1/publications?cursor=eyJ4Il0",
]


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory: pytest.TempPathFactory, gazetteer: Any) -> Path:
    path = tmp_path_factory.mktemp("plain") / "demo.db"
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    with Ledger(path) as ledger:
        ingest(ledger, reports, gazetteer)
    return path


class FastAPIOnly:
    """In place of PlainQueryRoutes: every request to FastAPI's router."""

    def __init__(self, app: Any, routes: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def clients(ledger_path: Path) -> Iterator[tuple[TestClient, TestClient]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTLEDGER_API_CACHE_MB", "0")  # every request answered, none kept
        plain = TestClient(create_app(ledger_path))
        patch.setattr(app_module, "PlainQueryRoutes", FastAPIOnly)
        fastapi_only = TestClient(create_app(ledger_path))
    yield plain, fastapi_only


def same_answer(clients: tuple[TestClient, TestClient], url: str) -> int:
    plain, fastapi_only = (c.get(url) for c in clients)
    assert (plain.status_code, plain.headers.items(), plain.content) == (
        fastapi_only.status_code, fastapi_only.headers.items(), fastapi_only.content), url
    return plain.status_code


@pytest.mark.parametrize("url", GOOD)
def test_a_good_request_gets_fastapis_answer(clients: tuple[TestClient, TestClient], url: str) -> None:
    assert same_answer(clients, url) == 200


@pytest.mark.parametrize("url", BAD)
def test_a_bad_request_gets_fastapis_error(clients: tuple[TestClient, TestClient], url: str) -> None:
    assert same_answer(clients, url) in (404, 422) or "unknown" in url


NAMES = ["since", "until", "kind", "weapon", "country", "bbox", "min_killed", "background", "q", "limit", "sort", "cursor",
         "fields", "target", "place", "outlet", "source", "admin1"]
VALUES = st.one_of(
    st.sampled_from(["2024", "2024-03", "2025-02-30", "strike", "drone", "UA", "ru", "true", "0", "no", "5", "-date",
                     "date", "full", "20,40,50,60", "energy", "Kharkiv", "", " 1", "1e3", "null"]),
    st.text(max_size=8),
)


@given(st.lists(st.tuples(st.sampled_from(NAMES), VALUES), max_size=4))
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
def test_any_query_gets_fastapis_answer(clients: tuple[TestClient, TestClient], pairs: list[tuple[str, str]]) -> None:
    same_answer(clients, "/api/v1/events?" + urlencode(pairs))


def test_only_the_requests_fastapi_would_accept_are_answered_here(ledger_path: Path) -> None:
    async def router(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 599, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with Ledger(ledger_path) as ledger:
        client = TestClient(PlainQueryRoutes(router, read_router(ledger).routes))
        assert client.get("/api/v1/events?kind=strike&limit=2").status_code == 200
        assert client.get("/api/v1/events.geojson").status_code == 200
        for passed_on in ("/api/v1/events?kind=nope", "/api/v1/events?kind=strike&kind=strike", "/api/v1/events?x=1",
                          "/api/v1/events?cursor=garbage", "/api/v1/events/abcdef", "/api/v1/reports/x"):
            assert client.get(passed_on).status_code == 599, passed_on
