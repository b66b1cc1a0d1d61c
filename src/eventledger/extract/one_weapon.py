"""One weapon told downed with no count ("A drone that was later shot down", "БПЛА был сбит над полем", "беспилотник
сбили зенитчики", "ворожий безпілотник було знищено") is a count of exactly one intercepted.

The list of singular phrases (`singular: intercepted` in figures.yaml) reads the commonest word orders only; here the
verb of interception (`one_weapon_verb`) is read with the nearest weapon noun (`weapon_nouns`) of its clause, a few
words before it or right after it, and its grammatical number decides: in Russian and Ukrainian the noun's reading by
pymorphy3 (nominative or accusative singular; an indeclinable abbreviation such as "БПЛА" is one when the verb is a
singular form), in English the noun without its plural ending beside the singular auxiliary the verb pattern holds.
A denied verb ("не был сбит", "was not shot down") or a plural noun is no count. The clause ends at a comma too:
a weapon of the clause before is not what the verb tells of ("After a drone attack on the town, a helicopter was shot
down"; "дрон ударил по складу, уничтожен гараж"). A singular active verb after the weapon in the nominative tells what
the weapon itself destroyed ("дрон уничтожил автомобиль", "безпілотник знищив вантажівку"), no interception.
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import topic

_WORD = re.compile(r"[\w'’ʼ-]+")
_BEFORE_WORDS = 8  # how far before its verb a weapon may stand: "a small drone carrying a camera was shot down"
_AFTER_WORDS = 4  # ... and after it: "сбили над городом украинский беспилотник"
_CLAUSE_END = re.compile(r"[.!?;:,()«»\"“”]|\s[—–]\s|\n")
_NEGATION = re.compile(r"(?:\b(?:не|ні|ни|not|never)\s+)$", re.IGNORECASE)


@cache
def _also(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "figures").get("one_weapon_also") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


_SENTENCE_END = re.compile(r"[.!?\n]")


@cache
def _weapon(lang: str) -> re.Pattern[str] | None:
    # a noun of one word or a fixed phrase that ends on its noun ("летательный аппарат", "воздушная цель", "unmanned
    # aerial vehicle": the last word's number decides); not the open entry of any modifiers before a noun
    # ... and not a boat ("морський катер": `one_weapon_skip`), which no one reports as intercepted
    data = topic(lang, "figures")
    skip = data.get("one_weapon_skip") or []
    nouns = [w for w in data.get("weapon_nouns") or [] if not w.startswith("(?:(?!") and not any(s in w for s in skip)]
    return re.compile(rf"\b(?:{'|'.join(nouns)})(?![\w-])", re.IGNORECASE) if nouns else None


def _number(word: str, lang: str, verb: str) -> str | None:
    """'sing' or 'plur' for a weapon noun; None when its number cannot be told."""
    if lang in ("ru", "uk"):
        from eventledger.extract.normal_form import _analyzer

        if word.isupper():  # "БПЛА", "БпЛА": indeclinable; the verb's form tells
            return _verb_number(verb, lang)
        # common-noun readings only ("дронов" is also a surname in the nominative)
        readings = [r for r in _analyzer(lang).parse(word.casefold()) if r.tag.POS == "NOUN"
                    and not {"Name", "Surn", "Patr", "Geox"} & _grammemes(r.tag)]
        if not readings or any(not {"nomn", "accs"} & _grammemes(r.tag) for r in readings[:1]):
            return None  # the likeliest reading names no subject or object ("дронов", "беспилотника")
        numbers = {"plur" if "plur" in r.tag else "sing" for r in readings if {"nomn", "accs"} & _grammemes(r.tag)}
        return numbers.pop() if len(numbers) == 1 else None
    low = word.casefold()
    if low == "aircraft":
        return None
    return "plur" if low.endswith("s") else "sing"


def _grammemes(tag) -> set[str]:  # noqa: ANN001 - a pymorphy3 tag
    return set(str(tag).replace(" ", ",").split(","))


def _verb_number(verb: str, lang: str) -> str | None:
    from eventledger.extract.normal_form import _analyzer

    last = verb.split()[-1]
    readings = _analyzer(lang).parse(last)
    for r in readings[:2]:
        if r.tag.POS in ("PRTS", "VERB", "PRTF"):
            return "plur" if "plur" in r.tag else "sing"
    return None


def weapon_of_one(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the verb of interception at text[start:end] is told of one weapon named beside it in its clause."""
    weapon = _weapon(lang)
    if weapon is None or _NEGATION.search(text[max(0, start - 8):start]):
        return False
    verb = text[start:end]
    before = _CLAUSE_END.split(text[max(0, start - 160):start])[-1]
    words = list(_WORD.finditer(before))[-_BEFORE_WORDS:]
    window = before[words[0].start():] if words else ""
    found = list(weapon.finditer(window))
    after_window = None
    if not found and lang in ("ru", "uk"):
        after = _CLAUSE_END.split(text[end:end + 80])[0]
        after_words = list(_WORD.finditer(after))[:_AFTER_WORDS]
        window = after_window = after[:after_words[-1].end()] if after_words else ""
        found = list(weapon.finditer(window))[:1]
    if not found:
        return False
    noun = found[-1]
    if " " in noun.group(0).strip() and _told_also(text, start, end, lang):
        return False  # "Кроме того, над городом сбит летательный аппарат": one more beside a count told before
    if lang in ("ru", "uk") and window is not after_window and _noun_between(window[noun.end():], lang):
        return False  # "беспилотник атаковал дом, который был уничтожен": the house was destroyed
    if lang in ("ru", "uk") and window is not after_window and _weapon_did_it(noun.group(0).split()[-1], verb, lang):
        return False  # "дрон уничтожил автомобиль": the drone destroyed the car
    return _number(noun.group(0).split()[-1], lang, verb) == "sing"


