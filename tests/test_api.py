"""The HTTP API, through an ASGI client, against a real SQLite ledger made from the demo reports.

Each demo report is published by a made-up outlet ("Outlet en_kazan_airport", ...), and one report by a second
outlet too, so that outlets show up everywhere they should.
"""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import sys
import time
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from eventledger.api.app import create_app
from eventledger.ingest import ingest
from eventledger.model import Report
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that its TestClient will move to httpx2
    from fastapi.testclient import TestClient

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
TOKEN = "correct horse battery staple"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SECOND_OUTLET = "Second Outlet"


def _published_by_outlets(reports: list[Report]) -> list[Report]:
    named = [replace(r, source=f"Outlet {Path(r.origin or '').stem}", url=f"https://example.org/{Path(r.origin or '').stem}") for r in reports]
    return [*named, replace(named[0], source=SECOND_OUTLET, url="https://example.net/relay")]


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory: pytest.TempPathFactory, gazetteer: Any) -> Path:
    path = tmp_path_factory.mktemp("api") / "demo.db"
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    with Ledger(path) as ledger:
        summary = ingest(ledger, _published_by_outlets(reports), gazetteer)
    assert not summary.failed and summary.new == len(reports)
    return path


@pytest.fixture(scope="module")
def client(ledger_path: Path) -> TestClient:
    return TestClient(create_app(ledger_path))


