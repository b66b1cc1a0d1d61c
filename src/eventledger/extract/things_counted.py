"""Whether the noun a harm word governs names things rather than people, read off the noun's animacy.

"Пострадали 18 жилых домов", "постраждали будинки" use the verb that counts the injured for houses: what a count or a
bare "пострадали" counts is the noun that follows it, and pymorphy3 tells an inanimate noun ("домов", "будинки") from
a person ("жителей", "людей") for any noun, without a list of buildings. Only Russian and Ukrainian have the
grammemes; elsewhere nothing is read as things.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})  # "жилых", "расположенные", "два" stand before the noun
_COUNTED_CASES = ("nomn", "gent", "accs")


def names_things(following: str, lang: str, words: int = 4, after_count: bool = False) -> bool:
    """Whether the first noun in the words right after a count or harm word is inanimate in every reading
    ("18 жилых домов"), before any punctuation or other kind of word. After a count (`after_count`), a second number
    ends the search too: the noun after it is that number's ("Один поранений 62 років": an age, not what is counted)."""
    stops = r"[,;.:!?()«»\"—–\d]" if after_count else r"[,;.:!?()«»\"—–]"
    animals = _animals(lang)
    if _morph(lang) is None:
        # no grammemes: only an animal among the next words ("seven dogs were killed") is read
        for m in _WORD.finditer(following[:80]):
            if words == 0 or re.search(stops, following[: m.start()]):
                return False
            words -= 1
            if animals is not None and animals.fullmatch(m.group(0)):
                return True
        return False
    last = ""  # the last word read as a modifier: a noun whose first reading is an adjective ("судна")
    for m in _WORD.finditer(following[:80]):
        if words == 0 or re.search(stops, following[: m.start()]):
            return _noun_of_things(last, lang)
        words -= 1
        if animals is not None and animals.fullmatch(m.group(0)):
            return True  # "семь собак погибли": animals are animate, and no casualties (ANNOTATION.md counts people)
        kind = _kind(m.group(0).casefold(), lang)
        if kind != "modifier":
            return kind == "thing"
        last = m.group(0).casefold()
    return _noun_of_things(last, lang) if re.search(stops, following[:80]) else False


@lru_cache(maxsize=8192)
def _noun_of_things(word: str, lang: str) -> bool:
    """Whether the last of the modifiers after a count, ending its phrase, is itself an inanimate noun in a counted
    case and no person ("постраждали три вантажні судна": "судна", read first as an adjective, is the vessels counted)."""
    if not word:
        return False
    readings = _morph(lang).parse(word)  # type: ignore[union-attr]
    if any(r.tag.POS in ("ADJF", "PRTF") and "plur" in r.tag for r in readings):
        return False  # an adjective of the plural stands for people as often ("двоє літніх", "два пожилых")
    nouns = [r for r in readings if r.tag.POS == "NOUN"]
    return bool(nouns) and all("anim" not in r.tag or "inan" in r.tag for r in nouns) and any(
        case in r.tag for r in nouns for case in _COUNTED_CASES)


@lru_cache(maxsize=8192)
def _kind(word: str, lang: str) -> str:
    """'thing' for a noun with no animate reading, 'person' for one with, 'modifier' for an adjective, participle or
    numeral (its first reading), else 'other'."""
    readings = _morph(lang).parse(word)  # type: ignore[union-attr]
    first = readings[0].tag
    if first.POS in _MODIFIERS:
        return "modifier"
    if first.POS != "NOUN":
        return "other"
    if any("anim" in r.tag and "inan" not in r.tag for r in readings):
        return "person"
    # a counted noun or a subject stands in these cases; "раненых осколками" names what wounded them
    return "thing" if any(case in first for case in _COUNTED_CASES) else "other"


def names_animals(following: str, lang: str, words: int = 6) -> bool:
    """Whether an animal is named among the words right after a harm verb, before any punctuation: its subject
    ("погибли и ранены находившиеся там собаки")."""
    animals = _animals(lang)
    if animals is None:
        return False
    for m in _WORD.finditer(following[:100]):
        if words == 0 or re.search(r"[,;.:!?()«»\"—–]", following[: m.start()]):
            return False
        words -= 1
        if animals.fullmatch(m.group(0)):
            return True
    return False


def is_verb(word: str, lang: str) -> bool:
    """Whether a harm word is a verb or short participle ("постраждали", "ранены"), whose subject may follow it; a
    noun ("жертвы", "погибших") governs a genitive of cause instead ("жертвы обстрела")."""
    morph = _morph(lang)
    return morph is not None and morph.parse(word.casefold())[0].tag.POS in ("VERB", "PRTS")


@cache
def _animals(lang: str) -> re.Pattern[str] | None:
    """The nouns of animals (`animals` of the language's figures file): counted like people, harmed like people
    ("семь собак погибли", "dogs were killed"), but no casualty figure."""
    from eventledger.lang import topic

    words = topic(lang, "figures").get("animals") or []
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


@cache
def _morph(lang: str):  # noqa: ANN202 - pymorphy3.MorphAnalyzer, or None for languages without grammemes
    if lang not in ("ru", "uk"):
        return None
    from eventledger.extract.morphology import analyzer

    return analyzer(lang)
