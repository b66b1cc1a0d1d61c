"""Which of the supported languages a report is written in, so that extraction picks the right rule files.

A source that knows its language (a followed channel with a language hint, a corpus column) passes it and this is
skipped. Detection is restricted to the languages eventledger reads: lingua then needs well under a millisecond
for a short post, and cannot answer with a language we have no rules for.
"""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from eventledger.lang import SUPPORTED


@cache
def _detector() -> LanguageDetector:
    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def guess_language(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of `text` among the supported languages; `default` when the text has no letters."""
    if not any(ch.isalpha() for ch in text):
        return default
    found = _detector().detect_language_of(text[:2000])
    return found.iso_code_639_1.name.lower() if found else default


def resolve_language(text: str, language: str | None) -> str:
    """The caller's language when given (validated), else a guess from the text."""
    if language is None:
        return guess_language(text)
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}: eventledger reads {', '.join(SUPPORTED)}")
    return language