@pytest.fixture()
def writable(ledger_path: Path, tmp_path: Path) -> TestClient:
    """An app with the token, over a copy of the demo ledger (writes must not change what other tests read)."""
    copy = tmp_path / "copy.db"
    with sqlite3.connect(ledger_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return TestClient(create_app(copy, token=TOKEN))


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    items, cursor = [], None
    while True:
        page = client.get("/api/v1/events", params={**params, "limit": 1000, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        items += page.json()["items"]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            return items


# -- events ------------------------------------------------------------------------------------------------------


def test_events_are_schema_records_with_outlets_and_claim_counts(client: TestClient) -> None:
    body = client.get("/api/v1/events", params={"limit": 5, "fields": "full"}).json()
    assert len(body["items"]) == 5 and body["next_cursor"]
    event = body["items"][0]
    for field in ("id", "kind", "weapon", "date", "place", "figures", "claims", "reports", "related", "background"):
        assert field in event
    assert event["claim_count"] == len(event["claims"]) > 0
    assert event["outlets"] and all(o.startswith("Outlet ") or o == SECOND_OUTLET for o in event["outlets"])


def test_the_list_gives_summaries_the_same_values_as_the_full_records_without_claims(client: TestClient) -> None:
    summaries = all_events(client)
    full = all_events(client, fields="full")
    assert [s["id"] for s in summaries] == [e["id"] for e in full]
    for summary, record in zip(summaries, full):
        # (a summary leaves out the claims of the event's areas too, as docs/SCHEMA.md says)
        areas = [{k: v for k, v in a.items() if k != "claims"} for a in record["areas"]]
        assert summary == {k: v for k, v in record.items() if k not in ("claims", "related")} | {"areas": areas}
    assert any(s["claim_count"] > 1 for s in summaries)


def test_one_event_has_the_fields_of_its_full_list_record_with_claims_told_in_more_detail(client: TestClient) -> None:
    record = client.get("/api/v1/events", params={"limit": 1, "fields": "full"}).json()["items"][0]
    one = client.get(f"/api/v1/events/{record['id']}").json()
    assert {k: one[k] for k in record if k != "claims"} == {k: v for k, v in record.items() if k != "claims"}
    assert [(c["quote"], c["start"]) for c in one["claims"]] == [(c["quote"], c["start"]) for c in record["claims"]]


def test_cursor_paging_visits_every_event_once_in_date_order(client: TestClient) -> None:
    everything = all_events(client)
    for sort in ("-date", "date"):
        seen, cursor = [], None
        while True:
            params = {"limit": 4, "sort": sort, **({"cursor": cursor} if cursor else {})}
            page = client.get("/api/v1/events", params=params).json()
            seen += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        ids = [e["id"] for e in seen]
        assert len(ids) == len(set(ids)) == len(everything)
        dates = [e["date"] for e in seen if e["date"]]
        assert dates == sorted(dates, reverse=sort == "-date")


def test_a_cursor_is_refused_for_another_sort_or_when_made_up(client: TestClient) -> None:
    cursor = client.get("/api/v1/events", params={"limit": 2}).json()["next_cursor"]
    other = client.get("/api/v1/events", params={"limit": 2, "sort": "date", "cursor": cursor})
    assert other.status_code == 422 and "sort" in other.json()["detail"]
    assert client.get("/api/v1/events", params={"cursor": "not-a-cursor"}).status_code == 422


@pytest.mark.parametrize(
    ("params", "holds"),
    [
        ({"kind": "strike"}, lambda e: e["kind"] == "strike"),
        ({"weapon": "drone"}, lambda e: e["weapon"] == "drone"),
        ({"country": "ua"}, lambda e: e["place"]["country"] == "UA"),
        ({"admin1": "zaporizhzhia oblast"}, lambda e: e["place"]["admin1"] == "Zaporizhzhia Oblast"),
        ({"since": "2025-08", "until": "2025-10"}, lambda e: "2025-08" <= e["date"] <= "2025-10-31"),
        ({"bbox": "30,44,40,50"}, lambda e: 30 <= e["place"]["lon"] <= 40 and 44 <= e["place"]["lat"] <= 50),
        ({"min_killed": 1}, lambda e: e["figures"]["killed"]["best"] >= 1),
        ({"min_injured": 5}, lambda e: e["figures"]["injured"]["best"] >= 5),
        ({"background": "true"}, lambda e: e["background"]),
        ({"source": "GOVERNOR"}, lambda e: any((c["source"] or "").lower() == "governor" for c in e["claims"])),
        ({"source": "GOVERNOR", "fields": "full"}, lambda e: any((c["source"] or "").lower() == "governor" for c in e["claims"])),
        ({"outlet": SECOND_OUTLET}, lambda e: SECOND_OUTLET in e["outlets"]),
        ({"target": "oil_refinery"}, lambda e: e["target"]["category"] == "oil_refinery"),
    ],
)
def test_each_filter_selects_exactly_the_events_it_describes(client: TestClient, params: dict, holds: Any) -> None:
    everything = all_events(client, fields="full")
    selected = all_events(client, **params)
    assert selected, f"the demo ledger has events for {params}"
    expected = {e["id"] for e in everything if _safely(holds, e)}
    assert {e["id"] for e in selected} == expected


def _safely(holds: Any, event: dict[str, Any]) -> bool:
    try:
        return bool(holds(event))
    except (KeyError, TypeError):
        return False


def test_filters_combine(client: TestClient) -> None:
    both = all_events(client, kind="strike", country="UA")
    assert both and all(e["kind"] == "strike" and e["place"]["country"] == "UA" for e in both)
    assert len(both) < len(all_events(client, country="UA"))


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"kind": "parade"}, "kind"),
        ({"country": "XX"}, "XX"),
        ({"since": "July"}, "since"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "10,60,20,50"}, "south"),
        ({"min_killed": -1}, "min_killed"),
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
        ({"sort": "place"}, "sort"),
    ],
)
def test_bad_parameters_get_a_422_naming_them(client: TestClient, params: dict, named: str) -> None:
    response = client.get("/api/v1/events", params=params)
    assert response.status_code == 422
    assert named in response.text


# -- search ------------------------------------------------------------------------------------------------------


def test_full_text_search_finds_events_by_words_of_their_reports(client: TestClient) -> None:
    found = all_events(client, q="refinery")
    assert found and len(found) < len(all_events(client))
    for event in found:
        texts = [client.get(f"/api/v1/reports/{rid}").json()["text"].lower() for rid in event["reports"]]
        assert any("refiner" in text for text in texts)


def test_search_reads_cyrillic_and_matches_word_prefixes(client: TestClient) -> None:
    odesa = all_events(client, q="одес")  # "Одеса", "Одесі", "Одещини"... in the Ukrainian report
    assert odesa and all(e["place"]["country"] == "UA" for e in odesa)
    assert all_events(client, q="DRONE") == all_events(client, q="drone")
    assert {e["id"] for e in all_events(client, q="drones")} <= {e["id"] for e in all_events(client, q="drone")}


@pytest.mark.parametrize("q", ['"unbalanced', "NEAR(a b", "drone AND", "*", "col:drone", "'; DROP TABLE events; --"])
def test_search_syntax_in_a_query_is_taken_as_words(client: TestClient, q: str) -> None:
    assert client.get("/api/v1/events", params={"q": q}).status_code == 200


