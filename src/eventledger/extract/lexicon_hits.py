"""Which word lists a text holds any word of, found by one multi-pattern pass: a scan that cannot match is skipped.

Most of extraction's regex time goes to word-list patterns (triggers, figure words, speech verbs, recall words...)
searched through every clause and sentence, and most of those searches find nothing. Every match of such a pattern
contains one of a few literal strings (a word of its list, or the fixed part of one: "погиб" of `погиб\\w*`), read off
the parsed pattern once (`_needed`). All those strings, of every pattern asked about, go into one Aho-Corasick
automaton (pyahocorasick); one pass over a text (`_Index.hits`, kept for the text) tells which patterns have any of their
strings in it, and the pattern is run only where one is there. The answer is the pattern's own answer either way: a
text without any of the strings cannot hold a match. A pattern's strings are kept in the pattern disk cache
(`pattern_cache`): parsing the word lists again took about 0.1 s of every process's start.

Case: both the strings and the text are lower-cased and the few letters `re` takes for one another beyond lower case
(ı and i, ſ and s, ς and σ, в and ᲀ: `re._casefix`) are put as one, so a case-insensitive match's string is still found;
a text whose lower case changes its length (İ) is never filtered. Patterns with no such string of three letters or
more are always run.
"""

from __future__ import annotations

import re
import threading
from re import _constants as sre
from re import _parser

import ahocorasick

from eventledger.extract import pattern_cache

try:
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: which letters `re` takes for one another is not known, so nothing is filtered
    _EXTRA_CASES = None

__all__ = ["finditer", "match", "may_match", "search"]

_MOST = 2048  # patterns kept (the callers' are compiled once a language; past this many, new ones are always run)
_SHORTEST = 3  # a pattern whose needed strings include a shorter one is not filtered (too many hits to gain)
_FOLD = {c: min((c, *others)) for c, others in (_EXTRA_CASES or {}).items()}
# the letters `_FOLD` changes (ı, ſ, Greek variants, old Cyrillic forms): rare in news, so a text holding none of them is
# not translated letter by letter (a dictionary look-up a letter, about 1 % of a Russian ingest)
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c, to in _FOLD.items() if to != c) + "]") \
    if any(to != c for c, to in _FOLD.items()) else None
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _fold(text: str) -> str | None:
    low = text.lower()
    if len(low) != len(text):
        return None
    return low.translate(_FOLD) if _FOLDED is not None and _FOLDED.search(low) else low


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of strings each of which a match must hold one of, the one with longer shortest string (fewer
    strings on a tie)."""
    if a is None or b is None:
        return a if b is None else b
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _needed(nodes) -> frozenset[str] | None:  # noqa: ANN001 - a parsed pattern's node list
    """Strings (folded) one of which every match of the parsed sequence `nodes` holds; None when none can be told."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best
        if run:
            folded = _fold("".join(run))
            if folded:
                best = _better(best, frozenset((folded,)))
            run.clear()

    for op, arg in nodes:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the letters on either side stand next to each other in the match
        close()
        if op is sre.SUBPATTERN:
            best = _better(best, _needed(arg[-1].data))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _needed(arg.data))
        elif op is sre.BRANCH:
            every: set[str] = set()
            for alternative in arg[1]:
                need = _needed(alternative.data)
                if need is None:
                    every = set()
                    break
                every |= need
            if every:
                best = _better(best, frozenset(every))
        elif op in _REPEATS and arg[0] >= 1:
            best = _better(best, _needed(arg[2].data))
    close()
    return best


def _parsed_needed(source: str, flags: int) -> frozenset[str]:
    """`_needed` of the pattern; empty (never filtered) when none can be told (kept so: None is no cache entry)."""
    try:
        return _needed(_parser.parse(source, flags).data) or frozenset()
    except Exception:  # noqa: BLE001 - a parser of another Python: the pattern is simply always run
        return frozenset()


class _Index:
    """The patterns asked about so far, their strings in one automaton, and each recent text's patterns with a string.

    The automaton takes each new pattern's strings as it comes and is made again before the next text is read (not
    built anew from every string: patterns come one by one through a process's first reports). Adding, making and
    reading it all happen under the lock, so two threads never see it half made."""

    def __init__(self) -> None:
        self.ids: dict[int, int] = {}  # id(pattern) -> bit; 0 for a pattern never filtered
        self.kept: list[re.Pattern[str]] = []  # (kept alive, so their ids stay theirs)
        self.words: dict[str, int] = {}  # needed string -> the bits of the patterns that need it
        self.automaton = ahocorasick.Automaton()
        self.made = True  # (nothing added since the automaton was last made)
        self.texts: dict[str, int] = {}  # text -> the bits of the patterns with a string in it
        self.lock = threading.Lock()

    def bit(self, pattern: re.Pattern[str]) -> int:
        bit = self.ids.get(id(pattern))
        if bit is None:
            bit = self._add(pattern) if len(self.kept) < _MOST else 0
        return bit

    def _add(self, pattern: re.Pattern[str]) -> int:
        with self.lock:
            bit = self.ids.get(id(pattern))
            return self._added(pattern) if bit is None else bit

    def _added(self, pattern: re.Pattern[str]) -> int:
        need = None
        if _EXTRA_CASES is not None and isinstance(pattern.pattern, str) and not pattern.flags & re.LOCALE:
            source, flags = pattern.pattern, pattern.flags
            need = pattern_cache.remembered(("needed", source, flags), lambda: _parsed_needed(source, flags))
        bit = 0
        if need and min(map(len, need)) >= _SHORTEST:
            bit = 1 << len(self.kept)
            for word in need:
                self.words[word] = self.words.get(word, 0) | bit
                self.automaton.add_word(word, self.words[word])
            self.made = False
            self.texts.clear()
        self.kept.append(pattern)
        self.ids[id(pattern)] = bit
        return bit

    def hits(self, text: str) -> int:
        """The bits of the patterns with a needed string in `text` (-1, all of them, for a text never filtered)."""
        folded = _fold(text)
        found = 0
        with self.lock:
            if folded is None:
                found = -1
            else:
                if not self.made:
                    self.automaton.make_automaton()
                    self.made = True
                for _, bits in self.automaton.iter(folded):
                    found |= bits
            if len(self.texts) >= 4096:
                self.texts.clear()
            self.texts[text] = found
        return found


_INDEX = _Index()
_IDS = _INDEX.ids
_TEXTS = _INDEX.texts


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when `pattern` cannot match anywhere in `text` (none of its needed strings is there)."""
    bit = _IDS.get(id(pattern))
    if bit is None:
        bit = _INDEX.bit(pattern)
    if not bit:
        return True
    found = _TEXTS.get(text)
    return bool((_INDEX.hits(text) if found is None else found) & bit)


def search(pattern: re.Pattern[str], text: str, *where: int) -> re.Match[str] | None:
    """`pattern.search(text, *where)`, skipped when `text` holds none of the strings every match holds."""
    return pattern.search(text, *where) if may_match(pattern, text) else None


def match(pattern: re.Pattern[str], text: str, *where: int) -> re.Match[str] | None:
    """`pattern.match(text, *where)`, skipped when `text` holds none of the strings every match holds."""
    return pattern.match(text, *where) if may_match(pattern, text) else None


def finditer(pattern: re.Pattern[str], text: str, *where: int):  # noqa: ANN201 - an iterator of matches
    """`pattern.finditer(text, *where)`, skipped (nothing) when `text` holds none of the strings every match holds."""
    return pattern.finditer(text, *where) if may_match(pattern, text) else iter(())
