"""Language of a source's text: the detector lives in `eventledger.extract.language`; these names stay for sources.

A source that knows its language (a followed channel with a language hint, a corpus column) passes it and detection
is skipped.
"""

from __future__ import annotations

from eventledger.extract.language import LanguageError, detect

__all__ = ["LanguageError", "guess_language", "resolve_language"]


def guess_language(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of `text` among the supported languages; `default` when the text has no letters."""
    return detect(text, default)


def resolve_language(text: str, language: str | None) -> str:
    """The caller's language when given (validated), else a guess from the text."""
    from eventledger.extract.language import resolve

    return resolve(text, language)
