"""A condition told of one person ("He was taken to hospital in critical condition", "пострадавший мужчина находится
в тяжелом состоянии", "серед них жінка – у важкому стані") is a count of exactly one.

Without a count, a figure word is UCDP's non-numeric "casualties", a lower bound of one; but a condition said of a
singular subject names one person, so the figure is 1 and its `high` is 1, not unknown. The subject is the nearest
person before the words in their clause: in Russian and Ukrainian an animate noun or a pronoun in the nominative
(pymorphy3 gives number and case); in English the words of `one_subject` / `many_subjects` in figures.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import topic

_WORD = re.compile(r"[\w'’ʼ-]+")
_SUBJECT_WINDOW = 120  # how far back a subject is looked for: the clause the condition is told in


@cache
def _english(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = topic(lang, "figures")
    if not data.get("one_subject"):
        return None
    one = re.compile(rf"\b(?:{'|'.join(data['one_subject'])})\b", re.IGNORECASE)
    many = re.compile(rf"\b(?:{'|'.join(data['many_subjects'])})\b", re.IGNORECASE)
    return one, many


def _person_number(word: str, lang: str) -> str | None:
    """'sing' or 'plur' for an animate noun or a personal pronoun in the nominative; None for any other word."""
    from eventledger.extract.normal_form import _analyzer

    for p in _analyzer(lang).parse(word)[:3]:
        tag = p.tag
        if "nomn" in tag and ("NPRO" in tag or ("NOUN" in tag and "anim" in tag)):
            return "plur" if "plur" in tag else "sing"
    return None


def said_of_one(text: str, start: int, lang: str) -> bool:
    """Whether the words at `start` of `text` (one clause or sentence) are said of a single person before them."""
    before = text[max(0, start - _SUBJECT_WINDOW):start]
    before = re.split(r"[.!?;]", before)[-1]
    if lang in ("ru", "uk"):
        for m in reversed(list(_WORD.finditer(before))):
            number = _person_number(m.group(), lang)
            if number is not None:
                return number == "sing"
        return False
    patterns = _english(lang)
    if patterns is None:
        return False
    one, many = patterns
    last_one = max((m.start() for m in one.finditer(before)), default=-1)
    last_many = max((m.start() for m in many.finditer(before)), default=-1)
    return last_one > last_many


def names_one(word: str, lang: str) -> bool:
    """Whether a figure word without a count is itself a single person: a Russian or Ukrainian participle or noun
    singular in every reading ("пострадавшего", "погибшей", "є постраждалий"), where "пострадавших" or "жертвы"
    may be many. A verb is left out: "пострадало несколько человек" agrees in the singular with a vague count."""
    if lang not in ("ru", "uk"):
        return False
    from eventledger.extract.normal_form import _analyzer

    readings = _analyzer(lang).parse(word.casefold())
    # Ukrainian tags leave the singular unmarked: a gender without "plur" is one
    return bool(readings) and all(r.tag.POS in ("PRTF", "NOUN", "ADJF") and "plur" not in r.tag
                                  and r.tag.number in ("sing", None) and r.tag.gender is not None for r in readings)


_AFTER_WORDS = 3  # how far after a verb its subject may stand: "загинула літня жінка", "погиб местный житель"


def verb_of_one(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a verb of death or wound with no count (`one_verb` in figures.yaml) is told of one person: its subject
    is a single person, before it in its clause (`said_of_one`) or, in Russian and Ukrainian, among the few words
    after it ("загинув депутат обласної ради", "скончался местный житель"); an object or a thing is no subject."""
    if lang in ("ru", "uk"):
        after = re.split(r"[.!?;,:()«»\"“”—–]", text[end:end + 80])[0]
        for m in list(_WORD.finditer(after))[:_AFTER_WORDS]:
            number = _person_number(m.group(), lang)
            if number is not None:
                return number == "sing"
    return said_of_one(text, start, lang)
