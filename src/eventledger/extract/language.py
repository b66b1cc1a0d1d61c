"""Which of the supported languages a report (or one sentence of it) is written in, so extraction picks the right rules.

Russian and Ukrainian share most of the Cyrillic alphabet, but each has letters the other lacks: і ї є ґ are only
Ukrainian, ы э ъ ё only Russian. That rule is free and settles most posts; lingua, restricted to the languages we read,
settles the rest in well under a millisecond and cannot answer with a language we have no rules for.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from eventledger.extract.segment import Span, sentences
from eventledger.lang import SUPPORTED

# Letters that belong to one of the two Cyrillic languages only.
_ONLY_IN = {"uk": frozenset("іїєґІЇЄҐ"), "ru": frozenset("ыэъёЫЭЪЁ")}
_LINGUA_CHARS = 2000


class LanguageError(ValueError):
    """A language code eventledger has no rules for, or text that is not a string: the message names it."""


@dataclass(frozen=True, slots=True)
class SentenceLanguage:
    span: Span
    language: str


@cache
def _detector() -> LanguageDetector:
    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def by_letters(text: str) -> str | None:
    """"uk" or "ru" when the text has letters only one of them uses (and more of them than of the other's), else None."""
    counts = Counter({lang: sum(map(text.count, letters)) for lang, letters in _ONLY_IN.items()})  # str.count: in C
    (first, n), (_, m) = counts.most_common(2)
    return first if n > m else None


def detect(text: str, default: str = "en") -> str:
    """The ISO 639-1 code of `text` among the supported languages; `default` when the text has no letters."""
    if not isinstance(text, str):
        raise LanguageError(f"language detection needs text as a string, got {type(text).__name__}")
    if default not in SUPPORTED:
        raise LanguageError(f"unsupported default language {default!r}: eventledger reads {', '.join(SUPPORTED)}")
    if not any(ch.isalpha() for ch in text):
        return default
    if found := by_letters(text):
        return found
    guess = _detector().detect_language_of(text[:_LINGUA_CHARS])
    return guess.iso_code_639_1.name.lower() if guess else default


def sentence_languages(text: str, default: str | None = None) -> list[SentenceLanguage]:
    """Each sentence with its own language, for reports that mix them (an English post quoting a Ukrainian one).

    A sentence too short to tell (no letters) takes the language of the whole report.
    """
    overall = detect(text, default or "en")
    out = []
    for span in sentences(text, overall):
        out.append(SentenceLanguage(span, detect(span.text, overall)))
    return out


_CYRILLIC_RUN = re.compile("[\u0400-\u04ff]+")  # the Cyrillic block (not all of it letters: counted with isalpha)


def other_language_sentences(text: str, language: str) -> dict[int, tuple[int, str]]:
    """Sentences written in another language than the report's, as {start: (end, language)}; empty for most reports.

    Cheap on purpose, since it runs on every report: lingua is only asked when the text mixes Latin and Cyrillic
    letters; within Cyrillic, the letters only Russian or only Ukrainian uses decide.
    """
    cyrillic_runs = _CYRILLIC_RUN.findall(text)
    if not cyrillic_runs:
        return {}  # no Cyrillic letter: neither mixed scripts nor a Russian/Ukrainian mix (the common English case)
    letters = sum(map(str.isalpha, text))
    cyrillic = sum(map(str.isalpha, "".join(cyrillic_runs)))
    mixed_scripts = 0.1 * letters < cyrillic < 0.9 * letters
    if not mixed_scripts and not (language in _ONLY_IN and cyrillic):
        return {}
    found: dict[int, tuple[int, str]] = {}
    for span in sentences(text, language):
        code = detect(span.text, language) if mixed_scripts else (by_letters(span.text) or language)
        if code != language:
            found[span.start] = (span.end, code)
    return found


def resolve(text: str, language: str | None) -> str:
    """The caller's language when given (validated), else detected from the text."""
    if language is None:
        return detect(text)
    if language not in SUPPORTED:
        raise LanguageError(f"unsupported language {language!r}: eventledger reads {', '.join(SUPPORTED)}")
    return language
