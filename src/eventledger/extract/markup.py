"""Telegram markdown around words that name someone: a name is the words the marks dress, never the marks.

Telegram posts come to us as markdown: emphasis ("__Собянин__", "**Минобороны РФ**"), links ("[Mash](https://t.me/
...)") and emoji. The sentence reader sees the marks as parts of words (an underscore is a word character), so a name
cut out of a post keeps them ("__Собянин") and no longer matches the same name elsewhere or in gold.
"""

from __future__ import annotations

import re
import unicodedata

# a markdown link: its label, and where it points
LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
# a link's target left behind without its label ("(https://t.me/x)"), and an address on its own
_ADDRESS = re.compile(r"\((?:https?://|t\.me/|www\.)[^)\s]*\)|(?:https?://|www\.)\S+")
# emphasis, strike-through and spoiler marks (a single underscore inside a word stays: "shot_go", "kub_mash")
_MARKS = re.compile(r"\*+|_{2,}|~~|\|\||[\[\]`]")


def unmarked(text: str) -> str:
    """Text without markdown: a link is its label, emphasis marks go, and marks left at either edge go ("_Name",
    "Name*"). Cheap for the common case of a name with no mark at all."""
    if not any(ch in text for ch in "*_[]()~|`"):
        return text
    text = LINK.sub(r"\1", text)
    text = _ADDRESS.sub(" ", text)
    text = _MARKS.sub("", text)
    return " ".join(text.split()).strip("_* ")


_EMPHASIS = re.compile(r"\*+|_{2,}|~~")


def blanked(span_text: str) -> str:
    """Text with its emphasis marks turned to spaces, each offset kept ("— __Сергей Волков__" reads as "—   Сергей
    Волков  "): a speaker's name is read from words, and an underscore is a word character."""
    if "*" not in span_text and "__" not in span_text and "~~" not in span_text:
        return span_text
    return _EMPHASIS.sub(lambda m: " " * len(m.group()), span_text)


def without_symbols(text: str) -> str:
    """Text without emoji, their variation selectors and joiners, and other symbols ("❗️ Подписывайся" -> "Подписывайся")."""
    kept = "".join(" " if unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn", "Co", "Cs") else ch for ch in text)
    return " ".join(kept.split())