def _told_also(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the sentence of the verb at text[start:end] tells its weapon as one more ("кроме того", "також",
    "also"): added to a count of the report, which the weapon named by a phrase must not split into a second event."""
    also = _also(lang)
    if also is None:
        return False
    ends = list(_SENTENCE_END.finditer(text, 0, start))
    after = _SENTENCE_END.search(text, end)
    return bool(also.search(text[ends[-1].end() if ends else 0 : after.start() if after else len(text)]))


def _noun_between(words: str, lang: str) -> bool:
    """Whether a noun in the nominative or accusative stands in `words` (between a weapon and its verb): another
    subject or object the verb may be told of."""
    from eventledger.extract.normal_form import _analyzer

    not_nouns = _not_nouns(lang)
    for m in _WORD.finditer(words):
        if m.group().casefold() in not_nouns:
            continue
        first = _analyzer(lang).parse(m.group())[0]
        if first.tag.POS == "NOUN" and ("nomn" in first.tag or "accs" in first.tag):
            return True
    return False


@cache
def _not_nouns(lang: str) -> frozenset[str]:
    # prepositions and conjunctions that pymorphy3's Ukrainian dictionary reads first as nouns ("до": the musical
    # note; "під", "як"): no other noun here. Not every word with such a reading: "поверх", "край", "перед" stand
    # in news as nouns too ("дрон влучив у поверх будинку і був знищений"), so the list is short and in lang data.
    return frozenset(w.casefold() for w in topic(lang, "figures").get("one_weapon_not_nouns") or [])


def _weapon_did_it(word: str, verb: str, lang: str) -> bool:
    """Whether a weapon named before a singular active verb ("уничтожил", "знищив") may be its subject: the weapon is
    what destroyed, not what was downed. A weapon only in the accusative ("ракету сбила ПВО") is the verb's object."""
    from eventledger.extract.normal_form import _analyzer

    tags = [_grammemes(r.tag) for r in _analyzer(lang).parse(verb.split()[-1].casefold())[:1]]
    if not tags or "VERB" not in tags[0] or "past" not in tags[0] or not {"masc", "femn"} & tags[0]:
        return False
    if word.isupper():
        return True
    # a past verb agrees with its subject in gender: "беспилотник сбила система ПВО" is the system's downing of the
    # drone ("беспилотник" is masculine, "сбила" feminine), "дрон уничтожил автомобиль" the drone's destruction
    gender = {"masc", "femn"} & tags[0]
    return any("nomn" in (g := _grammemes(r.tag)) and not (gender - g)
               for r in _analyzer(lang).parse(word.casefold()) if r.tag.POS == "NOUN")
