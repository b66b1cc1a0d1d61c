"""What the CLI prints: event tables, one event in full, claim listings; report text never read as Rich markup.

Reports quote people and pages, so "[hedged]", "[city]" or "[/i]" in a quote are text: every piece of report text
goes into a `rich.text.Text` (or through `rich.markup.escape`) before it reaches a console. On a terminal a table is
drawn; piped into another program (not a terminal) each row is one tab-separated line, never wrapped, so that
`grep`, `cut` and `awk` see whole rows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from eventledger.model import Event, Place

EVENT_COLUMNS = ("id", "date", "kind", "weapon", "place", "target", "figures", "claims")
CLAIM_COLUMNS = (
    "claim_id", "event_id", "report_id", "outlet", "published", "url", "source", "source_kind", "figure",
    "assertion", "value", "lower_bound", "hedged", "start", "end", "quote",
)


_COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def place_label(place: Place) -> str:
    """"Калуга / Kaluga": the name in the report's language with the English name beside it when they differ; an
    offset place says how it lies from there ("near", "15 km N of")."""
    label = place.name if not place.name_en or place.name_en == place.name else f"{place.name} / {place.name_en}"
    if place.offset is None:
        return label
    km, bearing = place.offset.km, place.offset.bearing
    if km is None and bearing is None:
        return f"near {label}"
    direction = _COMPASS[round(bearing / 45) % 8] if bearing is not None else ""
    return f"{f'{km:g} km ' if km is not None else ''}{direction} of {label}".replace("  ", " ")


def event_cells(e: Event) -> list[str]:
    figures = ", ".join(f"{n} {f.low}/{f.best}/{'-' if f.high is None else f.high}" for n, f in e.figures.items())
    place = place_label(e.place) if e.place else ""
    if e.place and e.place.country:
        place += f" ({e.place.country})"
    return [e.id[:10], e.date or "", e.kind + (" (background)" if e.background else ""), e.weapon or "", place,
            e.target.name if e.target else "", figures, str(len(e.claims))]


def print_rows(console: Console, columns: Sequence[str], rows: Iterable[Sequence[str]], *, no_wrap: Sequence[str] = ()) -> None:
    """A table on a terminal; tab-separated lines (a header, then one line per row) anywhere else."""
    if not console.is_terminal:
        for cells in [columns, *rows]:  # written as they are: Rich would expand the tabs
            console.file.write("\t".join(" ".join(str(c).split()) for c in cells) + "\n")
        return
    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in no_wrap, min_width=10 if column in no_wrap else None)
    for cells in rows:
        table.add_row(*(Text(str(c)) for c in cells))
    console.print(table)


def print_events(console: Console, events: Iterable[Event]) -> None:
    print_rows(console, EVENT_COLUMNS, (event_cells(e) for e in events), no_wrap=("id", "date"))


def print_event(console: Console, e: Event, claims: Sequence[Mapping[str, Any]], moved_from: str | None = None) -> None:
    """One event in full; `claims` are its claims with outlets (store.query.event_claims)."""
    say = lambda *parts: console.print(Text.assemble(*parts), highlight=False, soft_wrap=True)  # noqa: E731
    if moved_from:
        say(f"event {moved_from} was merged into event {e.id}; showing {e.id}")
    say((e.kind, "bold"), f" {e.weapon or ''}  {e.date or '?'} ({e.date_precision or '?'})  id {e.id}")
    place = e.place
    if place:
        coords = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None and place.lon is not None else "no coordinates"
        say(f"place: {place_label(place)}, {place.admin1 or '-'}, {place.country or '-'} [{place.precision}] {coords}"
            + (f"; as written: {place.as_written}" if place.as_written else ""))
    for area in e.areas:
        say(f"  area: {place_label(area.place)} ({area.place.precision}) {area.figures or ''}")
        for c in area.claims:  # what the area's figures rest on: who told them, in which words
            hedge = " [hedged]" if c.hedged else ""
            say(f"    {c.figure or c.assertion} = {c.value}  by {c.source or 'unattributed'} ({c.source_kind}){hedge}"
                f"  “{c.quote}”  [{c.report_id[:10]} {c.start}-{c.end}]")
    if e.target:
        say(f"target: {e.target.name} ({e.target.category})")
    if e.attacker:
        say(f"attacker: {e.attacker}")
    for name, f in e.figures.items():
        high = "open" if f.high is None else f.high
        say((name, "bold"), f": low {f.low}, best {f.best}, high {high}  because {f.reason}")
    outlets = list(dict.fromkeys(c["outlet"] for c in claims if c.get("outlet")))
    say(f"claims ({len(claims)}), from reports {', '.join(e.reports)}" + (f"; published by {', '.join(outlets)}" if outlets else "") + ":")
    for c in claims:
        what = f"{c['figure']} = {c['value']}{'+' if c['lower_bound'] else ''}" if c["figure"] else f"{c['assertion']}: {c['value']}"
        hedge = " [hedged]" if c["hedged"] else ""
        source = c["source"]
        say(f"  - {what}  by {source['name'] or 'unattributed'} ({source['kind']}){hedge}  claim {c['claim_id'][:12]}")
        say(f"    “{c['quote']}”  [{c['report_id'][:10]} {c['start']}-{c['end']}]")
        published_by = " ".join(x for x in (c.get("outlet"), c.get("published"), c.get("url")) if x)
        if published_by:
            say(f"    published: {published_by}")
    for r in e.related:
        say(f"related: {r.event_id} ({r.why})")


def claim_row(c: Mapping[str, Any]) -> dict[str, Any]:
    """A claim record (store.query.claim_record) flattened for CSV and tables."""
    return {**{k: c.get(k) for k in CLAIM_COLUMNS}, "source": c["source"]["name"], "source_kind": c["source"]["kind"]}


def write_claims(claims: Iterable[Mapping[str, Any]], fmt: str, out: TextIO) -> int:
    """JSON Lines (the records as they are) or CSV (flattened, a fixed header)."""
    n = 0
    if fmt == "jsonl":
        for c in claims:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in claims:
        writer.writerow(claim_row(c))
        n += 1
    return n


def print_claims(console: Console, claims: Iterable[Mapping[str, Any]]) -> None:
    columns = ("claim", "event", "outlet", "published", "source", "what", "hedged", "offsets", "quote")

    def cells(c: Mapping[str, Any]) -> list[str]:
        what = f"{c['figure']}={c['value']}{'+' if c['lower_bound'] else ''}" if c["figure"] else f"{c['assertion']}: {c['value']}"
        return [c["claim_id"][:12], (c["event_id"] or "")[:10], c.get("outlet") or "", c.get("published") or "",
                c["source"]["name"] or "", what, "yes" if c["hedged"] else "", f"{c['start']}-{c['end']}", c["quote"]]

    print_rows(console, columns, (cells(c) for c in claims), no_wrap=("claim", "event"))


def with_outlets(ledger: Any, events: Iterable[Event], batch: int = 500) -> Iterator[tuple[Event, list[str]]]:
    """Each event with the outlets that published its reports, asked of the ledger `batch` events at a time."""
    from eventledger.store.query import outlets

    it = iter(events)
    while chunk := list(islice(it, batch)):
        found = outlets(ledger, [e.id for e in chunk])
        yield from ((e, found.get(e.id, [])) for e in chunk)


def markup_free(text: str) -> str:
    """`text` made safe for a Rich markup string (for messages that mix our markup with user input)."""
    return escape(text)
