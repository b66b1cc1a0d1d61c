"""The map page's compact rows (GET /api/v1/map/events): the same events, places and figures as the GeoJSON, in
the few columns the page draws from, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from eventledger.api.app import create_app
from eventledger.ingest import ingest
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"


@pytest.fixture
def client(ledger_url: str, gazetteer: Any) -> TestClient:
    with Ledger(ledger_url) as ledger:
        assert not ingest(ledger, iter_inputs(sorted(DEMO.glob("*.txt"))), gazetteer).failed
    return TestClient(create_app(ledger_url))


def rows(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/map/events", params=params)
    assert response.status_code == 200, response.text
    data = response.json()
    return [dict(zip(data["columns"], row)) for row in data["rows"]]


def test_every_event_comes_with_what_its_marker_and_list_row_need(client: TestClient) -> None:
    features = client.get("/api/v1/events.geojson").json()["features"]
    found = rows(client)
    assert [r["id"] for r in found] == [f["id"] for f in features]  # newest first, as the GeoJSON
    for row, f in zip(found, features):
        props = f["properties"]
        if f["geometry"] is None:
            assert row["lon"] is None and row["lat"] is None
        else:
            assert [row["lon"], row["lat"]] == pytest.approx(f["geometry"]["coordinates"], abs=1e-5)
        assert row["place"] == (props["place_name"] or props["admin1"])
        assert row["place_en"] == props["place_name_en"]
        for key in ("kind", "date", "country", "precision", "killed", "injured", "background"):
            assert row[key] == props[key], key


def test_uncertain_places_come_with_their_radius(client: TestClient) -> None:
    data = client.get("/api/v1/map/events").json()
    assert data["radius_km"]["admin1"] == 100 and data["radius_km"]["city"] == 5
    assert data["next_cursor"] is None


def test_the_filters_are_the_api_s(client: TestClient) -> None:
    assert [r["id"] for r in rows(client, q="refinery")] == [
        f["id"] for f in client.get("/api/v1/events.geojson", params={"q": "refinery"}).json()["features"]]
    assert {r["kind"] for r in rows(client, kind="strike")} == {"strike"}
    first, second = rows(client, limit=2), rows(client)
    assert [r["id"] for r in first] == [r["id"] for r in second[:2]]
    assert client.get("/api/v1/map/events", params={"since": "2025-02-30"}).status_code == 422


def test_the_rows_come_compressed_to_a_client_that_takes_gzip(client: TestClient) -> None:
    plain = client.get("/api/v1/map/events", headers={"Accept-Encoding": "identity"})
    packed = client.get("/api/v1/map/events", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers and packed.headers["content-encoding"] == "gzip"
    assert packed.json() == plain.json() and int(packed.headers["content-length"]) < len(plain.content)
