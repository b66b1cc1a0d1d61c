"""Counts tied to what they count: "three people have been killed" is `killed` = 3, "at least 24 injured" a lower bound.

A number alone means nothing; what makes it a figure is the word it stands beside, so the rules here pair each count
found by `numbers` with the figure words of `lang/<code>/figures.yaml` that follow or precede it within the clause.
Figures named without a count ("there were fatalities") are lower bounds of one, as UCDP codes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from eventledger.extract.coordinated_counts import shared_weapon_figures
from eventledger.extract import lexicon_hits
from eventledger.extract.guard import guarded, kept
from eventledger.extract.hospital_told import with_hospitalised
from eventledger.extract.instrument_told import told_as_instrument
from eventledger.extract.numbers import Quantity
from eventledger.extract.one_person import names_one, said_of_one, verb_of_one
from eventledger.extract.one_weapon import weapon_of_one
from eventledger.extract.segment import Span
from eventledger.extract.things_counted import is_verb, names_animals, names_things
from eventledger.lang import alternation as _alt, topic

_QUOTES = "\"“”«»"
# The value of a mention that counts everyone of a group counted elsewhere ("all the injured were hospitalised", "all
# of them were shot down"): the event's count of the group (`EVERYONE_OF`: the hurt for the hospitalised, what was
# launched for what was downed) replaces it once the event's claims are known.
EVERYONE = -1
EVERYONE_OF = {"hospitalized": "injured", "intercepted": "launched"}
_WEAPON_FIGURES = frozenset({"launched", "intercepted", "hit"})
# Figures whose word before a count wins over a casualty word after it ("доставили в больницу четырех раненых")
_BEFORE_WINS = frozenset({"hospitalized"})
# Figures a bare phrase tells as a person's condition ("in critical condition"), said of whoever is named before it
_CONDITIONS = frozenset({"critical"})
_PEOPLE_FIGURES = frozenset({"killed", "injured", "hospitalized", "critical"})
# Figures that count some of a group counted before them: a part of the injured told as one of these is this figure
_PARTS_OF_GROUP = frozenset({"hospitalized", "critical"})
_ASIDE = re.compile(r"\s*,[^,;.:!?]{1,80},")


@dataclass(frozen=True, slots=True)
class FigureMention:
    figure: str
    value: int
    lower_bound: bool
    start: int
    end: int
    # told without a count or a figure word of its own ("Их направили в больницу", extract/hospital_told.py): a figure
    # of the incident told around it, no sign by itself that the clause tells an incident
    alone: bool = False


@dataclass(frozen=True, slots=True)
class _Patterns:
    after: tuple[tuple[str, re.Pattern[str]], ...]  # matched at the start of the text following a count
    before: tuple[tuple[str, re.Pattern[str]], ...]  # matched at the end of the text preceding a count
    weapon_count: re.Pattern[str]
    weapon_in: re.Pattern[str]  # a weapon noun anywhere in a phrase
    counted: tuple[tuple[str, re.Pattern[str]], ...]
    one: tuple[tuple[str, re.Pattern[str]], ...]
    one_lead: re.Pattern[str]  # "one person ...": how the first `one_led` patterns of `one` begin; none there, no match
    one_led: int
    bare: tuple[tuple[str, re.Pattern[str]], ...]
    zero: tuple[tuple[str, re.Pattern[str]], ...]
    everyone: tuple[tuple[str, re.Pattern[str]], ...]  # "all the injured were hospitalised"
    unknown: re.Pattern[str] | None  # a figure told unknown: "информации о пострадавших пока нет" is no count at all
    weapon_after: tuple[tuple[str, re.Pattern[str]], ...]  # told of counted weapons only: "two missiles hit the centre"
    # what counted weapons did, told further off in their clause: "19 drones headed for several regions were shot down",
    # "ПВО уничтожила над Белгородской областью девять ракет"
    weapon_far_after: tuple[tuple[str, re.Pattern[str]], ...]
    weapon_far_before: tuple[tuple[str, re.Pattern[str]], ...]
    # ... by a verb that tells it only when the weapon itself is counted ("поражены три беспилотника"; not "поражены три
    # пусковые установки ракет", launchers struck): its pattern, and what must stand right after the count
    weapon_far_before_next: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    age_list: re.Pattern[str] | None  # people listed by their ages: "79-летняя, 78-летняя и 60-летняя женщины"
    age: re.Pattern[str] | None  # one age in such a list
    single_age: re.Pattern[str] | None  # one person told by an age in the singular: "a 63-year-old", "19-річний"
    noun_list: re.Pattern[str] | None  # people listed by nouns: "three children and their mother", "двое мужчин и женщина"
    noun_item: re.Pattern[str] | None  # one item of such a list, its noun in the group `single` when singular
    noun_list_hints: tuple[re.Pattern[str], ...]  # what every such list contains (a join; a noun before one): cheap tests first
    # what makes such a list no sum: a part marker inside it ("eight people, including a nurse and two students"), or a
    # counted whole ("people", "жителей") that the nouns after its comma name ("трое жителей села, двое мужчин и
    # женщина"): the same people told twice
    noun_list_apposed: re.Pattern[str] | None
    noun_ages: re.Pattern[str] | None  # `ages_after` alone: where it matches nowhere, no item of a list tells ages
    any_word: re.Pattern[str]  # any figure word at all: clauses without one and without counts are skipped cheaply
    of_total: re.Pattern[str]  # what stands between a part and its total: "61 of the 112"
    total_lead: re.Pattern[str] | None  # what stands before a total that opens a phrase: "из 120 беспилотников ..."
    all_before: re.Pattern[str] | None  # "all 29 drones": the part is the whole
    part_of: re.Pattern[str] | None  # "including two children": a count that is part of the figure before it
    person_aside: re.Pattern[str]  # "people, including two children,": an aside between a count and its figure word
    part_of_group: re.Pattern[str] | None  # "two of the injured": a part of a group counted elsewhere
    list_join: re.Pattern[str] | None  # "and": a count's phrase ends where the next figure's begins
    part_relative: re.Pattern[str] | None  # ", three of which were intercepted": a part told after counted weapons
    relative_part: re.Pattern[str] | None  # "three of which" / "три из которых": the count of that part
    # `one` past its led patterns, `zero`, `everyone` and `bare` in one pattern (`_any_of`): where it finds nothing none of
    # them can match, and none matches before its first match; one scan of a clause instead of a dozen
    later: re.Pattern[str] | None = None
    # all of `before` in one pattern: where it matches nowhere in the words before a count, none of them does
    any_before: re.Pattern[str] | None = None
    # a verb of one person's death or wound with no count ("загинув депутат", "погибла женщина", "the driver was
    # killed"): one when its subject, before or just after it, is one person (extract/one_person.py)
    one_verb: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # a verb of one weapon's interception with no count ("the drone was later shot down", "БПЛА был сбит"): one when
    # the weapon named beside it in its clause is singular (extract/one_weapon.py)
    one_weapon_verb: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # ... and by a verb of hitting that takes the counted weapons as its means, in the instrumental case (ru/uk: "the
    # army struck the town with N missiles"; extract/instrument_told.py): that many hit, unless the report goes on to
    # say that some or all of them were shot down (`instrument_downed`: then the count is only the attack's makeup)
    weapon_far_before_by: tuple[tuple[str, re.Pattern[str]], ...] = ()
    instrument_downed: re.Pattern[str] | None = None
    lang: str = ""


@cache
def _troops_pattern(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "figures").get("troops_counted") or []
    return re.compile(rf"^\s+(?:[^\W\d_][\w-]*\s+)?(?:{_alt(words)})(?![\w-])", re.IGNORECASE) if words else None


def _counts_troops(following: str, lang: str) -> bool:
    """Whether the noun right after a count (one modifier may stand before it) names soldiers or a unit of them
    (`troops_counted` of the language file): a count destroyed of those is no interception."""
    pattern = _troops_pattern(lang)
    return bool(pattern and pattern.match(following))


@cache
def _active_and_combatants(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = topic(lang, "figures")
    verbs, nouns = data.get("active_harm") or [], data.get("combatants") or []
    if not verbs or not nouns:
        return None
    return (re.compile(rf"(?<![\w-])(?:{_alt(verbs)})\s+$", re.IGNORECASE),
            re.compile(rf"^\s+(?:[^\W\d_][\w-]*\s+)?(?:{_alt(nouns)})(?![\w-])", re.IGNORECASE))


def _combatants_of_active(text: str, start: int, count_start: int, count_end: int, lang: str) -> bool:
    """Whether a count told after an active verb of harm (`active_harm`) counts combatants (`combatants`): the verb's
    subject may be anyone ("ответным ударом армия убила 40 боевиков"), so such a count is an army's claim of the enemy
    it harmed, not a casualty figure of the incident told."""
    patterns = _active_and_combatants(lang)
    return patterns is not None and bool(patterns[0].search(text[max(0, start) : count_start])
                                         and patterns[1].match(text[count_end:]))


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches wherever any of `patterns` does (at the same start, with the same flags), guarded
    when they all begin at a word boundary; None when they cannot be joined."""
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    flags = patterns[0].flags & ~re.UNICODE
    joined = "|".join(f"(?:{p.pattern})" for p in patterns)
    try:
        if all(p.pattern.startswith("\\b") for p in patterns):
            return guarded(rf"\b(?:{joined})", flags)  # the shared boundary leads, so the look-ahead can be added
        return re.compile(joined, flags)
    except re.error:  # a group name two of them use
        return None


