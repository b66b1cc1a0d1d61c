"""`eventledger batch`: a corpus extracted on a Dask cluster, stored and resolved by one writer as parts come back.

Extraction (text, date, gazetteer -> events, and the sentence vectors resolution compares) is pure and takes
nearly all of ingest's time, so Dask workers do it, one part of the corpus file each (`split_corpus`). The client
process is the only writer: it stores and resolves each part's reports in one transaction, in the file's order as
parts come back (so that the ledger is the one `ingest` makes of the file), with ingest's own incremental resolution
(`Ledger.ingest_extracted`: candidates bounded by place and days, links by bounded look-ups), so its cost a report
stays flat as the ledger grows and it runs while the workers extract the next parts. A part that fails (after Dask's
retries) leaves nothing behind and is named in the summary, and a part stored twice changes nothing.
"""

from __future__ import annotations

import logging
import resource
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventledger.extract.pipeline import extract
from eventledger.geo import Gazetteer
from eventledger.heap import fewer_collections
from eventledger.model import Report
from eventledger.sources.corpus import CorpusPart, file_problem, read_part, split_corpus
from eventledger.sources.errors import InputError, NoReports
from eventledger.store import Ledger, LedgerError
from eventledger.store.ledger import Extracted, event_vectors

PARTS_PER_WORKER = 8  # enough parts that a slow one does not leave the other workers idle at the end
RETRIES = 2  # a part whose worker failed or died is run again this many times before it is reported
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}  # BLAS threads spin on a busy machine
# A local cluster's upkeep, which extraction does not need (docs/BENCHMARKS.md, "Batch": measured by thread on 5,000
# reports, it came to ~1.5 ms of CPU a report against ~4.8 for extracting it): Dask's statistical profiler walks the
# extracting thread's stack every 10 ms; every server (scheduler, nannies, workers) wakes every 20 ms to time its
# event loop and every 500 ms to sample the machine's load, each time taking the GIL from the thread that extracts or
# stores; and the nanny starts each worker with MALLOC_TRIM_THRESHOLD_=64 KiB, so that the allocator hands memory
# back to the system at nearly every free and asks for it again (system time).
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",  # a blocked loop is still reported past `tick.limit` (3 s)
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None: not set, glibc's own threshold
}


@dataclass
class PartResult:
    """What a worker sends back for one part: the reports with their events and vectors, and the bad records."""

    part: CorpusPart
    extracted: list[Extracted]
    failed: list[str]


@dataclass
class BatchSummary:
    parts: int = 0
    records: int = 0  # reports read (new or not)
    new: int = 0
    duplicate: int = 0
    new_source: int = 0
    claims: int = 0  # added to the ledger
    events: int = 0  # ledger events after resolution, added
    failed: list[str] = field(default_factory=list)  # one message per bad record, naming it
    failed_parts: list[str] = field(default_factory=list)  # one message per part not stored, naming it
    notices: list[str] = field(default_factory=list)  # a corpus with no record (an empty file): not a failure
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    worker_cpu_s: dict[str, float] = field(default_factory=dict)  # CPU time of each worker process, for per-core rates

    def line(self) -> str:
        peak = ", ".join(f"{mb:.0f}" for mb in sorted(self.worker_peak_mb.values()))
        return (
            f"{self.parts} parts ({len(self.failed_parts)} failed); {self.records} reports: {self.new} new, "
            f"{self.new_source} new source of a known text, {self.duplicate} duplicate, {len(self.failed)} bad records; "
            f"{self.claims} claims and {self.events} events added"
            + (f"; peak memory per worker {peak} MB" if peak else "")
            + (f"; worker CPU {sum(self.worker_cpu_s.values()):.0f} s" if self.worker_cpu_s else "")
        )


@fewer_collections()  # (as `ingest`: `heap`)
def extract_part(part: CorpusPart, options: Mapping[str, Any]) -> PartResult:
    """Read one part and extract every report in it: the pure half of ingest, run on a worker."""
    gazetteer = Gazetteer.load()  # once per worker process
    extracted: list[Extracted] = []
    failed: list[str] = []
    for item in read_part(part, **options):
        if isinstance(item, InputError):
            failed.append(str(item))
            continue
        try:
            events = extract(item, gazetteer)
            extracted.append((item, events, event_vectors(item, events)))
        except Exception as exc:  # noqa: BLE001 - one report's failure must not lose the part
            failed.append(f"{item.origin or item.id}: could not be extracted: {type(exc).__name__}: {exc}")
    return PartResult(part, extracted, failed)


