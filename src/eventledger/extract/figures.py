"""Counts tied to what they count: "three people have been killed" is `killed` = 3, "at least 24 injured" a lower bound.

A number alone means nothing; what makes it a figure is the word it stands beside, so the rules here pair each count
found by `numbers` with the figure words of `lang/<code>/figures.yaml` that follow or precede it within the clause.
Figures named without a count ("there were fatalities") are lower bounds of one, as UCDP codes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventledger.extract.guard import guarded
from eventledger.extract.numbers import Quantity
from eventledger.extract.segment import Span
from eventledger.lang import topic

_QUOTES = "\"“”«»"
_WEAPON_FIGURES = frozenset({"launched", "intercepted", "hit"})
_ASIDE = re.compile(r"\s*,[^,;.:!?]{1,80},")


@dataclass(frozen=True, slots=True)
class FigureMention:
    figure: str
    value: int
    lower_bound: bool
    start: int
    end: int


def _alt(words: list[str]) -> str:
    # a space in a language file's phrase stands for any one space character: Telegram posts are full of no-break spaces
    return "|".join(w.replace(" ", r"\s") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Patterns:
    after: tuple[tuple[str, re.Pattern[str]], ...]  # matched at the start of the text following a count
    before: tuple[tuple[str, re.Pattern[str]], ...]  # matched at the end of the text preceding a count
    weapon_count: re.Pattern[str]
    counted: tuple[tuple[str, re.Pattern[str]], ...]
    one: tuple[tuple[str, re.Pattern[str]], ...]
    one_lead: re.Pattern[str]  # "one person ...": how the first `one_led` patterns of `one` begin; none there, no match
    one_led: int
    bare: tuple[tuple[str, re.Pattern[str]], ...]
    zero: tuple[tuple[str, re.Pattern[str]], ...]
    any_word: re.Pattern[str]  # any figure word at all: clauses without one and without counts are skipped cheaply


@cache
def _patterns(lang: str) -> _Patterns:
    data = topic(lang, "figures")
    gap = rf"(?:(?:{_alt(data['person_nouns'] + data['filler'])}|[\w'’-]+?)\s+){{0,4}}?"
    strict_gap = rf"(?:(?:{_alt(data['person_nouns'] + data['filler'])})\s+){{0,4}}"
    flags = re.IGNORECASE
    after = tuple(
        (figure, re.compile(rf"^[\s,]*{gap}(?:{_alt(words)})\b", flags))
        for figure, words in data["after_number"].items() if words
    )
    before = tuple(
        (figure, guarded(rf"\b(?:{_alt(words)})\s+(?:(?:{_alt(data['filler'])})\s+){{0,2}}$", flags))
        for figure, words in data["before_number"].items() if words
    )
    ones = _alt(data["one_words"])
    after_words = [(figure, words) for figure, words in data["after_number"].items() if words]
    return _Patterns(
        after=after,
        before=before,
        weapon_count=re.compile(rf"^\s*(?:{_alt(data['weapon_nouns'])})\b", flags),
        counted=tuple(
            (figure, re.compile(rf"^\s*(?:[\w'’-]+\s+)?(?:{_alt(words)})\b", flags)) for figure, words in data["counted"].items()
        ),
        one=tuple(
            (figure, guarded(rf"\b(?:{ones})\s+(?:{_alt(data['person_nouns'])})\s+{strict_gap}(?:{_alt(words)})\b", flags))
            for figure, words in after_words
        ) + tuple(
            # languages that state one casualty by a singular noun and verb ("Женщина погибла") list those phrases
            (figure, guarded(rf"\b(?:{_alt(words)})\b", flags)) for figure, words in data.get("singular", {}).items()
        ),
        one_lead=guarded(rf"\b(?:{ones})\s+(?:{_alt(data['person_nouns'])})\s+", flags),
        one_led=len(after_words),
        bare=tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", flags)) for figure, words in data["bare"].items()),
        zero=tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", flags)) for figure, words in data["zero"].items()),
        any_word=guarded(
            rf"\b(?:{_alt([w for group in ('after_number', 'bare', 'zero') for ws in data[group].values() for w in ws])})\b",
            flags,
        ),
    )


def find_figures(clause: Span, quantities: list[Quantity], lang: str) -> list[FigureMention]:
    """Every figure a clause gives. `quantities` are the counts found in the whole text; those inside the clause are used."""
    p = _patterns(lang)
    found: list[FigureMention] = []
    text, base = clause.text, clause.start
    for q in quantities:
        if not (clause.start <= q.start and q.end <= clause.end):
            continue
        rel_start, rel_end = q.start - base, q.end - base
        mention = _figure_for_count(p, text, rel_start, rel_end, q, base)
        if mention:
            found.append(mention)
    if not found and not p.any_word.search(text):
        return found
    taken = [(m.start, m.end) for m in found]
    lead = p.one_lead.search(text) is not None
    for i, (figure, pattern) in enumerate(p.one):
        if i < p.one_led and not lead:  # they all begin with `one_lead`: none can match here
            continue
        for m in pattern.finditer(text):
            if not _overlaps(base + m.start(), base + m.end(), taken):
                found.append(FigureMention(figure, 1, False, base + m.start(), base + m.end()))
                taken.append((base + m.start(), base + m.end()))
    for figure, pattern in p.zero:
        for m in pattern.finditer(text):
            found.append(FigureMention(figure, 0, False, base + m.start(), base + m.end()))
            taken.append((base + m.start(), base + m.end()))
    counted = {m.figure for m in found}
    for figure, pattern in p.bare:
        if figure in counted:
            continue
        for m in pattern.finditer(text):
            if _overlaps(base + m.start(), base + m.end(), taken):
                continue
            start, end = _quoted(text, m.start(), m.end())
            found.append(FigureMention(figure, 1, True, base + start, base + end))
            taken.append((base + m.start(), base + m.end()))
            break
    return sorted(found, key=lambda m: (m.start, m.figure))


def _figure_for_count(p: _Patterns, text: str, start: int, end: int, q: Quantity, base: int) -> FigureMention | None:
    following = text[end:]
    for figure, pattern in p.counted:
        if m := pattern.match(following):
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
    if w := p.weapon_count.match(following):
        # "launched 73 drones, 69 were downed", "60 drones had allegedly been shot down": what the weapons did decides.
        for figure, pattern in p.before:
            if pattern.search(text[:start]):
                return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + w.end())
        rest = following[w.end():]
        # "Четыре БПЛА, летевших на Москву, сбиты": the verb may follow an aside set off by commas
        aside = _ASIDE.match(rest)
        for skip in (0, aside.end() if aside else None):
            for figure, pattern in p.after if skip is not None else ():
                if m := pattern.match(rest[skip:]):
                    return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + w.end() + skip + m.end())
        return None
    # "Погибли трое, ещё пятеро ранены", "killing three, injuring 12": a count that closes its phrase belongs to the
    # figure word before it, not to one after the comma
    before_first = bool(re.match(r"\s*(?:[,;.]|$)", following))
    for figure, pattern in () if before_first else p.after:
        if m := pattern.match(following):
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
    for figure, pattern in p.before:
        if figure in _WEAPON_FIGURES:
            continue  # "launched", "shot down" before a bare number count weapons only when the weapons are named
        if m := pattern.search(text[:start]):
            return FigureMention(figure, q.value, q.lower_bound, base + m.start(), base + end)
    for figure, pattern in p.after if before_first else ():
        if m := pattern.match(following):
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
    return None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole quotation a bare figure word stands in ("fatalities and critically injured"), else the word itself."""
    open_at = max(text.rfind(q, 0, start) for q in _QUOTES)
    if open_at == -1:
        return start, end
    close_at = min((i for i in (text.find(q, end) for q in _QUOTES) if i != -1), default=-1)
    if close_at == -1 or text.count('"', open_at + 1, start) % 2:
        return start, end
    return open_at + 1, close_at