@cache
def _patterns(lang: str) -> _Patterns:
    p = _patterns_apart(lang)
    data = topic(lang, "figures")
    one_verb = tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", re.IGNORECASE))
                     for figure, words in (data.get("one_verb") or {}).items())
    one_weapon_verb = tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", re.IGNORECASE))
                            for figure, words in (data.get("one_weapon_verb") or {}).items())
    return replace(p, one_verb=one_verb, one_weapon_verb=one_weapon_verb, any_before=_any_of([x for _, x in p.before]),
                   later=_any_of([x for _, x in p.one[p.one_led:] + p.zero + p.everyone + p.bare + one_verb
                                  + one_weapon_verb]))


def _patterns_apart(lang: str) -> _Patterns:
    data = topic(lang, "figures")
    # (a short aside in brackets is one word of it: "Одного пораненого (62 роки) шпиталізовано", "two (both soldiers) died")
    gap = rf"(?:(?:{_alt(data['person_nouns'] + data['filler'])}|[\w'’-]+?|\([^()]{{1,25}}\))\s+){{0,4}}?"
    strict_gap = rf"(?:(?:{_alt(data['person_nouns'] + data['filler'])})\s+){{0,4}}"
    # who the counted people are, told by an of-phrase after their noun: "Two workers of the water utility were hurt"
    # (people only: a count of weapons keeps its own reading)
    of_phrase = rf"(?:{data['count_of_phrase']}\s+{strict_gap})?" if data.get("count_of_phrase") else ""
    flags = re.IGNORECASE
    after = tuple(
        # a dash may stand for the verb: "у двох із них — тяжкі поранення", "двое — в тяжелом состоянии"
        # (Telegram's emphasis marks may open the figure word: "Четверо жителей, в том числе двое студентов, **погибли")
        (figure, re.compile(rf"^[\s,]*{gap}{'' if figure in _WEAPON_FIGURES else of_phrase}(?:[—–]\s+)?(?:\*\*|__)?(?:{_alt(words)})\b", flags))
        for figure, words in data["after_number"].items() if words
    )
    before = tuple(
        (figure, guarded(rf"\b(?:{_alt(words)})\s+(?:(?:{_alt(data['filler'])})\s+){{0,2}}$", flags))
        for figure, words in data["before_number"].items() if words
    )
    ones = _alt(data["one_words"])
    reach = data.get("weapon_reach") or {}
    # words (no counts, no sentence marks) a counted weapon's verb may stand off by
    far_gap = r"(?:[^\W\d]+[^\w\d.;:!?()]{1,3}){0,%d}?"
    weapon_far_after = tuple(
        (figure, re.compile(rf"^[^\w\d.;:!?()]*{far_gap % int(reach['after'])}(?:{_alt(words)})\b", flags))
        for figure, words in [*data["after_number"].items(), *(data.get("weapon_after") or {}).items()]
        if words and figure in _WEAPON_FIGURES
    ) if reach.get("after") else ()
    weapon_far_before = tuple(
        (figure, guarded(rf"\b(?P<verb>{_alt(words)})[^\w\d.;:!?()]{{1,3}}{far_gap % int(reach['before'])}$", flags))
        for figure, words in (reach.get("verbs_before") or {}).items() if words
    ) if reach.get("before") else ()
    weapon_next = re.compile(rf"^\s*{reach['weapon_next']}", flags) if reach.get("weapon_next") else None
    weapon_far_before_next = tuple(
        (figure, guarded(rf"\b(?P<verb>{_alt(words)})[^\w\d.;:!?()]{{1,3}}{far_gap % int(reach['before'])}$", flags),
         weapon_next)
        for figure, words in (reach.get("verbs_before_next") or {}).items() if words and weapon_next is not None
    ) if reach.get("before") else ()
    weapon_far_before_by = tuple(
        (figure, guarded(rf"\b(?P<verb>{_alt(words)})[^\w\d.;:!?()]{{1,3}}{far_gap % int(reach['before'])}$", flags))
        for figure, words in (reach.get("verbs_before_by") or {}).items() if words
    ) if reach.get("before") else ()
    after_words = [(figure, words) for figure, words in data["after_number"].items() if words]
    return _Patterns(
        weapon_far_before_by=weapon_far_before_by,
        instrument_downed=(re.compile(rf"(?<!\w)(?:{_alt(reach['instrument_downed'])})(?!\w)", flags)
                           if reach.get("instrument_downed") else None),
        lang=lang,
        after=after,
        before=before,
        weapon_in=re.compile(rf"\b(?:{_alt(data['weapon_nouns'])})", flags),
        weapon_count=re.compile(rf"^\s*[\"“«„']?(?:{_alt(data['weapon_nouns'])})\b", flags),
        counted=tuple(
            (figure, re.compile(rf"^\s*(?:[\w'’-]+\s+)?(?:{_alt(words)})\b", flags)) for figure, words in data["counted"].items()
        ),
        one=tuple(
            (figure, guarded(rf"\b(?:{ones})\s+(?:{_alt(data['person_nouns'])})\s+{strict_gap}(?:{_alt(words)})\b", flags))
            for figure, words in after_words
        ) + tuple(
            # languages that state one casualty by a singular noun and verb ("Женщина погибла") list those phrases
            (figure, guarded(rf"\b(?:{_alt(words)})\b", flags)) for figure, words in data.get("singular", {}).items()
        ) + _one_person(data, strict_gap, flags),
        one_lead=guarded(rf"\b(?:{ones})\s+(?:{_alt(data['person_nouns'])})\s+", flags),
        one_led=len(after_words),
        bare=tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", flags)) for figure, words in data["bare"].items()),
        zero=tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", flags)) for figure, words in data["zero"].items()),
        everyone=tuple((figure, guarded(rf"\b(?:{_alt(words)})\b", flags))
                       for figure, words in (data.get("all_of") or {}).items()),
        unknown=guarded(rf"\b(?:{_alt(data['unknown'])})\b", flags) if data.get("unknown") else None,
        weapon_after=tuple((figure, re.compile(rf"^[\s,]*{strict_gap}(?:{_alt(words)})\b", flags))
                           for figure, words in (data.get("weapon_after") or {}).items()),
        weapon_far_after=weapon_far_after,
        weapon_far_before=weapon_far_before,
        weapon_far_before_next=weapon_far_before_next,
        **_age_patterns(data, flags),
        single_age=re.compile(data["single_age"], flags) if data.get("single_age") else None,
        **_noun_list_patterns(data, flags),
        of_total=re.compile(rf"^\s+(?:{_alt(data['of_total'])})\s+$", flags),
        total_lead=re.compile(rf"(?:^|[\s,(])(?:{_alt(data['total_lead'])})\s+$", flags) if data.get("total_lead") else None,
        part_of=re.compile(rf"\b(?:{_alt(data['part_markers'])})\s+$", flags) if data.get("part_markers") else None,
        part_of_group=re.compile(rf"^\s+(?:{_alt(data['part_of_group'])})\s+", flags) if data.get("part_of_group") else None,
        # (... or by dashes or brackets: "Twelve residents — among them a girl — were hurt")
        person_aside=re.compile(rf"^\s*(?:(?:{_alt(data['person_nouns'])})\s*)?(?:,[^,;.:!?]{{1,80}},|\s[—–]\s[^—–,;.:!?()]{{1,80}}?\s[—–]|\s?\([^()]{{1,80}}\))", flags),
        part_relative=re.compile(rf"^\s*,\s*(?:[\w'’-]+\s+){{1,2}}?(?:{_alt(data['part_relative'])})\b", flags)
        if data.get("part_relative") else None,
        relative_part=re.compile(rf"^\s+(?:{_alt(data['part_relative'])})\b", flags) if data.get("part_relative") else None,
        list_join=re.compile(rf"\s(?:{_alt(data['list_joins'])})\s", flags) if data.get("list_joins") else None,
        all_before=re.compile(rf"\b(?:{_alt(data['all_words'])})\s+$", flags) if data.get("all_words") else None,
        any_word=guarded(
            rf"\b(?:{_alt([w for group in ('after_number', 'bare', 'zero', 'singular', 'one_before', 'all_of') for ws in (data.get(group) or {}).values() for w in ws])})\b",
            flags,
        ),
    )


