"""Counts in text: "at least 24", "nine", "двадцати четырёх", "пʼятеро", "dozens", "2 тысячи", "5-7".

The number libraries read the number words (text2num for English, number-parser for Russian and Ukrainian, whose own
tables also tell us which words are number words); everything they lack lives in `lang/<code>/numbers.yaml`:
collective numerals, multipliers ("dozens", "десятки"), vague counts, qualifiers ("at least", "не менее", "понад"),
ranges, and the units that make a number a measure rather than a count.

Decisions worth knowing:
- A plural multiplier alone is "at least two of them": "dozens" -> 24, "десятки" -> 20, "hundreds" -> 200, all
  `lower_bound` and `approximate`. Vague words ("several", "несколько", "кілька") are lower bounds too, values in YAML.
- A range ("5-7", "two or three", "from 5 to 7", "от 5 до 7") is reported as its low end with `lower_bound=True`, and its
  high end in `upper`: the low end is the only figure the source fully commits to.
- Years, dates, times, percentages, measures with units, identifiers ("Su-34", "No. 5") and adjectives ("24-hour",
  "5-летний") are not counts and are left out. A bare four-digit number between 1900 and 2100 is taken for a year
  unless a qualifier stands before it ("more than 2000").

Speed: one tokenising regex pass and dict look-ups; the libraries run only on number-word runs, behind a cache.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

from number_parser import parse_number
from text_to_num import text2num

from eventledger.lang import topic

_MARKS = ("'", "’", "`")
_MAX_COUNT = 1e15  # larger "counts" are digit strings (ids, garbage), and beyond float range would crash int()


class NumberInputError(ValueError):
    """The text handed to the number finder is not text."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count as written, with its qualifier: the span covers "at least 24", `value` is 24, `lower_bound` is True."""

    start: int
    end: int
    text: str
    value: int
    lower_bound: bool
    approximate: bool
    upper: int | None = None  # the high end of a range ("5-7" -> value 5, upper 7); None otherwise


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower case, ё as е, every apostrophe as ʼ; the same length as `text`, so offsets carry over unchanged.
    Cached: the number and date stages fold the same report text."""
    folded = text.lower()
    if len(folded) != len(text):  # a few letters ("İ") lower-case to two characters: keep those as they are
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for mark in _MARKS:
        folded = folded.replace(mark, "ʼ")
    return folded.replace("ё", "е")


@lru_cache(maxsize=64)
def words_in(norm: str) -> frozenset[str]:
    """The distinct words of a folded text: a cheap test of which patterns can match at all."""
    return frozenset(_WORD.findall(norm))


@lru_cache(maxsize=64)
def digit_runs(norm: str) -> tuple[tuple[int, int], ...]:
    """Where runs of digits stand: the one full pass over the text that digit patterns need; they match from here."""
    return tuple(m.span() for m in _DIGITS.finditer(norm))


def occurrences(norm: str, word: str) -> list[int]:
    """Where `word` stands as a whole word in a folded text."""
    found, at, size = [], norm.find(word), len(word)
    while at != -1:
        before = norm[at - 1] if at else " "
        after = norm[at + size] if at + size < len(norm) else " "
        if not (before.isalnum() or before == "ʼ" or after.isalnum() or after == "ʼ"):
            found.append(at)
        at = norm.find(word, at + 1)
    return found


def phrase_pattern(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between their words."""
    items = sorted({fold(p).strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in items) or r"(?!x)x"


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    kind: str  # "digit", "lib", "extra", "mult", "frac", "vague", "article"
    value: float
    plural: bool = False  # a multiplier that alone means "at least two of them"
    big: float = 0  # for library words that can multiply a preceding number ("тысячи", "million"): their value


@dataclass(frozen=True, slots=True)
class _Lang:
    code: str
    vocab: dict[str, float]  # library number words -> value
    big: dict[str, float]  # library words that multiply ("hundred", "тысячи")
    extra: dict[str, float]
    mult: dict[str, tuple[float, bool]]
    frac: dict[str, float]
    vague_single: dict[str, float]
    vague_multi: re.Pattern[str]
    vague_multi_values: dict[str, float]
    known: frozenset[str]  # every single word the atoms above are made of
    vague_first: frozenset[str]  # first words of multi-word vague phrases ("a few")
    not_counts_first: frozenset[str]
    article_heads: frozenset[str]  # words an article may count before: counted nouns and multipliers
    article_before: re.Pattern[str]
    counted_noun: re.Pattern[str]
    joiners: frozenset[str]
    mult_joiners: frozenset[str]
    hyphen_joins: bool
    not_counts: re.Pattern[str]
    lb_before: re.Pattern[str]
    approx_before: re.Pattern[str]
    lb_after: re.Pattern[str]
    approx_after: re.Pattern[str]
    units_after: re.Pattern[str]
    units_before: re.Pattern[str]
    outlet_before: re.Pattern[str] | None  # "по данным 112,", "сообщает 112.": an outlet named by a number
    range_gap: re.Pattern[str]
    range_pairs: dict[str, frozenset[str]]
    connectors: frozenset[str]  # connector words that make a range on their own ("to", "or", "до")
    range_opener: re.Pattern[str]
    digits: re.Pattern[str]
    case_ending: re.Pattern[str] | None  # "47-ма", "3-мя": a numeral's case ending after a hyphen
    thousands: str
    decimals: str


_WORD = re.compile(r"[^\W\d_]+(?:ʼ[^\W\d_]+)*")
_DIGITS = re.compile(r"\d+")


def _library_words(code: str) -> tuple[dict[str, float], dict[str, float]]:
    """Number words from number-parser's own tables for this language, and which of them multiply."""
    module = __import__(f"number_parser.data.{code}", fromlist=["info"])
    info: dict[str, Any] = module.info
    vocab: dict[str, float] = {}
    for key in ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS", "HUNDREDS", "BIG_POWERS_OF_TEN"):
        for word, value in info.get(key, {}).items():
            vocab[fold(word)] = value
    big = {fold(w): v for w, v in info.get("BIG_POWERS_OF_TEN", {}).items()}
    return vocab, big


@cache
def _lang(code: str) -> _Lang:
    data = topic(code, "numbers")
    vocab, big = _library_words(code)
    for word in data.get("not_numbers", []):
        vocab.pop(fold(word), None)
    words = lambda key: [str(w) for w in data.get(key, [])]  # noqa: E731
    flags = re.IGNORECASE
    vague = {fold(k): float(v) for k, v in (data.get("vague") or {}).items()}
    extra = {fold(k): float(v) for k, v in (data.get("extra_words") or {}).items()}
    mult = {fold(k).rstrip("."): (float(v["value"]), bool(v.get("plural"))) for k, v in (data.get("multipliers") or {}).items()}
    frac = {fold(k): float(v) for k, v in (data.get("fractions") or {}).items()}
    articles = frozenset(fold(w) for w in words("articles"))
    thousands = "".join(re.escape(s) for s in data.get("thousands_separators", []))
    decimals = "".join(re.escape(s) for s in data.get("decimal_separators", []))
    grouped = rf"\d{{1,3}}(?:[{thousands}]\d{{3}})+(?!\d)|" if thousands else ""
    fraction = rf"(?:[{decimals}]\d+)?" if decimals else ""
    pairs: dict[str, frozenset[str]] = {}
    for opener, closer in (data.get("range_pairs") or {}).items():
        pairs[fold(opener)] = frozenset({fold(closer)})
    connectors = words("range_connectors")
    return _Lang(
        code=code,
        vocab=vocab,
        big=big,
        extra=extra,
        mult=mult,
        frac=frac,
        vague_single={k: v for k, v in vague.items() if " " not in k},
        vague_multi=re.compile(rf"(?<!\w)(?:{phrase_pattern([k for k in vague if ' ' in k])})(?!\w)"),
        vague_multi_values={k: v for k, v in vague.items() if " " in k},
        article_heads=frozenset(fold(n).split()[0] for n in words("counted_nouns")) | frozenset(mult) | frozenset(big)
        if articles else frozenset(),
        article_before=re.compile(rf"(?<!\w)(?P<a>{phrase_pattern(list(articles))})\s+$"),
        known=frozenset(vocab) | frozenset(extra) | frozenset(mult) | frozenset(frac)
        | frozenset(k for k in vague if " " not in k),
        vague_first=frozenset(k.split()[0] for k in vague if " " in k),
        not_counts_first=frozenset(fold(k).split()[0] for k in words("not_counts")),
        counted_noun=re.compile(rf"\s+(?:{phrase_pattern(words('counted_nouns'))})(?!\w)"),
        joiners=frozenset(fold(w) for w in words("joiners")),
        mult_joiners=frozenset(fold(w) for w in words("multiplier_joiners")),
        hyphen_joins=bool(data.get("hyphen_joins_words")),
        not_counts=re.compile(rf"(?<!\w)(?:{phrase_pattern(words('not_counts'))})(?!\w)"),
        lb_before=re.compile(rf"(?:^|(?<![\w.]))(?:{phrase_pattern(words('lower_bound_before'))})\s+$", flags),
        approx_before=re.compile(rf"(?:^|(?<![\w.]))(?:{phrase_pattern(words('approximate_before'))})\s+$", flags),
        lb_after=re.compile(rf"^\s+(?:{phrase_pattern(words('lower_bound_after'))})(?!\w)", flags),
        approx_after=re.compile(rf"^\s*(?:{phrase_pattern(words('approximate_after'))})(?!\w)", flags),
        units_after=re.compile(rf"^\s*(?:{phrase_pattern(words('units_after'))})(?![^\W\d_])", flags),
        units_before=re.compile(rf"(?:^|(?<![\w.]))(?:{phrase_pattern(words('units_before'))})\s*$", flags),
        outlet_before=re.compile(rf"(?:^|(?<![\w.]))(?:{phrase_pattern(words('outlet_before'))})\s*[«\"“„']?$", flags)
        if data.get("outlet_before") else None,
        range_gap=re.compile(
            rf"^\s*(?:{phrase_pattern([c for c in connectors if not c[0].isalpha()])})\s*$"
            rf"|^\s+(?P<word>{phrase_pattern([c for c in connectors if c[0].isalpha()] + [c for s in pairs.values() for c in s])})\s+$"
        ),
        range_pairs=pairs,
        connectors=frozenset(" ".join(fold(c).split()) for c in connectors if c[0].isalpha()),
        range_opener=re.compile(rf"(?:^|(?<!\w))(?P<opener>{phrase_pattern(list(pairs))})\s+$"),
        digits=re.compile(rf"(?<![\w.,:/])(?:{grouped}\d+){fraction}"),
        case_ending=re.compile(rf"-(?:{phrase_pattern(words('case_endings'))})(?![\w-])") if data.get("case_endings") else None,
        thousands=thousands.replace("\\", ""),
        decimals=decimals.replace("\\", ""),
    )


@lru_cache(maxsize=8192)
def parse_number_words(words: str, lang: str) -> int | None:
    """The value of a run of number words ("twenty-four", "двадцати четырёх", "пʼятеро"), or None if it is not one."""
    if not isinstance(words, str):
        raise NumberInputError(f"number words must be text, got {type(words).__name__}: {words!r}")
    p = _lang(lang)
    key = " ".join(fold(words).split())
    if not key:
        return None
    if key in p.extra:
        return int(p.extra[key])
    if lang == "en":
        try:
            return int(text2num(key, "en"))
        except ValueError:
            return None
    value = parse_number(key, language=lang)
    return int(value) if isinstance(value, (int, float)) else None


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether [a, b) overlaps any of the spans: a binary search over them sorted by start, with the furthest end
    reached so far, instead of a scan (a long report has thousands of dates and counts)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(a: int, b: int) -> bool:
        k = bisect_left(starts, b)  # the spans that start before b; one of them must end after a
        return k > 0 and reach[k - 1] > a

    return overlaps


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every count written in `text`, in order, each with the qualifier that bounds it."""
    if not isinstance(text, str):
        raise NumberInputError(f"text must be a string, got {type(text).__name__}")
    p = _lang(lang)
    norm = fold(text)
    atoms = _atoms(p, norm)
    raw = [q for run in _runs(p, norm, atoms) for q in _values(p, norm, run)]
    blocked = [m.span() for m in p.not_counts.finditer(norm)] if atoms and words_in(norm) & p.not_counts_first else []
    blocked += _date_spans(text, lang) if atoms else []
    overlaps = _overlap_test(blocked)
    raw = [q for q in raw if not overlaps(q[0], q[1])]
    found: list[Quantity] = []
    for start, end, value, lower, approx, upper, parts in _ranges(p, norm, raw):
        if _is_measure(p, norm, start, end, parts):
            continue
        if before := p.lb_before.search(norm, max(0, start - 40), start):
            start, lower = before.start(), True
        elif before := p.approx_before.search(norm, max(0, start - 40), start):
            start, approx = before.start(), True
        elif _looks_like_year(norm, parts):
            continue
        if after := p.lb_after.match(norm[end:end + 30]):
            end, lower = end + after.end(), True
        elif after := p.approx_after.match(norm[end:end + 30]):
            end, approx = end + after.end(), True
        if not value < _MAX_COUNT:  # digits times a multiplier can still pass any count (or infinity)
            continue
        found.append(Quantity(start, end, text[start:end], int(round(value)), lower, approx, upper))
    return found


def _atoms(p: _Lang, norm: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    reached = 0
    for at, _ in digit_runs(norm):
        if at < reached or not (m := p.digits.match(norm, at)):
            continue  # the "500" of "1,500" belongs to the number before it
        s, e = m.span()
        reached = e
        raw = m.group()
        follows = norm[e + 1] if e + 1 < len(norm) else ""
        if p.case_ending is not None and (ending := p.case_ending.match(norm, e)):
            e = ending.end()  # "атакував 47-ма ударними БпЛА", "3-мя беспилотниками": a count in its case
        elif e < len(norm) and (norm[e].isalpha() or (norm[e] == "-" and follows.isalpha()) or (norm[e] in ":/" and follows.isdigit())):
            continue  # "3rd", "24-hour", "5-летний", "10:30", "1/2"; "5-7" stays: a range
        if s >= 2 and norm[s - 1] in "-–" and norm[s - 2].isalpha():
            continue  # "Su-34", "Kh-101", "Shahed-136"
        value = _digit_value(p, raw)
        if value is not None:
            atoms.append(_Atom(s, e, "digit", value))
    for m in p.vague_multi.finditer(norm) if words_in(norm) & p.vague_first else ():
        atoms.append(_Atom(m.start(), m.end(), "vague", p.vague_multi_values[" ".join(m.group().split())]))
    for word in sorted(words_in(norm) & p.known):
        for s in occurrences(norm, word):
            e = s + len(word)
            if word in p.extra:
                atoms.append(_Atom(s, e, "extra", p.extra[word]))
            elif word in p.vocab:
                mult = p.mult.get(word)
                atoms.append(_Atom(s, e, "lib", p.vocab[word], plural=bool(mult and mult[1]), big=p.big.get(word, 0)))
            elif word in p.mult:
                value, plural = p.mult[word]
                atoms.append(_Atom(s, e, "mult", value, plural=plural, big=value))
            elif word in p.frac:
                atoms.append(_Atom(s, e, "frac", p.frac[word]))
            elif word in p.vague_single:
                atoms.append(_Atom(s, e, "vague", p.vague_single[word]))
    # An article counts only before a counted noun or a multiplier ("a man", "a dozen"): look from those words back,
    # since "a" itself is everywhere.
    for word in sorted(words_in(norm) & p.article_heads):
        for at in occurrences(norm, word):
            if m := p.article_before.search(norm, max(0, at - 6), at):
                atoms.append(_Atom(m.start("a"), m.end("a"), "article", 1))
    atoms.sort(key=lambda a: (a.start, -a.end))
    kept: list[_Atom] = []
    for a in atoms:  # a multi-word vague phrase ("a few") wins over the article inside it
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    return kept


def _digit_value(p: _Lang, raw: str) -> float | None:
    """ "1,500" -> 1500 (en), "1 500" -> 1500 and "1,5" -> 1.5 (ru, uk): separators come from the YAML file."""
    for sep in p.thousands:
        raw = raw.replace(sep, "")
    for sep in p.decimals:
        raw = raw.replace(sep, ".")
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if value < _MAX_COUNT else None  # a 400-digit run is no count (and no float either)


def _multiplies(a: _Atom) -> bool:
    return a.kind == "mult" or bool(a.big)


def _runs(p: _Lang, norm: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    """Group adjacent atoms into one number each: "twenty-four", "2 тысячи", "несколько десятков", "a dozen"."""
    runs: list[list[_Atom]] = []
    run: list[_Atom] = []
    state = ""
    for a in atoms:
        if run and (joined := _join(p, state, norm[run[-1].end:a.start], a)):
            run.append(a)
            state = joined
            continue
        if run:
            runs.append(run)
        run = [a]
        state = "lib" if a.kind == "lib" else "mult" if a.kind == "mult" else "core"
    if run:
        runs.append(run)
    return runs


def _join(p: _Lang, state: str, gap: str, a: _Atom) -> str:
    """The run's new state if atom `a` continues it across `gap`, else "". States: lib (number words the library
    reads as one), core (a digit, collective, vague or article word), mult (multipliers after either)."""
    word = " ".join(gap.split())
    if "\n" in gap:
        return ""
    if state == "lib" and a.kind == "lib" and (not word or word in p.joiners or (gap == "-" and p.hyphen_joins)):
        return "lib"
    if _multiplies(a) and (not word or word in p.mult_joiners):
        return "mult"
    return ""


_Raw = tuple[int, int, float, bool, bool, "int | None", tuple[_Atom, ...]]


def _values(p: _Lang, norm: str, run: list[_Atom]) -> list[_Raw]:
    """The value of one run; a run the libraries cannot read as one number is split into the longest ones they can."""
    head = run[0]
    if head.kind == "article" and len(run) == 1:
        if p.counted_noun.match(norm, head.end):
            return [(head.start, head.end, 1, False, False, None, (head,))]
        return []
    if head.kind == "lib":
        lib = run[: next((i for i, a in enumerate(run) if a.kind != "lib"), len(run))]
        if len(run) == 1 and head.plural:
            return [(head.start, head.end, 2 * head.big, True, True, None, (head,))]
        end = len(lib)
        while end > 0:
            value = parse_number_words(norm[lib[0].start:lib[end - 1].end], p.code)
            if value is not None:
                break
            end -= 1
        if end == 0:
            return _values(p, norm, run[1:]) if len(run) > 1 else []
        if end < len(lib):
            first = (lib[0].start, lib[end - 1].end, float(value), False, False, None, tuple(lib[:end]))
            return [first] + _values(p, norm, run[end:])
        return [_multiply(run[0].start, float(value), False, False, run[end:], run)]
    if head.kind == "mult":
        value = 2 * head.value if head.plural else head.value
        return [_multiply(head.start, value, head.plural, head.plural, run[1:], run)]
    if head.kind in ("frac", "article") or (head.kind == "digit" and head.value != int(head.value)):
        if len(run) == 1:
            return []  # "1.5" or "полтора" alone is a measure, not a count
    vague = head.kind == "vague"
    return [_multiply(head.start, head.value, vague, vague, run[1:], run)]


def _multiply(start: int, value: float, lower: bool, approx: bool, mults: list[_Atom], run: list[_Atom]) -> _Raw:
    for m in mults:
        value *= m.big or m.value
    return (start, run[-1].end, value, lower, approx, None, tuple(run))


def _ranges(p: _Lang, norm: str, raw: list[_Raw]) -> list[_Raw]:
    """Merge "5-7", "two or three", "from 5 to 7", "от 5 до 7" into one quantity: the low end, a lower bound, `upper` set."""
    merged: list[_Raw] = []
    i = 0
    while i < len(raw):
        q = raw[i]
        if i + 1 < len(raw) and (span := _range_span(p, norm, q, raw[i + 1])) is not None:
            nxt = raw[i + 1]
            upper = int(round(nxt[2])) if nxt[2] < _MAX_COUNT else None
            merged.append((span, nxt[1], q[2], True, q[4] or nxt[4], upper, q[6] + nxt[6]))
            i += 2
            continue
        merged.append(q)
        i += 1
    return merged


def _range_span(p: _Lang, norm: str, low: _Raw, high: _Raw) -> int | None:
    """Where the range of `low` and `high` starts (its opener "from"/"от" included), or None if they are no range."""
    if high[2] <= low[2] or low[3] or high[3]:
        return None
    gap = p.range_gap.match(norm[low[1]:high[0]])
    if not gap:
        return None
    word = gap.group("word") and " ".join(gap.group("word").split())
    opener = p.range_opener.search(norm, max(0, low[0] - 20), low[0])
    if opener and word in p.range_pairs.get(opener.group("opener"), frozenset()):
        return opener.start("opener")
    if word and word not in p.connectors:
        return None  # "and" joins a range only after "between"
    return low[0]


_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d-$")
# a number that names who tells ends its phrase: a mark or the text's end follows it
_OUTLET_ENDS = re.compile(r"[»\"”'*_]*\s*(?:[,.;:!?)—–]|\n|$)")


def _is_measure(p: _Lang, norm: str, start: int, end: int, parts: tuple[_Atom, ...]) -> bool:
    """A percentage, distance, time, price, identifier or adjective: "15 km", "24%", "No. 5", "five-storey"."""
    if p.units_after.match(norm[end:end + 40]):
        return True
    if end + 1 < len(norm) and norm[end] == "-" and norm[end + 1].isalpha():
        return True
    if _YEAR_BEFORE.match(norm, max(0, start - 5), start):
        return True  # the month of a year-month ("date 2023-07 Air Defense Forces shot down ..."), no count
    if p.outlet_before is not None and _OUTLET_ENDS.match(norm, end) and p.outlet_before.search(norm, max(0, start - 30), start):
        return True  # "По данным 112, пострадали двое": the channel "112" says so; it counts nothing
    return bool(p.units_before.search(norm, max(0, start - 20), start))


def _looks_like_year(norm: str, parts: tuple[_Atom, ...]) -> bool:
    return any(
        a.kind == "digit" and a.end - a.start == 4 and norm[a.start:a.end].isdigit() and 1900 <= a.value <= 2100 for a in parts
    )


def _date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    from eventledger.extract.dates import date_spans  # dates imports `fold` from here

    return date_spans(text, lang)
