"""A place's name that the words beside it give another role than where something happened.

- A clock: "21:01 Moscow time", "в 03:00 по Москве", "за часом Києва". Reports on strikes give the hour in the
  capital's time whatever the place struck, so the capital named with the hour is a time zone, not a second place of
  the incident ("a drone hit Sumy at 21:01 Moscow time" is one strike, in Sumy).
- A street: "ул. Орджоникидзе в Ясиноватой", "на вулиці Київській", "on Kharkiv Street". Streets are named after
  towns and people, and the gazetteer knows the towns: the street a shell hit is no second place of the incident.

- A quarter: "в белгородском микрорайоне «Новая жизнь»", "the Novaya Zhizn neighbourhood". Quarters and housing estates
  share their names with villages far away; the quarter is in its town.
- A road, a front or a direction: "трасса Н15 Запорожье-Донецк", "the Zaporizhzhia-Donetsk highway", "на Купянском
  направлении", "the Pokrovsk front". A road is named after the towns at its ends and a front or axis after a town it
  heads for; fighting along either is not in those towns ("assaults around Kurakhove to take the Zaporizhzhia-Donetsk
  highway" are not in Zaporizhzhia).

- A body's name: an outlet, a military unit or a band named by a place ("телеканал Al Mayadeen", "группировка
  войск «Днепр»", "полк «Азов»", "рэп-группа «Каспийский груз»"): the body is not where anything happened.

- A vessel's name: "the landing ship Tambov", "the ‘Tambov’ large landing ship", "a ship named Tambov",
  "крейсер «Тамбов»", "корабель «Тамбов»". Warships and tankers are named after towns: a ship damaged in the port of
  Sevastopol is not a strike in the town of Tambov, hundreds of kilometres away.

The words live in `lang/<code>/place_roles.yaml` (`clock_before`, `clock_after`, `street_before`, `street_after`,
`road_before`, `road_after`, `quarter_before`, `quarter_after`, `name_before`, `vessels`).
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.extract import lexicon_hits
from eventledger.lang import load


def tells_the_clock(before: str, after: str, lang: str) -> bool:
    """Whether the words right before or after a place make it the zone of a time told."""
    return _beside(before, after, lang, "clock")


def names_a_street(before: str, after: str, lang: str) -> bool:
    """Whether the words right before or after a place make it the name of a street. A plural street word
    (`street_list_before`: "на улицах", "вулиці") names a street only when a list follows the place
    (`street_list_after`): "на улицах Мира, Ленина и ..." is a list of streets, "на улицах Белгорода" the city's."""
    if _beside(before, after, lang, "street"):
        return True
    plural, listed = _patterns(lang, "street_list")
    return bool(plural and plural.search(before)) and bool(listed and listed.match(after))


def names_a_body(before: str, after: str, lang: str) -> bool:
    """Whether the words right before a place make it (part of) the name of an outlet, a unit or a band
    (`name_before`)."""
    return _beside(before, after, lang, "name")


def names_a_vessel(before: str, after: str, lang: str) -> bool:
    """Whether the words beside a place make it a vessel's name: a word for a ship right before it, with "named" and
    an opening quote allowed between ("the landing ship Tambov", "a ship named Tambov", "крейсер «Тамбов»"), and the
    first word of a name of two ("the landing ship Olenegorsky Gornyak": no town Gornyak), or
    right after it, the name closed by a quote ("the ‘Tambov’ large landing ship") or followed by a word for one
    warship ("the Tambov landing ship"): `vessels` of place_roles.yaml. A word for a warship after a town that
    itself qualifies a facility word (`facilities`: "the Sevastopol submarine base", "the Novorossiysk tanker
    terminal") names the town's facility, not a ship: the town stays where."""
    patterns = _vessel_patterns(lang)
    if patterns is None:
        return False
    preceding, quoted_after, warship_after = patterns
    return bool(preceding.search(before[-60:]) or quoted_after.match(after) or warship_after.match(after))


