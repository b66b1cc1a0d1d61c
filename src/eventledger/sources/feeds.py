"""RSS and Atom feeds -> Reports, polled politely: conditional GET, and exponential back-off after failures.

`poll_feed` never raises for a feed problem: it returns the error in the result together with the new state,
so the caller stores the state whatever happened and a failing feed cannot stop a watch loop. The ETag and
Last-Modified of the last good answer are kept through failures, so the next success is still conditional.
"""

from __future__ import annotations

import xml.sax
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

import feedparser

from eventledger.feedstate import FeedState
from eventledger.model import Report, SourceKind
from eventledger.sources.errors import InputError
from eventledger.sources.fetch import FetchResult, fetch
from eventledger.sources.language import resolve_language
from eventledger.sources.web import html_fragment_text, read_html

FetchLinks = Literal["never", "when_empty", "always"]

DEFAULT_INTERVAL = timedelta(minutes=15)
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class PollResult:
    items: list[Report]
    new_state: FeedState
    error: str | None = None  # None when the poll succeeded (including "not modified")
    not_modified: bool = False
    warnings: tuple[str, ...] = ()  # problems that did not fail the poll: recovered XML, a linked page not read
    unread_pages: tuple[str, ...] = ()  # links whose page failed: their items carry the summary, to be read again


def is_due(state: FeedState | None, now: datetime | None = None) -> bool:
    """Whether a feed should be polled now (never polled, or its next_poll_at has passed)."""
    if state is None or state.next_poll_at is None:
        return True
    return (now or datetime.now(UTC)) >= state.next_poll_at


def backoff_delay(failures: int, base: timedelta = BACKOFF_BASE, cap: timedelta = BACKOFF_CAP) -> timedelta:
    """1, 2, 4, 8 ... times `base` after 1, 2, 3, 4 ... consecutive failures, never more than `cap`."""
    return min(base * (2 ** min(max(failures, 1) - 1, 30)), cap)


def poll_feed(
    url: str,
    state: FeedState | None = None,
    *,
    now: datetime | None = None,
    allow_private: bool = False,
    timeout: float = 20,
    max_bytes: int = 10_000_000,
    fetch_links: FetchLinks = "when_empty",
    interval: timedelta = DEFAULT_INTERVAL,
    backoff_base: timedelta = BACKOFF_BASE,
    backoff_cap: timedelta = BACKOFF_CAP,
    source: str | None = None,
    source_kind: SourceKind = "media",
    language: str | None = None,
    seen_urls: Collection[str] = frozenset(),
) -> PollResult:
    """Poll one feed once. Items are the entries' text (content, else summary); with `fetch_links` "when_empty"
    an entry that is only a link is read from its page, with "always" every entry is. Entries whose link is in
    `seen_urls` (already stored) are skipped, so their pages are not fetched again on every poll."""
    now = now or datetime.now(UTC)
    state = state or FeedState(url=url)
    if state.url != url:
        raise ValueError(f"state is for {state.url!r}, not {url!r}")

    def failed(problem: str, wait: float | None = None) -> PollResult:
        failures = state.consecutive_failures + 1
        delay = backoff_delay(failures, backoff_base, backoff_cap)
        if wait is not None:  # the server's Retry-After, when it asks for longer than our back-off
            delay = max(delay, timedelta(seconds=min(wait, BACKOFF_CAP.total_seconds() * 4)))
        new_state = replace(
            state,
            last_polled_at=now,
            consecutive_failures=failures,
            next_poll_at=now + delay,
            last_error=problem,
        )
        return PollResult(items=[], new_state=new_state, error=problem)

    conditional = {}
    if state.etag:
        conditional["if-none-match"] = state.etag
    if state.last_modified:
        conditional["if-modified-since"] = state.last_modified
    try:
        response = fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout, headers=conditional)
    except InputError as exc:
        return failed(str(exc), getattr(exc, "retry_after", None))

    ok_state = replace(
        state,
        etag=response.headers.get("etag", state.etag),
        last_modified=response.headers.get("last-modified", state.last_modified),
        last_polled_at=now,
        last_ok_at=now,
        consecutive_failures=0,
        next_poll_at=now + interval,
        last_error=None,
    )
    if response.status == 304:
        return PollResult(items=[], new_state=ok_state, not_modified=True)

    try:
        parsed = feedparser.parse(
            response.content,
            response_headers={"content-type": response.headers.get("content-type", ""), "content-location": response.url},
        )
    except Exception as exc:  # feedparser is lenient; anything it still throws is a feed problem, not ours
        return failed(f"{url}: cannot parse the feed: {exc}")
    problem = _feed_problem(parsed, response)
    warnings: list[str] = []
    feed_title = parsed.feed.get("title") or None
    items: list[Report] = []
    unread: list[str] = []

    def page_error(link: str, why: str, retry: bool) -> None:
        if retry:
            unread.append(link)
        warnings.append(why)

    for entry in parsed.entries:
        if entry.get("link") in seen_urls:
            continue
        try:
            report = entry_report(
                entry, feed_url=url, feed_title=source or feed_title, source_kind=source_kind, language=language,
                fetch_links=fetch_links, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes,
                on_page_error=page_error,
            )
        except InputError as exc:
            warnings.append(str(exc))
            continue
        if report is not None:
            items.append(report)
    if problem:
        if not items:  # nothing usable was recovered: a failed poll, so that the feed backs off
            return failed(f"{url}: {problem}")
        warnings.insert(0, f"{url}: {problem} ({len(items)} entries were recovered)")
    return PollResult(items=items, new_state=ok_state, warnings=tuple(warnings), unread_pages=tuple(unread))


