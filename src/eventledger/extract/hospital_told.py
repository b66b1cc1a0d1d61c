"""Hospitalisation told without a count of its own, of people the report counts beside it (issue 10, figure best and
claim recall).

Two forms were left unread by the figure rules, which read a hospitalisation only where a count or a listed phrase
("all the injured were hospitalised", "Його шпиталізували") stands right at its words:

- *the same people hurt and hospitalised*: a count of the hurt whose clause goes on to hospitalise them ("A woman was
  wounded and was later hospitalized", "wounded a 52-year-old man, who was then taken to hospital", "Двоє людей
  отримали поранення та були госпіталізовані"). The count was read as injured only; it is the count of the
  hospitalised too, and its quote runs to the hospital words.
- *a hospitalisation told of someone named before or by a pronoun*, with words between ("Paramedics took them to a
  nearby hospital", "Их направили в районную больницу", "Його з осколковим пораненням госпіталізували до міської
  лікарні", "Госпіталізували до обласної лікарні" with no subject at all). A clause with no count of its own: one
  person when a singular person word (a pronoun, "the man", "пострадавшего") stands nearest the words in the clause,
  else the group of the hurt, as many as the event's injured (`figures.EVERYONE`, resolved with the event's claims;
  dropped when the event has no such count). The group only when no one else is named: a clause whose words before
  the hospital words are not all `bare` ones, nor name the `hurt` ("Patients were evacuated", "The body was taken",
  "Остальных доставили"), tells nothing of the hurt as a whole.

A hospitalisation denied ("не госпитализирован", "without hospitalization") or told of a count read already is left to
the other rules. The words are language data: `hospital_told` in `lang/<code>/figures.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from eventledger.extract import lexicon_hits
from eventledger.extract.guard import word_led
from eventledger.lang import alternation as _alt, topic

if TYPE_CHECKING:
    from eventledger.extract.figures import FigureMention
    from eventledger.extract.numbers import Quantity

_HURT = frozenset({"injured"})  # (a count in a condition, "one of them in critical condition", is a part)
_AFTER = 40  # how far after the hospital words a person word may stand ("госпіталізували його")
_CLAUSE_MARK = re.compile(r"[.;:!?]")


@dataclass(frozen=True, slots=True)
class _Words:
    told: re.Pattern[str]  # the words of a hospitalisation
    denied: re.Pattern[str] | None  # what right before them denies it: "не", "without"
    one: re.Pattern[str]  # a single person it is told of
    many: re.Pattern[str]  # a group
    too: re.Pattern[str] | None  # after a count's figure words: the same people hospitalised
    bare: re.Pattern[str] | None  # words that may stand before them in a clause with no subject ("затем", "were")
    hurt: re.Pattern[str] | None  # a word of the hurt there: the subject is the group of the hurt ("a man and a woman injured")


@cache
def _words(lang: str) -> _Words | None:
    data = topic(lang, "figures").get("hospital_told")
    if not data:
        return None
    flags = re.IGNORECASE
    return _Words(
        told=word_led(rf"(?<!\w)(?:{_alt(data['told'])})(?!\w)", flags),
        denied=word_led(rf"(?<!\w)(?:{_alt(data['denied'])})\s+(?:[\w’'ʼ-]+\s+)?$", flags)
        if data.get("denied") else None,
        one=word_led(rf"(?<!\w)(?:{_alt(data['one'])})(?!\w)", flags),
        many=word_led(rf"(?<!\w)(?:{_alt(data['many'])})(?!\w)", flags),
        too=re.compile(data["too"], flags) if data.get("too") else None,
        bare=re.compile(rf"(?:{_alt(data['bare'])})", flags) if data.get("bare") else None,
        hurt=word_led(rf"(?<!\w)(?:{_alt(data['hurt'])})(?!\w)", flags) if data.get("hurt") else None,
    )


_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_BETWEEN = 2  # how many words may stand between a count of the hurt and its hospital words for the quote to run on


def _the_hurt(words: _Words, before: str) -> bool:
    """Whether the words of a clause before its hospital words (after its last comma) tell of the hurt as a group: no
    one at all, only `bare` words ("Затем госпитализировали", "were later"), or people named by a `hurt` word ("a man
    and a woman injured in the attack were taken to hospital"). A noun outside the person lists ("Patients", "The
    body", "Остальных", "Решту") is someone else, not the group of the hurt."""
    part = before.rsplit(",", 1)[-1]
    return (words.hurt is not None and bool(words.hurt.search(part))) or all(
        words.bare is not None and words.bare.fullmatch(w.group()) for w in _WORD.finditer(part))


def with_hospitalised(found: list[FigureMention], text: str, base: int, inside: list[Quantity],
                      lang: str) -> list[FigureMention]:
    """`found` with the hospitalisations a clause tells without a count of their own (module docstring)."""
    words = _words(lang)
    if words is None or not lexicon_hits.search(words.told, text):
        return found
    from eventledger.extract.figures import EVERYONE, FigureMention

    # a hospitalisation denied is none, however the listed phrases read it ("Их не госпитализировали")
    found = [m for m in found if not (m.figure == "hospitalized" and m.value in (1, EVERYONE)
                                      and _denied(words, text, m.start - base, m.end - base))]
    if any(m.figure == "hospitalized" for m in found):
        return found

    if words.too is not None:
        for m in found:
            if m.figure not in _HURT or m.value < 0:
                continue
            tail = words.too.match(text, m.end - base)
            if tail is not None and not any(m.end <= base + q.start < base + tail.end() for q in inside):
                # the quote is the shortest span that carries the figure: from the count when it stands right before the
                # hospital words, else the hospital words alone ("a man was injured in the strike on the town and was
                # taken to hospital": "and was taken to hospital", its count the injured claim's)
                between = tail.group("between") or ""
                rest = text[tail.end("between"):tail.end()]
                start = m.start if len(_WORD.findall(between)) <= _BETWEEN else \
                    base + tail.end("between") + len(rest) - len(rest.lstrip(" ,"))
                return [*found, FigureMention("hospitalized", m.value, m.lower_bound, start, base + tail.end())]
    if inside:
        return found  # a clause with a count: what the count readers made of it stands
    for told in words.told.finditer(text):
        if _denied(words, text, told.start(), told.end()):
            continue
        before = _CLAUSE_MARK.split(text[: told.start()])[-1]
        after = _CLAUSE_MARK.split(text[told.start(): told.end() + _AFTER])[0]
        one = [m.end() for m in words.one.finditer(before)]
        many = [m.end() for m in words.many.finditer(before)]
        if one or many:
            value = 1 if max(one, default=-1) > max(many, default=-1) else EVERYONE
        else:
            later_one, later_many = words.one.search(after), words.many.search(after)
            if not (later_one or later_many or _the_hurt(words, before)):
                continue  # "Patients were evacuated to another hospital", "The body was taken to the morgue"
            value = 1 if later_one and not (later_many and later_many.start() < later_one.start()) else EVERYONE
        return [*found, FigureMention("hospitalized", value, False, base + told.start(), base + told.end(), alone=True)]
    return found


def _denied(words: _Words, text: str, start: int, end: int) -> bool:
    """Whether the hospital words within text[start:end] are denied by the word (or the word but one) before them."""
    told = words.told.search(text, start, end)
    return told is not None and words.denied is not None and bool(
        words.denied.search(text[max(0, told.start() - 40):told.start()]))
