"""Corpora of posts or articles in JSON Lines, CSV or Parquet -> Reports, read as a stream (a 1 GB file is never
held whole), or part by part (`split_corpus`, `read_part`) so that `eventledger batch` can spread one file over workers.

Field names differ from one collection to the next, so every field is named by the caller. A malformed line
or row is yielded as an InputError naming `path:line` and the reading goes on; only a problem with the file as
a whole (missing, the text or date field absent from the header or from every one of the first records) stops it.
A file with no record at all is a NoReports, a notice rather than a failure (a quiet day's dump).
"""

from __future__ import annotations

import csv
import gzip
import inspect
import io
import json
import reprlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path
from typing import IO, Any, Literal

from eventledger.lang import SUPPORTED
from eventledger.limits import MAX_DECOMPRESSION_RATIO, MAX_RECORD_BYTES, RATIO_FREE_BYTES, check_text
from eventledger.model import Report, SourceKind
from eventledger.sources.dates import parse_timestamp
from eventledger.sources.errors import InputError, NoReports
from eventledger.sources.language import resolve_language

Format = Literal["jsonl", "csv", "tsv", "parquet"]


def read_corpus(
    path: str | Path,
    *,
    text_field: str = "text",
    date_field: str | None = "date",
    source_field: str | None = None,
    url_field: str | None = None,
    id_field: str | None = None,
    title_field: str | None = None,
    language_field: str | None = None,
    fmt: Format | None = None,
    source: str | None = None,
    source_kind: SourceKind = "unknown",
    language: str | None = None,
    assume_tz: tzinfo = UTC,
    part: CorpusPart | None = None,
) -> Iterator[Report | InputError]:
    """Reports from a .jsonl/.ndjson, .csv/.tsv (optionally .gz) or .parquet file. `fmt` overrides the suffix; `part`
    (from `split_corpus`) reads only that part of a JSON Lines or Parquet file, its records named as in the whole.

    Records with an empty text are skipped silently (media-only posts); a date that is present but unreadable
    makes the record an error rather than a report without a date. `source` is the fallback when the record has
    no `source_field` value; `language` forces a language instead of detecting it per record.
    """
    path = Path(path)
    fields = _Fields(text_field, date_field, source_field, url_field, id_field, title_field, language_field)
    options = dict(source=source, source_kind=source_kind, language=language, assume_tz=assume_tz)
    kind = fmt or _format_of(path)
    if not path.exists():
        yield InputError(str(path), "no such file")
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, fields, options, part)
        elif kind == "parquet":
            yield from _read_parquet(path, fields, options, part)
        elif kind in ("csv", "tsv"):
            yield from _read_csv(path, fields, options, delimiter="\t" if kind == "tsv" else ",")
        else:
            yield InputError(str(path), f"unknown corpus format {kind!r}: use fmt='jsonl', 'csv', 'tsv' or 'parquet'")
    except InputError as exc:  # a problem with the file as a whole (a decompression bomb, a truncated .gz)
        yield exc
    except (OSError, EOFError) as exc:
        yield InputError(str(path), f"cannot read: {exc}")


class _Fields:
    __slots__ = ("text", "date", "source", "url", "id", "title", "language")

    def __init__(self, text, date, source, url, id, title, language) -> None:  # noqa: A002
        self.text, self.date, self.source, self.url = text, date, source, url
        self.id, self.title, self.language = id, title, language

    def missing(self, keys: set[str]) -> str | None:
        """What a record (or a header) lacks of the text and date fields, with the fields it has; None when nothing."""
        have = ", ".join(sorted(keys)) or "none"
        if self.text not in keys:
            return f"no field {self.text!r} for the text (fields: {have})"
        if self.date and self.date not in keys:
            return f"no field {self.date!r} for the date (fields: {have})"
        return None

    def wrong_name(self, problem: str, unit: str = "field") -> str:
        """`missing`'s problem said of a whole file (its header, or its first records, `unit` "column" or "field"):
        the field's name is wrong; the option that gives another."""
        said = problem.replace("field", unit)
        if problem.startswith(f"no field {self.text!r}"):
            return f"{said}; pass the right --text-field (text_field=...)"
        return f"{said}; pass the right --date-field, or --date-field '' for a corpus without dates (date_field=None)"


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    last = suffixes[-1] if suffixes else ""
    known = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}
    return known.get(last, last.lstrip(".") or "?")


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return io.BufferedReader(_RatioLimited(path))
    return open(path, "rb")