def test_claims_can_be_searched_by_their_quotes(client: TestClient) -> None:
    claims = client.get("/api/v1/claims", params={"q": "injured", "limit": 1000}).json()["items"]
    assert claims and all("injured" in c["quote"].lower() for c in claims)


# -- GeoJSON and CSV ---------------------------------------------------------------------------------------------


def test_geojson_has_a_point_an_uncertainty_radius_and_figure_bests(client: TestClient) -> None:
    response = client.get("/api/v1/events.geojson", params={"country": "UA"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(all_events(client, country="UA"))
    radius = {"city": 5, "admin1": 100, "point": 0.5}
    for f in collection["features"]:
        props = f["properties"]
        if f["geometry"] is None:  # a country- or region-wide place is stored without a point: no silent centroid
            assert props["precision"] in {"country", "region", "sea"}
        else:
            assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
        for key in ("id", "kind", "date", "place_name", "admin1", "country", "precision", "radius_km", "killed",
                    "injured", "weapon", "target", "background"):
            assert key in props
        if props["precision"] in radius:
            assert props["radius_km"] == radius[props["precision"]]
    for f in collection["features"]:
        event = client.get(f"/api/v1/events/{f['id']}").json()
        assert f["properties"]["injured"] == (event["figures"]["injured"]["best"] if "injured" in event["figures"] else None)


def test_csv_has_a_row_for_each_event_with_its_outlets(client: TestClient) -> None:
    response = client.get("/api/v1/events.csv", params={"kind": "strike"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    lines = response.text.splitlines()
    assert lines[0].startswith("id,kind,") and lines[0].endswith(",outlets")
    assert len(lines) - 1 == len(all_events(client, kind="strike"))
    assert "Outlet " in response.text


# -- one event, claims, reports ----------------------------------------------------------------------------------


def test_one_event_by_prefix_with_reasons_claims_outlets_history(client: TestClient) -> None:
    first = all_events(client, min_injured=1)[0]
    response = client.get(f"/api/v1/events/{first['id'][:8]}")
    assert response.status_code == 200
    event = response.json()
    assert event["id"] == first["id"]
    assert all(f["reason"] and f["low"] <= f["best"] for f in event["figures"].values())
    assert event["history"] and event["history"][0]["change"]["action"] == "created"
    assert isinstance(event["same_target_earlier"], list)
    for claim in event["claims"]:
        assert set(claim) >= {"claim_id", "report_id", "source", "hedged", "quote", "start", "end", "figure", "value",
                              "outlet", "url", "published"}
        assert set(claim["source"]) == {"name", "kind"}
        assert claim["outlet"] and claim["url"].startswith("https://example.")
        text = client.get(f"/api/v1/reports/{claim['report_id']}").json()["text"]
        assert text[claim["start"] : claim["end"]] == claim["quote"]


def test_as_of_before_any_report_was_out_is_not_found(client: TestClient) -> None:
    event_id = all_events(client)[0]["id"]
    assert client.get(f"/api/v1/events/{event_id}", params={"as_of": "2001-01-01T00:00:00Z"}).status_code == 404
    assert client.get(f"/api/v1/events/{event_id}", params={"as_of": "2030-01-01T00:00:00Z"}).status_code == 200
    assert client.get(f"/api/v1/events/{event_id}", params={"as_of": "yesterday"}).status_code == 422


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/v1/events/ffffffffffff").status_code == 404
    assert client.get("/api/v1/events/abc").status_code == 404
    assert client.get("/api/v1/reports/ffffffffffff").status_code == 404
    assert client.get("/api/v1/claims", params={"event": "ffffffffffff"}).status_code == 404


def test_claims_of_an_event_and_of_a_filter(client: TestClient) -> None:
    event = all_events(client)[0]
    claims = client.get("/api/v1/claims", params={"event": event["id"]}).json()["items"]
    assert {c["claim_id"] for c in claims} == {c["claim_id"] for c in client.get(f"/api/v1/events/{event['id']}").json()["claims"]}
    by_outlet = client.get("/api/v1/claims", params={"outlet": SECOND_OUTLET, "limit": 1000}).json()["items"]
    assert by_outlet and {c["event_id"] for c in by_outlet} <= {e["id"] for e in all_events(client, outlet=SECOND_OUTLET)}


def test_a_report_with_its_publications_and_claim_spans(client: TestClient) -> None:
    relayed = client.get("/api/v1/publications", params={"outlet": SECOND_OUTLET}).json()["items"]
    assert len(relayed) == 1
    report = client.get(f"/api/v1/reports/{relayed[0]['report_id']}").json()
    outlets = [p["outlet"] for p in report["publications"]]
    assert len(outlets) == 2 and SECOND_OUTLET in outlets and any(o.startswith("Outlet en_") for o in outlets)
    assert [p["url"] for p in report["publications"]] == ["https://example.org/" + outlets[0].split()[-1], "https://example.net/relay"]
    event = [e for e in all_events(client, outlet=SECOND_OUTLET) if report["id"] in e["reports"]][0]
    assert report["language"] in {"en", "ru", "uk"} and report["text"]
    assert all(report["text"][c["start"] : c["end"]] for c in report["claims"])
    assert any(c["event_id"] == event["id"] for c in report["claims"])


def test_publications_and_sources(client: TestClient) -> None:
    publications = client.get("/api/v1/publications", params={"limit": 1000}).json()["items"]
    assert len(publications) == len(list(DEMO.glob("*.txt"))) + 1
    sources = client.get("/api/v1/sources").json()
    assert any(s["name"] == SECOND_OUTLET for s in sources["outlets"])
    assert any(s["kind"] == "official" for s in sources["claimed"])


# -- writes and the token ----------------------------------------------------------------------------------------


def test_without_a_token_there_are_no_write_endpoints(client: TestClient) -> None:
    event_id = all_events(client)[0]["id"]
    assert client.post(f"/api/v1/events/{event_id}/review", json={}, headers=AUTH).status_code in {404, 405}
    assert client.post("/api/v1/reports", json={"text": "x"}, headers=AUTH).status_code in {404, 405}
    assert "/api/v1/reports" not in client.get("/openapi.json").json()["paths"]


def test_writes_need_the_token(writable: TestClient) -> None:
    event_id = all_events(writable)[0]["id"]
    url = f"/api/v1/events/{event_id}/review"
    assert writable.post(url, json={}).status_code == 401
    assert writable.post(url, json={}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert writable.post(url, json={}, headers={"Authorization": TOKEN}).status_code == 401
    accepted = writable.post(url, json={"note": "checked the quotes"}, headers=AUTH)
    assert accepted.status_code == 200 and accepted.json() == {"id": event_id, "status": "reviewed"}
    history = writable.get(f"/api/v1/events/{event_id}").json()["history"]
    assert history[-1]["change"] == {"action": "reviewed", "note": "checked the quotes"}


def test_merge_and_split_through_the_api(writable: TestClient) -> None:
    first, second = (e["id"] for e in all_events(writable, country="UA")[:2])
    merged = writable.post(f"/api/v1/events/{first}/merge", json={"other": second}, headers=AUTH)
    assert merged.status_code == 200
    event = writable.get(f"/api/v1/events/{merged.json()['id']}").json()
    assert len(event["reports"]) >= 1
    moved_report = writable.get(f"/api/v1/events/{second}").json()["reports"][0] if len(event["reports"]) > 1 else None
    if moved_report:
        split = writable.post(f"/api/v1/events/{event['id']}/split", json={"claims": [moved_report]}, headers=AUTH)
        assert split.status_code == 200 and set(split.json()) == {"kept", "moved"}
    assert writable.post("/api/v1/events/ffffffffffff/merge", json={"other": first}, headers=AUTH).status_code == 404


def test_a_submitted_report_with_markup_comes_back_as_plain_string_data(writable: TestClient) -> None:
    text = (
        'A drone struck an oil depot in Tuapse, Krasnodar Krai, on 3 June 2025, the governor said. '
        '<script>alert("x")</script><img src=x onerror="alert(1)"> Two people were injured.'
    )
    submitted = writable.post(
        "/api/v1/reports",
        json={"text": text, "published": "2025-06-03T10:00:00Z", "outlet": "Test <b>Outlet</b>", "url": "https://example.org/t"},
        headers=AUTH,
    )
    assert submitted.status_code == 200, submitted.text
    report = writable.get(f"/api/v1/reports/{submitted.json()['report_id']}")
    assert report.headers["content-type"] == "application/json"
    assert report.json()["text"] == text
    assert report.json()["publications"][0]["outlet"] == "Test <b>Outlet</b>"
    assert writable.post("/api/v1/reports", json={"text": ""}, headers=AUTH).status_code == 422


# -- pages, documentation, the server ----------------------------------------------------------------------------


def test_docs_and_their_assets_are_served_from_here(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text) + re.findall(r"url: '([^']+)'", docs.text)
    assert assets and all(a.startswith("/") for a in assets), assets
    assert all(client.get(a).status_code == 200 for a in assets)
    schema = client.get("/openapi.json").json()
    assert {"/api/v1/events", "/api/v1/events.geojson", "/api/v1/events/{event_id}"} <= set(schema["paths"])


def test_the_front_page_is_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")


def test_eventledger_serve_answers_on_127_0_0_1(ledger_path: Path, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path / "serve.log"  # a file, not a pipe: reading a live server's pipe for the message would block
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "eventledger.cli", "serve", "--db", str(ledger_path), "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/v1/events", params={"limit": 1}, timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, log.read_text(errors="replace")
                time.sleep(0.2)
        assert response.status_code == 200 and len(response.json()["items"]) == 1
        # it rendered the newest events' list items before it listened, and said so
        assert re.search(r"rendered the newest \d+ events' list items in [\d.]+ s", log.read_text(errors="replace"))
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_serve_refuses_an_empty_token_file(ledger_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "token"
    empty.write_text("\n")
    done = subprocess.run(
        [sys.executable, "-m", "eventledger.cli", "serve", "--db", str(ledger_path), "--token-file", str(empty)],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2 and "token file" in done.stderr and "empty" in done.stderr


# -- PostgreSQL ----------------------------------------------------------------------------------------------------


def test_the_same_queries_answer_the_same_on_postgresql(client: TestClient, postgres_url: str, gazetteer: Any) -> None:
    """The filters are SQLAlchemy expressions, so PostgreSQL answers as SQLite does; `q` there is a substring
    search instead of FTS5, which gives the same events for whole words."""
    reports = [r for r in iter_inputs(sorted(DEMO.glob("*.txt"))) if isinstance(r, Report)]
    with Ledger(postgres_url) as ledger:
        assert not ingest(ledger, _published_by_outlets(reports), gazetteer).failed
    pg = TestClient(create_app(postgres_url))
    for params in [{}, {"kind": "strike"}, {"country": "UA", "since": "2025-08"}, {"bbox": "30,44,40,50"},
                   {"min_injured": 5}, {"target": "oil_refinery"}, {"outlet": SECOND_OUTLET}, {"source": "governor"},
                   {"admin1": "zaporizhzhia oblast"}, {"q": "refinery"}, {"q": "одес"}, {"sort": "date"}]:
        assert [e["id"] for e in all_events(pg, **params)] == [e["id"] for e in all_events(client, **params)], params
    first = all_events(pg)[0]["id"]
    assert pg.get(f"/api/v1/events/{first}").json()["claims"] == client.get(f"/api/v1/events/{first}").json()["claims"]
    geo = pg.get("/api/v1/events.geojson").json()["features"]
    assert [f["properties"] for f in geo] == [f["properties"] for f in client.get("/api/v1/events.geojson").json()["features"]]


def test_search_works_in_a_ledger_made_by_a_parquet_import(client: TestClient, ledger_path: Path, tmp_path: Path) -> None:
    from eventledger.store.parquet import export_parquet, import_parquet

    with Ledger(ledger_path) as source:
        export_parquet(source, tmp_path / "export")
    with Ledger(tmp_path / "imported.db") as target:
        import_parquet(target, tmp_path / "export")
    imported = TestClient(create_app(tmp_path / "imported.db"))
    for q in ("refinery", "одес"):
        assert all_events(imported, q=q) == all_events(client, q=q) != []
    claims = {"q": "injured", "limit": 1000}
    assert imported.get("/api/v1/claims", params=claims).json() == client.get("/api/v1/claims", params=claims).json()


# -- any input: never a server error -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api_schema(ledger_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    copy = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    with sqlite3.connect(ledger_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(copy, token=TOKEN))


def test_no_request_gets_a_server_error(api_schema: Any) -> None:
    """Random, property-based requests to every operation of the OpenAPI schema (writes with the token): a 4xx
    is fine, a 5xx never. Bounded: a dozen examples an operation, the same ones every run."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None)
        def no_server_error(case: Any) -> None:
            case.call_and_validate(headers=AUTH, checks=[not_a_server_error])

        no_server_error()
