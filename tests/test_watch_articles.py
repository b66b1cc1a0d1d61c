"""`watch` reads the article each feed item links to, as a desk needs it: a feed's summary rarely holds the figures or
who claimed them. A real HTTP server on 127.0.0.1 serves a feed whose items link to article pages written here."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.store import Ledger

runner = CliRunner()

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Refinery hit in Saratov</title><link>{base}/news/saratov</link>
<pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate><description>Drones attacked a refinery overnight.</description></item>
<item><title>Shelling in Shebekino</title><link>{base}/news/shebekino</link>
<pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>Shebekino was shelled again.</description></item>
</channel></rss>"""

ARTICLE = """<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav><article><h1>{title}</h1>
<p>{lead}</p><p>{more}</p><p>Firefighters worked at the site until the morning, the emergency service said.</p>
</article><footer>Copyright Test Wire</footer></body></html>"""

PAGES = {
    "/news/saratov": ARTICLE.format(
        title="Refinery hit in Saratov",
        lead="Drones attacked the oil refinery in Saratov overnight, regional governor Roman Busargin said on Monday.",
        more="Two workers were injured and a fire broke out at the site, the governor said."),
    "/news/shebekino": ARTICLE.format(
        title="Shelling in Shebekino",
        lead="Shelling of Shebekino in Belgorod Oblast injured three men on Tuesday, governor Vyacheslav Gladkov said.",
        more="Two houses and a car were damaged, he said."),
}


@pytest.fixture()
def server() -> Iterator[tuple[str, list[str], dict[str, int]]]:
    requests: list[str] = []
    failures = {"/news/shebekino": 1}  # the first request of this page fails (503), later ones succeed

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            requests.append(self.path)
            base = f"http://{self.headers['host']}"
            if self.path == "/feed.rss":
                return self._send(200, FEED.format(base=base), "application/rss+xml")
            if failures.get(self.path, 0) > 0:
                failures[self.path] -= 1
                return self._send(503, "busy", "text/plain")
            if self.path in PAGES:
                return self._send(200, PAGES[self.path], "text/html; charset=utf-8")
            return self._send(404, "not found", "text/plain")

        def _send(self, status: int, body: str, content_type: str) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests, failures
    finally:
        httpd.shutdown()
        httpd.server_close()


def invoke(*args: object):  # noqa: ANN201
    return runner.invoke(app, [str(a) for a in args])


def test_watch_stores_the_linked_articles_text_and_figures(server, tmp_path):
    base, requests, _ = server
    db = tmp_path / "ledger.db"
    added = invoke("sources", "add", f"{base}/feed.rss", "--name", "Test Wire", "--db", db, "--allow-private")
    assert added.exit_code == 0, added.output

    first = invoke("watch", "--db", db, "--once")  # no --allow-private: the source remembers it
    assert first.exit_code == 0, first.output
    assert "/news/saratov" in requests and "/news/shebekino" in requests
    assert "tried again at the next poll" in first.stderr
    with Ledger(db) as ledger:
        saratov = next(e for e in ledger.events(kind="strike") if e.place and e.place.key == "Saratov")
        report = ledger.report(saratov.reports[0])
        assert "Two workers were injured" in report.text and "Home | World" not in report.text
        assert report.title == "Refinery hit in Saratov" and report.published.isoformat().startswith("2025-06-02T08:00")
        assert saratov.figures["injured"].best == 2
        assert ledger.publications(saratov.reports[0])[0].source == "Test Wire"

    second = invoke("watch", "--db", db, "--once")  # the page that failed is read now
    assert second.exit_code == 0, second.output
    with Ledger(db) as ledger:
        shelling = ledger.events(kind="shelling")
        assert any(e.figures.get("injured") and e.figures["injured"].best == 3 for e in shelling)
        assert requests.count("/news/saratov") == 1  # a page read once is not fetched again


def test_a_private_feed_is_refused_in_the_clis_words_and_one_url_has_one_name(server, tmp_path):
    base, _, _ = server
    db = tmp_path / "ledger.db"
    refused = invoke("sources", "add", f"{base}/feed.rss", "--name", "Test Wire", "--db", db)
    assert refused.exit_code == 2 and "--allow-private" in refused.stderr and "allow_private=True" not in refused.stderr
    assert invoke("sources", "add", f"{base}/feed.rss", "--name", "Test Wire", "--db", db, "--allow-private").exit_code == 0
    twice = invoke("sources", "add", f"{base}/feed.rss", "--name", "Another Name", "--db", db, "--allow-private")
    assert twice.exit_code == 2 and "already followed as 'Test Wire'" in twice.stderr


def test_a_feed_that_says_retry_after_is_not_polled_before_then(tmp_path):
    class Busy(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(503)
            self.send_header("Retry-After", "7200")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/feed.rss"
        db = tmp_path / "ledger.db"
        invoke("sources", "add", url, "--name", "Busy Wire", "--db", db, "--allow-private")
        result = invoke("watch", "--db", db, "--once")
        assert result.exit_code == 1 and "retry after 7200 s" in result.stderr
        with Ledger(db) as ledger:
            state = ledger.feed_state(url)
            assert (state.next_poll_at - state.last_polled_at).total_seconds() >= 7200  # not the 1-minute back-off
    finally:
        httpd.shutdown()
        httpd.server_close()
