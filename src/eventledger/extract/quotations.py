"""Where a speaker's quoted words end. A report that quotes someone ('"Two women are seriously injured," announced the
governor') gives his words inside the quotation marks; the paragraph that follows is the outlet telling in its own
voice unless it names a speaker or opens another quotation (ANNOTATION.md: an outlet's own unattributed sentence has
source null even beside a quoted official)."""

import re

_PAIRED = re.compile(r"[“«„]([^“”«»„]*)[”»“]")  # marks that tell an opening from a closing one
_OPENING = ("\"", "“", "«", "„", "—", "–")  # a line opening with a dash is direct speech in Russian and Ukrainian


def _quoted(text: str) -> list[str]:
    """The runs inside quotation marks: paired marks as they pair, straight ones taken two by two."""
    runs = [m.group(1) for m in _PAIRED.finditer(text)]
    straight = text.split("\"")
    runs += straight[1:-1:2] if len(straight) >= 3 else []
    return runs


def quotes_words(text: str) -> bool:
    """Whether a sentence quotes someone's words (four words or more), not a name in quotation marks ("Shahed",
    «Кинджали»)."""
    return any(len(run.split()) >= 4 for run in _quoted(text))


def opens_quotation(text: str) -> bool:
    """Whether a sentence opens with a quotation mark or a dash: more of someone's words."""
    return text.lstrip().startswith(_OPENING)


_OPENERS = "“«„"
_CLOSERS = "”»"
_MARKS = _OPENERS + _CLOSERS + "\""


def closes_quotation(text: str) -> int | None:
    """Where a sentence closes a quotation opened before it ('Three were hurt," the mayor added.'): the offset of its
    first quotation mark when that mark closes (a curly closing mark, or a straight one that is not the sentence's
    first character, one of an odd number of them); None otherwise."""
    marks = [i for i, ch in enumerate(text) if ch in _MARKS]
    if not marks:
        return None
    first = marks[0]
    if text[first] in _CLOSERS:
        return first
    if text[first] == "\"" and text.count("\"") % 2 == 1 and text[:first].strip():
        return first
    return None


def left_open(text: str) -> int | None:
    """Where a sentence opens a quotation it does not close ('"The shelling killed two men.'): the offset of that
    opening mark; None when every quotation it opens it closes."""
    curly = [i for i, ch in enumerate(text) if ch in _OPENERS + _CLOSERS]
    if curly and text[curly[-1]] in _OPENERS:
        return curly[-1]
    straight = [i for i, ch in enumerate(text) if ch == "\""]
    if not curly and len(straight) % 2 == 1:
        return straight[-1]
    return None


def has_marks(text: str) -> bool:
    """Whether a sentence holds any quotation mark."""
    return any(ch in _MARKS for ch in text)


def first_opening(text: str) -> int | None:
    """The offset of a sentence's first opening quotation mark (curly or straight); None when it has none."""
    return next((k for k, ch in enumerate(text) if ch in _OPENERS + "\""), None)


def unclosed_opening(text: str) -> int | None:
    """Where a sentence opens a quotation of curly marks it leaves open around a name quoted inside it ('“Зранку
    ворог ударив по заводу «Азот».'): the offset of the first opening mark left unclosed; None otherwise."""
    opened: list[int] = []
    for k, ch in enumerate(text):
        if ch == "\"":
            return None
        if ch in _OPENERS:
            opened.append(k)
        elif ch in _CLOSERS:
            if not opened:
                return None
            opened.pop()
    return opened[0] if opened else None


def marks_paired(text: str) -> bool:
    """Whether a sentence's curly quotation marks all come in pairs, each opening before it closes, and it holds no
    straight one: a name quoted inside a quotation, which neither opens nor closes it."""
    depth = 0
    for ch in text:
        if ch == "\"":
            return False
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def inside_quotation(text: str, at: int) -> bool:
    """Whether offset `at` lies inside quotation marks opened on its line and not closed before it: someone's words
    ('The governor recalled: "Today, July 14, 2022, ..."', «Сьогодні, 14 липня 2022 року, ...»), which may be of any
    day. "„...“" closes with the mark English opens with."""
    opened: list[str] = []
    for ch in text[text.rfind("\n", 0, at) + 1:at]:
        if ch in "«„" or (ch == "“" and not (opened and opened[-1] == "„")):
            opened.append(ch)
        elif ch in "»”“" and opened:
            opened.pop()
        elif ch == "\"":
            if opened and opened[-1] == "\"":
                opened.pop()
            else:
                opened.append(ch)
    return bool(opened)
