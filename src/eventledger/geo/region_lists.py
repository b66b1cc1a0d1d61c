"""Regions listed together before one plural region word: "over the Bryansk, Smolensk and Tula regions", "у Львівській,
Тернопільській та Одеській областях", "над Брянской и Курской областями".

Only a name with the singular word beside it ("the Tula region") names the region; listed before the plural, each
member stands bare, and the gazetteer reads it as the region's city (Bryansk, Tula: a point tens or hundreds of
kilometres from the region's centre), or as a namesake in another country (Cherkasy read as a Russian village in a
report that names a Saratov airbase). A list shares its word: every member the gazetteer read is read again as if the
singular word followed it ("Bryansk region", "Брянской области"), and a member so read as a region is that region. A
member read as no region keeps its own reading; one not read at all (a bare Russian or Ukrainian adjective, "Брянской")
stays unread, so that a list adds no places and no incidents of its own.

The plural words and the singular each is read with are per language (`region_list_words` in lang/<code>/events.yaml).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from eventledger.lang import topic

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import Candidate, Gazetteer, PlaceMatch

_MEMBER = r"[^\W\d_][\w'’ʼ-]*(?:\s+[^\W\d_][\w'’ʼ-]*)?"  # a name of one or two words (capitalised, checked below)


def read_as_region_lists(matches: list[PlaceMatch], text: str, lang: str, gazetteer: Gazetteer) -> list[PlaceMatch]:
    """`matches` with each member of a list of regions read with the list's region word, sorted by start."""
    lists, words = _patterns(lang)
    if lists is None:
        return matches
    out = list(matches)
    for found, singular in _worded_lists(text, lang, words):
        for member in _members(found.group("members"), found.start("members"), lang):
            start, end, name = member
            region = _region(f"{name} {singular}", lang, gazetteer)
            if region is None:
                continue
            at = [m for m in out if m.start < end and start < m.end]
            if not at:
                continue  # a member the gazetteer did not read stays unread: a list adds no places (ANNOTATION.md)
            if any(m.candidates and m.candidates[0].feature == "admin1" for m in at):
                continue  # read as its region already ("Белгородской областями")
            if any(m.start < start or m.end > found.end() for m in at):
                continue  # a longer name the member is part of: left as read
            out = [m for m in out if m not in at]
            out.append(_match(start, end, text, region))
    return sorted(out, key=lambda m: m.start)


def bare_members(
    matches: list[PlaceMatch], text: str, lang: str, gazetteer: Gazetteer
) -> list[tuple[int, int, list[Candidate], int]]:
    """The members of each list that the gazetteer did not read, each read with the list's word, by the list's span
    and where the last of them ends: "над Тульской, Калужской и Орловской областями" gives (its start, its end, [Tula
    Oblast, Kaluga Oblast], the end of "Калужской") beside Oryol Oblast, read already. A list gives them only when
    every such member reads as a region: a clause that tells one claim over the whole list (an interception,
    ANNOTATION.md) takes them as its areas (`read_as_region_lists` leaves them unread, so that a list adds no
    incidents of its own)."""
    lists, words = _patterns(lang)
    if lists is None:
        return []
    out: list[tuple[int, int, list[Candidate], int]] = []
    for found, singular in _worded_lists(text, lang, words):
        bare: list[Candidate] = []
        last = found.start()
        for start, end, name in _members(found.group("members"), found.start("members"), lang):
            if any(m.start < end and start < m.end for m in matches):
                continue
            region = _region(f"{name} {singular}", lang, gazetteer)
            if region is None:
                bare = []
                break  # a member that names no region: not a list of regions alone
            bare.append(_match(start, end, text, region).candidates[0])
            last = end
        if bare:
            out.append((found.start(), found.end(), bare, last))
    return out