def entry_report(
    entry: Any,
    *,
    feed_url: str,
    feed_title: str | None,
    source_kind: SourceKind = "media",
    language: str | None = None,
    fetch_links: FetchLinks = "when_empty",
    allow_private: bool = False,
    timeout: float = 20,
    max_bytes: int = 10_000_000,
    on_page_error: Callable[[str, str, bool], None] | None = None,
) -> Report | None:
    """One feed entry as a Report, or None when it has neither text nor a readable link. The linked page's main
    text wins over the feed's summary (a summary rarely holds the figures and who claimed them); the entry's title
    and time win over the page's. When the page cannot be read the summary is used and `on_page_error(link, why)`
    is told, so that the caller can try the page again later."""
    link = entry.get("link") or None
    title = _entry_title(entry)
    body = _entry_body(entry)
    published = _entry_time(entry)
    source = feed_title or _host(feed_url)
    if link and (fetch_links == "always" or (fetch_links == "when_empty" and not body)):
        try:
            page = fetch(link, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
            report = read_html(page.content, page.url, origin=feed_url, source=source, source_kind=source_kind,
                               language=language, published=published)
            return replace(report, url=link, title=title or report.title, published=published or report.published)
        except InputError as exc:
            if not body:
                raise InputError(link, f"entry of {feed_url} has no text and its page was not read: {exc.problem}")
            if on_page_error:
                status = getattr(exc, "status", None)
                gone = status is not None and 400 <= status < 500 and status not in (408, 425, 429)
                on_page_error(link, f"{link}: the page was not read ({exc.problem}); the feed's summary is kept"
                              + ("" if gone else ", the page is tried again at the next poll"), not gone)
    text = body or title
    if not text:
        return None
    return Report(
        text=text,
        published=published,
        language=resolve_language(text, language),
        source=source,
        source_kind=source_kind,
        url=link,
        title=title,
        origin=feed_url,
    )


def _feed_problem(parsed: Any, response: FetchResult) -> str | None:
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        return f"not an RSS or Atom feed ({response.content_type or 'unknown content type'})"
    if isinstance(exc, xml.sax.SAXParseException):
        return f"malformed XML at line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    if isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType) or exc is None:
        return None
    return f"malformed feed: {exc}"


def _entry_title(entry: Any) -> str | None:
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if detail.get("type") == "text/html":
        title = html_fragment_text(title)
    return title.strip() or None


def _entry_body(entry: Any) -> str:
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len)
    return html_fragment_text(best) if best else ""


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime(*value[:6], tzinfo=UTC)  # feedparser's struct_time is already UTC
    return None


def _host(url: str) -> str | None:
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
