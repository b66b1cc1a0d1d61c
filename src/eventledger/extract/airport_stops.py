"""Whether a Russian or Ukrainian clause tells an airport stopping its flights: an airspace restriction.

"аэропорты Внуково и Шереметьево временно прекратили обслуживание рейсов", "Внуково и Домодедово на время
приостанавливали работу", "аэропорты временно не принимают и не отправляют авиарейсы": the ways of saying it are many
and each verb has a dozen forms, so the clause is read by lemma (pymorphy3): an airport noun, and a verb or noun of
stopping (`airport_stop_lemmas`) or a negated verb of serving (`airport_service_lemmas`, "не принимают"). The attack
told as the cause in the same clause ("из-за атаки беспилотников") is the reason for the restriction, not a strike.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventledger.lang import topic

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NEGATION = frozenset({"не"})


@cache
def _analyzer(lang: str):  # type: ignore[no-untyped-def]  # pymorphy3.MorphAnalyzer
    from eventledger.extract.morphology import analyzer

    return analyzer(lang)


@lru_cache(maxsize=16384)
def _lemmas(word: str, lang: str) -> frozenset[str]:
    """Every reading's lemma: "закрыт" is both a short adjective ("закрытый") and the participle of "закрыть" (a
    word with a letter Unicode names none of has no reading: `morphology`)."""
    return frozenset(p.normal_form for p in _analyzer(lang).parse(word.lower()))


class _AirportWords(dict):
    """word -> whether a reading of it is an airport noun; worked out once a word (a clause asks of every word)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, word: str) -> bool:
        if len(self) >= 20_000:
            self.clear()
        found = self[word] = bool(_lemmas(word, self.lang) & _words(self.lang)[0])
        return found


@cache
def _names_airport(lang: str) -> _AirportWords:
    return _AirportWords(lang)


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = topic(lang, "events")
    return (frozenset(data.get("airport_nouns", [])), frozenset(data.get("airport_stop_lemmas", [])),
            frozenset(data.get("airport_service_lemmas", [])))


def airport_stopped(text: str, lang: str) -> tuple[int, int] | None:
    """The span of the word telling an airport stopped or did not serve flights, when the clause also names an
    airport; None otherwise (and for languages without the lemma lists)."""
    airports, stops, services = _words(lang)
    if not airports:
        return None
    if not any(map(_names_airport(lang).__getitem__, _WORD.findall(text))):
        return None
    words = list(_WORD.finditer(text))
    for i, w in enumerate(words):
        lemmas = _lemmas(w.group(), lang)
        if lemmas & stops or (lemmas & services and i > 0 and words[i - 1].group().lower() in _NEGATION):
            return w.start(), w.end()
    return None
