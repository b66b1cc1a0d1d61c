"""Weapons an event is given from the report around its clause (kind13). The examples below are invented.

First, the type of a missile told as a plain "missile" in one clause and by its type beside it. A report may tell the
hit with a generic word ("a missile fell on a depot", "ракета впала на склад") and the type a sentence or two away
("the army said it was an Iskander", "за даними армії, це була крилата ракета"). The clause rules give the event the
weapon of its own clause or sentence, so it stays `missile` where the annotation (the most specific weapon the report
names for the incident) gives `ballistic_missile` or `cruise_missile`. Here an event whose weapon is `missile` takes
the one specific missile type named near its claims (within `NEAR` characters; in another sentence only when that
sentence tells no event at another place), when only one is named there and not
in a sentence that tells a threat, a warning or what a weapon can do ("an alert over a possible ballistic launch",
"bombers that can carry cruise missiles": `weapon_not_used` in the language file). Two types named near it (a night of
ballistic and cruise missiles) leave it `missile`.

Second, a strike or an interception whose clause and sentence name no weapon, in a report that names one weapon type
and no other (a lead telling a drone attack on a region, a later line telling a shed burnt in a village): it takes
that type (`one_weapon_named`). Reports naming two or more types leave it null, as ANNOTATION.md's "weapon null when
none is named" does for the incident whose weapon the report leaves open. Guns named alone make such a strike a
shelling by artillery (a village "struck" in one line, mortar rounds named in the next).

Third, a shelling whose weapon is one fired from afar (a missile, a drone, a glide bomb, aircraft) is a strike
(SCHEMA.md: `shelling` is artillery and MLRS, `strike` a remote weapon): a town "под ракетным обстрелом", a district
"під обстрілом" in a report of drones. Not when the event's own words name guns or launchers (rockets of a "Град"),
or tell the shelling verb with a launcher's rockets ("shelled the town with rockets", "обстреляли реактивными
снарядами": `mlrs_rockets`): those rockets are the shelling's (`shelling_from_afar`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from eventledger.extract.guard import word_led
from eventledger.extract.incidents import mixed_missiles, names_artillery, patterns
from eventledger.lang import topic
from eventledger.model import Event, Place

NEAR = 300  # characters either side of a claim: the sentence it is in and about one on each side
_SPECIFIC = ("ballistic_missile", "cruise_missile")
_FROM_AFAR = ("strike", "interception")
_SENTENCE_END = re.compile(r"[.!?\n]")


@cache
def _not_used(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("weapon_not_used")
    return word_led(r"(?<!\w)(?:" + "|".join(words) + ")", re.IGNORECASE) if words else None


def _sentence(text: str, at: int) -> str:
    start, end = _bounds(text, at)
    return text[start:end]


_last_named: tuple[str, str, tuple[tuple[int, str], ...]] = ("", "", ())


def _named(text: str, lang: str) -> tuple[tuple[int, str], ...]:
    """Every weapon word of the text, with its type: not words of the kind of attack ("shelling") and not words in a
    sentence of a threat, a warning or what a weapon can do (`weapon_not_used`). Kept for the last text:
    `specific_missiles` and `one_weapon_named` read the same report one after the other."""
    global _last_named
    last = _last_named  # (read once: another thread may replace it)
    if last[0] == text and last[1] == lang:
        return last[2]
    named = tuple(_named_anew(text, lang))
    _last_named = (text, lang, named)
    return named


def _named_anew(text: str, lang: str) -> list[tuple[int, str]]:
    p = patterns(lang)
    not_used = _not_used(lang)
    named: list[tuple[int, str]] = []
    for m in p.weapon_words.finditer(text):
        if p.kind_only_words and p.kind_only_words.fullmatch(m.group(0)):
            continue
        if not_used is not None and not_used.search(_sentence(text, m.start())):
            continue
        named.append((m.start(), p.weapons[int(m.lastgroup[1:])]))  # type: ignore[index]
    return named


def one_weapon_named(events: Sequence[Event], text: str, lang: str) -> list[Event]:
    """`events` with a strike or interception of no weapon given the one weapon type the whole report names."""
    if not any(e.weapon is None and e.kind in _FROM_AFAR for e in events):
        return list(events)
    types = {kind for _, kind in _named(text, lang)}
    if len(types) != 1:
        return list(events)
    (only,) = types
    if only == "artillery":
        # guns named alone: a strike told by them is a shelling (as "artillery struck Kherson" is); air defence
        # shoots down nothing a gun fired, so an interception is left as it is
        return [replace(e, kind="shelling", weapon=only) if e.weapon is None and e.kind == "strike" else e
                for e in events]
    return [replace(e, weapon=only) if e.weapon is None and e.kind in _FROM_AFAR else e for e in events]


def specific_missiles(events: Sequence[Event], text: str, lang: str) -> list[Event]:
    """`events` with a plain `missile` made the one specific missile type named near the event's claims."""
    if not any(e.weapon == "missile" for e in events):
        return list(events)
    # (not a type named as one among missiles of several types: "понад 40 ракет, зокрема й балістичних" leaves them
    # missiles, `mixed_missiles` of the language file, as incidents.weapon does in the clause)
    named = [(at, kind) for at, kind in _named(text, lang) if kind in _SPECIFIC
             and not mixed_missiles(_sentence(text, at), lang)]
    if not named:
        return list(events)
    out = []
    for e in events:
        if e.weapon == "missile":
            spans = _spans(e)
            own = {_bounds(text, s) for s, _ in spans}
            near = {kind for at, kind in named if any(s - NEAR <= at <= end + NEAR for s, end in spans)
                    and (_bounds(text, at) in own or not _told_elsewhere(e, events, text, _bounds(text, at)))}
            if len(near) == 1:
                e = replace(e, weapon=near.pop())
        out.append(e)
    return out


