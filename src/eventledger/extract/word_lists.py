"""A language file's word list as one whole-word pattern (`lang.whole_words`: any of the words, not inside a longer
word, in any case; with no words, one that never matches), compiled once per language and key."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from eventledger.lang import SUPPORTED, topic, whole_words


@cache
def words_of(lang: str, *keys: str, file: str = "events") -> re.Pattern[str]:
    """The words one language's `file` lists under `keys`, as one pattern."""
    data = topic(lang, file)
    return whole_words([w for key in keys for w in data.get(key) or []])


@cache
def every_language(key: str, file: str = "events") -> re.Pattern[str]:
    """The words every language's `file` lists under `key`, as one pattern ("another", "ещё", "ще")."""
    return whole_words([w for lang in SUPPORTED for w in topic(lang, file).get(key) or []])


@cache
def day_part_words(*langs: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The parts of the day (night, morning, day, evening) the languages name in words, one pattern a part: events.yaml's
    `parts_of_day`, night being `night_words`. (`day_parts`, extraction's own reading of a sentence's part of the day,
    is another list: `incidents.patterns(lang).day_parts`.)"""
    parts: dict[str, list[str]] = defaultdict(list)
    for lang in langs:
        data = topic(lang, "events")
        parts["night"] += data.get("night_words") or []
        for part, words in (data.get("parts_of_day") or {}).items():
            parts[part] += words or []
    return tuple((part, whole_words(words)) for part, words in parts.items() if words)


def parts_of_day(text: str, *langs: str) -> frozenset[str]:
    """The parts of the day a text names in words, in the languages' `day_part_words`."""
    return frozenset(part for part, pattern in day_part_words(*langs) if pattern.search(text))
