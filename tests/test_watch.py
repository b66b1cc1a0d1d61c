"""Following feeds through the ledger, as a user runs it: `sources add`, then `watch`, against a real HTTP server on
127.0.0.1 that publishes new items and misbehaves on some feeds (500, a slow answer, a redirect loop, 20 MB, broken
XML). Feed state lives in the ledger, so nothing is re-ingested, and a failing feed neither stops the others nor loses
what was known about it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.store import Ledger

runner = CliRunner()

ITEM = """<item><title>{title}</title><link>{base}/news/{n}</link><guid>{base}/news/{n}</guid>
<pubDate>Mon, 0{n} Jun 2025 0{n}:00:00 GMT</pubDate><description>{body}</description></item>"""


PAGE = """<html><head><title>Drone strike on Bryansk depot</title><meta property="og:site_name" content="Test Wire">
<meta name="date" content="2025-06-04"></head><body><nav>Home | World | Sport</nav><article>
<h1>Drone strike on Bryansk depot</h1>
<p>Drones attacked an oil depot in Bryansk overnight, regional governor Ivan Orlov said on Wednesday morning.</p>
<p>Two workers were injured and a fire broke out at the site, the governor said. Firefighters put it out by dawn.</p>
<p>Residents of the city reported at least five explosions shortly after 2 a.m.</p>
</article><footer>Copyright Test Wire</footer></body></html>"""


class Feed:
    """The items the test server publishes; the test appends to it while `watch` runs."""

    def __init__(self) -> None:
        self.items = [
            ("Refinery hit", "Drones attacked the oil refinery in Saratov overnight, the governor said. Two people were injured."),
            ("Airport closed", "Temporary restrictions were introduced at Kaluga Airport, Rosaviatsia said."),
        ]
        self.requests: list[tuple[str, str | None]] = []

    def xml(self, base: str) -> bytes:
        items = "".join(ITEM.format(title=t, body=b, base=base, n=i + 1) for i, (t, b) in enumerate(self.items))
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{items}</channel></rss>'.encode()


@pytest.fixture()
def server() -> Iterator[tuple[str, Feed]]:
    feed = Feed()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            feed.requests.append((self.path, self.headers.get("if-none-match")))
            base = f"http://{self.headers['host']}"
            if self.path == "/feed.rss":
                body = feed.xml(base)
                etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
                if self.headers.get("if-none-match") == etag:
                    return self._send(304, b"")
                return self._send(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})
            if self.path == "/news/drone-strike.html":
                return self._send(200, PAGE.encode(), {"Content-Type": "text/html; charset=utf-8"})
            if self.path == "/error.rss":
                return self._send(500, b"internal error")
            if self.path == "/slow.rss":
                time.sleep(1.5)
                return self._send(200, feed.xml(base))
            if self.path == "/loop.rss":
                return self._send(302, b"", {"Location": "/loop.rss"})
            if self.path == "/big.rss":
                self.send_response(200)
                self.end_headers()
                try:
                    for _ in range(20 * 16):
                        self.wfile.write(b"<" * 65536)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return None
            if self.path == "/malformed.rss":
                return self._send(200, b"<rss><channel><item><title>unclosed</channel")
            return self._send(404, b"")

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", feed
    httpd.shutdown()


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def follow(db: Path, url: str, name: str) -> None:
    result = invoke("sources", "add", url, "--name", name, "--db", db, "--allow-private")
    assert result.exit_code == 0, result.output


def test_a_loopback_feed_is_refused_unless_allowed(server, tmp_path):
    base, _ = server
    result = invoke("sources", "add", f"{base}/feed.rss", "--name", "Wire", "--db", tmp_path / "l.db")
    assert result.exit_code == 2 and "127.0.0.1" in result.stderr


def test_watch_ingests_new_items_once_and_polls_conditionally(server, tmp_path):
    base, feed = server
    db = tmp_path / "ledger.db"
    follow(db, f"{base}/feed.rss", "Test Wire")

    first = invoke("watch", "--db", db, "--once", "--allow-private")
    assert first.exit_code == 0 and "2 new item(s)" in first.stderr
    with Ledger(db) as ledger:
        assert ledger.counts()["reports"] == 2
        strikes = ledger.events(kind="strike")
        assert strikes and strikes[0].place.key == "Saratov"
        assert ledger.publications(strikes[0].reports[0])[0].source == "Test Wire"

    second = invoke("watch", "--db", db, "--once", "--allow-private")
    assert "not modified" in second.stderr
    assert feed.requests[-1][1] is not None  # the second poll sent If-None-Match

    feed.items.append(("Explosions", "Residents of Belgorod reported explosions overnight."))
    third = invoke("watch", "--db", db, "--once", "--allow-private")
    assert "1 new item(s)" in third.stderr
    with Ledger(db) as ledger:
        assert ledger.counts()["reports"] == 3
        assert ledger.feed_state(f"{base}/feed.rss").consecutive_failures == 0


@pytest.mark.parametrize("path, problem", [
    ("/error.rss", "500"),
    ("/slow.rss", "time"),
    ("/loop.rss", "redirect"),
    ("/big.rss", "too large"),
    ("/malformed.rss", "malformed XML"),
])
def test_a_failing_feed_is_logged_and_keeps_its_state_while_others_go_on(server, tmp_path, path, problem):
    base, _ = server
    db = tmp_path / "ledger.db"
    follow(db, f"{base}/feed.rss", "Test Wire")
    follow(db, f"{base}{path}", "Broken")
    invoke("watch", "--db", db, "--once", "--allow-private", "--timeout", "0.5")
    with Ledger(db) as ledger:
        good_etag = ledger.feed_state(f"{base}/feed.rss").etag

    result = invoke("watch", "--db", db, "--once", "--allow-private", "--timeout", "0.5")
    assert result.exit_code == 1
    failed_line = next(line for line in result.stderr.splitlines() if path in line)
    assert "failed" in failed_line and problem.lower() in failed_line.lower()
    with Ledger(db) as ledger:
        broken = ledger.feed_state(f"{base}{path}")
        assert broken.consecutive_failures == 2 and broken.last_error and broken.next_poll_at
        good = ledger.feed_state(f"{base}/feed.rss")
        assert good.etag == good_etag and good.consecutive_failures == 0
        assert ledger.counts()["reports"] == 2  # nothing lost, nothing twice


def test_a_running_watch_picks_up_a_new_item_on_a_later_poll(server, tmp_path):
    base, feed = server
    db = tmp_path / "ledger.db"
    follow(db, f"{base}/feed.rss", "Test Wire")
    command = [sys.executable, "-m", "eventledger.cli", "watch", "--db", str(db), "--interval", "1", "--allow-private"]
    watcher = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "200"})
    try:
        # generous bounds: the watcher's start-up (the gazetteer, the models) is slow on a loaded machine; how fast
        # a poll is belongs to the benchmarks, not to this test
        assert _wait_for_reports(db, 2, seconds=120), "the first poll did not happen"
        feed.items.append(("Shelling", "Shelling of Shebekino injured one man, the governor said."))
        assert _wait_for_reports(db, 3, seconds=60), "the new item was not picked up"
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)


def _wait_for_reports(db: Path, n: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if db.exists():
            with Ledger(db) as ledger:
                if ledger.counts()["reports"] >= n:
                    return True
        time.sleep(0.1)
    return False


def test_ingest_a_web_page_by_url(server, tmp_path):
    base, _ = server
    db = tmp_path / "ledger.db"
    refused = invoke("ingest", f"{base}/news/drone-strike.html", "--db", db)
    assert refused.exit_code == 1 and "127.0.0.1" in refused.stderr
    result = invoke("ingest", f"{base}/news/drone-strike.html", "--db", db, "--allow-private")
    assert result.exit_code == 0, result.stderr
    with Ledger(db) as ledger:
        (strike,) = ledger.events(kind="strike")
        assert strike.place.key == "Bryansk" and strike.figures["injured"].best == 2
        report = ledger.report(strike.reports[0])
        assert "Home | World" not in report.text and report.title == "Drone strike on Bryansk depot"
