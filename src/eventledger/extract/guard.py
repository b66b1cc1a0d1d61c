"""Word-list patterns compiled so that Python's regex engine skips hopeless positions cheaply.

The language files give each family of words (triggers, weapons, speech verbs...) as one case-insensitive alternation
of dozens of phrases. Python's `re` tries every alternative at every word boundary, and with IGNORECASE it cannot
use its fast first-character test, so one scan of a clause costs tens of microseconds: most of extraction's time.
`guarded` adds a look-ahead for the characters a match can begin with (read off the parsed pattern), so a boundary
before any other character fails at once. The look-ahead only states what every match already satisfies, so the
matches are exactly those of the plain pattern; when that cannot be worked out, the pattern is compiled unchanged.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's node names; `re` itself parses with these (CPython 3.11+)
from re import _parser

_CLASS_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _AnyFirst(Exception):
    """A match may begin with characters a class cannot list (any character, a back-reference...)."""


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, with a first-character look-ahead when the pattern starts at a word boundary.

    Only patterns that begin with `\\b` gain (they are searched through whole clauses); anchored or literal-led
    patterns are already fast in `re`, so those are compiled as they are.
    """
    first = first_characters(source, flags)
    if first is None:
        return re.compile(source, flags)
    return re.compile(rf"\b(?={first})(?:{source})", flags)


def first_characters(source: str, flags: int = 0) -> str | None:
    """A character class every match of a `\\b`-led pattern starts with ("[bdr]" for r"\\b(?:drones?|bombs?|rockets?)");
    None for other patterns, and whenever any character could start a match."""
    if flags & re.VERBOSE:
        return None  # the pattern's own comments would swallow the wrapping parenthesis
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & ~(flags | re.UNICODE) or parsed.data[:1] != [(sre.AT, sre.AT_BOUNDARY)]:
        return None  # inline global flags would not survive the wrapping; not led by a word boundary
    items: set[tuple[str, ...]] = set()
    try:
        if _sequence(parsed.data, flags, items):
            return None  # the pattern can match the empty string: any position may start a match
    except _AnyFirst:
        return None
    return "[" + "".join(sorted(_class_item(item) for item in items)) + "]"


def _class_item(item: tuple[str, ...]) -> str:
    if item[0] == "char":
        return re.escape(item[1])
    if item[0] == "range":
        return f"{re.escape(item[1])}-{re.escape(item[2])}"
    return item[1]  # a class escape such as \w


def _sequence(nodes: list, flags: int, items: set[tuple[str, ...]]) -> bool:
    """Adds to `items` what the sequence can start with; returns whether the sequence can match nothing at all."""
    return all(_node(op, arg, flags, items) for op, arg in nodes)


def _node(op: object, arg, flags: int, items: set[tuple[str, ...]]) -> bool:  # noqa: ANN001 - parser nodes are untyped
    """Adds what one node can start with; returns whether it can match nothing (then the next node counts too)."""
    if op is sre.LITERAL:
        items.add(("char", chr(arg)))
        return False
    if op is sre.IN:
        for kind, value in arg:
            if kind is sre.LITERAL:
                items.add(("char", chr(value)))
            elif kind is sre.RANGE:
                items.add(("range", chr(value[0]), chr(value[1])))
            elif kind is sre.CATEGORY and value in _CLASS_ESCAPES:
                items.add(("escape", _CLASS_ESCAPES[value]))
            else:
                raise _AnyFirst  # a negated class, or something this reader does not know
        return False
    if op in _ZERO_WIDTH:
        return True  # consumes nothing: the next node decides (ignoring what a look-around needs only widens the class)
    if op is sre.SUBPATTERN:
        _, added, removed, body = arg
        # (?-i:...) inside a case-insensitive pattern is fine (the class, matched ignoring case, only gets wider);
        # (?i:...) inside a case-sensitive one, or any other local flag, is not
        if (added | removed) & ~re.IGNORECASE or (added & re.IGNORECASE and not flags & re.IGNORECASE):
            raise _AnyFirst
        return _sequence(body.data, flags, items)
    if op is sre.BRANCH:
        empty = False
        for alternative in arg[1]:
            empty = _sequence(alternative.data, flags, items) or empty
        return empty
    if op in _REPEATS:
        low, _, body = arg
        return _sequence(body.data, flags, items) or low == 0
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg.data, flags, items)
    raise _AnyFirst

