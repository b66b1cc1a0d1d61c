"""The map page in a real browser: Debian's headless Chromium, driven by Playwright, against `eventledger serve`'s app
on 127.0.0.1 over the demo ledger plus one hostile report. Nothing may be requested from anywhere else.

Chromium comes from Debian (`scripts/system-deps.sh`, run by `make test`); Playwright never downloads a browser.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect, sync_playwright

from eventledger.api.app import create_app
from eventledger.ingest import ingest
from eventledger.sources.files import iter_inputs
from eventledger.store import Ledger

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DEMO = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "demo"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
TOKEN = "reviewer-1"  # short on purpose: a made-up token, not a secret

# Written for this test: an incident report whose text carries markup that must never run or render as markup.
HOSTILE = (
    "A drone struck a warehouse in Kharkiv on 3 July, injuring 2 people, the regional governor said. "
    "<script>window.__injected = 'script'</script> "
    '<img src=x onerror="window.__injected = \'img\'"> <b onmouseover="window.__injected = \'b\'">bold words</b>'
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory: pytest.TempPathFactory, gazetteer) -> Path:
    folder = tmp_path_factory.mktemp("map")
    corpus = folder / "hostile.jsonl"
    corpus.write_text(json.dumps({
        "text": HOSTILE, "date": "2025-07-03", "source": "Test Outlet", "url": "https://example.org/hostile",
    }) + "\n", encoding="utf-8")
    path = folder / "ledger.db"
    with Ledger(path) as ledger:
        ingest(ledger, iter_inputs(sorted(DEMO.glob("*.txt"))), gazetteer)
        summary = ingest(ledger, iter_inputs([corpus], corpus_options={"source_field": "source", "url_field": "url"}), gazetteer)
        assert not summary.failed
    return path


@pytest.fixture(scope="module")
def server(ledger_path: Path) -> Iterator[str]:
    """The app `eventledger serve` runs, with writes on, in a thread on a free port of 127.0.0.1."""
    port = free_port()
    config = uvicorn.Config(create_app(ledger_path, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start within 20 s"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[tuple[Page, list[str]]]:
    assert CHROMIUM.exists(), "Debian's chromium is missing: run `bash scripts/system-deps.sh` as root (make test does)"
    requested: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 850})
        context.on("request", lambda request: requested.append(request.url))
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(server)
        page.wait_for_selector("body[data-state=ready]", timeout=20000)
        yield page, requested
        assert not errors, errors
        context.close()
        browser.close()


def shown(page: Page) -> int:
    return int(page.locator("body").get_attribute("data-shown"))


def markers_on_screen(page: Page) -> int:
    """Events behind the markers drawn: single markers plus the counts written on the clusters."""
    return page.evaluate("""() => document.querySelectorAll('.leaflet-marker-icon.ev').length
        + [...document.querySelectorAll('.marker-cluster')].reduce((n, c) => n + Number(c.textContent), 0)""")


def test_the_map_shows_the_ledger_and_an_event_with_its_claims(browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    assert shown(page) > 10
    page.locator(".leaflet-marker-icon.ev[title*=injured]").first.click()  # an event with figures
    panel = page.locator("#panel")
    expect(panel).to_be_visible()
    expect(panel.locator(".claim").first).to_be_visible()
    assert panel.locator(".claim .outlet").count() == panel.locator(".claim").count() >= 1
    expect(panel.locator(".figures")).to_be_visible()
    expect(panel.locator(".claim .report-text mark").first).to_be_visible()  # the quote, highlighted in its report
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()


def test_the_date_brush_changes_the_markers(browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    everything, drawn = shown(page), markers_on_screen(page)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.05, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=8)
    page.mouse.up()
    page.wait_for_function(f"() => Number(document.body.dataset.shown) < {everything}")
    assert 0 < shown(page) < everything
    assert markers_on_screen(page) < drawn
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", page.locator("#since").input_value())  # the inputs follow the brush
    page.locator("#clear-dates").click()
    page.wait_for_function(f"() => Number(document.body.dataset.shown) === {everything}")


def test_a_search_narrows_the_markers_and_report_markup_stays_text(browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    everything = shown(page)
    page.locator("#q").fill("onerror")
    page.locator("#q").press("Enter")
    page.wait_for_function("() => document.body.dataset.shown === '1'")
    assert markers_on_screen(page) + page.locator("path.ev-area").count() == 1 < everything

    page.locator("#event-list button").first.click()
    panel = page.locator("#panel")
    expect(panel.locator(".claim .outlet").first).to_have_text("Test Outlet")
    expect(panel.locator(".claim .report-text mark").first).to_be_visible()
    panel.locator(".report-full summary").first.click()
    whole = panel.locator(".report-body .whole").first
    expect(whole).to_contain_text("<script>window.__injected = 'script'</script>")
    expect(whole).to_contain_text('<img src=x onerror="window.__injected = \'img\'">')
    assert panel.locator("script, img, b, [onerror], [onmouseover]").count() == 0
    assert page.evaluate("window.__injected") is None
    link = panel.locator(".claim a").first
    assert link.get_attribute("href") == "https://example.org/hostile"

    page.locator("#q").fill("")
    page.locator("#q").press("Enter")
    page.wait_for_function(f"() => Number(document.body.dataset.shown) === {everything}")


def test_a_reviewer_with_the_token_marks_an_event_reviewed(browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    page.locator("#event-list button").first.click()
    panel = page.locator("#panel")
    panel.get_by_label("Reviewer token").fill(TOKEN)
    panel.get_by_role("button", name="Use").click()
    panel.get_by_role("button", name="Mark reviewed").click()
    expect(panel.locator(".notice")).to_have_text("review: done")
    panel.locator(".history summary").click()
    expect(panel.locator(".history li").last).to_contain_text("review")
    expect(panel.get_by_role("button", name="Mark reviewed")).to_be_visible()  # the token is kept for the tab
    page.keyboard.press("Escape")


def test_the_list_is_keyboard_reachable_and_esc_returns_focus(browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    row = page.locator("#event-list button").nth(1)
    row.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#panel")
    expect(panel.locator("h2")).to_be_focused()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert page.evaluate("document.activeElement.dataset.id") == row.get_attribute("data-id")


def test_a_reviewer_merges_two_events(browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    before = shown(page)
    rows = page.locator("#event-list button")
    other = rows.nth(3).get_attribute("data-id")
    rows.nth(2).click()  # the token entered above is kept for the tab
    panel = page.locator("#panel")
    claims = int(re.search(r"\d+", panel.locator("h3", has_text="Claims").inner_text()).group())
    panel.get_by_label("Event to merge with").fill(other)
    panel.get_by_role("button", name="Merge").click()
    expect(panel.locator(".notice")).to_have_text("merge: done")
    merged = int(re.search(r"\d+", panel.locator("h3", has_text="Claims").inner_text()).group())
    assert merged > claims
    page.wait_for_function(f"() => Number(document.body.dataset.shown) === {before - 1}")
    page.keyboard.press("Escape")


def test_no_request_leaves_127_0_0_1(browser_page: tuple[Page, list[str]], server: str) -> None:
    _, requested = browser_page
    assert requested, "the page made no request at all"
    outside = [url for url in requested if not (url.startswith(server) or url.startswith("data:"))]
    assert outside == []
