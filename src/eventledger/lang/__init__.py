"""Per-language rule data: one folder per language (`en/`, `ru/`, `uk/`), one YAML file per topic.

The code is language-agnostic: every trigger word, attribution verb, hedge, number word and month name an
extraction stage needs comes from here. Each topic file is a mapping; `load` keys them by file stem (`numbers`,
`events`, ...) so that each stage reads, and checks, its own topic.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).parent
SUPPORTED = ("en", "ru", "uk")
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml reads the language files 10x faster


class LanguageDataError(ValueError):
    """A language file is missing or malformed: names the file."""


@cache
def load(lang: str) -> dict[str, Any]:
    """All topics of one language, keyed by file stem (`numbers`, `dates`, `events`, ...)."""
    if lang not in SUPPORTED:
        raise LanguageDataError(f"unsupported language {lang!r}: eventledger reads {', '.join(SUPPORTED)}")
    data: dict[str, Any] = {}
    for path in sorted((LANG_DIR / lang).glob("*.yaml")):
        try:
            content = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        except yaml.YAMLError as exc:
            raise LanguageDataError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(content, dict):
            raise LanguageDataError(f"{path}: expected a mapping at the top level")
        data[path.stem] = content
    return data


def topic(lang: str, name: str) -> dict[str, Any]:
    """One topic of one language, e.g. `topic("ru", "numbers")`; a clear error when the file is absent."""
    data = load(lang)
    if name not in data:
        raise LanguageDataError(f"{LANG_DIR / lang / (name + '.yaml')}: missing")
    return data[name]


def alternation(words: list[str]) -> str:
    """A language file's words as one regex alternation, longest first. A space in a phrase stands for any one space
    character: Telegram posts are full of no-break spaces."""
    return "|".join(w.replace(" ", r"\s") for w in sorted(words, key=len, reverse=True))


def whole_words(words: list[str]) -> re.Pattern[str]:
    """Any of a language file's words, whole (not inside a longer word), in any case; with no words, one that never
    matches."""
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else re.compile(r"(?!)")


@cache
def _bodies() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every language's names of well-known bodies (`bodies` in attribution.yaml), one pattern per key."""
    words: dict[str, list[str]] = {}
    for lang in SUPPORTED:
        for key, names in (topic(lang, "attribution").get("bodies") or {}).items():
            words.setdefault(key, []).extend(names)
    return tuple((key, re.compile(r"\b(?:" + "|".join(names) + r")", re.IGNORECASE)) for key, names in words.items())


def body_keys(name: str) -> tuple[set[str], str]:
    """The bodies a source's name refers to, by language-independent key ("Минобороны России" and "Russia's Defence
    Ministry" both give {"defence_ministry", "russia"}), and what is left of the name once they are taken out."""
    keys: set[str] = set()
    for key, pattern in _bodies():
        name, n = pattern.subn(" ", name)
        if n:
            keys.add(key)
    return keys, name
