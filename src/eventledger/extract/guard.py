"""Word-list patterns compiled so that Python's regex engine skips hopeless positions cheaply.

The language files give each family of words (triggers, weapons, speech verbs...) as one case-insensitive alternation
of dozens of phrases. Python's `re` tries every alternative at every word boundary, and with IGNORECASE it cannot
use its fast first-character test, so one scan of a clause costs tens of microseconds: most of extraction's time.
`guarded` adds a look-ahead for the characters a match can begin with (read off the parsed pattern), so a boundary
before any other character fails at once. The look-ahead only states what every match already satisfies, so the
matches are exactly those of the plain pattern; when that cannot be worked out, the pattern is compiled unchanged.

Past the look-ahead, `re` still enters every alternative at every such boundary; only an alternative that begins with a
case-sensitive letter is skipped at once when the text's letter differs. So the guarded pattern's alternatives are
rewritten before compiling (`_by_first`): one beginning with a letter becomes one per case of that letter ("drone" ->
"(?-i:d)rone|(?-i:D)rone"), and one beginning with a group of alternatives or an optional part is first spread over
them ("(?:drones?|missiles?) hit" -> "drones? hit|missiles? hit"; "(?:the )?attack" -> "the attack|attack"). Each
rewrite keeps the order in which the alternatives are tried, so the same match is found; alternatives holding a
capturing group or a back-reference are left as they are.
"""

from __future__ import annotations

import re
from re import _compiler
from re import _constants as sre  # the parser's node names; `re` itself parses with these (CPython 3.11+)
from re import _parser
from functools import cache

import _sre

from eventledger.extract.pattern_cache import Parts, cached

_CLASS_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _AnyFirst(Exception):
    """A match may begin with characters a class cannot list (any character, a back-reference...)."""


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, with a first-character look-ahead when the pattern starts at a word boundary; the
    compiled codes come from the disk cache when another process made them (`pattern_cache`).

    Only patterns that begin with `\\b` gain (they are searched through whole clauses); anchored or literal-led
    patterns are already fast in `re`, so those are compiled as they are.
    """
    flags = int(flags)  # (as re.compile does: its compiler is slow on RegexFlag values)
    return cached(source, flags, lambda: _parts(source, flags))


def kept(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` as it is (no rewriting), its codes kept on disk as `guarded`'s are: for a long
    pattern built from word lists that is slow to compile and gains nothing from `guarded`'s look-ahead (the
    people-list patterns of `figures`: some 50 ms a process). Kept under its own key, apart from `guarded`'s."""
    flags = int(flags)
    return cached("\x00" + source, flags, lambda: _compiled(source, flags, rewrite=False))


_NOT_AFTER_WORD = r"(?<!\w)"


