"""One pymorphy3 analyzer per language for every module that reads Russian or Ukrainian word forms.

Each analyzer holds its dictionaries in memory; five modules building their own meant five copies of each. And
pymorphy3 asks `unicodedata.name()` of every letter it sees, which raises on letters Unicode names none of (an
unassigned or private code point in a fuzzed or garbled text): such a word has no reading here, not a crash.
"""

from __future__ import annotations

from functools import cache
from typing import Any


_MEMO_SIZE = 5_000  # words whose readings are remembered (about 1.3 KB a word: 6.5 MB at most); emptied when full
# Ukrainian writes its apostrophe as any of these; pymorphy3's dictionary holds only the typewriter one ("В'ячеслав",
# "Куп'янськ"): a word written with another ("В’ячеслав", "Слов’янському") is looked up with that one
_APOSTROPHES = {ord(c): "'" for c in "’ʼ`´‘′"}


class _Analyzer:
    """pymorphy3's analyzer, with `parse` giving no readings where pymorphy3 itself would fail on a letter, and a
    Ukrainian word looked up with the typewriter apostrophe whichever one the text used (`_APOSTROPHES`).

    Readings are remembered by word: a report asks the same words of several modules (and a corpus repeats its words),
    and pymorphy3 works each word out anew, ten to forty times as dear as a look-up. Each call gets its own list."""

    def __init__(self, lang: str) -> None:
        import pymorphy3

        self._morph = pymorphy3.MorphAnalyzer(lang=lang)
        self._readings: dict[str, list[Any]] = {}
        self._apostrophes = _APOSTROPHES if lang == "uk" else None

    def parse(self, word: str) -> list[Any]:
        if self._apostrophes is not None:
            word = word.translate(self._apostrophes)
        readings = self._readings.get(word)
        if readings is None:
            try:
                readings = self._morph.parse(word)
            except ValueError:  # "no such name": a letter without a Unicode name
                readings = []
            if len(self._readings) >= _MEMO_SIZE:
                self._readings.clear()
            self._readings[word] = readings
        return list(readings)

    def word_is_known(self, word: str, *args: Any, **kwargs: Any) -> bool:
        if self._apostrophes is not None:
            word = word.translate(self._apostrophes)
        return self._morph.word_is_known(word, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


@cache
def analyzer(lang: str) -> _Analyzer:
    """The shared analyzer of `lang` ("ru" or "uk")."""
    return _Analyzer(lang)