def _extract_again(report: Report) -> tuple[list, list]:
    """A new edition of a text (the same words days later) found only when storing: extracted here, rarely."""
    events = extract(report, Gazetteer.load())
    return events, event_vectors(report, events)


def _store(ledger: Ledger, result: PartResult, summary: BatchSummary) -> None:
    try:
        outcomes = ledger.ingest_extracted(result.extracted, f"the reports of {result.part.name}", _extract_again)
    except LedgerError as exc:
        summary.failed_parts.append(f"{result.part.name}: not stored: {exc}")
        return
    summary.records += len(outcomes)
    for outcome in outcomes:
        setattr(summary, outcome.status, getattr(summary, outcome.status) + 1)


def _rows(corpus: str | Path) -> int:
    if not str(corpus).lower().endswith(".parquet"):
        return 0
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(corpus).metadata.num_rows
    except Exception:  # noqa: BLE001 - split_corpus names the problem
        return 0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def dask_client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a local cluster of `workers` one-thread processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise LedgerError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    if not workers or workers < 1:
        raise ValueError("give --workers N (N >= 1) or --scheduler tcp://HOST:8786")
    import dask

    with (
        dask.config.set(LOCAL_CONFIG),  # read when the cluster starts: its nannies pass it on to every worker they start
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, env=ONE_THREAD, dashboard_address=":0",  # any free port: never clash with another cluster
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batch(
    corpus: str | Path,
    ledger: Ledger,
    client: Any,
    options: Mapping[str, Any] | None = None,
    *,
    part_bytes: int | None = None,
    part_rows: int | None = None,
    on_parts: Callable[[int], None] | None = None,
    on_part: Callable[[PartResult | None], None] | None = None,
    task: Callable[[CorpusPart, Mapping[str, Any]], PartResult] = extract_part,
) -> BatchSummary:
    """Extract `corpus` part by part on `client`'s workers; store and resolve each part in one transaction.

    `options` are `read_corpus`'s (text_field=..., date_field=..., language=...). Parts are of `part_bytes` of JSON
    Lines or `part_rows` rows of Parquet; by default at most 1 MB or 1000 rows, and small enough that every worker
    gets several. `task` is what a worker runs for a part; a part whose task fails RETRIES + 1 times, or whose write fails, is reported and nothing of it is stored.
    """
    from dask.distributed import as_completed

    summary = BatchSummary()
    spread = PARTS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
    try:
        size = Path(corpus).stat().st_size if Path(corpus).exists() else 0
        part_bytes = part_bytes or min(1 << 20, max(1 << 14, size // spread))
        part_rows = part_rows or min(1000, max(50, _rows(corpus) // spread))
        parts = split_corpus(corpus, part_bytes=part_bytes, part_rows=part_rows)
        if (problem := file_problem(corpus, **(options or {}))) is not None:  # every part would meet it
            raise problem
    except NoReports as exc:  # an empty corpus (a quiet day's dump): said, not a failure
        summary.notices.append(exc.notice)
        return summary
    except InputError as exc:
        summary.failed_parts.append(str(exc))
        return summary
    summary.parts = len(parts)
    if on_parts:
        on_parts(len(parts))
    before = ledger.counts()
    futures = client.map(task, parts, options=dict(options or {}), retries=RETRIES, pure=False)
    part_of = {future.key: (n, part) for n, (future, part) in enumerate(zip(futures, parts))}
    done: dict[int, PartResult | None] = {}  # parts back from the workers, not yet stored
    bad: dict[int, list[str]] = {}  # by part, so that bad records are listed in the file's order
    stored = 0
    for future in as_completed(futures):
        n, part = part_of[future.key]
        try:
            done[n] = future.result()
        except Exception as exc:  # noqa: BLE001 - a part's failure is reported; the others go on
            summary.failed_parts.append(f"{part.name}: failed {RETRIES + 1} times: {type(exc).__name__}: {exc}")
            done[n] = None
        finally:
            future.release()
        while stored in done:  # in the file's order, as `ingest` would: the first publication of a text comes first
            result = done.pop(stored)
            stored += 1
            if result is not None:
                bad[stored] = result.failed
                _store(ledger, result, summary)
            if on_part:
                on_part(result)
    summary.failed = [message for n in sorted(bad) for message in bad[n]]
    summary.worker_peak_mb = client.run(_peak_mb)
    summary.worker_cpu_s = client.run(_cpu_s)
    after = ledger.counts()
    summary.claims = after["claims"] - before["claims"]
    summary.events = after["events"] - before["events"]
    return summary