def _age_patterns(data: dict, flags: int) -> dict[str, re.Pattern[str] | None]:
    """ "Ранены 79-летняя, 78-летняя и 60-летняя женщины", "загинули два 70-річні та 57-річний чоловіки": people listed
    by their ages, each age one person unless a count stands before it."""
    if not data.get("ages"):
        return {"age_list": None, "age": None}
    age = rf"\d{{1,3}}[\s-]*(?:{_alt(data['ages'])})"
    joins = _alt(data["list_joins"])
    return {
        # an item may end with its noun ("a 70-year-old man and a 65-year-old woman") and begin with a count or article
        "age_list": re.compile(rf"{age}(?:(?:\s+[\w'’]+)?\s*(?:,\s*|\s(?:{joins})\s+)(?:[\w'’]+\s+)?{age})+", flags),
        "age": re.compile(age, flags),
    }


def _noun_list_patterns(data: dict, flags: int) -> dict[str, Any]:
    """ "three children and their mother", "a man and three women", "двое мужчин и женщина": people listed by nouns,
    a singular noun one person, a plural one as many as the count before it."""
    nouns = data.get("listed_people")
    if not nouns:
        return {"noun_list": None, "noun_item": None, "noun_list_hints": (), "noun_list_apposed": None, "noun_ages": None}
    # an item may end with the ages of its people: "дитина 13 років", "чоловіки 40 і 51 років" (one each)
    ages = rf"(?P<ages>\s+{data['ages_after']})?" if data.get("ages_after") else ""
    item = rf"(?:[\w'’-]+\s+){{0,2}}?(?:(?P<single>{_alt(nouns['singular'])})|(?:{_alt(nouns['plural'])}))\b{ages}"
    plain = re.sub(r"\(\?P<(?:single|ages)>", "(?:", item)
    joins = _alt(data["list_joins"])
    return {
        "noun_list": kept(rf"{plain}(?:\s*,\s*{plain})*\s*,?\s+(?:{joins})\s+{plain}", flags),
        "noun_item": kept(item, flags),
        # `noun_list` tries its optional words at every position of a clause (3 ms a 3 KB report); these two find in a
        # tenth of that the few clauses that can hold a list at all: a join between spaces, after a noun
        "noun_list_hints": (kept(rf"\s(?:{joins})\s", flags),
                            kept(rf"(?:{_alt(nouns['singular'] + nouns['plural'])})\b.*?\s(?:{joins})\s", flags | re.S)),
        "noun_list_apposed": _apposed(data, flags),
        "noun_ages": kept(data["ages_after"], flags) if data.get("ages_after") else None,
    }