def word_led(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` for a pattern opening with `(?<!\\w)` ("not after a letter"): when every match
    begins with a word character, `(?<!\\w)` there says what `\\b` says, so the pattern is compiled as `guarded`
    compiles a `\\b`-led one (the same matches, found faster); any other pattern is compiled as it is."""
    flags = int(flags)
    if source.startswith(_NOT_AFTER_WORD):
        led = r"\b" + source[len(_NOT_AFTER_WORD):]
        if _word_first(led, flags):
            return guarded(led, flags)
    return re.compile(source, flags)


@cache
def _word_first(source: str, flags: int) -> bool:
    """Whether every match of a `\\b`-led pattern begins with a word character (letter, digit or underscore)."""
    first = first_characters(source, flags)
    if first is None:
        return False
    try:
        (op, arg), = _parser.parse(first, flags & re.ASCII).data  # one class (one character alone is a literal)
    except (re.error, ValueError):
        return False
    word = re.compile(r"\w", flags & re.ASCII)
    for kind, value in [(op, arg)] if op is sre.LITERAL else arg if op is sre.IN else [(None, None)]:
        if kind is sre.LITERAL:
            chars = [chr(value)]
        elif kind is sre.RANGE and value[1] - value[0] < 10_000:
            chars = [chr(c) for c in range(value[0], value[1] + 1)]
        elif kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
            continue
        else:
            return False
        if not all(word.match(c) for c in chars):
            return False
    return True


_IGNORECASE = int(re.IGNORECASE)
_SPREAD_MOST = 4  # alternatives one alternative may be spread into (the rest of it is copied into each)


def _parts(source: str, flags: int) -> Parts:
    first = first_characters(source, flags)
    if first is None:
        return _compiled(source, flags, rewrite=False)
    return _compiled(rf"\b(?={first})(?:{source})", flags, rewrite=True)


def _compiled(source: str, flags: int, rewrite: bool) -> Parts:
    """What `re.compile(source, flags)` hands `_sre.compile`, with the alternatives rewritten by `_by_first` (the same
    matches) when asked; a pattern this reader cannot rewrite (not case-insensitive Unicode, an unknown node) is
    compiled as it is."""
    parsed = _parser.parse(source, flags)
    every = flags | parsed.state.flags
    code = None
    if rewrite and every & re.IGNORECASE and not every & (re.ASCII | re.LOCALE | re.DEBUG):
        try:
            _split(parsed.data, True)
            code = _compiler._code(parsed, flags)
        except Exception:  # noqa: BLE001 - another Python's parser or compiler: the plain pattern matches the same
            parsed = _parser.parse(source, flags)
    if code is None:
        code = _compiler._code(parsed, flags)
    index = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in index.items():
        names[i] = name
    # (what re.compile does past parsing; the source is kept as the pattern's text; plain ints, as marshal takes them)
    return source, int(every), [int(c) for c in code], parsed.state.groups - 1, dict(index), tuple(names)


def _split(nodes: list, ignorecase: bool) -> None:
    """Rewrites, in place, every alternation under case-insensitive matching in the parsed nodes (`_by_first`)."""
    for op, arg in nodes:
        if op is sre.BRANCH:
            for alternative in arg[1]:
                _split(alternative.data, ignorecase)
            if ignorecase:
                arg[1][:] = _alternatives(arg[1])
        elif op is sre.SUBPATTERN:
            _, added, removed, body = arg
            _split(body.data, bool((ignorecase or added & re.IGNORECASE) and not removed & re.IGNORECASE))
        elif op in _REPEATS:
            _split(arg[2].data, ignorecase)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _split(arg[1].data, ignorecase)
        elif op is sre.ATOMIC_GROUP:
            _split(arg.data, ignorecase)


def _alternatives(alternatives: list[_parser.SubPattern], top: bool = True) -> list[_parser.SubPattern]:
    """Alternatives (their insides rewritten already) as alternatives led by a case-sensitive letter where they can be
    (`_by_first`, at the top only), those led by the same letter joined into one ("(?-i:d)rone|(?-i:d)amage" ->
    "(?-i:d)(?:rone|amage)"), and so on down what follows the letter (there matched ignoring case, not copied per
    case). Alternatives led by letters that match no same character never both match where one begins, so between
    two alternatives led otherwise they may be reordered to join the same letters; those of one letter keep their
    order."""
    out: list[_parser.SubPattern] = []
    run: dict[frozenset[int], list[_parser.SubPattern]] = {}  # what the lead letter matches -> its alternatives
    for given in alternatives:
        fixed = top and _captures(given.data)  # (never copied nor moved; what follows a letter holds none)
        for alternative in [given] if fixed else _by_first(given) if top else [given]:
            letter = None if fixed else _lead(alternative, top)
            if letter is None:
                out += _joined(run)
                run = {}
                out.append(alternative)
            else:
                run.setdefault(letter, []).append(alternative)
    return out + _joined(run)


def _joined(run: dict[frozenset[int], list[_parser.SubPattern]]) -> list[_parser.SubPattern]:
    out = []
    for same in run.values():
        if len(same) == 1:
            out.append(same[0])
            continue
        state = same[0].state
        rests = _alternatives([_parser.SubPattern(state, a.data[1:]) for a in same], top=False)
        out.append(_parser.SubPattern(state, [same[0].data[0], (sre.BRANCH, (None, rests))]))
    return out


def _lead(alternative: _parser.SubPattern, top: bool) -> frozenset[int] | None:
    """The characters the letter an alternative begins with matches: at the top, a letter matched with case (as
    `_by_first` gives them); below, a letter of the pattern as it is (matched ignoring case). None for any other
    beginning."""
    if not alternative.data:
        return None
    op, arg = alternative.data[0]
    if op is sre.LITERAL and not _sre.unicode_iscased(arg):
        return frozenset((arg,))
    if op is sre.LITERAL and not top:
        return frozenset(_cases(arg))
    if top and op is sre.SUBPATTERN and arg[0] is None and arg[1] == 0 and arg[2] == _IGNORECASE \
            and len(arg[3].data) == 1 and arg[3].data[0][0] is sre.LITERAL:
        return frozenset((arg[3].data[0][1],))
    return None


def _by_first(alternative: _parser.SubPattern) -> list[_parser.SubPattern]:
    """The alternative as alternatives tried in the same order, each beginning with a case-sensitive letter where it
    can: a leading letter given once per case; a leading alternation or optional part (that cannot match nothing)
    spread over what follows it. (Given no alternative with a capturing group.)"""
    if not alternative.data:
        return [alternative]
    (op, arg), rest, state = alternative.data[0], alternative.data[1:], alternative.state
    if op is sre.LITERAL and _sre.unicode_iscased(arg):
        return [_parser.SubPattern(state, [(sre.SUBPATTERN, (None, 0, _IGNORECASE, _parser.SubPattern(state, [(
            sre.LITERAL, case)])))] + rest) for case in _cases(arg)]
    if op is sre.BRANCH:
        parts = [_parser.SubPattern(state, inner.data + rest) for inner in arg[1]]
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[:2] == (0, 1) and arg[2].getwidth()[0] > 0:
        parts = [_parser.SubPattern(state, arg[2].data + rest), _parser.SubPattern(state, list(rest))]
        if op is sre.MIN_REPEAT:
            parts.reverse()  # "X??": without it first
    else:
        return [alternative]
    if len(parts) > _SPREAD_MOST or not all(s.data for s in parts):
        return [alternative]
    out = [a for s in parts for a in _by_first(s)]
    return out if len(out) <= _SPREAD_MOST else [alternative]


def _captures(nodes: list) -> bool:
    """Whether the nodes hold a capturing group or a back-reference (those are never copied)."""
    for op, arg in nodes:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if op is sre.SUBPATTERN and (arg[0] is not None or _captures(arg[3].data)):
            return True
        if op is sre.BRANCH and any(_captures(a.data) for a in arg[1]):
            return True
        if op in _REPEATS and _captures(arg[2].data):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _captures(arg[1].data):
            return True
        if op is sre.ATOMIC_GROUP and _captures(arg.data):
            return True
    return False


_CASE_PLANES = 0x20000  # no letter past the first two planes has a case (the rest: ideographs, tags, private use)


@cache
def _case_table() -> dict[int, tuple[int, ...]]:
    """Lower-case code -> every character `re` lowers to it (re matches a letter ignoring case by lowering both)."""
    table: dict[int, list[int]] = {}
    for code, lower in enumerate(map(_sre.unicode_tolower, range(_CASE_PLANES))):
        if lower != code:
            table.setdefault(lower, [lower]).append(code)
    return {lower: tuple(codes) for lower, codes in table.items()}


@cache
def _cases(code: int) -> tuple[int, ...]:
    """Every character a pattern's letter matches ignoring case: those lowered to its lower case, and to the lower
    cases `re` counts as the same letter (`_EXTRA_CASES`: "ſ" for "s", "K" for "k")."""
    lower = _sre.unicode_tolower(code)
    table = _case_table()
    found: set[int] = set()
    for same in (lower, *getattr(_compiler, "_EXTRA_CASES", {}).get(lower, ())):
        found.update(table.get(same, (same,)))
    return tuple(sorted(found))


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

