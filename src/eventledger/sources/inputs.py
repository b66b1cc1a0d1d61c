"""Whatever a user names on the command line (files, directories, page URLs) as one stream of reports and errors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from eventledger.model import Report
from eventledger.sources.errors import InputError
from eventledger.sources.files import DEFAULT_MAX_BYTES, iter_inputs


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def iter_any(
    names: Iterable[str],
    *,
    published: datetime | None = None,
    language: str | None = None,
    allow_private: bool = False,
    corpus_options: Mapping[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Report | InputError]:
    """Reports from each name in order: an http(s) URL is fetched safely as a page, anything else read as a path."""
    for name in names:
        if is_url(name):
            from eventledger.sources.web import read_url  # trafilatura is slow to import: only for URLs

            try:
                yield read_url(name, published=published, language=language, allow_private=allow_private, max_bytes=max_bytes)
            except InputError as exc:
                yield exc
            except Exception as exc:  # noqa: BLE001 - one crafted page must not end the batch unnamed
                yield InputError(name, f"cannot read: {type(exc).__name__}: {exc}")
        elif (scheme := re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", name)) is not None:  # ftp://..., file://...: not a path
            yield InputError(name, f"only http and https URLs are read, not {scheme.group(1)!r}")
        else:
            yield from iter_inputs(
                [name], published=published, language=language, corpus_options=corpus_options, max_bytes=max_bytes
            )
