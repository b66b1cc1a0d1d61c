"""Fetching pages and polling feeds from a real HTTP server on 127.0.0.1 started by the test.

The server misbehaves on purpose on some paths (500, a slow answer, a redirect loop, a 20 MB body, broken XML);
each must give a clear error, and for feeds the returned FeedState must keep what was known.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventledger.feedstate import FeedState
from eventledger.sources import FetchError, fetch, is_due, poll_feed, read_url
from eventledger.sources.feeds import backoff_delay
from eventledger.sources.fetch import check_url, is_public_address

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
ETAG = '"feed-v1"'
LAST_MODIFIED = "Fri, 14 Mar 2025 09:00:00 GMT"
NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


class Handler(BaseHTTPRequestHandler):
    requests: list[tuple[str, dict[str, str]]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        base = f"http://{self.headers['host']}"
        route = self.path.split("?")[0]
        if route == "/feed.rss":
            if self.headers.get("if-none-match") == ETAG:
                self._send(304, b"")
            else:
                self._send(200, (FIXTURES / "feed.rss").read_bytes(), "application/rss+xml",
                           {"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
        elif route == "/feed.atom":
            self._send(200, (FIXTURES / "feed.atom").read_bytes(), "application/atom+xml")
        elif route == "/links.rss":
            body = (FIXTURES / "feed_links.rss").read_text(encoding="utf-8").replace("{base}", base)
            self._send(200, body.encode(), "application/rss+xml")
        elif route == "/recoverable.rss":  # an HTML entity XML does not know: feedparser's loose parser copes
            body = (FIXTURES / "feed.rss").read_text(encoding="utf-8").replace("lifted in", "lifted&nbsp;in")
            self._send(200, body.encode(), "application/rss+xml")
        elif route == "/malformed.rss":
            self._send(200, (FIXTURES / "feed_malformed.rss").read_bytes(), "application/rss+xml")
        elif route == "/page.html":
            self._send(200, (FIXTURES / "page.html").read_bytes(), "text/html; charset=utf-8")
        elif route == "/moved":
            self._send(301, b"", headers={"Location": "/page.html"})
        elif route == "/loop-a":
            self._send(302, b"", headers={"Location": "/loop-b"})
        elif route == "/loop-b":
            self._send(302, b"", headers={"Location": f"{base}/loop-a"})
        elif route == "/error500":
            self._send(500, b"oops", "text/plain")
        elif route == "/slow":
            time.sleep(2)
            self._send(200, b"late", "text/plain")
        elif route == "/big":  # 20 MB, no Content-Length: the client must cut it while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"x" * 65536
            try:
                for _ in range(20_000_000 // len(chunk) + 1):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif route == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Length", "20000000")
            self.end_headers()
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str | None = None, headers: dict | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# --- fetch -----------------------------------------------------------------------------------------------------


def test_fetch_refuses_loopback_unless_allowed(server):
    with pytest.raises(FetchError, match="refused: 127.0.0.1 resolves to 127.0.0.1") as caught:
        fetch(f"{server}/page.html")
    assert caught.value.url == f"{server}/page.html"
    assert fetch(f"{server}/page.html", allow_private=True).status == 200


@pytest.mark.parametrize("url", ["http://localhost/", "http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data",
                                 "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/"])
def test_private_and_metadata_addresses_are_refused(url):
    with pytest.raises(FetchError, match="refused"):
        check_url(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "/relative/path", "http:///nohost"])
def test_only_http_urls_with_a_host_are_fetched(url):
    with pytest.raises(FetchError, match="only http and https|no host"):
        fetch(url)


def test_public_addresses_are_recognised():
    assert is_public_address("93.184.216.34") and is_public_address("2a00:1450:4001:82a::200e")
    assert not any(map(is_public_address, ["192.168.1.1", "100.64.0.1", "fe80::1%eth0", "224.0.0.1", "::"]))


def test_redirects_are_followed_and_recorded(server):
    result = fetch(f"{server}/moved", allow_private=True)
    assert result.url == f"{server}/page.html" and result.redirects == (f"{server}/moved",)
    assert "Examplegrad" in result.text and result.content_type == "text/html"


def test_a_redirect_loop_is_named(server):
    with pytest.raises(FetchError, match="redirect loop: .*/loop-a -> .*/loop-b -> .*/loop-a"):
        fetch(f"{server}/loop-a", allow_private=True)


def test_too_many_redirects(server):
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(f"{server}/moved", allow_private=True, max_redirects=0)


def test_a_server_error_names_the_status(server):
    with pytest.raises(FetchError, match=r"/error500: HTTP 500") as caught:
        fetch(f"{server}/error500", allow_private=True)
    assert caught.value.status == 500


def test_a_slow_server_times_out(server):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        fetch(f"{server}/slow", allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_a_20_mb_body_is_cut_at_the_limit(server):
    with pytest.raises(FetchError, match="passed the limit of 10,000,000 bytes"):
        fetch(f"{server}/big", allow_private=True)
    with pytest.raises(FetchError, match="announces 20,000,000 bytes"):
        fetch(f"{server}/big-declared", allow_private=True)


def test_read_url_gives_the_article_not_the_menus(server):
    report = read_url(f"{server}/page.html", allow_private=True)
    assert report.title == "Drones hit fuel depot near Examplegrad"
    assert report.source == "Example Herald" and report.source_kind == "media"
    assert report.published == datetime(2025, 3, 14, 5, 30, tzinfo=UTC)
    assert "intercepted 17 drones" in report.text and "Subscribe" not in report.text and "Sport" not in report.text


# --- feeds -----------------------------------------------------------------------------------------------------


def test_rss_items_become_reports_and_the_state_keeps_the_validators(server):
    url = f"{server}/feed.rss"
    result = poll_feed(url, None, now=NOW, allow_private=True)
    assert result.error is None and not result.not_modified
    first, second = result.items
    assert first.text == "Drones struck a fuel depot near Examplegrad overnight, the governor said.\n\nTwo people were injured."
    assert first.title == "Drones hit fuel depot near Examplegrad" and first.url == "https://herald.example/news/depot"
    assert first.published == datetime(2025, 3, 14, 5, 30, tzinfo=UTC)
    assert first.source == "Example Herald" and first.origin == url and first.language == "en"
    assert second.text.startswith("Flight restrictions at Samplefield")
    state = result.new_state
    assert (state.url, state.etag, state.last_modified) == (url, ETAG, LAST_MODIFIED)
    assert state.last_ok_at == NOW and state.consecutive_failures == 0 and state.next_poll_at == NOW + timedelta(minutes=15)


def test_a_second_poll_is_conditional_and_304_gives_no_items(server):
    url = f"{server}/feed.rss"
    state = poll_feed(url, None, now=NOW, allow_private=True).new_state
    later = NOW + timedelta(minutes=20)
    result = poll_feed(url, state, now=later, allow_private=True)
    sent = [headers for path, headers in Handler.requests if path == "/feed.rss"][-1]
    assert sent["if-none-match"] == ETAG and sent["if-modified-since"] == LAST_MODIFIED
    assert result.not_modified and result.items == [] and result.error is None
    assert result.new_state.etag == ETAG and result.new_state.last_ok_at == later


def test_atom_entries_in_russian_and_ukrainian(server):
    result = poll_feed(f"{server}/feed.atom", now=NOW, allow_private=True)
    ru, uk = result.items
    assert ru.text == "Силы ПВО уничтожили девять беспилотников над Примерском, сообщили в Минобороны."
    assert ru.language == "ru" and ru.source == "Пример Новости"
    assert ru.published == datetime(2025, 3, 14, 6, 15, tzinfo=UTC)  # <published>, not <updated>
    assert uk.language == "uk" and uk.published == datetime(2025, 3, 14, 5, 0, tzinfo=UTC)


def test_link_only_entries_are_read_from_their_pages(server):
    result = poll_feed(f"{server}/links.rss", now=NOW, allow_private=True)
    assert result.error is None
    [report] = result.items
    assert "intercepted 17 drones" in report.text and report.url == f"{server}/page.html"
    assert report.published == datetime(2025, 3, 14, 5, 30, tzinfo=UTC)  # the entry's date wins
    assert len(result.warnings) == 1 and "/error500" in result.warnings[0] and "HTTP 500" in result.warnings[0]
    seen = poll_feed(f"{server}/links.rss", now=NOW, allow_private=True, seen_urls={f"{server}/page.html"})
    assert seen.items == []
    titles_only = poll_feed(f"{server}/links.rss", now=NOW, allow_private=True, fetch_links="never")
    assert [r.text for r in titles_only.items] == ["Drones hit fuel depot near Examplegrad", "A story whose page is gone"]


@pytest.mark.parametrize(
    ("path", "problem"),
    [("/error500", "HTTP 500"), ("/malformed.rss", "malformed XML at line"), ("/page.html", "not an RSS or Atom feed"),
     ("/slow", "timed out"), ("/big", "too large"), ("/loop-a", "redirect loop")],
)
def test_feed_failures_back_off_and_keep_the_state(server, path, problem):
    url = f"{server}{path}"
    known = FeedState(url=url, etag='"old"', last_modified=LAST_MODIFIED, last_ok_at=NOW - timedelta(hours=1),
                      consecutive_failures=2)
    result = poll_feed(url, known, now=NOW, allow_private=True, timeout=0.5)
    assert result.items == [] and problem in result.error and url in result.error
    state = result.new_state
    assert (state.etag, state.last_modified, state.last_ok_at) == (known.etag, known.last_modified, known.last_ok_at)
    assert state.consecutive_failures == 3 and state.last_error == result.error and state.last_polled_at == NOW
    assert state.next_poll_at == NOW + timedelta(minutes=4)
    assert not is_due(state, NOW) and is_due(state, NOW + timedelta(minutes=4))


def test_a_feed_with_a_small_xml_error_is_read_with_a_warning(server):
    result = poll_feed(f"{server}/recoverable.rss", now=NOW, allow_private=True)
    assert result.error is None and len(result.items) == 2
    assert result.items[1].text.startswith("Flight restrictions")
    assert "malformed XML" in result.warnings[0] and "2 entries were recovered" in result.warnings[0]


def test_a_refused_feed_is_a_failure_too(server):
    result = poll_feed(f"{server}/feed.rss", now=NOW)
    assert "refused" in result.error and result.new_state.consecutive_failures == 1


def test_backoff_doubles_and_is_capped():
    assert [backoff_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert backoff_delay(50) == timedelta(hours=6)


def test_success_after_failures_resets_the_count(server):
    url = f"{server}/feed.atom"
    failing = replace(FeedState(url=url), consecutive_failures=5, last_error="x", next_poll_at=NOW)
    state = poll_feed(url, failing, now=NOW, allow_private=True).new_state
    assert state.consecutive_failures == 0 and state.last_error is None


def test_the_connected_address_is_checked_again_before_the_body_is_read(server):
    """Defence against DNS rebinding: a name that resolved public at the check but connects to a private address."""
    import httpx

    from eventledger.sources.fetch import _check_peer

    with httpx.Client(trust_env=False) as client, client.stream("GET", f"{server}/page.html") as response:
        with pytest.raises(FetchError, match="refused: connected to 127.0.0.1"):
            _check_peer(response, f"{server}/page.html")