def may_name_a_vessel(text: str, lang: str) -> bool:
    """False only when `text` holds none of the words `names_a_vessel` looks for (no word for a ship or a warship
    anywhere: lexicon_hits, one pass kept for the text), so that no place in it is a vessel's name and the question
    need not be asked place by place (most reports name no ship)."""
    patterns = _vessel_patterns(lang)
    return patterns is not None and any(lexicon_hits.may_match(pattern, text) for pattern in patterns)


@cache
def _vessel_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    data = (load(lang).get("place_roles") or {}).get("vessels")
    if not data:
        return None
    ships, warships = "|".join(data["ships"]), "|".join(data["warships"])
    named = "|".join(data.get("named") or ["(?!)"])
    facilities = "|".join(data.get("facilities") or ["(?!)"])
    # (a ship's name of two words, the first no place, is the ship's too: "the landing ship Olenegorsky Gornyak"; its
    # first word no preposition or other word of `not_a_name`: "Tanker At Tuapse" names the town)
    not_a_name = "|".join(data.get("not_a_name") or ["(?!)"])
    return (re.compile(rf"(?i)(?<!\w)(?:{ships})(?:\s+(?:{named}))?\s*[‘“\"«'„]?\s*"
                       rf"(?:(?!(?:{not_a_name})\s)(?-i:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ’'-]+\s+))?$"),
            re.compile(rf"(?i)^[’”\"»']\s+(?:[^\W\d_][\w-]*\s+){{0,2}}(?:{ships})(?!\w)"),
            re.compile(rf"(?i)^\s+(?:[^\W\d_][\w-]*\s+){{0,1}}(?:{warships})(?![\w-])(?!\s+(?:{facilities})(?!\w))"))


def names_a_quarter(before: str, after: str, lang: str) -> bool:
    """Whether the words right before or after a place make it the name of a town's quarter or housing estate."""
    preceding, following = _quarter_patterns(lang)
    return bool(preceding and lexicon_hits.search(preceding, before)) or bool(following and following.match(after))


@cache
def _quarter_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """`_patterns(lang, "quarter")`, the one after with no space required before its words (made once a language, not
    at every call)."""
    preceding, following = _patterns(lang, "quarter")
    following = re.compile(following.pattern.replace(r"^\s+", "^", 1), following.flags) if following else None
    return preceding, following


def names_a_road(before: str, after: str, lang: str) -> bool:
    """Whether the words right before or after a place make it (part of) the name of a road, a front or a direction."""
    preceding, following = _road_patterns(lang)
    return bool(preceding and lexicon_hits.search(preceding, before)) or bool(following and following.match(after))


@cache
def _road_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    # (a road's second town follows the first and a dash: "трасса Запорожье-Донецк", "the Zaporizhzhia-Donetsk highway")
    data = load(lang).get("place_roles") or {}
    before, after = data.get("road_before") or [], data.get("road_after") or []
    return (re.compile(rf"(?i)(?<!\w)(?:{'|'.join(before)})\s*$") if before else None,
            re.compile(rf"(?i)^(?:\s*[-–—]\s*[^\W\d_][\w’'-]*)?\s+(?:{'|'.join(after)})(?!\w)") if after else None)


def _beside(before: str, after: str, lang: str, role: str) -> bool:
    preceding, following = _patterns(lang, role)
    return bool(preceding and lexicon_hits.search(preceding, before)) or bool(following and following.match(after))


@cache
def _patterns(lang: str, role: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang).get("place_roles") or {}
    before, after = data.get(f"{role}_before") or [], data.get(f"{role}_after") or []
    return (re.compile(rf"(?i)(?<!\w)(?:{'|'.join(before)})\s*$") if before else None,
            re.compile(rf"(?i)^(?:{'|'.join(after)})" if role == "street_list" else
                       rf"(?i)^\s+(?:{'|'.join(after)})(?!\w)") if after else None)