class _RatioLimited(io.RawIOBase):
    """A .gz file read as a stream that refuses to inflate more than MAX_DECOMPRESSION_RATIO times its compressed
    size (past the first MB): a 10 KB file must not become 10 GB of "records"."""

    def __init__(self, path: Path) -> None:
        self._raw = open(path, "rb")
        self._gzip = gzip.GzipFile(fileobj=self._raw, mode="rb")
        self._name, self._out = str(path), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        size = self._gzip.readinto(buffer)
        self._out += size
        if self._out > RATIO_FREE_BYTES and self._out > MAX_DECOMPRESSION_RATIO * max(self._raw.tell(), 1):
            raise InputError(
                self._name, f"refused: decompresses more than {MAX_DECOMPRESSION_RATIO} times its size (a zip bomb?)"
            )
        return size

    def close(self) -> None:
        self._gzip.close()
        self._raw.close()
        super().close()


def _lines(handle: IO[bytes], limit: int, first: int = 1, start: int = 0, stop: int = -1) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) for each line of `handle` (numbered from `first`) until byte offset `stop` (past the end when
    negative), counting from `start`; a line longer than `limit` bytes is (number, None) and is skipped without being
    held in memory."""
    number, position = first - 1, start
    while (stop < 0 or position < stop) and (raw := handle.readline(limit + 1)):
        number += 1
        position += len(raw)
        if len(raw) <= limit or raw.endswith(b"\n") and len(raw) == limit + 1:
            yield number, raw
            continue
        while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
            raw = handle.readline(limit)
            position += len(raw)
        yield number, None


FIELD_CHECK_RECORDS = 100  # a file's first records (bad lines included) among which the text and date fields must occur


def _read_jsonl(
    path: Path, fields: _Fields, options: Mapping[str, Any], part: CorpusPart | None = None
) -> Iterator[Report | InputError]:
    """Each line's report or error. Whether a field name is wrong is told by the file's first records: when none of
    the first FIELD_CHECK_RECORDS (or of all, in a shorter file) has the text field, or none has the date field, one
    error naming the file says so, not one a line; until both have been seen, those records are held back (trimmed
    to the fields read). Past that check a record without the text field is an error naming its line, and one
    without the date key is undated, as one whose date is null: whether a writer leaves out null keys must not
    decide whether a record is kept. A part (`batch`) is read without the check: `file_problem` made it on the
    file's start before any part was read."""
    checking = part is None
    wanted = {fields.text, fields.date} - {None, ""}
    seen: set[str] = set()  # the wanted fields some record had
    held: list[tuple[str, dict[str, Any] | InputError]] = []
    first_keys: set[str] | None = None  # the first record's fields, listed when a name is wrong
    read_any = any_line = False
    with _open_binary(path) as handle:
        if part is not None:
            handle.seek(part.start)
            lines = _lines(handle, MAX_RECORD_BYTES, part.first, part.start, part.stop)
        else:
            lines = _lines(handle, MAX_RECORD_BYTES)
        for number, raw in lines:
            where = f"{path}:{number}"
            record, any_line = _jsonl_record(raw, number, where), True
            if record is None:
                continue
            read_any = True
            if not checking:
                yield from _jsonl_report(record, where, path, fields, options)
                continue
            if isinstance(record, dict):
                first_keys = set(record) if first_keys is None else first_keys
                seen |= wanted & record.keys()
                record = _trimmed(record, where, fields)
            held.append((where, record))
            if seen == wanted or len(held) >= FIELD_CHECK_RECORDS:
                if first_keys is not None and seen != wanted:
                    yield InputError(str(path), fields.wrong_name(fields.missing(first_keys | seen) or ""))
                    return
                checking = False  # the names are right (or nothing but bad lines so far): the held records are read
                for at, item in held:
                    yield from _jsonl_report(item, at, path, fields, options)
                held = []
    if first_keys is not None and checking:  # a short file whose records never had a field
        yield InputError(str(path), fields.wrong_name(fields.missing(first_keys | seen) or ""))
        return
    for at, item in held:  # bad lines only
        yield from _jsonl_report(item, at, path, fields, options)
    if not read_any and part is None:
        yield NoReports(str(path), "blank lines only" if any_line else "an empty file")


def _trimmed(record: dict[str, Any], where: str, fields: _Fields) -> dict[str, Any] | InputError:
    """A record held back for the field check, with only the fields read (or its error, if it has no text field),
    so that a hundred held records with large unread fields do not stay in memory."""
    if fields.text not in record:
        return InputError(where, fields.missing(set(record)) or "")
    return {name: record[name] for slot in _Fields.__slots__ if (name := getattr(fields, slot)) and name in record}


def _jsonl_report(
    record: dict[str, Any] | InputError, where: str, path: Path, fields: _Fields, options: Mapping[str, Any]
) -> Iterator[Report | InputError]:
    """One JSON Lines record's report or error: without the text field it is an error naming its line; without the
    date key it is undated (the file's field names were checked)."""
    if isinstance(record, InputError):
        yield record
    elif fields.text not in record:
        yield InputError(where, fields.missing(set(record)) or "")
    else:
        yield from _record_report(record, where, path, fields, options)