def _apposed(data: dict, flags: int) -> re.Pattern[str] | None:
    """A list of people that is no sum: a part marker inside it, or a counted whole noun (`whole_nouns`) that opens it
    and is followed by a comma (the nouns after it name the same people)."""
    forms = []
    if data.get("part_markers"):
        forms.append(rf"\b(?:{_alt(data['part_markers'])})\b")
    if data.get("whole_nouns"):
        forms.append(rf"^(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(data['whole_nouns'])})\s*,")
    return re.compile("|".join(forms), flags) if forms else None


def _one_person(data: dict, strict_gap: str, flags: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One person named by a singular noun: "a driver of the department chief was killed" (the noun may take an
    adjective and an of-phrase), "injuring the driver" (the figure word before it)."""
    nouns, ones = data.get("one_nouns"), _alt(data["one_words"])
    if not nouns:
        return ()
    noun = rf"(?:[\w'’-]+\s+)?(?:{_alt(nouns)})\b"
    of_phrase = r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    return tuple(
        (figure, guarded(rf"\b(?:{ones})\s+{noun}{of_phrase}\s+{strict_gap}(?:{_alt(words)})\b", flags))
        for figure, words in data["after_number"].items() if figure in data.get("one_before", {})
    ) + tuple(
        (figure, guarded(rf"\b(?:{_alt(words)})\s+(?:{ones}|the|its|his|her|their)\s+{noun}(?!-)", flags))
        for figure, words in data.get("one_before", {}).items()
    )


def find_figures(clause: Span, quantities: list[Quantity], lang: str, after: str = "") -> list[FigureMention]:
    """Every figure a clause gives. `quantities` are the counts found in the whole text; those inside the clause are used.
    `after` is the report's text that follows the clause (read only for a downing told later)."""
    found = _parts_among(_not_so(_find_figures(clause, quantities, lang, after), clause, lang), clause, lang)
    # ... and a hospitalisation told without a count of its own, of people counted in the clause or before it
    inside = [q for q in quantities if clause.start <= q.start and q.end <= clause.end]
    return sorted(with_hospitalised(found, clause.text, clause.start, inside, lang), key=lambda m: (m.start, m.figure))


@cache
def _negation(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = topic(lang, "figures").get("negated") or []
    if not words:
        return None
    alt = _alt(words)
    # the negation right before the span's last word ("мужчина не пострадал") or right before the span ("не постраждали")
    return (re.compile(rf"(?<![\w-])(?:{alt})\s+[\w'’ʼ-]+\s*$", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{alt})\s+$", re.IGNORECASE))


def _not_so(found: list[FigureMention], clause: Span, lang: str) -> list[FigureMention]:
    """A harm told without a count and denied ("Водитель не пострадал", "жінка не постраждала", "члени екіпажу не
    постраждали") gives no figure: the singular person's verb was read one hurt (`one_verb`, `one`) and the bare word
    "there were casualties" (a lower bound of one), the reverse of what the words say. Nothing is put in its place
    (no zero: one person spared is often told beside others who were hurt, "Пострадал мужчина, женщина не
    пострадала"); a zero told outright ("никто не пострадал") is read elsewhere. `negated` in lang/<code>/figures.yaml
    (the words of negation right before the verb); counts ("не менее двух") are left alone."""
    patterns = _negation(lang)
    if patterns is None:
        return found
    ends_denied, before_denied = patterns
    text, base = clause.text, clause.start
    return [m for m in found
            if not (m.value == 1 and m.figure in _PEOPLE_FIGURES
                    and (before_denied.search(text[:m.start - base])
                         or ends_denied.search(text[m.start - base:m.end - base])))]


@cache
def _among(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = topic(lang, "figures").get("among_victims") or []
    if not words:
        return None
    alt = _alt(words)
    return (re.compile(rf"\b(?:{alt})(?!\w)", re.IGNORECASE),
            re.compile(rf"\b(?:{alt})\s*[,:—–-]?\s*$", re.IGNORECASE))


_AMONG_AFTER = 40  # how far after a count its "were among the dead" may come: "two nurses were among the wounded"
# ... within the count's own clause: after a comma a new clause begins ("killed four, among the dead was a boy": the
# four is the total, the boy the part)
_AMONG_CLAUSE_END = re.compile(r"[.;!?,:—–]")


def _parts_among(found: list[FigureMention], clause: Span, lang: str) -> list[FigureMention]:
    """A count of the dead or hurt told as a part of them ("two nurses were among the wounded", "Among the dead
    were two children", "серед поранених — четверо дітей", "в числе погибших двое военных") names some of the victims,
    not their number: it gives no `killed` or `injured` of its own (a part is no total, and a part read as the count
    outvotes the whole told elsewhere). A figure of a condition told of the part ("Among the injured, three are in
    serious condition") is kept. `among_victims` in lang/<code>/figures.yaml."""
    patterns = _among(lang)
    if patterns is None:
        return found
    inside, before = patterns
    text, base = clause.text, clause.start
    phrases = [(a.start(), a.end()) for a in lexicon_hits.finditer(inside, text)]
    kept = []
    for m in found:
        if m.figure in ("killed", "injured") and m.value != 0:
            rel_start, rel_end = m.start - base, m.end - base
            after = text[rel_start:rel_end] + _AMONG_CLAUSE_END.split(text[rel_end:rel_end + _AMONG_AFTER])[0]
            # the count told after the phrase, or a match that begins inside it and reaches a count past it ("among
            # the injured are three": the figure's words start at "injured"; a bare "the dead" inside it stays)
            if (inside.search(after) or before.search(text[:rel_start])
                    or any(a_start < rel_start < a_end < rel_end for a_start, a_end in phrases)):
                continue
        kept.append(m)
    return kept


def _find_figures(clause: Span, quantities: list[Quantity], lang: str, after: str = "") -> list[FigureMention]:
    p = _patterns(lang)
    text, base = clause.text, clause.start
    # vague counts ("dozens", "several", "десятки") are no figures (ANNOTATION.md): a claim needs a number
    inside = [q for q in quantities if clause.start <= q.start and q.end <= clause.end
              and not (q.lower_bound and q.approximate)]
    found, done = _parts_of_totals(p, text, base, inside)
    listed, listed_at = _people_by_age(p, text, base, inside)
    found += listed
    done |= listed_at
    listed, listed_at = _people_by_noun(p, text, base, [q for q in inside if q.start not in done])
    found += listed
    done |= listed_at
    inside = sorted(inside + _single_ages(p, text, base, found), key=lambda q: q.start)
    weapons_counted = any(m.figure == "launched" for m in found)
    things: list[tuple[int, int]] = []  # the words of counts of things or animals, kept from the bare readings below
    parts: list[Quantity] = []  # counts of a part of a group told before them ("including two children")
    for q in inside:
        if q.start in done:
            continue
        rel_start, rel_end = q.start - base, q.end - base
        if p.part_of and p.part_of.search(text[max(0, rel_start - 40) : rel_start]):
            # "nine people, including two children, were injured": the two are among the nine; but a part told with
            # a figure of its own that counts some of a group ("13 injured, including four in serious condition",
            # "поранено дев'ятьох, серед них двоє у важкому стані", "из них трое госпитализированы") is that figure
            part = _figure_for_count(p, text, rel_start, rel_end, q, base)
            if part is not None and part.figure in _PARTS_OF_GROUP:
                found.append(part)
            else:
                parts.append(q)
            continue
        if p.part_of_group and (group := p.part_of_group.match(text[rel_end:])) \
                and not p.weapon_count.match(text[rel_end + group.end():]) \
                and not (p.relative_part and p.relative_part.match(text[rel_end:])):
            mention = _figure_of_part(p, text, rel_end + group.end(), q, base)
        else:
            others = [(o.start - base, o.end - base) for o in inside if o is not q]
            mention = _figure_for_count(p, text, rel_start, rel_end, q, base, weapons_counted, others, after)
        if mention and mention.figure in _PEOPLE_FIGURES and names_things(text[rel_end:], lang, after_count=True):
            things.append((mention.start, mention.end))
            continue  # "пострадали 18 жилых домов": houses, not people; "семь собак погибли": no casualty
        if mention and mention.figure in _PEOPLE_FIGURES and _combatants_of_active(text, mention.start - base,
                                                                                    rel_start, rel_end, lang):
            things.append((mention.start, mention.end))
            continue  # "ответным ударом армия убила 40 боевиков": the enemy an army claims, no casualty of the incident
        if mention and mention.figure == "intercepted" and _counts_troops(text[rel_end:], lang):
            things.append((mention.start, mention.end))
            continue  # "свыше 120 солдат противника уничтожено", "три штурмовые группы противника уничтожены":
            # soldiers or units killed on the ground, nothing downed (ANNOTATION.md counts interceptions of what flies)
        if mention:
            found.append(mention)
            if mention.figure == "intercepted" and p.all_before and p.all_before.search(text[:rel_start]):
                # "downed all 29 drones launched": the whole is the part
                found.append(FigureMention("launched", q.value, q.lower_bound, mention.start, mention.end))
    later = lexicon_hits.search(p.later, text) if p.later is not None else None
    lead = None
    if p.later is not None and later is None:
        lead = lexicon_hits.search(p.one_lead, text) is not None
        if not lead:  # no pattern below can match (and with no figure found, the list of counts shares none)
            return _with_shared(found, text, base, inside, lang, p)
    if not found and not p.any_word.search(text):
        return found
    taken = [(m.start, m.end) for m in found] + things
    if lead is None:
        lead = p.one_lead.search(text) is not None
    at = later.start() if later is not None else len(text) if p.later is not None else 0  # none matches before
    for i, (figure, pattern) in enumerate(p.one):
        if i < p.one_led and not lead:  # they all begin with `one_lead`: none can match here
            continue
        for m in pattern.finditer(text, 0 if i < p.one_led else at):
            if not _overlaps(base + m.start(), base + m.end(), taken):
                found.append(FigureMention(figure, 1, False, base + m.start(), base + m.end()))
                taken.append((base + m.start(), base + m.end()))
    # "no information yet on the dead or injured": neither a zero nor "there were casualties"; its words name the
    # figure, so they are kept from the readings below
    unknown = [(base + m.start(), base + m.end()) for m in p.unknown.finditer(text)] if p.unknown is not None else []
    taken += unknown
    for figure, pattern in p.zero:
        for m in pattern.finditer(text, at):
            if _overlaps(base + m.start(), base + m.end(), unknown):
                continue
            found.append(FigureMention(figure, 0, False, base + m.start(), base + m.end()))
            taken.append((base + m.start(), base + m.end()))
    everyone: list[tuple[int, int]] = []
    for figure, pattern in p.everyone:
        for m in pattern.finditer(text, at):
            if not _overlaps(base + m.start(), base + m.end(), taken + everyone):
                found = [f for f in found if not (f.figure == figure and _overlaps(f.start, f.end, [(base + m.start(), base + m.end())]))]
                found.append(FigureMention(figure, EVERYONE, False, base + m.start(), base + m.end()))
                # ... which still names the group ("Пострадавших доставили в больницу": there were injured)
                everyone.append((base + m.start(), base + m.end()))
    counted = {m.figure for m in found}
    bare: list[FigureMention] = []
    for figure, pattern in p.bare:
        if figure in counted:
            continue
        for m in pattern.finditer(text, at):
            if _overlaps(base + m.start(), base + m.end(), taken) or (
                    figure in _PEOPLE_FIGURES and is_verb(m.group(0).split()[-1], lang)
                    and (names_things(text[m.end():], lang) or names_animals(text[m.end():], lang))):
                continue  # ... and "постраждали будинки" are houses
            start, end = _quoted(text, m.start(), m.end())
            # "He was taken to hospital in critical condition": a condition said of one person is one
            one = (figure in _CONDITIONS and said_of_one(text, m.start(), lang)) or names_one(m.group(0).split()[-1], lang)
            found.append(FigureMention(figure, 1, not one, base + start, base + end))
            bare.append(found[-1])
            taken.append((base + m.start(), base + m.end()))
            break
    found = _raised_by_parts(found, parts, bare, p, text, base, lang)
    counted = {m.figure for m in found}
    for figure, pattern in p.one_verb:
        if figure in counted:
            continue
        for m in pattern.finditer(text, at):
            if not _overlaps(base + m.start(), base + m.end(), taken) and verb_of_one(text, m.start(), m.end(), lang):
                found.append(FigureMention(figure, 1, False, base + m.start(), base + m.end()))
                taken.append((base + m.start(), base + m.end()))
                break
    for figure, pattern in p.one_weapon_verb:
        if figure in counted:
            continue
        for m in pattern.finditer(text, at):
            if not _overlaps(base + m.start(), base + m.end(), taken) and weapon_of_one(text, m.start(), m.end(), lang):
                found.append(FigureMention(figure, 1, False, base + m.start(), base + m.end()))
                taken.append((base + m.start(), base + m.end()))
                break
    return _with_shared(found, text, base, inside, lang, p)


def _raised_by_parts(found: list[FigureMention], parts: list[Quantity], bare: list[FigureMention], p: _Patterns,
                     text: str, base: int, lang: str) -> list[FigureMention]:
    """A group told without its size and then a count of a part of it ("є постраждалі, серед яких троє дітей",
    "есть погибшие, среди них двое детей", "the injured, including three children"): the group is at least as large
    as its part, so the part's count is the group's lower bound (ANNOTATION.md: "at least N" is N, a lower bound),
    quoted from the group's word to the part's count. Only the figure told last before the part, and only when it is
    a bare word with no count of its own; a part told after a counted group ("nine injured, including two children")
    never reaches here (its group has a count). The part marker must follow the group's word with nothing else
    between, and the part must not count things: "есть пострадавшие, повреждены дома, в том числе три многоэтажки"
    counts houses, a part of the damaged houses, not of the injured."""
    for q in parts:
        before = [m for m in found if m.end <= q.start]
        if not before:
            continue
        group = max(before, key=lambda m: m.end)
        if not _part_follows(p, text[group.end - base : q.start - base]) or names_things(
                text[q.end - base :], lang, after_count=True):
            continue
        if group in bare and group.lower_bound and group.value < q.value:
            found = [FigureMention(group.figure, int(q.value), True, group.start, q.end) if m is group else m
                     for m in found]
            bare = [m for m in bare if m is not group]
    return found


def _part_follows(p: _Patterns, gap: str) -> bool:
    """Whether the words between a group's word and a count are only a part marker, or the group's own words and then
    the marker ("пострадавшие, среди них", "injured people, including", "постраждала касирка та пасажири, серед
    яких"): no other clause stands between ("есть пострадавшие, повреждены дома, в том числе": a clause opened by
    punctuation right after the group's word, or punctuation inside its words)."""
    return p.part_of is not None and bool(_group_then_part(p.part_of.pattern, p.part_of.flags).fullmatch(gap))


@cache
def _group_then_part(marker: str, flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?:[\s,:;—–-]*|\s+(?:[^\W\d_][\w'’ʼ-]*\s+){{0,5}}?[^\W\d_][\w'’ʼ-]*\s*[,:;—–-]?\s*){marker}",
                      flags)


def _with_shared(found: list[FigureMention], text: str, base: int, inside: list[Quantity], lang: str,
                 p: _Patterns) -> list[FigureMention]:
    """The end of `find_figures`: the figures a list of counts shares, and all in text order."""
    if p.list_join is not None:
        found = shared_weapon_figures(text, base, inside, found, lang, p.list_join)
    return sorted(found, key=lambda m: (m.start, m.figure))


def _parts_of_totals(p: _Patterns, text: str, base: int, inside: list[Quantity]) -> tuple[list[FigureMention], set[int]]:
    """Counts of weapons given with their total: "shot down 61 of the 112 drones", "11 out of 17 missiles hit",
    "61 зі 112 БпЛА", "из 120 беспилотников ... уничтожены 110". The total is `launched`, the part what the weapons
    did; each keeps its own slot, so a stated total is never replaced by a sum. Returns the mentions and the start
    offsets of the counts they used."""
    found: list[FigureMention] = []
    done: set[int] = set()
    for i, q in enumerate(inside):
        rel_start, rel_end = q.start - base, q.end - base
        # the cheap tests first: a part right before ("61 of"), or a word that opens a total ("из"), then the weapons
        part = inside[i - 1] if i and p.of_total.match(text[inside[i - 1].end - base : rel_start]) else None
        lead = p.total_lead is not None and part is None and p.total_lead.search(text[max(0, rel_start - 12) : rel_start])
        if part is None and not lead:
            continue
        weapons = p.weapon_count.match(text[rel_end:])
        if weapons is None:
            continue
        found.append(FigureMention("launched", q.value, q.lower_bound, q.start, q.end + weapons.end()))
        done.add(q.start)
        if part is not None:
            after = text[rel_end + weapons.end():]
            aside = _ASIDE.match(after)
            figure = _weapon_figure(p, text[: part.start - base], after[aside.end():] if aside else after)
            found.append(FigureMention(figure, part.value, part.lower_bound, part.start, q.end + weapons.end()))
            done.add(part.start)
    return found, done


def _people_by_age(p: _Patterns, text: str, base: int, inside: list[Quantity]) -> tuple[list[FigureMention], set[int]]:
    """People listed by their ages are counted one each, or as many as a count right before an age says ("два
    70-річні та 57-річний чоловіки" are three); the figure is the one named just before the list or just after it.
    Returns the mentions and the start offsets of the counts inside the lists."""
    if p.age_list is None or p.age is None:
        return [], set()
    found: list[FigureMention] = []
    done: set[int] = set()
    for m in lexicon_hits.finditer(p.age_list, text):
        total, start, used = 0, m.start(), set()
        for item in p.age.finditer(text, m.start(), m.end()):
            count = next((q for q in inside if q.end - base <= item.start()
                          and not text[q.end - base : item.start()].strip()), None)
            total += count.value if count else 1
            if count:
                used.add(count.start)
                start = min(start, count.start - base)
        if total < 2:
            continue
        figure = _people_figure_around(p, text, start, m.end())
        if figure is not None:
            found.append(FigureMention(figure, total, False, base + start, base + m.end()))
            done |= used | {q.start for q in inside if base + start <= q.start < base + m.end()}
    return found, done


def _people_by_noun(p: _Patterns, text: str, base: int, inside: list[Quantity]) -> tuple[list[FigureMention], set[int]]:
    """People listed by nouns are summed: one for each singular noun, the count before each plural one ("three children
    and their mother were killed" are four killed). The figure is named just before the list or just after it; a
    plural noun with no count makes no sum. Returns the mentions and the start offsets of the counts used."""
    if p.noun_list is None or p.noun_item is None or not all(lexicon_hits.search(hint, text) for hint in p.noun_list_hints):
        return [], set()
    found: list[FigureMention] = []
    done: set[int] = set()
    for m in lexicon_hits.finditer(p.noun_list, text):
        if p.noun_list_apposed is not None and p.noun_list_apposed.search(m.group(0)):
            continue  # "Eight people, including a nurse and two students": no sum; the counts are read alone
        total, used, items, start, noun_start = 0, set(), 0, m.start(), m.start()
        for item in p.noun_item.finditer(text, m.start(), m.end()):
            aged = "ages" in p.noun_item.groupindex and item.group("ages") is not None
            noun_end = item.start("ages") if aged else item.end()
            counts = [q for q in inside if base + item.start() <= q.start and q.end <= base + noun_end]
            told_ages = len(re.findall(r"\d+", item.group("ages"))) if aged and not item.group("single") else 0
            if len(counts) > 1 or (not counts and not item.group("single") and not told_ages):
                break
            if not items:  # the list begins with its first count, or the word before its first noun ("their mother")
                words = list(re.finditer(r"[\w'’-]+", text[item.start() : item.start("single")]))
                start = counts[0].start - base if counts else item.start() + (words[-1].start() if words else 0) \
                    if item.group("single") else item.start()
                noun_start = item.start("single") if item.group("single") else start
            total, items = total + (counts[0].value if counts else told_ages or 1), items + 1
            used |= {q.start for q in inside if base + item.start() <= q.start and q.end <= base + item.end()}
        else:
            if items < 2:
                continue
            figure = _people_figure_around(p, text, start, m.end())
            if figure is None and noun_start > start:  # the word before the first noun was the figure's: "Ранены женщина ..."
                figure = _people_figure_around(p, text, noun_start, m.end())
                start = noun_start
            if figure is not None:
                found.append(FigureMention(figure, total, False, base + start, base + m.end()))
                done |= used
    if "ages" in p.noun_item.groupindex and p.noun_ages is not None and p.noun_ages.search(text):
        # one plural noun told with two ages or more and no count ("women aged 33 and 71", "жінки 28 і 65 років"):
        # one person for each age, no count of 71
        for item in p.noun_item.finditer(text):
            if item.group("ages") is None or item.group("single") or _overlaps(base + item.start(), base + item.end(),
                                                                               [(f.start, f.end) for f in found]):
                continue
            told = len(re.findall(r"\d+", item.group("ages")))
            ages = {q.start for q in inside if base + item.start("ages") <= q.start and q.end <= base + item.end()}
            counts = [q for q in inside if base + item.start() <= q.start and q.end <= base + item.start("ages")]
            if told < 2 or len(counts) > 1:
                continue
            if counts:  # "three teenagers aged 15, 16 and 17": the count, not the ages
                told = counts[0].value
            # the item may open with the figure's word ("Поранені жінки 28 і 65 років"): try each word's start
            starts = [item.start()] + [item.start() + w.end() for w in re.finditer(r"\S+\s+", text[item.start():item.start("ages")])]
            at, figure = next(((at, f) for at in starts if (f := _people_figure_around(p, text, at, item.end()))), (0, None))
            done |= ages  # an age is no count, whatever the figure
            if figure is not None:
                found.append(FigureMention(figure, told, False, base + at, base + item.end()))
                done |= {q.start for q in counts}
    return found, done


def _single_ages(p: _Patterns, text: str, base: int, listed: list[FigureMention]) -> list[Quantity]:
    """ "A 63-year-old local resident was killed", "постраждав 19-річний цивільний": a person told by an age in the
    singular is a count of one, read like any count, with the figure word before or after it. An age is no count of
    its own (`numbers` leaves it out); one inside a list of people already counted stays out."""
    if p.single_age is None:
        return []
    taken = [(m.start, m.end) for m in listed]
    return [Quantity(base + m.start(), base + m.end(), m.group(), 1, False, False)
            for m in lexicon_hits.finditer(p.single_age, text) if not _overlaps(base + m.start(), base + m.end(), taken)]


def _people_figure_around(p: _Patterns, text: str, start: int, end: int) -> str | None:
    """The figure a list of people is told under: named just before the list, else just after it (never a weapon's)."""
    figure = next((f for f, pattern in p.before if f not in _WEAPON_FIGURES and pattern.search(text[:start])), None)
    if figure is None:
        figure = next((f for f, pattern in p.after if f not in _WEAPON_FIGURES and pattern.match(text[end:])), None)
    return figure


def _figure_of_part(p: _Patterns, text: str, group_start: int, q: Quantity, base: int) -> FigureMention | None:
    """ "Двоих из пострадавших госпитализировали", "two of the injured died": the group's word ("пострадавших") is not
    the part's figure; a figure word told of the part after it is ("госпитализировали", "died"). A count of weapons
    ("61 of the 112 drones") is read by `_parts_of_totals` before this."""
    rest = text[group_start:]
    group = next((figure for figure, pattern in p.after if pattern.match(" " + rest.split(maxsplit=1)[0])), None) \
        if rest.strip() else None
    if group is None:
        return None
    word = rest.split(maxsplit=1)[0]
    tail = rest[rest.index(word) + len(word):]
    for figure, pattern in p.after:
        if figure != group and figure not in _WEAPON_FIGURES and (m := pattern.match(tail)):
            return FigureMention(figure, q.value, q.lower_bound, q.start, base + group_start + len(rest) - len(tail) + m.end())
    return None


def told_of_a_part(quote: str, lang: str) -> bool:
    """Whether a figure's words count a part of a group named by another figure word ("Two of the injured were
    hospitalized", "двоих из пострадавших госпитализировали"): the group is more than the part, and its count is not
    told (`part_of_group` in lang/<code>/figures.yaml, then a figure word)."""
    lang = lang if lang in ("en", "ru", "uk") else "en"
    them = topic(lang, "figures").get("part_of_them") or []
    if them and re.search(rf"(?<!\w)(?:{_alt(them)})(?!\w)", quote, re.IGNORECASE):
        return True  # "two of them were hospitalised", "two of those hurt": a group told elsewhere, its count not here
    p = _patterns(lang)
    if p.part_of_group is None:
        return False
    words = _alt(topic(lang, "figures").get("part_of_group") or [])
    for m in re.finditer(rf"\s(?:{words})\s+", quote, re.IGNORECASE):
        rest = quote[m.end():].split(maxsplit=1)
        # (uk "з", ru "с" before the instrumental is "with": "троє з травмами госпіталізовані" names no group)
        if rest and any(pattern.match(" " + rest[0]) for _, pattern in p.after) and not told_as_instrument(
                "", rest[0], lang):
            return True
    return False


def _weapon_figure(p: _Patterns, before: str, after: str) -> str:
    """What a part of the weapons did: the figure word before it ("shot down 61 of ...") or after its total ("... of
    the 17 missiles hit their targets"); interception when neither says."""
    for figure, pattern in p.before:
        if figure in _WEAPON_FIGURES and figure != "launched" and pattern.search(before):
            return figure
    for figure, pattern in p.after:
        if figure in _WEAPON_FIGURES and figure != "launched" and pattern.match(after):
            return figure
    return "intercepted"


def _clear(p: _Patterns, text: str, start: int, end: int, others: list[tuple[int, int]], skip: int = 0) -> bool:
    """No other count and no weapon named in text[start + skip:end]: a verb told further off is still this count's."""
    return not any(start < e and s < end for s, e in others) and not p.weapon_in.search(text[start + skip : end])


def _figure_for_count(p: _Patterns, text: str, start: int, end: int, q: Quantity, base: int,
                      weapons_counted: bool = False, others: list[tuple[int, int]] = (), after: str = "") -> FigureMention | None:
    following = text[end:]
    for figure, pattern in p.counted:
        if m := pattern.match(following):
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
    if w := p.weapon_count.match(following):
        for figure, pattern in p.after:
            if figure not in _WEAPON_FIGURES and (m := lexicon_hits.match(pattern, following)) and m.end() <= w.end():
                # "троє отримали поранення внаслідок ракетного удару": the people's figure comes before the weapon
                return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
        # "launched 73 drones, 69 were downed", "60 drones had allegedly been shot down": what the weapons did decides.
        head = text[:start]
        if p.all_before and (every := p.all_before.search(head)):
            head = head[: every.start()]  # "downed all 29 drones": the verb stands before "all"
        for figure, pattern in p.before:
            if pattern.search(head):
                return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + w.end())
        rest = following[w.end():]
        if p.part_relative and p.part_relative.match(rest):
            # "four cruise missiles, three of which were intercepted": the four are the whole, the three its part
            return FigureMention("launched", q.value, q.lower_bound, base + start, base + end + w.end())
        # "Четыре БПЛА, летевших на Москву, сбиты": the verb may follow an aside set off by commas
        aside = _ASIDE.match(rest)
        for skip in (0, aside.end() if aside else None):
            for figure, pattern in p.after + p.weapon_after if skip is not None else ():
                if (m := pattern.match(rest[skip:])) and not _count_next(p, end + w.end() + skip + m.end(), text, others):
                    return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + w.end() + skip + m.end())
        # ... or further off in the clause, when no other count stands between: "19 drones headed for several Russian
        # regions were shot down", "ПВО уничтожила над Белгородской областью девять ракет"
        # (no other count or weapon stands between: "сбила беспилотник над Курском, пять дронов атаковали" are two)
        after_at = end + w.end()
        # (a verb with a count of its own right after it is that count's: "выпустила 64 дрона, ПВО сбила 44 из них")
        far = [(m.end(), figure) for figure, pattern in p.weapon_far_after if (m := pattern.match(rest))
               and _clear(p, text, after_at, after_at + m.end(), others)
               and not _count_next(p, after_at + m.end(), text, others)]
        if far:
            stop, figure = min(far)
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + after_at + stop)
        far = [(m.start(), figure) for figure, pattern in p.weapon_far_before if (m := pattern.search(head))
               and _clear(p, text, m.start(), start, others, skip=m.end("verb") - m.start())]
        far += [(m.start(), figure) for figure, pattern, weapon_next in p.weapon_far_before_next
                if weapon_next.match(following) and (m := pattern.search(head))
                and _clear(p, text, m.start(), start, others, skip=m.end("verb") - m.start())]
        far += [(m.start(), figure) for figure, pattern in p.weapon_far_before_by
                if not (p.instrument_downed and (p.instrument_downed.search(following) or p.instrument_downed.search(after)))
                and told_as_instrument(text[start:end], following, p.lang) and (m := pattern.search(head))
                and _clear(p, text, m.start(), start, others, skip=m.end("verb") - m.start())]
        if far:
            at, figure = max(far)
            return FigureMention(figure, q.value, q.lower_bound, base + at, base + after_at)
        return None
    # "Погибли трое, ещё пятеро ранены", "killing three, injuring 12": a count that closes its phrase belongs to the
    # figure word before it, not to one after the comma
    if aside := p.person_aside.match(following):
        # "Nine people, including two children, were injured": the figure word follows the aside
        for figure, pattern in p.after:
            if m := pattern.match(following[aside.end():]):
                return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + aside.end() + m.end())
    prefix = text[:start]
    # (the two loops over `before` below return only where one of its patterns matches the words before the count)
    before_any = p.any_before is None or lexicon_hits.search(p.any_before, prefix) is not None
    for figure, pattern in p.before if before_any else ():
        if figure in _BEFORE_WINS and (m := pattern.search(prefix)):
            # "в больницы доставили четырех раненых": the casualty word after the count names who was taken there
            return FigureMention(figure, q.value, q.lower_bound, base + m.start(), base + end)
    before_first = bool(re.match(r"\s*(?:[,;.]|$)", following))
    for figure, pattern in () if before_first else p.after:
        if m := lexicon_hits.match(pattern, following):
            if any(end < s and s < end + m.end() for s, _ in others):
                continue  # "one fatality and five injured": the word after the next count is that count's
            if p.list_join and p.list_join.search(following[: m.end()]) and (told := _told_before(p, text, start, q, base, end)):
                return told  # "killed at least seven people and injured 22 others": the seven are the killed
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
    for figure, pattern in p.before if before_any else ():
        m = pattern.search(prefix)
        if figure in _WEAPON_FIGURES and not weapons_counted and not (m and p.weapon_in.search(m.group(0))) and not (
                m and p.relative_part and p.relative_part.match(following)):
            continue  # "launched", "shot down" before a bare number count weapons only when the weapons are named
            # (in the phrase, "количество сбитых БПЛА составляет 26", or counted already in the clause: "из 120
            # беспилотников ... уничтожены 110"), or told of a part of them ("shot down 44 of them", "збила 44 з
            # них": the weapons were named before the part)
        if m:
            return FigureMention(figure, q.value, q.lower_bound, base + m.start(), base + end)
    for figure, pattern in p.after if before_first else ():
        if m := pattern.match(following):
            return FigureMention(figure, q.value, q.lower_bound, base + start, base + end + m.end())
    return None