def _spans(e: Event) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in e.claims if c.start is not None and c.end is not None]


def _same_place(a: Place | None, b: Place | None) -> bool:
    """Whether two events' places are one: the same name ("Sumy", "near Sumy" and its district "Sumy Raion"), or a
    region and a place inside it."""
    if a is None or b is None:
        return a is b
    name_a, name_b = a.name_en or a.name, b.name_en or b.name  # (not `key`: "near Sumy" is still Sumy here)
    if name_a == name_b or name_a.split()[:1] == name_b.split()[:1]:
        return True
    return any(x.precision == "admin1" and y.admin1 is not None and y.admin1 in (x.name_en, x.name, x.admin1)
               for x, y in ((a, b), (b, a)))


def _bounds(text: str, at: int) -> tuple[int, int]:
    # (the end of the last sentence mark before `at`, found backwards: the same start as the last of a forward scan's
    # marks, without reading the whole text before it at every call)
    upto = max(at, 0)
    start = max(text.rfind(".", 0, upto), text.rfind("!", 0, upto), text.rfind("?", 0, upto), text.rfind("\n", 0, upto)) + 1
    end = _SENTENCE_END.search(text, at)
    return start, end.start() if end else len(text)


def _told_elsewhere(e: Event, events: Sequence[Event], text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence (not one of `e`'s) tells another event at another place: its missile type is that event's
    ("a missile hit a depot in X. Separately, a ballistic missile was shot down over Y"). A city and its own district
    or region are one place here (`_same_place`); two towns of one region are not."""
    return any(o is not e and not _same_place(e.place, o.place)
               and any(sentence[0] <= s < sentence[1] or s <= sentence[0] < end for s, end in _spans(o))
               for o in events)


_REMOTE = ("drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "aircraft")


def shelling_from_afar(events: Sequence[Event], lang: str) -> list[Event]:
    """`events` with a shelling made by a weapon fired from afar, whose own words name no guns, made a strike. Not
    when a claim tells the shelling verb with a launcher's rockets ("shelled the town with rockets", `mlrs_rockets`):
    MLRS fire is a shelling (SCHEMA.md)."""
    return [replace(e, kind="strike") if e.kind == "shelling" and e.weapon in _REMOTE
            and not any(names_artillery(c.quote, lang) or _shelled_with_rockets(c.quote, lang) for c in e.claims)
            else e for e in events]


def _shelled_with_rockets(quote: str, lang: str) -> bool:
    p, rockets = patterns(lang), _mlrs_rockets(lang)
    return bool(rockets is not None and p.kind_only_words is not None and rockets.search(quote)
                and any(p.kind_only_words.fullmatch(m.group(0)) for m in p.weapon_words.finditer(quote)))


@cache
def _mlrs_rockets(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("mlrs_rockets")
    return word_led(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else None