def _members(members: str, offset: int, lang: str) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(_MEMBER, members):
        words = m.group(0).split()
        while words and (words[-1].lower() in _joiners(lang) or not words[-1][:1].isupper()):
            words.pop()  # "Smolensk and": the joiner
        while words and not words[0][:1].isupper():
            words.pop(0)  # "the Bryansk": the article
        if not words:
            continue
        name = " ".join(words)
        start = offset + m.start() + m.group(0).find(words[0])
        out.append((start, start + len(name), name))
    return out


def _region(phrase: str, lang: str, gazetteer: Gazetteer) -> Candidate | None:
    found = [m for m in gazetteer.find(phrase, lang) if m.start == 0 and m.end == len(phrase) and m.candidates]
    best = found[0].candidates[0] if found else None
    return best if best is not None and best.feature == "admin1" else None


def _match(start: int, end: int, text: str, region: Candidate) -> PlaceMatch:
    from eventledger.geo.gazetteer import PlaceMatch

    said = text[start:end]
    return PlaceMatch(start, end, said, (replace(region, place=replace(region.place, as_written=said)),))


def _worded_lists(text: str, lang: str, words: dict[str, str]) -> list[tuple[re.Match[str], str]]:
    """`_lists` with each list's region word in the singular; a word the case-blind pattern matched by a letter whose
    lower case is no key ("regionſ") makes no list."""
    return [(found, singular) for found in _lists(text, lang)
            if (singular := words.get(found.group("word").lower())) is not None]


def _lists(text: str, lang: str) -> list[re.Match[str]]:
    """`_patterns(lang)[0].finditer(text)`, searched only where a list can be.

    A list is made of name letters, spaces, commas and joiners, so no match crosses a character outside them (a full
    stop, a digit-free bracket...): the text is cut into runs of such characters, and only the runs that hold a plural
    region word are searched, which finds the same matches in the same order (a run ends before a non-word character,
    so the closing word boundary reads the same)."""
    global _last_lists
    if _last_lists[0] == text and _last_lists[1] == lang:  # (both readings of a report ask: one scan serves them)
        return list(_last_lists[2])
    lists, _ = _patterns(lang)
    plural, run = _scan_patterns(lang)
    found: list[re.Match[str]] = []
    if lists is not None and plural.search(text) is not None:
        for r in run.finditer(text):
            if plural.search(text, r.start(), r.end()) is not None:
                found.extend(lists.finditer(text, r.start(), r.end()))
    _last_lists = (text, lang, tuple(found))
    return found


_last_lists: tuple[str, str, tuple[re.Match[str], ...]] = ("", "", ())  # the last text scanned, its lists


@cache
def _scan_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any plural region word (no word boundary before it: a superset of the lists' words), and a run of the
    characters a list can be made of."""
    data = topic(lang, "events")
    words = [k.lower() for k in (data.get("region_list_words") or {})]
    plural = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!)"
    joiners = [j for j in data.get("list_joiners") or () if j.isalpha() or " " in j]
    extra = "".join(sorted({re.escape(c) for j in joiners for c in j if not re.fullmatch(r"[\w\s]", c)}))
    return re.compile(rf"(?:{plural})\b", re.IGNORECASE), re.compile(rf"[\w'’ʼ\s,\-{extra}]+")


@cache
def _joiners(lang: str) -> frozenset[str]:
    return frozenset(j.lower() for j in topic(lang, "events").get("list_joiners") or () if j.isalpha())


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A list of two names or more before a plural region word, and the singular each plural word is read with."""
    data = topic(lang, "events")
    words: dict[str, str] = {k.lower(): v for k, v in (data.get("region_list_words") or {}).items()}
    if not words:
        return None, {}
    joiners = [re.escape(j) for j in topic(lang, "events").get("list_joiners") or () if j.isalpha() or " " in j]
    joiner = rf"\s*,\s*(?:(?:{'|'.join(joiners)})\s+)?|\s+(?:{'|'.join(joiners)})\s+"
    plural = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    lists = re.compile(rf"(?P<members>{_MEMBER}(?:(?:{joiner}){_MEMBER})+)\s+(?P<word>{plural})\b", re.IGNORECASE)
    return lists, words
