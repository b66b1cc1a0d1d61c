"""Whether a counted weapon is told as the instrument of a verb, read off its case (pymorphy3).

"росіяни вдарили по селищу двома ракетами", "ударили по окраине тремя снарядами", "била по складу
шестью снарядами": the weapons a verb of hitting is done *with* stand in the instrumental, and they are what hit. The same
count in the nominative or accusative is the verb's subject or object ("атаковали пять дронов", "сбили три ракеты"),
which other readings decide. Only Russian and Ukrainian have the grammeme; elsewhere nothing is read so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventledger.extract.morphology import analyzer

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def told_as_instrument(count: str, following: str, lang: str) -> bool:
    """Whether the count (its own words, "двома" or "5") and the first word after it ("ракетами", "керованими") tell
    the instrumental: the numeral in words is read first; a count in digits, or an indeclinable one, leaves it to the
    word after it, as does a numeral of two readings ("одним": instrumental or dative). A word with no instrumental
    reading ("пять", "ракеты", "боеприпасов") is not told so."""
    if lang not in ("ru", "uk"):
        return False
    words = _WORD.findall(count)
    if words:
        verdict = _instrumental(words[-1].casefold(), lang)
        if verdict is not None:
            return verdict
    m = _WORD.match(following.lstrip())
    return bool(m) and bool(_instrumental(m.group(0).casefold(), lang))


@lru_cache(maxsize=4096)
def _instrumental(word: str, lang: str) -> bool | None:
    """True when every reading of a declined word is instrumental, False when none is, None when only some are or the
    word is not declined (an abbreviation, "УМПБ", "БПЛА": no case of its own)."""
    readings = [r for r in analyzer(lang).parse(word) if r.tag.case]
    if not readings or all("Fixd" in r.tag for r in readings):
        return None
    instrumental = [r.tag.case == "ablt" for r in readings]
    return True if all(instrumental) else (False if not any(instrumental) else None)
