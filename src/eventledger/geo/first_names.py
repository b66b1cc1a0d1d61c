"""Russian and Ukrainian first names written in Latin letters ("Marina Barsuk", "Artem Kobzar"): English reports of the
war name people so, and many of these names are also towns somewhere (Marina in California, Artem in Primorsky Krai).
The Russian and Ukrainian dictionaries (pymorphy3) know the names; a Latin word is read back into Cyrillic by the
common romanisations and asked of them."""

from __future__ import annotations

import re
from functools import lru_cache

from eventledger.geo.build import _analyzers

# longest first: "shch" before "sh" before "s"; a word's "y" is й after a vowel and ы or и otherwise
_DIGRAPHS = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("iu", "ю"),
             ("ya", "я"), ("ia", "я"), ("yo", "ё"), ("ye", "е"), ("ie", "е"), ("yi", "ї")]
_LETTERS = {"a": "а", "b": "б", "v": "в", "g": "г", "h": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к",
            "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
            "w": "в"}
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _cyrillic(word: str) -> set[str]:
    """The Cyrillic spellings a romanised name may come from ("Artem" -> "артем"; "Yuriy" -> "юрий", "юрій")."""
    low = word.lower()
    spellings = [""]
    i = 0
    while i < len(low):
        for latin, cyr in _DIGRAPHS:
            if low.startswith(latin, i):
                spellings = [s + cyr for s in spellings]
                i += len(latin)
                break
        else:
            c = low[i]
            if c == "y":
                options = ["й"] if spellings[0][-1:] in set("аеёиоуыэюяіїє") else ["ы", "и", "і"]
            elif c == "i":
                options = ["и", "і"]
            elif c in _LETTERS:
                options = [_LETTERS[c]]
            else:
                return set()
            spellings = [s + o for s in spellings for o in options]
            i += 1
    return set(spellings)


@lru_cache(maxsize=20_000)
def is_first_name(word: str) -> bool:
    """A Latin word that spells a first name in the Russian or Ukrainian dictionary, in the nominative."""
    if not _LATIN_WORD.fullmatch(word) or not word[:1].isupper() or len(word) < 3:
        return False
    for cyr in _cyrillic(word):
        for morph in _analyzers():
            if morph.word_is_known(cyr) and any({"Name", "sing", "nomn"} <= p.tag.grammemes for p in morph.parse(cyr)):
                return True
    return False
