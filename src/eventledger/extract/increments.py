"""A count told as more of the same ("another person died", "ещё двое скончались", "ще одна людина померла",
"two more drones were shot down"): the number added to the count told before it, not a count of its own.

Read alone, "another person died" after "a woman was killed" is a claim of one killed, and reconciliation's largest
count of the report keeps one; the report tells two. Within one event, such a claim counts its figure's last plain
claim told before it (not an earlier "more": a retold "another person died" is not a third) plus its own number. Only
figures that accumulate: a state told "still" ("ещё двое в больнице", "ще двоє в лікарні") is no addition, so
hospitalised and critical are left as told. Counts of weapons told as more in a retelling of an interception
("UPD: ещё восемь беспилотников сбиты") are added where the retellings are joined (same_incident.py `_count_on`),
before this: a claim whose value is no longer the number in its words is such a total already and is left alone.
The markers are `more_before` / `more_after` in lang/<code>/figures.yaml.

A count told as more that has no plain count before it to add to, beside a larger count of its figure in the event
("13 injured ... two more injured" where the 13 is the total told first; "всего погибли четыре: трое на месте, ещё
один скончался"), is a part of that total, not a rival one: kept, it would pull `low` down to the part, which UCDP's
low reads as a source saying only two were hurt. `without_counted_on` leaves it out; one with nothing larger beside
it (the only count the report gives) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from eventledger.extract.numbers import find_quantities
from eventledger.lang import topic
from eventledger.model import Claim

_ADDING = frozenset({"killed", "injured", "intercepted", "hit"})
_WEAPONS = frozenset({"intercepted", "hit"})  # counted on within a sentence too: "сбила 44 из них, ещё 10 подавлены"
_BEFORE = 16  # how far before a claim's words its marker may stand ("Ещё |один человек скончался")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


@cache
def _markers(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """`more_before` ("another", "ещё", "ще": before the count, or the count itself) and `more_after` ("two more")."""
    data = topic(lang if lang in ("en", "ru", "uk") else "en", "figures")
    before, after = data.get("more_before") or [], data.get("more_after") or []
    return (re.compile(rf"(?<![\w-])(?<!\w['’ʼ])(?:{'|'.join(before)})\s+", re.IGNORECASE) if before else None,
            re.compile(rf"^[\w'’ʼ-]+\s+(?:{'|'.join(after)})(?![\w'’ʼ-])", re.IGNORECASE) if after else None)


# the answers of `told_as_more` for the last text read: each claim is asked up to three times (events._counted_only,
# `added_up`, `without_counted_on`), and a claim's answer depends only on its span, figure and value
_asked: tuple[str, str, dict[tuple[int, int, str | None, type, object], bool]] = ("", "", {})


def told_as_more(claim: Claim, text: str, lang: str) -> bool:
    """`_told_as_more`, kept for the last text (the same answer, read once a claim)."""
    global _asked
    asked = _asked
    if asked[0] is not text or asked[1] != lang:
        asked = _asked = (text, lang, {})
    key = (claim.start, claim.end, claim.figure, type(claim.value), claim.value)
    told = asked[2].get(key)
    if told is None:
        told = asked[2][key] = _told_as_more(claim, text, lang)
    return told


def _told_as_more(claim: Claim, text: str, lang: str) -> bool:
    """Whether the claim's count is told as more of the same: a marker of `more_before` right before its count (or
    standing for it: "another person died"), or its count followed by one of `more_after` ("two more people")."""
    if not claim.figure or not isinstance(claim.value, int) or claim.value < 1:
        return False
    before, after = _markers(lang)
    quote = text[claim.start : claim.end]
    start = max(0, claim.start - _BEFORE)
    if (stop := list(_SENTENCE_END.finditer(text, start, claim.start))):
        start = stop[-1].end()
    window = text[start : claim.end]
    more_after = after is not None and after.match(quote) is not None
    if not more_after and (before is None or before.search(window) is None):
        return False  # no marker at all: most claims, so the numbers are not read again (extraction's hot path)
    told = {q.value for q in find_quantities(quote, lang)}
    if told and claim.value not in told:
        return False  # already the running total: joined retellings of an interception count on (same_incident.py)
    if more_after:
        return True
    if before is None:
        return False
    counts = {q.start for q in find_quantities(window, lang)}
    for m in before.finditer(window):
        if m.start() == claim.start - start and lang == "en":
            return True  # "Another person died": the marker is the count of one
        if m.end() in counts or m.end() == claim.start - start:
            return True  # "ещё двое скончались", "скончались ещё двое", "ще |одна людина померла"
    return False


def _paired(claim: Claim, claims: list[Claim], text: str) -> bool:
    """Whether a count of people of another figure stands before the claim in its own sentence: "a man was killed and
    another was wounded", "один загинув, ще одного поранено" name a second person beside the first, not one more of
    the count told before."""
    stops = list(_SENTENCE_END.finditer(text, 0, claim.start))
    start = stops[-1].end() if stops else 0
    return any(b.figure in _ADDING and b.figure not in _WEAPONS and b.figure != claim.figure
               and start <= b.start and b.end <= claim.start for b in claims)


def added_up(claims: list[Claim], text: str, lang: str,
             apart: Callable[[Claim], bool] | None = None) -> list[Claim]:
    """The event's claims with each count told as more of the same raised by its figure's last plain count before it.

    A count of people is added only to one told in an earlier sentence: in its own sentence a count before it is its
    total ("the death toll rose to four after another person died"). Not when that count is smaller than another told
    before (a part of a total told earlier: "всего погибли четыре, трое на месте, ещё один"), nor across a colon (the
    total a breakdown follows: "the toll rose to three: another person died"), nor when a count of the figure is told
    after it (the total it brings: "a further two were injured; in total four", "another died, bringing the toll to
    four"). Nor beside a count of people of another figure in its own sentence (`_paired`: "a man was killed and
    another was wounded" names a second person), nor when `apart` says it is told on a day of its own other than the
    event's ("killed two on Monday ... Another person was killed on Sunday": an incident of its own)."""
    more = {id(c) for c in claims if c.figure in _ADDING and told_as_more(c, text, lang)}
    if not more:
        return claims
    out = []
    for c in claims:
        if id(c) in more:
            plain = [b for b in claims if b.figure == c.figure and id(b) not in more and b.end <= c.start
                     and isinstance(b.value, int)]
            base = max(plain, key=lambda b: b.start) if plain else None
            if base is not None and c.figure not in _WEAPONS and _paired(c, claims, text):
                base = None  # "a man was killed and another was wounded": a second person, not one more wounded
            if base is not None and apart is not None and apart(c):
                base = None  # "... killed two on Monday. Another person was killed on Sunday": another incident
            if base is not None and ":" not in text[base.end : c.start] and (
                    c.figure in _WEAPONS or _SENTENCE_END.search(text, base.end, c.start)) and int(base.value) >= max(
                    int(b.value) for b in plain) and not any(
                    b.figure == c.figure and id(b) not in more and b.start > c.end for b in claims):
                c = replace(c, value=int(base.value) + int(c.value), lower_bound=c.lower_bound or base.lower_bound)
        out.append(c)
    return out


def without_counted_on(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims less every count told as more of the same that is smaller than another count of its figure (run
    after `added_up`: a count raised by its base is no longer the number in its words, so it is kept)."""
    largest: dict[str, int] = {}
    for c in claims:
        if c.figure and isinstance(c.value, int):
            largest[c.figure] = max(largest.get(c.figure, 0), c.value)
    return [c for c in claims if not (c.figure and isinstance(c.value, int) and 0 < c.value < largest[c.figure]
                                      and told_as_more(c, text, lang))]