def _jsonl_record(raw: bytes | None, number: int, where: str) -> dict[str, Any] | InputError | None:
    """One line's JSON object, or the error naming the line (`where`); None for a blank line."""
    if raw is None:
        return InputError(where, f"record too long: over {MAX_RECORD_BYTES:,} bytes (the limit of one record)")
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw.strip():
        return None
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(where, f"not UTF-8 (invalid byte at column {exc.start + 1})")
    except json.JSONDecodeError as exc:
        return InputError(where, f"not valid JSON: {exc.msg} at column {exc.colno}")
    except ValueError as exc:  # an integer of more than 4,300 digits
        return InputError(where, f"not readable JSON: {str(exc).split(';')[0]}")
    except RecursionError:
        return InputError(where, "not readable JSON: nested too deep")
    if not isinstance(record, dict):
        return InputError(where, f"expected a JSON object, got {type(record).__name__}")
    return record


def _read_csv(
    path: Path, fields: _Fields, options: Mapping[str, Any], delimiter: str
) -> Iterator[Report | InputError]:
    csv.field_size_limit(MAX_RECORD_BYTES)
    with _open_binary(path) as binary:
        handle = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.DictReader(handle, delimiter=delimiter, strict=True)  # a stray or unclosed quote is an error
        try:
            header = reader.fieldnames or []
        except csv.Error as exc:
            yield InputError(str(path), f"unreadable CSV header: {exc}")
            return
        if not header:
            yield NoReports(str(path), "an empty file")
            return
        problem = fields.missing(set(header))
        if problem:
            yield InputError(str(path), fields.wrong_name(problem, "column"))
            return
        start = first = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                if start == first:
                    yield NoReports(str(path), "a header and no rows")
                return
            except csv.Error as exc:
                problem = str(exc)
                if "field larger than field limit" in problem:
                    problem = f"record too long: a field over {MAX_RECORD_BYTES:,} characters (the limit of one record)"
                yield InputError(f"{path}:{start}", f"malformed CSV row: {problem}")
                start = reader.line_num + 1
                continue
            where, start = f"{path}:{start}", reader.line_num + 1
            if None in row:
                yield InputError(where, f"{len(header) + len(row[None])} fields, the header has {len(header)}")
                continue
            if row.get(fields.text) is None:  # a row too short to reach the text column (DictReader's None): no text
                given = sum(value is not None for value in row.values())
                yield InputError(where, f"{given} field{'s' * (given != 1)}, the header has {len(header)}")
                continue
            # A row that leaves out trailing columns after the text (the date, say) holds None there: read as absent,
            # an undated record, as an empty cell is.
            if any(_has_surrogates(value) for value in row.values() if isinstance(value, str)):
                yield InputError(where, "not UTF-8")
                continue
            yield from _record_report(row, where, path, fields, options)


def _record_report(
    record: Mapping[str, Any], where: str, path: Path, fields: _Fields, options: Mapping[str, Any]
) -> Iterator[Report | InputError]:
    """One record's report, or an InputError naming `path:line`, whatever the record holds."""
    try:
        yield from _checked_report(record, where, fields, options)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - one crafted record must not end the file
        yield InputError(where, f"unreadable record: {type(exc).__name__}: {exc}")


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _checked_report(
    record: Mapping[str, Any], where: str, fields: _Fields, options: Mapping[str, Any]
) -> Iterator[Report | InputError]:
    text = record.get(fields.text)
    if text is None or (isinstance(text, str) and not text.strip()):
        return
    if not isinstance(text, str):
        yield InputError(where, f"field {fields.text!r} is a {type(text).__name__}, not text")
        return
    for value in (text, *(str(record.get(f)) for f in (fields.source, fields.url, fields.id, fields.title) if f)):
        check_text(value, where)
    published = None
    raw_date = record.get(fields.date) if fields.date else None
    if raw_date not in (None, ""):
        published = parse_timestamp(raw_date, options["assume_tz"])
        if published is None:
            yield InputError(where, f"unreadable date {reprlib.repr(raw_date)} in field {fields.date!r}")
            return
    language = options["language"]
    if language is None and fields.language:
        hint = str(record.get(fields.language) or "").lower()[:2]
        language = hint if hint in SUPPORTED else None
    record_id = _value(record, fields.id)
    yield Report(
        text=text,
        published=published,
        language=resolve_language(text, language),
        source=_value(record, fields.source) or options["source"],
        source_kind=options["source_kind"],
        url=_value(record, fields.url),
        title=_value(record, fields.title),
        origin=f"{where}#{record_id}" if record_id else where,
    )


def _value(record: Mapping[str, Any], name: str | None) -> str | None:
    if not name:
        return None
    value = record.get(name)
    return str(value) if value not in (None, "") else None


# -- parts of a corpus, for workers ------------------------------------------------------------------------------