def _count_next(p: _Patterns, at: int, text: str, others: list[tuple[int, int]]) -> bool:
    """Whether another count of weapons opens right after text[:at] (spaces between): the verb before it is that
    count's ("ПВО сбила 44 беспилотника", "сбила 44 из них"; not "destroyed over five regions")."""
    gap = len(text[at:]) - len(text[at:].lstrip())
    return any(s == at + gap and (p.weapon_count.match(text[e:]) or (p.relative_part and p.relative_part.match(text[e:])))
               for s, e in others)


def _told_before(p: _Patterns, text: str, start: int, q: Quantity, base: int, end: int) -> FigureMention | None:
    """The casualty figure whose word stands right before a count ("killed at least seven"), if any."""
    for figure, pattern in p.before:
        if figure not in _WEAPON_FIGURES and (m := pattern.search(text[:start])):
            return FigureMention(figure, q.value, q.lower_bound, base + m.start(), base + end)
    return None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole quotation a bare figure word stands in ("fatalities and critically injured"), else the word itself."""
    open_at = max(text.rfind(q, 0, start) for q in _QUOTES)
    if open_at == -1:
        return start, end
    close_at = min((i for i in (text.find(q, end) for q in _QUOTES) if i != -1), default=-1)
    if close_at == -1 or text.count('"', open_at + 1, start) % 2:
        return start, end
    return open_at + 1, close_at
