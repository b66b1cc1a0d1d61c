"""Reports into the ledger: extract each, store it with its events, and keep count of what happened.

The loop lives in the library (not the CLI) so that files, feeds and corpora share it, and so that one bad input is
counted with its reason and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.model import Report
from eventledger.sources.errors import InputError
from eventledger.store import Ledger


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    new_source: int = 0
    failed: list[str] = field(default_factory=list)  # one message per failed input, naming it
    events: int = 0

    @property
    def total(self) -> int:
        return self.new + self.duplicate + self.new_source + len(self.failed)

    def to_dict(self) -> dict[str, object]:
        return {"new": self.new, "new_source": self.new_source, "duplicate": self.duplicate,
                "failed": len(self.failed), "events": self.events, "failures": self.failed}

    def line(self) -> str:
        return (
            f"{self.new} new, {self.new_source} new source of a known text, {self.duplicate} duplicate, "
            f"{len(self.failed)} failed; {self.events} events touched"
        )


def ingest(
    ledger: Ledger,
    items: Iterable[Report | InputError],
    gazetteer: Gazetteer | None = None,
    on_item: Callable[[Report | InputError], None] | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Store every report of `items` with the events extracted from it; errors are counted, never raised. Pass
    `summary` to keep the counts when the run is interrupted (Ctrl-C): each report is stored whole or not at all."""
    gaz = gazetteer or Gazetteer.load()
    summary = summary if summary is not None else IngestSummary()
    for item in items:
        if on_item:
            on_item(item)
        if isinstance(item, InputError):
            summary.failed.append(str(item))
            continue
        try:
            outcome = ledger.ingest(item, extract(item, gaz))
        except Exception as exc:  # noqa: BLE001 - one report's failure must not stop the batch
            name = item.origin or item.url or item.id
            summary.failed.append(f"{name}: could not be stored: {type(exc).__name__}: {exc}")
            continue
        summary.events += len(outcome.events)
        if outcome.status == "new":
            summary.new += 1
        elif outcome.status == "new_source":
            summary.new_source += 1
        else:
            summary.duplicate += 1
    return summary
