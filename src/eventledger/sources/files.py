"""Plain text files and directories of inputs -> Reports.

The stored text is exactly what the file's bytes decode to (no header stripped, no whitespace trimmed), so that
every claim's character offsets point into the same text a reader would open. A leading "date YYYY-MM-DD" or
"Date: ..." line is read as the publication date but left in the text.
"""

from __future__ import annotations

import json
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from eventledger.model import Report, SourceKind
from eventledger.sources.dates import parse_timestamp, to_utc
from eventledger.sources.errors import InputError
from eventledger.sources.language import resolve_language

DEFAULT_MAX_BYTES = 10_000_000

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".tsv", ".parquet"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | CORPUS_SUFFIXES

# A file-format header, not prose: the seed articles start with " date 2025-07-01", e-mail-like files with "Date: ...".
_DATE_WORD = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?!\d)", re.IGNORECASE)
_DATE_HEADER = re.compile(r"\A\s*date:[ \t]*([^\r\n]+)", re.IGNORECASE)

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.05  # more than this share of control/unassigned characters: not text
_MIN_CYRILLIC_SHARE = 0.6  # a cp1251 reading is accepted only when most letters come out Cyrillic
_MIN_PLAIN_SHARE = 0.95  # ... and nearly every character is a letter, a space or ASCII punctuation (random bytes are not)


def read_text_file(
    path: str | Path,
    published: datetime | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = None,
    source: str | None = None,
    source_kind: SourceKind = "unknown",
) -> Report:
    """One text file as a Report; raises InputError naming the file."""
    path = Path(path)
    name = str(path)
    data = read_bytes(path, max_bytes)
    return text_report(decode_text(data, name), name, published, language=language, source=source,
                       source_kind=source_kind)


def text_report(
    text: str,
    name: str,
    published: datetime | None = None,
    *,
    language: str | None = None,
    source: str | None = None,
    source_kind: SourceKind = "unknown",
) -> Report:
    """A text (a file's, or standard input's) as a Report. The text's own date line wins over `published`, which
    is for texts that carry none."""
    check_is_text(text, name)
    when = header_date(text) or (to_utc(published) if published else None)
    return Report(
        text=text,
        published=when,
        language=resolve_language(text, language),
        source=source,
        source_kind=source_kind,
        title=None,
        origin=name,
    )


def check_regular(path: Path) -> int:
    """The size of a regular file; InputError for a missing one, a directory, or a FIFO, socket or device (reading
    those would wait forever for a writer)."""
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(name, "not a regular file (a FIFO, socket or device): refused, reading it could wait forever")
    return info.st_size


def check_size(path: Path, max_bytes: int) -> None:
    """Refuse a missing, non-regular or oversized file before anything reads it whole."""
    name = str(path)
    size = check_regular(path)
    if size > max_bytes:
        raise InputError(name, f"too large: {size:,} bytes, the limit is {max_bytes:,} (raise it with --max-mb)")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, oversized and empty files before reading them whole."""
    name = str(path)
    check_size(path, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(name, "empty file")
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM); cp1251 only when the bytes read cleanly as Cyrillic text; else InputError."""
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    legacy = _decode_legacy_cyrillic(data)
    if legacy is not None:
        return legacy
    if utf8_error.reason == "unexpected end of data" and utf8_error.end >= len(data):
        raise InputError(name, "invalid UTF-8: the file ends inside a character (truncated?)")
    bad = data[utf8_error.start : utf8_error.start + 1].hex()
    raise InputError(
        name, f"not UTF-8: invalid byte 0x{bad} at offset {utf8_error.start} (save the file as UTF-8)"
    )


def _decode_legacy_cyrillic(data: bytes) -> str | None:
    """Old Russian/Ukrainian files are Windows-1251 or KOI8-R (KOI8-U). Both put Cyrillic letters in the same byte range
    with the cases swapped, so the right reading is the plainly Cyrillic one whose letters are mostly lower case, as
    prose is; a wrong one comes out in capitals. None when neither reads as Cyrillic prose."""
    for encoding in ("cp1251", "koi8_u"):
        text = _decode_cyrillic(data, encoding)
        if text is not None:
            cyrillic = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
            if sum(ch.islower() for ch in cyrillic) > len(cyrillic) / 2:
                return text
    return None


