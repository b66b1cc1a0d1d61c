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
# a link's target left behind without its label ("(https://t.me/x)"), and an address on its own ("t.me/x")
_ADDRESS = re.compile(r"\((?:https?://|t\.me/|www\.)[^)\s]*\)|(?:https?://|www\.|t\.me/)\S+")
# emphasis, strike-through and spoiler marks (a single underscore inside a word stays: "shot_go", "kub_mash")
_MARKS = re.compile(r"\*+|_{2,}|~~|\|\||[\[\]`]")
# emphasis and strike-through marks around words ("**Минобороны РФ**", "__Собянин__", "~~...~~"); a lone "*" or "_"
# stays (a bullet, "shot_go")
EMPHASIS = re.compile(r"[*_]{2,}|~~")
# the Unicode categories of emoji, their variation selectors and joiners, and other symbols ("❗️", "🔴", "⚡️")
_SYMBOLS = frozenset({"So", "Sk", "Cf", "Mn", "Co", "Cs"})


def delinked(text: str) -> str:
    """Text with each markdown link read as its label and every web address gone (spaces): the words a reader reads."""
    return _ADDRESS.sub(" ", LINK.sub(r"\1", text))


def unmarked(text: str) -> str:
    """Text without markdown: a link is its label, emphasis marks go, and marks left at either edge go ("_Name",
    "Name*"). Cheap for the common case of a name with no mark at all."""
    if not any(ch in text for ch in "*_[]()~|`"):
        return text
    text = _MARKS.sub("", delinked(text))
    return " ".join(text.split()).strip("_* ")


def blanked(span_text: str) -> str:
    """Text with its emphasis marks turned to spaces, each offset kept ("— __Сергей Волков__" reads as "—   Сергей
    Волков  "): a speaker's name is read from words, and an underscore is a word character. A markdown link is its
    label between spaces ("Как [сообщил](https://t.me/x/1) губернатор" reads as "Как  сообщил ... губернатор"): a
    speech verb a post links to its source is still the verb before the speaker."""
    if "[" in span_text:  # (no link without its bracket: most spans are asked, few hold one)
        span_text = LINK.sub(lambda m: f" {m.group(1)}".ljust(len(m.group())), span_text)
    return EMPHASIS.sub(lambda m: " " * len(m.group()), span_text)


def without_symbols(text: str) -> str:
    """Text without emoji, their variation selectors and joiners, and other symbols ("❗️ Подписывайся" -> "Подписывайся")."""
    return " ".join("".join(" " if is_symbol(ch) else ch for ch in text).split())


def is_symbol(ch: str) -> bool:
    """Whether a character is an emoji, part of one (a variation selector, a joiner) or another symbol, no letter."""
    return unicodedata.category(ch) in _SYMBOLS
