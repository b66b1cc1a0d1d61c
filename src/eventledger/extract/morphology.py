"""One pymorphy3 analyzer per language for every module that reads Russian or Ukrainian word forms.

Each analyzer holds its dictionaries in memory; five modules building their own meant five copies of each. And
pymorphy3 asks `unicodedata.name()` of every letter it sees, which raises on letters Unicode names none of (an
unassigned or private code point in a fuzzed or garbled text): such a word has no reading here, not a crash.
"""

from __future__ import annotations

from functools import cache
from typing import Any


class _Analyzer:
    """pymorphy3's analyzer, with `parse` giving no readings where pymorphy3 itself would fail on a letter."""

    def __init__(self, lang: str) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer(lang=lang)

    def parse(self, word: str) -> list[Any]:
        try:
            return self._morph.parse(word)
        except ValueError:  # "no such name": a letter without a Unicode name
            return []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


@cache
def analyzer(lang: str) -> _Analyzer:
    """The shared analyzer of `lang` ("ru" or "uk")."""
    return _Analyzer(lang)
