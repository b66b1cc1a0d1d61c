"""Words written in two scripts ("Глухiв" with a Latin i, "ещë" with a Latin ë, "сlaims" with a Cyrillic с), read in one.

Channels and copy-pasted pages mix Latin and Cyrillic letters that look alike, by accident or to get past filters.
Every word list, name and gazetteer entry is in one script, so such a word is missed: the town is not found, the
attribution verb not read. A word is changed only where every letter of its minority script has a twin in its main
script, letter for letter, so that offsets (and the quotes taken from them) stay where they were; blends such as
"АрміяInform" or "КурскCity" are names and stay as written.
"""

from __future__ import annotations

import re

# Latin letters and the Cyrillic letters drawn the same (Ukrainian і and ї included: their twins are i and ï; ё and ї
# in capitals too: "ЕЩË", "ЇЖАКИ" with a Latin Ï)
_LATIN = "aceopxyiëïABCEHIKMOPTXYËÏ"
_CYRILLIC = "асеорхуіёїАВСЕНІКМОРТХУЁЇ"
_TO_CYRILLIC = str.maketrans(_LATIN, _CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC, _LATIN)
_WORD = re.compile(r"[^\W\d_]+")
_IS_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_IS_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def in_one_script(text: str) -> str:
    """`text` with each mixed-script word written in its main script where its other letters are lookalikes: the same
    length, letter for letter, so that an offset into it is one into `text`. Every reader of a report's words reads
    this: extraction (`pipeline.proposed`) and resolution (`resolve.event_text`, whose sentence the ledger's word lists
    read: "Ещë один удар" with a Latin ë is "ещё один удар")."""
    if not (_IS_CYRILLIC.search(text) and _IS_LATIN.search(text)):
        return text  # one script throughout: the common case, no word can mix
    return _WORD.sub(_one_script, text)


def _one_script(match: re.Match[str]) -> str:
    word = match.group()
    if not (_IS_LATIN.search(word) and _IS_CYRILLIC.search(word)):
        return word  # a word in one script (nearly all of them): nothing to count
    cyrillic = len(_IS_CYRILLIC.findall(word))
    latin = len(_IS_LATIN.findall(word))
    if cyrillic == latin:
        return word
    if cyrillic > latin:
        minority, table = _IS_LATIN.findall(word), _TO_CYRILLIC
        twins = _LATIN
    else:
        minority, table = _IS_CYRILLIC.findall(word), _TO_LATIN
        twins = _CYRILLIC
    return word.translate(table) if all(letter in twins for letter in minority) else word
