"""Russian and Ukrainian facility names in their dictionary form: "аэропорту Калуги" -> "аэропорт Калуги".

A target is cut out of the sentence as it stands, so its words carry the sentence's case ("по Рязанскому НПЗ", "в
аэропорту Калуги"). Stored and shown like that, two reports of one target read as two names. The facility word and the
adjectives before it are put in the nominative with pymorphy3 (agreeing with the facility word's gender and number);
the words after it ("Калуги", "имени Свердлова") are a genitive or a name and stay as they are.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ-]+")


@cache
def _analyzer(lang: str):  # noqa: ANN202 - pymorphy3.MorphAnalyzer
    from eventledger.geo.build import _analyzers

    ru, uk = _analyzers()
    return ru if lang == "ru" else uk


def facility_name(name: str, facility_start: int, facility_end: int, lang: str) -> str:
    """`name` with the first noun of the facility words at [facility_start, facility_end) in the nominative, and the
    adjectives before that noun agreeing with it."""
    if lang not in ("ru", "uk"):
        return name
    for m in _WORD.finditer(name, facility_start, facility_end):
        head = _nominative(m.group(), lang)
        if head is not None:
            word, tag = head
            before = _WORD.sub(lambda a: _agreeing(a.group(), lang, tag), name[:m.start()])
            return before + word + name[m.end():]
    return name


@lru_cache(maxsize=4096)
def _nominative(word: str, lang: str) -> tuple[str, tuple[str, str]] | None:
    """A noun in the nominative, with its (gender, number); None when the word is no noun the dictionary declines."""
    parses = [p for p in _analyzer(lang).parse(word) if p.tag.POS == "NOUN" and p.tag.case]
    if not parses:
        return None
    best = parses[0]
    number = best.tag.number or "sing"
    inflected = best.inflect({"nomn", number})
    form = inflected.word if inflected else best.normal_form if number == "sing" else None
    if form is None:
        return None
    return _same_case(word, form), (best.tag.gender or "masc", number)


@lru_cache(maxsize=4096)
def _agreeing(word: str, lang: str, tag: tuple[str, str]) -> str:
    """An adjective before the facility word, in the nominative agreeing with it ("Рязанскому" -> "Рязанский")."""
    gender, number = tag
    for p in _analyzer(lang).parse(word):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case:
            wanted = {"nomn", "plur"} if number == "plur" else {"nomn", gender}
            inflected = p.inflect(wanted)
            form = inflected.word if inflected else p.normal_form if wanted == {"nomn", "masc"} else word
            return _same_case(word, form)
    return word


def _same_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