_JSONL_PART_BYTES = 1 << 20  # a part is cut at the first line end past this many bytes (about 300 short posts)


@dataclass(frozen=True, slots=True)
class CorpusPart:
    """A slice of a JSON Lines file (bytes `start`..`stop`, its first line numbered `first`) or of a Parquet file
    (rows `start`..`stop`, numbered from `first`), small enough for one worker to read and extract in one go."""

    path: str
    start: int
    stop: int
    first: int

    @property
    def name(self) -> str:
        """How errors and summaries name the part, as a user can find it in the file."""
        if _format_of(Path(self.path)) == "parquet":
            return f"{self.path} rows {self.start + 1}-{self.stop}"
        if self.stop < 0:
            return f"{self.path} (one part: a .gz file)"
        return f"{self.path} from line {self.first} (bytes {self.start}-{self.stop})"


def split_corpus(path: str | Path, part_bytes: int = _JSONL_PART_BYTES, part_rows: int = 1000) -> list[CorpusPart]:
    """Cut a JSON Lines file at line ends every `part_bytes`, or a Parquet file every `part_rows` rows, in one pass
    that reads no record. A gzipped file cannot be entered in the middle, so it stays one part; an empty file has
    none (`file_problem` says so, as a notice)."""
    from eventledger.sources.files import check_regular

    path = Path(path)
    size = check_regular(path)  # a missing file, a folder or a FIFO is named and refused
    kind = _format_of(path)
    if kind == "parquet":
        rows = _parquet_file(path).metadata.num_rows
        return [CorpusPart(str(path), lo, min(lo + part_rows, rows), lo + 1) for lo in range(0, rows, part_rows)]
    if kind != "jsonl":
        raise InputError(str(path), f"batch reads JSON Lines (.jsonl, .ndjson) or Parquet (.parquet), not {kind!r}")
    if not size:
        return []
    if path.suffix.lower() == ".gz":
        return [CorpusPart(str(path), 0, -1, 1)]
    parts: list[CorpusPart] = []
    start, first, line = 0, 1, 0
    with open(path, "rb") as handle:
        position = 0
        for raw in handle:
            line += 1
            position += len(raw)
            if position - start >= part_bytes:
                parts.append(CorpusPart(str(path), start, position, first))
                start, first = position, line + 1
    if position > start:
        parts.append(CorpusPart(str(path), start, position, first))
    return parts


def file_problem(path: str | Path, **options: Any) -> InputError | None:
    """What stops the whole file (missing, not Parquet, a wrong field name; or, a NoReports, that it holds no record),
    as `read_corpus` finds it reading from the start; None once a record reads. For `batch`, before its parts are read apart; of `options`, those of
    `read_corpus` are used (a batch task may take more)."""
    known = inspect.signature(read_corpus).parameters
    options = {k: v for k, v in options.items() if k in known and k != "part"}
    options["language"] = options.get("language") or "en"  # (the reports are dropped: detect no language)
    for n, item in enumerate(read_corpus(path, **options)):
        if isinstance(item, InputError) and item.input == str(path):
            return item
        if isinstance(item, Report) or n > FIELD_CHECK_RECORDS:
            return None
    return None


def read_part(part: CorpusPart, **options: Any) -> Iterator[Report | InputError]:
    """The reports of one part, with `read_corpus`'s options (text_field=..., date_field=..., ...)."""
    return read_corpus(part.path, part=part, **options)


def _parquet_file(path: Path):  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError...: a file that is not Parquet
        raise InputError(str(path), f"not a readable Parquet file: {exc}") from None


def _read_parquet(
    path: Path, fields: _Fields, options: Mapping[str, Any], part: CorpusPart | None = None
) -> Iterator[Report | InputError]:
    """Rows of a Parquet file, row group by row group (only the columns named), each named `path:row N`."""
    try:
        parquet = _parquet_file(path)
    except InputError as exc:
        yield exc
        return
    names = set(parquet.schema_arrow.names)
    problem = fields.missing(names)
    if problem:
        yield InputError(str(path), fields.wrong_name(problem, "column"))
        return
    if part is None and not parquet.metadata.num_rows:
        yield NoReports(str(path), "no rows")
        return
    wanted = [f for f in dict.fromkeys(getattr(fields, slot) for slot in _Fields.__slots__) if f and f in names]
    lo, hi = (part.start, part.stop) if part else (0, parquet.metadata.num_rows)
    offset = 0
    for group in range(parquet.num_row_groups):
        size = parquet.metadata.row_group(group).num_rows
        if offset + size > lo and offset < hi:
            rows = parquet.read_row_group(group, columns=wanted).to_pylist()
            for n in range(max(lo, offset), min(hi, offset + size)):
                yield from _record_report(rows[n - offset], f"{path}:row {n + 1}", path, fields, options)
        offset += size
