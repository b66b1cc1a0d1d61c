"""The API's answer cache: the same question gets the same bytes back until anyone writes to the ledger, from this
process or another one, and then the next answer shows the write."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventledger.api.app import create_app
from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"


@pytest.fixture()
def ledger_path(tmp_path: Path, gazetteer: Any) -> Path:
    path = tmp_path / "ledger.db"
    reports = [r for r in iter_inputs(sorted(DEMO.glob("en_*.txt"))) if isinstance(r, Report)][:3]
    with Ledger(path) as ledger:
        assert not ingest(ledger, reports, gazetteer).failed
    return path


def _ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/v1/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["items"]]


def test_the_same_question_is_answered_from_memory_with_the_same_bytes(ledger_path: Path) -> None:
    client = TestClient(create_app(ledger_path))
    first = client.get("/api/v1/events", params={"kind": "strike", "limit": 5})
    again = client.get("/api/v1/events", params={"limit": 5, "kind": "strike"})  # same parameters, other order
    assert "x-cache" not in first.headers and again.headers["x-cache"] == "hit"
    assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
    assert "x-cache" not in client.get("/api/v1/events", params={"kind": "parade"}).headers  # a 422 is not kept
    assert "x-cache" not in client.get("/api/v1/events", params={"kind": "parade"}).headers


def test_an_answer_gzipped_for_one_client_is_not_sent_to_another_that_did_not_ask(ledger_path: Path) -> None:
    client = TestClient(create_app(ledger_path))
    zipped = client.get("/api/v1/map/events", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    plain = client.get("/api/v1/map/events", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.json() == zipped.json()
    again = client.get("/api/v1/map/events", headers={"Accept-Encoding": "identity"})
    assert again.headers["x-cache"] == "hit" and "content-encoding" not in again.headers


def test_a_write_from_another_connection_shows_in_the_next_answer(ledger_path: Path) -> None:
    client = TestClient(create_app(ledger_path))
    before = _ids(client)
    assert client.get("/api/v1/events", params={"limit": 1000}).headers["x-cache"] == "hit"
    with Ledger(ledger_path) as other:  # its own connection pool, as `eventledger merge` would have
        merged = other.merge(before[0], before[1])
    after = client.get("/api/v1/events", params={"limit": 1000})
    assert "x-cache" not in after.headers
    assert len(after.json()["items"]) == len(before) - 1 and merged in [e["id"] for e in after.json()["items"]]


def test_a_write_from_another_process_shows_in_the_next_answer(ledger_path: Path) -> None:
    client = TestClient(create_app(ledger_path))
    before = _ids(client)
    one = client.get(f"/api/v1/events/{before[0]}").json()
    assert client.get(f"/api/v1/events/{before[0]}").headers["x-cache"] == "hit"
    script = "import sys; from eventledger.store import Ledger; Ledger(sys.argv[1]).merge(sys.argv[2], sys.argv[3])"
    subprocess.run([sys.executable, "-c", script, str(ledger_path), before[0], before[1]], check=True, timeout=120)
    assert len(_ids(client)) == len(before) - 1
    merged = client.get(f"/api/v1/events/{before[0]}").json()
    assert len(merged["claims"]) > len(one["claims"])


def test_writes_through_the_api_show_at_once(ledger_path: Path) -> None:
    client = TestClient(create_app(ledger_path, token="t"))
    before = _ids(client)
    _ids(client)
    response = client.post(f"/api/v1/events/{before[0]}/merge", json={"other": before[1]}, headers={"Authorization": "Bearer t"})
    assert response.status_code == 200, response.text
    assert len(_ids(client)) == len(before) - 1


def test_the_cache_can_be_switched_off_and_a_bad_budget_is_named(ledger_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTLEDGER_API_CACHE_MB", "0")
    client = TestClient(create_app(ledger_path))
    assert all("x-cache" not in client.get("/api/v1/events").headers for _ in range(2))
    monkeypatch.setenv("EVENTLEDGER_API_CACHE_MB", "lots")
    with pytest.raises(ValueError, match="EVENTLEDGER_API_CACHE_MB"):
        create_app(ledger_path)


def test_several_server_processes_answer_and_each_sees_a_write(ledger_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "eventledger.cli", "serve", "--db", str(ledger_path), "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/api/v1/events"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                before = httpx.get(url, params={"limit": 1000}, timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read() if server.stderr else ""
                time.sleep(0.3)
        answers = [httpx.get(url, params={"limit": 1000}, timeout=10) for _ in range(8)]  # a new connection each
        assert all(a.status_code == 200 and a.content == before.content for a in answers)
        ids = [e["id"] for e in before.json()["items"]]
        with Ledger(ledger_path) as other:
            other.merge(ids[0], ids[1])
        after = [httpx.get(url, params={"limit": 1000}, timeout=10) for _ in range(8)]
        assert all(len(a.json()["items"]) == len(ids) - 1 for a in after)
    finally:
        server.terminate()
        server.wait(timeout=30)
