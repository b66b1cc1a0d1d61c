"""Reports into the ledger: extract each, store it with its events, and keep count of what happened.

The loop lives in the library (not the CLI) so that files, feeds and corpora share it, and so that one bad input is
counted with its reason and the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.heap import fewer_collections
from eventledger.limits import REPORT_SECONDS, ReportTimeout, time_budget
from eventledger.model import Event, Report
from eventledger.sources.errors import InputError, NoReports

if TYPE_CHECKING:  # the store (SQLAlchemy, Alembic: ~0.5 s of imports) is not needed by `extract`
    from eventledger.store import Ledger
    from eventledger.store.ledger import IngestOutcome


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    new_source: int = 0
    failed: list[str] = field(default_factory=list)  # one message per failed input, naming it
    events: int = 0
    notices: list[str] = field(default_factory=list)  # inputs that held no report (an empty file): not failures

    @property
    def total(self) -> int:
        return self.new + self.duplicate + self.new_source + len(self.failed)

    def to_dict(self) -> dict[str, object]:
        return {"new": self.new, "new_source": self.new_source, "duplicate": self.duplicate,
                "failed": len(self.failed), "events": self.events, "failures": self.failed, "notices": self.notices}

    def line(self) -> str:
        return (
            f"{self.new} new, {self.new_source} new source of a known text, {self.duplicate} duplicate, "
            f"{len(self.failed)} failed; {self.events} events touched"
        )


T = TypeVar("T")

BATCH_REPORTS = 50  # reports stored in one write transaction: one commit for pages they share (not tuned)
BATCH_SECONDS = 2.0  # pages fetched over the network are stored once this long was spent waiting for them


@fewer_collections()  # a report makes many short-lived objects: fewer garbage collections (`heap`)
def ingest(
    ledger: Ledger,
    items: Iterable[Report | InputError],
    gazetteer: Gazetteer | None = None,
    on_item: Callable[[Report | InputError], None] | None = None,
    report_seconds: float | None = REPORT_SECONDS,
    summary: IngestSummary | None = None,
    batch: int | None = None,
    wait_seconds: float | None = None,
) -> IngestSummary:
    """Store every report of `items` with the events extracted from it; errors are counted, never raised. Pass
    `summary` to keep the counts when the run is interrupted (Ctrl-C): each report is stored whole or not at all.

    Each report's extraction may take `report_seconds` at most: a report past it is a failed input, not a hang.
    Reports are stored `batch` (default BATCH_REPORTS) at a time, a batch in one transaction (all or none; a batch
    that fails is stored report by report, so one bad report fails alone); on Ctrl-C what was extracted is stored.
    With `wait_seconds` (a slow source: pages fetched one by one) a batch is also stored once that long was spent
    waiting for its next item. Files are cut by count alone: where a batch ends decides which late reports are
    re-resolved together, and reading the input is CPU work too (language detection), slower on a busy machine, so a
    cut by time would make two runs of one file give two ledgers."""
    gaz = gazetteer or Gazetteer.load()
    summary = summary if summary is not None else IngestSummary()
    batch = batch or BATCH_REPORTS
    pending: list[tuple[Report, list[Event]]] = []
    waited = 0.0  # seconds the pending batch spent waiting for its next item
    timed = _timed(items)
    try:
        while True:
            # Whether a text is stored already is asked of the reports up to the next write at once (one read, not
            # one a report): nothing is stored before the batch fills, so each answer is what a look-up just before
            # its report's extraction would give. A slow source (`wait_seconds`) is read one item at a time.
            chunk, error = _read_ahead(timed, 1 if wait_seconds is not None else batch - len(pending))
            if not chunk and error is None:
                break
            if isinstance(error, KeyboardInterrupt):  # Ctrl-C while reading: what was read is not extracted now (a
                _count_failed(chunk, summary)           # second run stores it), but its bad inputs are said
                raise error
            looked_up = _stored_as_many(ledger, [item for item, _ in chunk if not isinstance(item, InputError)])
            reached = 0
            try:
                for reached, (item, wait) in enumerate(chunk, 1):
                    if pending:  # not the wait for a batch's first item (a language model loading, say): nothing was pending
                        waited += wait
                    if on_item:
                        on_item(item)
                    if isinstance(item, InputError):
                        _count_bad(item, summary)
                        continue
                    try:  # a text stored already keeps its events: only its publication is recorded, so a re-run is
                        # cheap (the same text days later is a new edition, extracted on its own)
                        item, stored = looked_up.pop(0) if looked_up is not None else _stored_as(ledger, item)
                        events = [] if stored else extract_within(item, gaz, report_seconds)
                    except InputError as exc:
                        summary.failed.append(str(exc))
                        continue
                    pending.append((item, events))
                    if len(pending) >= batch or (wait_seconds is not None and waited >= wait_seconds):
                        done, pending, waited = pending, [], 0.0
                        _store(ledger, done, gaz, report_seconds, summary)
            except KeyboardInterrupt:  # Ctrl-C while extracting or storing: the bad inputs read after this one too
                _count_failed(chunk[reached:], summary)
                raise
            if error is not None:
                raise error
    finally:  # the end of the items, Ctrl-C or a failure of the input itself: what was extracted is stored
        if pending:
            done, pending = pending, []
            _store(ledger, done, gaz, report_seconds, summary)
    return summary


def _read_ahead(timed: Iterator[tuple[Report | InputError, float]], reports: int,
                ) -> tuple[list[tuple[Report | InputError, float]], Exception | KeyboardInterrupt | None]:
    """The next items (with their waits) up to `reports` reports or the end, and the failure of the input itself (or
    the Ctrl-C) that stopped the reading, if any: the items read before it are still counted, and stored unless it
    was Ctrl-C."""
    chunk: list[tuple[Report | InputError, float]] = []
    left = max(reports, 1)
    try:
        while left:
            item, wait = next(timed)
            chunk.append((item, wait))
            left -= not isinstance(item, InputError)
    except StopIteration:
        pass
    except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - raised again once what came before it is counted
        return chunk, exc
    return chunk, None


def _count_failed(items: list[tuple[Report | InputError, float]], summary: IngestSummary) -> None:
    """The bad inputs among `items`, read but not reached when Ctrl-C stopped the run, into the summary."""
    for item, _ in items:
        if isinstance(item, InputError):
            _count_bad(item, summary)


def _count_bad(error: InputError, summary: IngestSummary) -> None:
    """A failed input, or a notice for one that held no report (NoReports: an empty file is not a failure)."""
    if isinstance(error, NoReports):
        summary.notices.append(error.notice)
    else:
        summary.failed.append(str(error))


def _stored_as_many(ledger: Ledger, reports: list[Report]) -> list[tuple[Report, bool]] | None:
    """`Ledger.stored_as` of each report in one read; None (then each report is looked up alone) when that fails."""
    if len(reports) < 2:
        return None
    try:
        return ledger.stored_as_many(reports)
    except Exception:  # noqa: BLE001 - each report alone below, where a failure is handled report by report
        return None


def _timed(items: Iterable[T]) -> Iterator[tuple[T, float]]:
    """Each item with the seconds spent waiting for it."""
    it = iter(items)
    while True:
        started = time.monotonic()
        try:
            item = next(it)
        except StopIteration:
            return
        yield item, time.monotonic() - started


def _store(ledger: Ledger, reports: list[tuple[Report, list[Event]]], gaz: Gazetteer, report_seconds: float | None,
           summary: IngestSummary) -> None:
    """One transaction for all `reports`; when it fails, each report alone, so that only the bad one is lost."""
    try:
        outcomes = ledger.ingest_many(reports)
    except Exception:  # noqa: BLE001 - the failing report is found and named below, by storing one at a time
        for report, events in reports:
            _store_one(ledger, report, events, gaz, report_seconds, summary)
        return
    for outcome in outcomes:
        _count(outcome, summary)


def _store_one(ledger: Ledger, report: Report, events: list[Event], gaz: Gazetteer, report_seconds: float | None,
               summary: IngestSummary) -> None:
    try:  # an earlier report of its batch may have made it a repost or a new edition of the same text
        again, stored = _stored_as(ledger, report)
        if again.id != report.id:
            report, events = again, [] if stored else extract_within(again, gaz, report_seconds)
    except InputError as exc:
        summary.failed.append(str(exc))
        return
    try:
        outcome = ledger.ingest(report, events)
    except Exception as exc:  # noqa: BLE001 - one report's failure must not stop the batch
        summary.failed.append(f"{report_name(report)}: could not be stored: {type(exc).__name__}: {exc}")
        return
    _count(outcome, summary)


def _count(outcome: IngestOutcome, summary: IngestSummary) -> None:
    summary.events += len(outcome.events)
    if outcome.status == "new":
        summary.new += 1
    elif outcome.status == "new_source":
        summary.new_source += 1
    else:
        summary.duplicate += 1


def _stored_as(ledger: Ledger, report: Report) -> tuple[Report, bool]:
    try:
        return ledger.stored_as(report)
    except Exception:  # noqa: BLE001 - unreadable now: extract it as given, and let storing report the problem
        return report, False


def report_name(report: Report) -> str:
    return report.origin or report.url or report.id


def extract_within(report: Report, gazetteer: Gazetteer, seconds: float | None = REPORT_SECONDS) -> list[Event]:
    """`extract` within a time budget; any failure (a timeout, a bug hit by odd text) is an InputError naming the report."""
    try:
        with time_budget(seconds):
            return extract(report, gazetteer)
    except ReportTimeout:
        raise InputError(
            report_name(report),
            f"extraction stopped after {seconds:g} s, the per-report time budget ({len(report.text):,} characters; "
            "raise it with --max-seconds)",
        ) from None
    except Exception as exc:  # noqa: BLE001 - a bug on one text must not stop the batch; the message names both
        raise InputError(report_name(report), f"extraction failed: {type(exc).__name__}: {exc}") from None