def _decode_cyrillic(data: bytes, encoding: str) -> str | None:
    """The text in `encoding` when it reads as Cyrillic text, else None."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha() and not ch.isascii()]
    if not letters:
        return None
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic / len(letters) < 0.98:
        return None
    all_letters = sum(1 for ch in text if ch.isalpha())
    plain = sum(1 for ch in text if ch.isalpha() or ch.isspace() or (ch.isascii() and ch.isprintable()))
    if cyrillic / all_letters < _MIN_CYRILLIC_SHARE or plain / len(text) < _MIN_PLAIN_SHARE:
        return None
    return text


def check_is_text(text: str, name: str) -> None:
    """Refuse decoded content that is not prose: control characters, no letters at all."""
    if not text.strip():
        raise InputError(name, "empty file")
    odd = sum(
        1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
    )
    if odd / len(text) > _MAX_CONTROL_SHARE:
        raise InputError(name, f"mostly non-text ({odd:,} control or unassigned characters of {len(text):,})")
    if not any(ch.isalpha() for ch in text):
        raise InputError(name, "no letters at all: not a text report")


def header_date(text: str) -> datetime | None:
    """The publication date from a leading "date YYYY-MM-DD" or "Date: ..." line; None when absent or unreadable."""
    match = _DATE_WORD.match(text) or _DATE_HEADER.match(text)
    return parse_timestamp(match.group(1)) if match else None


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    published: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = None,
    corpus_options: Mapping[str, Any] | None = None,
) -> Iterator[Report | InputError]:
    """Every report in the given files and directories, in a deterministic order; errors are yielded, not raised.

    Directories are walked recursively in sorted order, skipping hidden entries. The file's suffix picks the
    reader: text (.txt, .md, none), HTML (.html, .htm), Telegram Desktop export (.json), corpus (.jsonl, .csv).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            # not only regular files: a FIFO or device in the folder is named and refused, not silently passed over
            files = sorted(p for p in path.rglob("*") if not p.is_dir() and not _hidden(p.relative_to(path)))
            if not files:  # a wrong folder, most likely: said, not a silent "0 new"
                yield InputError(str(path), "no files in this folder (hidden ones are skipped)")
        else:
            files = [path]
        for file in files:
            yield from _read_any(file, published, max_bytes, language, corpus_options or {})


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_any(
    path: Path, published: datetime | None, max_bytes: int, language: str | None, corpus_options: Mapping[str, Any]
) -> Iterator[Report | InputError]:
    from eventledger.sources.corpus import read_corpus
    from eventledger.sources.telegram_export import looks_like_telegram_export, read_telegram_export
    suffix = path.suffix.lower()
    if suffix == ".gz" and Path(path.stem).suffix.lower() in CORPUS_SUFFIXES:  # corpus.jsonl.gz: read as a stream
        suffix = Path(path.stem).suffix.lower()
    try:
        check_regular(path)
        if suffix in HTML_SUFFIXES:
            from eventledger.sources.web import read_html_file  # trafilatura: 0.3 s to import, only for pages

            yield read_html_file(path, max_bytes=max_bytes, published=published, language=language)
        elif suffix in JSON_SUFFIXES:
            check_size(path, max_bytes)  # an export is parsed whole
            if not looks_like_telegram_export(path):
                raise InputError(str(path), "a .json file that is not a Telegram Desktop export (result.json)")
            yield from read_telegram_export(path, language=language)
        elif suffix in CORPUS_SUFFIXES:
            yield from read_corpus(path, **{"language": language, **corpus_options})
        elif suffix in TEXT_SUFFIXES:
            yield read_text_file(path, published, max_bytes=max_bytes, language=language)
        else:
            known = ", ".join(sorted(s for s in KNOWN_SUFFIXES if s))
            raise InputError(str(path), f"unsupported file type {suffix!r} (eventledger reads {known})")
    except InputError as exc:
        yield exc
    except (OSError, json.JSONDecodeError) as exc:
        yield InputError(str(path), f"cannot read: {exc}")
    except Exception as exc:  # noqa: BLE001 - a reader's bug on one crafted file must not end the batch unnamed
        yield InputError(str(path), f"cannot read: {type(exc).__name__}: {exc}")
