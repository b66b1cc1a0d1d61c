"""Following feeds: poll each followed source that is due, ingest its new items at once, keep the feed's state.

State (ETag, Last-Modified, failures, next poll time, items already taken) lives in the ledger, so a restart neither
re-ingests nor misses items, and a failing feed backs off without stopping the others.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from eventledger.geo import Gazetteer
from eventledger.ingest import extract_within
from eventledger.sources.errors import InputError
from eventledger.sources.feeds import is_due, poll_feed
from eventledger.store import Ledger


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    url: str
    new: int
    error: str | None
    not_modified: bool
    warnings: tuple[str, ...]

    def line(self) -> str:
        if self.error:  # errors name their URL already
            return f"failed: {self.error}" if self.url in self.error else f"{self.url}: failed: {self.error}"
        if self.not_modified:
            return f"{self.url}: not modified"
        return f"{self.url}: {self.new} new item(s)" + "".join(f"; warning: {w}" for w in self.warnings)


def poll_due_feeds(
    ledger: Ledger,
    gazetteer: Gazetteer | None = None,
    *,
    allow_private: bool = False,
    interval: timedelta = timedelta(minutes=15),
    timeout: float = 20,
    now: datetime | None = None,
    force: bool = False,
) -> list[FeedOutcome]:
    """Poll every followed source with a URL that is due (all of them with `force`), ingesting new items: each
    item's linked article is fetched and read (an item whose page fails keeps its summary, and its page is tried
    again at the next poll). `allow_private` adds to what each source was added with."""
    gaz = gazetteer or Gazetteer.load()
    outcomes = []
    for source in ledger.sources():
        if not source.url:
            continue
        state = ledger.feed_state(source.url)
        if not force and not is_due(state, now):
            continue
        seen = ledger.seen_items(source.url)
        result = poll_feed(
            source.url, state, now=now or datetime.now(UTC), allow_private=allow_private or source.allow_private,
            interval=interval, timeout=timeout, source=source.name, source_kind=source.kind,  # type: ignore[arg-type]
            language=source.language, seen_urls=seen, fetch_links="always",
        )
        new, warnings = 0, list(result.warnings)
        for report in result.items:
            item_id = report.url or report.id
            if item_id in seen:
                continue
            try:
                report = ledger.edition(report)  # noqa: PLW2901 - the same text days later is a new edition
                outcome = ledger.ingest(report, extract_within(report, gaz))
                new += outcome.status != "duplicate"
            except InputError as exc:  # a post that cannot be read is named and taken as seen, not retried forever
                warnings.append(str(exc))
                ledger.mark_item(source.url, item_id)
                continue
            if report.url not in result.unread_pages:  # else the next poll reads the page again
                ledger.mark_item(source.url, item_id)
        new_state = result.new_state
        if result.unread_pages:  # the next answer must list the items again, not say "not modified"
            new_state = replace(new_state, etag=None, last_modified=None)
        ledger.save_feed_state(new_state)
        outcomes.append(FeedOutcome(source.url, new, result.error, result.not_modified, tuple(warnings)))
    return outcomes
