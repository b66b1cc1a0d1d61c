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
