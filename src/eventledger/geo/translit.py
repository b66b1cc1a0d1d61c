"""Latin spellings of Cyrillic place names, as English-language reports write them.

GeoNames names a Ukrainian village by its Ukrainian romanisation (Oleksandrivka, Vuhlehirsk, Nova Kakhovka) and keeps
its Russian and Ukrainian Cyrillic names among the alternates (Александровка, Углегорск, Новая Каховка). Reports
that follow Russian-language sources write the Russian name romanised ("Alexandrovka", "Troitskoe", "Uglegorsk",
"Novaya Kakhovka"), and others the Ukrainian name with g for г ("Gola Prystan", "Vugledar"). The build adds these
spellings of the Cyrillic alternates of Ukrainian places as alternate names (`build.py`).

The variants are the few that occur, not every system: Russian BGN/PCGN-like (е -> "ye" at a word's start and after a
vowel, or plain "e"; "кс" -> "ks" or "x"; adjective endings "-ый"/"-ий" -> "-yy"/"-iy" or "-y"), and Ukrainian
national with г -> "h" or "g".
"""

from __future__ import annotations

import itertools
import re

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo",
}
_UK = {
    "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i",
    "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    "'": "", "’": "", "ʼ": "",
}
# at a word's start the Ukrainian national system writes є, ї, й, ю, я as ye, yi, y, yu, ya
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_VOWELS = set("аеёиоуыэюяіїє")
_RUSSIAN_ONLY = set("ыэъё")
_UKRAINIAN_ONLY = set("іїєґ")
_ADJECTIVE_END = re.compile(r"(ый|ий)$")


def _case(latin: str, cyrillic: str) -> str:
    return latin[:1].upper() + latin[1:] if cyrillic[:1].isupper() else latin


def _word_ru(word: str, iotate: bool, x: bool, short_adjective: bool) -> str:
    low = word.lower()
    out = []
    for i, c in enumerate(low):
        if c == "е":
            after_vowel = i == 0 or low[i - 1] in _VOWELS or low[i - 1] in "ьъ"
            out.append("ye" if iotate and after_vowel else "e")
        else:
            out.append(_RU.get(c, c))
    latin = "".join(out)
    if short_adjective and _ADJECTIVE_END.search(low):
        latin = latin[:-2] + "y"  # "Krasnyy" -> "Krasny", "Troitskiy" -> "Troitsky"
    if x:
        latin = latin.replace("ks", "x")
    return _case(latin, word)


def _word_uk(word: str, g: bool) -> str:
    low = word.lower()
    out = []
    for i, c in enumerate(low):
        if c == "г":
            out.append("g" if g else "gh" if low[i - 1:i] == "з" else "h")  # зг -> zgh, not "zh"
        elif i == 0 and c in _UK_INITIAL:
            out.append(_UK_INITIAL[c])
        else:
            out.append(_UK.get(c, c))
    return _case("".join(out), word)


def _join(words: list[str], seps: list[str]) -> str:
    return "".join(w + s for w, s in zip(words, seps + [""]))


def latin_variants(name: str) -> set[str]:
    """Latin spellings of a Cyrillic place name as reports write it ("Александровка" -> "Aleksandrovka",
    "Alexandrovka"; "Гола Пристань" -> "Hola Prystan", "Gola Prystan"). Empty for a name in another script."""
    if not name or not re.search(r"[\u0400-\u04FF]", name) or re.search(r"[A-Za-z]", name):
        return set()
    parts = re.split(r"([\s\-]+)", name.strip())
    words, seps = parts[::2], parts[1::2]
    letters = set(name.lower())
    out: set[str] = set()
    if not letters & _UKRAINIAN_ONLY:
        for iotate, x, short in itertools.product((True, False), repeat=3):
            out.add(_join([_word_ru(w, iotate, x, short) for w in words], seps))
    if not letters & _RUSSIAN_ONLY:
        for g in (False, True):
            out.add(_join([_word_uk(w, g) for w in words], seps))
    return {v for v in out if v and re.fullmatch(r"[A-Za-z' \-]+", v)}


def latin(text: str) -> str:
    """Any text with its Cyrillic letters in one plain Latin spelling (Russian-style, Ukrainian letters added), for
    comparing names across scripts: "Гладков" -> "Gladkov". Not a romanisation standard: one spelling, always the same."""
    table = {**_UK, **_RU, "г": "g", "и": "i", "й": "y", "є": "ye", "ю": "yu", "я": "ya"}
    return "".join(_case(table.get(c.lower(), c), c) if c.lower() in table else c for c in text)
