"""Coverage-guided fuzzing of `extract` with atheris (libFuzzer): `python tests/fuzz_extract.py CORPUS_DIR
-max_total_time=20`. Each input becomes a report (language and date from its first bytes, the rest as text); any
exception but a named InputError is a crash, and libFuzzer writes the input that caused it to a crash-* file.
tests/test_fuzz.py runs it for a bounded time; run it longer by hand to search deeper.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import atheris

with atheris.instrument_imports(include=["eventledger"]):
    from eventledger.geo import Gazetteer
    from eventledger.ingest import extract_within
    from eventledger.model import Report
    from eventledger.sources.errors import InputError

GAZETTEER = Gazetteer.load()
LANGS = ("en", "ru", "uk")


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lang = LANGS[fdp.ConsumeIntInRange(0, 2)]
    published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=fdp.ConsumeIntInRange(-4000, 4000))
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    if not text.strip():
        return
    try:
        extract_within(Report(text=text, published=published, language=lang, origin="fuzz"), GAZETTEER, 10)
    except InputError as exc:
        if "time budget" not in str(exc):  # a slow input is not a crash; any other failure is
            raise


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
