"""Dates in text, resolved against the publication date: "1 July 2025", "в ночь на 1 июля", "у листопаді 2024 року",
"overnight", "on Tuesday", "earlier this week".

Patterns are built from `lang/<code>/dates.yaml` (month names in every case, relative words, night phrases, weekdays).
dateparser, always with an explicit language, reads the absolute dates and the simple relative words the patterns find;
rules resolve what it does not: nights, weekdays (dateparser takes the previous week's day when the publication falls on
that day), month names in the locative ("в ноябре", "у листопаді"), weeks, and the year of a day-month.

Decisions worth knowing:
- A night is dated by the morning it ends: "on the night of 16-17 November" -> 17 November, "on Friday night" ->
  Saturday (never after publication), "в ночь с 30 июня на 1 июля"
  -> 1 July, and "overnight"/"last night"/"этой ночью" -> the publication day.
- A weekday is the latest such day on or before publication. A day-month without a year takes the publication's year,
  or the year before when that would put it more than `FUTURE_TOLERANCE_DAYS` after publication.
- Week precision is dated by the Monday of that week.
- The publication day is the day the report's readers count (`local_day`): a post published at 00:40 in Moscow
  (21:40 UTC the day before) tells of "этой ночью" on the Moscow day. Each language's `time_zone` in dates.yaml names
  its readers' zone; a language without one counts the UTC day.
- Without a publication date, nothing relative is returned (never a guess), except a day-month after a full date in
  the same text ("Kyiv, 12 July 2024 ... on 11 July"), which takes its year by the rule above; impossible dates ("32
  July") are skipped. The report's own words may give the missing date (`day_of_telling`: "Учора, 17 квітня 2025
  року"), or its page's stamp (`dateline`: "15.01.2026" alone on its line, "Published: May 27, 2024"); the pipeline
  reads the report from that day then. A page's stamps (`stamps`) never date an incident.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any
from zoneinfo import ZoneInfo


from eventledger.extract.numbers import digit_runs, fold, occurrences, phrase_pattern, words_in
from eventledger.extract.quotations import inside_quotation
from eventledger.lang import SUPPORTED, topic

_LAST_YEAR = "last year"  # a month's `word` when words after it put it in the year before publication
_NIGHT_AFTER = "night after"  # a weekday's `word` when its suffix names the night after it ("Friday night")
FUTURE_TOLERANCE_DAYS = 3  # time zones and next-morning reports: "1 July" in a report of 30 June is still this year


class DateInputError(ValueError):
    """The text or publication date handed to the date finder has the wrong type."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written; `date` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" as `precision` allows."""

    start: int
    end: int
    text: str
    date: str
    precision: str  # "day" | "week" | "month" | "year"
    relative: bool  # resolved from the publication date


@dataclass(frozen=True, slots=True)
class _Cand:
    """A date-like span before resolution; `kind` says which rule reads it."""

    start: int
    end: int
    kind: str  # "dm", "iso", "numeric", "month_year", "month", "year", "days", "weeks", "weekday"
    day: int = 0
    month: int = 0
    year: int = 0
    day2: int = 0  # the second day of "16-17 November"
    word: str = ""  # the month or relative phrase as written (folded)
    night: bool = False  # opened by a night phrase: the later day counts


@dataclass(frozen=True, slots=True, eq=False)
class _Patterns:
    code: str
    months: dict[str, int]
    capitalised_months: bool
    days_ago: dict[str, int]
    weeks_ago: dict[str, int]
    dateparser_reads: frozenset[str]
    weekdays: dict[str, int]
    date_order: str
    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    month_year: re.Pattern[str]
    month_alone: re.Pattern[str]
    year: re.Pattern[str]
    iso: re.Pattern[str]
    numeric: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]
    weekday_name: re.Pattern[str]
    night: re.Pattern[str]
    chain: re.Pattern[str]
    relative_anchors: frozenset[str]  # the longest word of each relative and night phrase: where to look for them
    night_anchors: frozenset[str]
    born_before: re.Pattern[str] | None = None  # "born in 1997": a year of birth, not of an incident
    born_after: re.Pattern[str] | None = None  # "1997 року народження"
    night_after: frozenset[str] = frozenset()  # "Friday night": the night after the day, dated by its morning
    published_words: frozenset[str] = frozenset()  # "Published:", "Опубліковано": a stamp line's word (dateline)
    apposed: frozenset[str] = frozenset()  # "Учора, 17 квітня": a day's word with its date (day_of_telling)


def _key(phrase: str) -> str:
    return " ".join(fold(phrase).split())


def _anchor(phrase: str) -> str:
    """The longest word of a phrase: the rarest one to look for ("night" in "on the night of", not "the")."""
    return max(_key(phrase).split(), key=len)


@cache
def _patterns(code: str) -> _Patterns:
    data: dict[str, Any] = topic(code, "dates")
    full = {_key(k): int(v) for k, v in data["months"].items()}
    months = {**full, **{_key(k): int(v) for k, v in (data.get("short_months") or {}).items()}}
    weekdays = {_key(k): int(v) for k, v in data["weekdays"].items()}
    mon = phrase_pattern(list(full))
    day_mon = phrase_pattern(list(months))  # a short month name ("13 Гру, 2024") only right after its day
    wd = phrase_pattern(list(weekdays))
    suffix = rf"(?:{phrase_pattern(data.get('day_suffixes', []))})?"
    joiner = rf"(?:\s+(?:{phrase_pattern(data.get('day_month_joiners', []))}))?"
    year_required = rf"\s*(?:{phrase_pattern(data.get('year_words', []))})(?!\w)"
    year_word = rf"(?:{year_required})?"
    words = [c for c in data.get("range_connectors", []) if c[0].isalpha()]
    symbols = [c for c in data.get("range_connectors", []) if not c[0].isalpha()]
    conn = rf"(?:\s*(?:{phrase_pattern(symbols)})\s*|\s+(?:{phrase_pattern(words)})\s+)"
    day = r"(?P<d1>\d{1,2})(?!\d)" + suffix
    day2 = r"(?:" + conn + r"(?P<d2>\d{1,2})(?!\d)" + suffix + ")?"
    year = r"(?:,?\s+(?P<y>\d{4})(?!\d)" + year_word + ")?"
    inw = phrase_pattern(data.get("in_words", []))
    relative = {_key(k): int(v) for k, v in (data.get("days_ago") or {}).items()}
    weeks = {_key(k): int(v) for k, v in (data.get("weeks_ago") or {}).items()}
    lasts = data.get("last_year_words") or []
    last_year = rf"(?:\s+(?P<ly>{phrase_pattern(lasts)})(?!\w))?" if lasts else "(?P<ly>(?!))?"
    return _Patterns(
        code=code,
        months=months,
        capitalised_months=bool(data.get("capitalised_months")),
        days_ago=relative,
        weeks_ago=weeks,
        dateparser_reads=frozenset(_key(w) for w in data.get("dateparser_reads", [])),
        weekdays=weekdays,
        date_order=str(data.get("numeric_date_order", "DMY")),
        day_month=re.compile(rf"(?<![\w.,])(?<![\w][-–]){day}{day2}{joiner}\s+(?P<m>{day_mon})(?:\.(?=,?\s+\d{{4}}))?(?!\w){year}"),
        month_day=re.compile(rf"(?<!\w)(?P<m>{mon})\.?\s+{day}{day2}(?!\w){year}") if data.get("month_first") else None,
        month_year=re.compile(rf"(?<!\w)(?:(?:{inw})\s+)?(?P<m>{mon})\.?,?\s+(?P<y>\d{{4}})(?!\d){year_word}"),
        # ... and its year told by a word ("в ноябре прошлого года", "у березні минулого року", "in March last year")
        month_alone=re.compile(rf"(?<!\w)(?:{inw})\s+(?P<m>{mon})(?!\w){last_year}"),
        year=re.compile(
            rf"(?<!\w)(?:(?:{inw})\s+(?P<y>(?:19|20)\d\d)(?![\d.,]\d|\w){year_word}|(?P<y2>(?:19|20)\d\d){year_required})"
        ),
        iso=re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
        numeric=re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})(?![\d])(?:{year_word})"),
        relative=re.compile(rf"(?<!\w)(?P<r>{phrase_pattern(list(relative) + list(weeks))})(?!\w)"),
        weekday=re.compile(
            rf"(?<!\w)(?:(?:{phrase_pattern(data.get('weekday_prefixes', []))})\s+)?(?P<w>{wd})"
            rf"(?:\s+(?P<s>{phrase_pattern(data.get('weekday_suffixes', []))}))?(?!\w)"
        ),
        weekday_name=re.compile(rf"(?P<w>{wd})(?:\s+(?:{phrase_pattern(data.get('weekday_suffixes', []))}))?(?!\w)"),
        night=re.compile(rf"(?<!\w)(?:{phrase_pattern(data.get('night_prefixes', []))})\s+"),
        relative_anchors=frozenset(_anchor(k) for k in list(relative) + list(weeks)),
        night_anchors=frozenset(_anchor(k) for k in data.get("night_prefixes", [])),
        chain=re.compile(rf"(?:\d{{1,2}}{suffix}(?:\s+(?:{mon})\.?)?|(?:{mon})\.?\s+\d{{1,2}}{suffix}|(?:{wd})){conn}"),
        born_before=re.compile(rf"(?<!\w)(?:{phrase_pattern(data['born_before'])})\s+$") if data.get("born_before") else None,
        born_after=re.compile(rf"\.?\s*(?:{phrase_pattern(data['born_after'])})(?!\w)") if data.get("born_after") else None,
        night_after=frozenset(_key(w) for w in data.get("weekday_night_suffixes", [])),
        published_words=frozenset(_key(w) for w in data.get("published_words", [])),
        apposed=frozenset(_key(w) for w in data.get("apposed_days", [])),
    )


def find_dates(text: str, lang: str, published: dt.date | None) -> list[DateMention]:
    """Every date in `text` that can be resolved, in order; relative ones only when `published` is given."""
    if not isinstance(text, str):
        raise DateInputError(f"text must be a string, got {type(text).__name__}")
    pub = local_day(published, lang)
    p = _patterns(lang)
    norm = fold(text)
    found = []
    cands = _candidates(p, text, norm)
    for c in cands:
        if (resolved := _resolve(p, c, pub or _yearless_anchor(p, c, cands))) is not None:
            date, precision, relative = resolved
            found.append(DateMention(c.start, c.end, text[c.start:c.end], date, precision, relative))
    return found


def resolve_date(phrase: str, lang: str, published: dt.date | None) -> DateMention | None:
    """The date one phrase names ("в ночь на 1 июля", "yesterday"): the longest date found in it, or None."""
    found = find_dates(phrase, lang, published)
    return max(found, key=lambda m: m.end - m.start, default=None)


def date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans that look like absolute dates or years, valid or not: the number finder leaves them out."""
    p = _patterns(lang)
    return [(c.start, c.end) for c in _candidates(p, text, fold(text)) if c.kind not in ("days", "weeks", "weekday")]


def _yearless_anchor(p: _Patterns, c: _Cand, cands: list[_Cand]) -> dt.date | None:
    """Without a publication date, the day a yearless "5 мая" or "June 23" is placed by: the latest full date the report
    gives before it (a dateline, a date told with its year), never after it. Otherwise a current strike and one recalled
    at the same place, each told only by its day and month, are both undated and join into one event. A full date only
    further on is not used: it is as often a related-news stamp at the page's foot as the lead's own date. Only a
    day-month is placed so: a weekday or "yesterday" read against a page stamp got daily summaries published the next
    morning wrong."""
    if c.kind != "dm" or c.year:
        return None
    full = [d for d in cands if d.kind in ("dm", "iso", "numeric") and d.year and d.end <= c.start]
    dates = [parsed for d in full if (parsed := _parse_absolute(p.code, d.kind, d.day, d.month, d.year, d.word,
                                                                  p.date_order)) is not None]
    return max(dates, default=None)


_STAMP_YEAR = re.compile(r"\d{4}|\d\.\d{1,2}\.\d{2}")
_DATELINE_HEAD = 500  # characters: a page's head (its headline, stamp line and lead's opening), never its foot
_DATELINE_WORDS = 2  # words a stamp line may hold beside its date and times ("Published: ...", an author's name)
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?![\d:])",
                    re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")


def dateline(text: str, lang: str) -> dt.datetime | None:
    """For a report stored without a publication date, the day its page prints at its head as its publication (the
    day ANNOTATION.md gives an incident the text names no date for), as a day without its time (midnight UTC, as a
    manifest's "2024-11-20" is stored): the first of its `stamps` written without a clock time, a date alone on its line
    ("15.01.2026") or after a word of publishing ("Published: May 27, 2024"). "вчора", "overnight" and "on Saturday"
    are then read back from it, as from a publication date. A stamp with a clock time ("16:58 05.09.2022") dates
    nothing told, but stands in for no publication date: it is as often the moment of an update or of a feed's entry,
    and reading it so cost validation a false event and an attribution (date21)."""
    day = next((day for _, _, day, clocked in stamps(text, lang) if not clocked), None)
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.timezone.utc) if day is not None else None


def day_of_telling(text: str, lang: str) -> dt.datetime | None:
    """For a report stored without a publication date, the day it was told on, as its own words give it: a word of
    the day of telling with the date beside it ("Учора, 17 квітня 2025 року, о 22:57 ...", "Сегодня, 5 мая, ...",
    "Yesterday, July 5, 2024, ..."): "yesterday, the 17th" was told on the 18th. Only the words of a whole day
    (`apposed_days` in dates.yaml), never a night's ("уночі, 21 січня" may be the night into the 21st or after it).
    A date without its year takes it as `find_dates` does (the latest full date before it), or from the page's stamp
    above it, in whichever language the site prints it ("8:32, 22 January, 2024" over "учора, 21 січня"). As a day
    without its time (midnight UTC); None when the report names no such pair.

    Only the report's opening tells its own day (the first `_DATELINE_HEAD` characters), and never someone's quoted
    words: 'The governor recalled: "Today, July 14, 2022, is a day ..."' is a day of its own, long before."""
    p = _patterns(lang)
    if not p.apposed:
        return None
    norm = fold(text)
    cands = _candidates(p, text, norm)
    for word, told in zip(cands, cands[1:]):
        if word.kind != "days" or word.word not in p.apposed or told.kind not in ("dm", "numeric") or (
                _APPOSED.fullmatch(norm, word.end, told.start) is None):
            continue
        if word.start >= _DATELINE_HEAD:
            break
        if inside_quotation(text, word.start):
            continue
        anchor = _yearless_anchor(p, told, cands) or max(
            (day for _, end, day, _ in stamps(text, lang) if end <= told.start), default=None)
        resolved = _resolve(p, told, anchor)
        if resolved is not None:
            day = dt.date.fromisoformat(resolved[0]) + dt.timedelta(days=p.days_ago[word.word])
            return dt.datetime.combine(day, dt.time(0), tzinfo=dt.timezone.utc)
    return None


_APPOSED = re.compile(r"\s*[,—–-]?\s*")  # between a day's word and its date: "Учора, 17 квітня", "Сьогодні - 5 вересня"


def stamps(text: str, lang: str, published: dt.date | None = None) -> list[tuple[int, int, dt.date, bool]]:
    """The full dates a page prints at its head as its stamp: span, day, and whether a clock time stands beside it. A
    stamp is a date on a line of its own ("15.01.2026"), or with the clock time of posting ("16:58 05.09.2022",
    "8:32, 22 January, 2024") or a word of publishing ("Published: May 27, 2024"), within the first `_DATELINE_HEAD`
    characters. Each is the day the page was published or updated, never the day of an incident it tells (the lead's
    "At the beginning of the night on June 6" under "8 June 2024" is the incident's). A date inside a sentence
    ("Учора, 17 квітня 2025 року, о 22:57 селище ...") is the incident's, not the page's: its line holds more words.
    A year is required: a stamp without one ("6 авг, 6:51") may be of any year. The stamp is the site's furniture, in
    the language of its pages, which is not always the report's ("8:32, 22 January, 2024" above a Ukrainian report):
    the report's language is read first, then the others.

    With a publication date given, a date line more than a day before it is no day of publishing: it heads what the
    page tells under it (a roundup's "13 May 2024", a live blog's "22:10, 13 травня 2024" above the part of the 13th),
    and dates that part, as does every date line below it (misfire22). (A stamp read only from the page's first lines,
    none after body text and only one per page, fixed roundups published the day after their last section too, and
    those without a publication date, but cost validation a date: fix21a.)"""
    head = text[:_DATELINE_HEAD]
    if not _STAMP_YEAR.search(head):
        return []  # a stamp needs a year: four digits ("2024") or a numeric date's ("5.9.24"); most heads have none
    found: dict[tuple[int, int], tuple[dt.date, bool]] = {}
    announced: set[tuple[int, int]] = set()  # date lines with a word of publishing: stamps, never section heads
    norm = fold(head)
    for code in (lang, *(other for other in SUPPORTED if other != lang)):
        p = _patterns(code)
        if not _full_date_possible(p, norm):
            continue  # (most heads in the other languages: none of their months, no numeric or ISO date)
        for c in _candidates(p, head, norm):
            if c.kind not in ("dm", "iso", "numeric") or not c.year or (c.start, c.end) in found:
                continue
            day = _parse_absolute(p.code, c.kind, c.day, c.month, c.year, c.word, p.date_order)
            if day is not None and (clocked := _stamp_line(p, head, c.start, c.end)) is not None:
                found[(c.start, c.end)] = (day, clocked)
                if _announced(p, head, c.start, c.end):
                    announced.add((c.start, c.end))
        if found:
            break
    if published is None:
        return sorted((start, end, day, clocked) for (start, end), (day, clocked) in found.items())
    eve = published - dt.timedelta(days=1)
    # ... and a date line below such a section head heads a section too, though it is of the day before publication
    # (a roundup's last part, "14 May 2024" over the 13th's, published on the 15th): a page's stamp stands above its
    # sections, never among them. A line with a word of publishing ("First published 2 March 2024", "Updated 9 March
    # 2024, 22:10", "Обновлено ...", "Оновлено ...") is the page's stamp, old or not: it heads no section and none
    # cuts it off (fix22m)
    first_section = min((start for (start, end), (day, _) in found.items() if day < eve and (start, end) not in announced),
                        default=len(head))
    return sorted((start, end, day, clocked) for (start, end), (day, clocked) in found.items()
                  if day >= eve and (start < first_section or (start, end) in announced))


def _full_date_possible(p: _Patterns, norm: str) -> bool:
    """Whether `_candidates` can find a full date (dm, iso, numeric) in a folded text at all: a day and month are read
    only around the language's month words and night phrases, an ISO date only after four digits and a hyphen, a
    numeric one only after a day's digits and a dot. A cheap look at the words and digit runs kept for the text."""
    present = words_in(norm)
    return bool(present & p.months.keys() or present & p.night_anchors) or any(
        (end - at == 4 and norm[end:end + 1] == "-") or (end - at <= 2 and norm[end:end + 1] == ".")
        for at, end in digit_runs(norm))


def names_a_weekday(text: str, lang: str) -> bool:
    """Whether a text names a day of the week ("on Saturday night", "в понедельник")."""
    weekdays = _patterns(lang).weekdays
    return any(w in weekdays for w in _LETTERS.findall(fold(text)))


def _announced(p: _Patterns, text: str, start: int, end: int) -> bool:
    """Whether the line of the date at start:end holds a word of publishing (`published_words`: "Updated", "Обновлено")."""
    opened = text.rfind("\n", 0, start) + 1
    closed = text.find("\n", end)
    rest = text[opened:start] + " " + text[end:closed if closed >= 0 else len(text)]
    return any(w in p.published_words for w in _LETTERS.findall(fold(rest)))


def _stamp_line(p: _Patterns, text: str, start: int, end: int) -> bool | None:
    """Whether the date at start:end stands on a stamp line with a clock time (True), without one (False), or on no
    stamp line (None): besides it, only clock times, weekday names, a word of publishing (`published_words`) and at
    most `_DATELINE_WORDS` other words; with no clock time and no such word, the date alone."""
    opened = text.rfind("\n", 0, start) + 1
    closed = text.find("\n", end)
    rest = text[opened:start] + " " + text[end:closed if closed >= 0 else len(text)]
    clocked = _CLOCK.search(rest) is not None
    words = [w for w in _LETTERS.findall(fold(_CLOCK.sub(" ", rest))) if w not in p.weekdays]
    announced = any(w in p.published_words for w in words)
    others = [w for w in words if w not in p.published_words]
    if len(others) > _DATELINE_WORDS or not (clocked or announced or not others):
        return None
    return clocked


def local_day(published: dt.date | None, lang: str) -> dt.date | None:
    """The publication day as the report's readers count it: a timezone-aware moment read in the language's `time_zone`
    (dates.yaml: "Europe/Moscow" for Russian). A Russian post of 00:40 Moscow time is stored as 21:40 UTC the day
    before, yet its "этой ночью", "вчера" and undated incidents are of the Moscow day. A day, a naive moment, or a
    language without a zone gives the day as stored (UTC). Only the day read changes, never the stored moment."""
    day = _as_date(published)
    if isinstance(published, dt.datetime) and published.tzinfo is not None and (zone := _zone(lang)) is not None:
        return published.astimezone(zone).date()
    return day


def report_day(published: dt.date | None, text: str, lang: str) -> dt.date | None:
    """The day a report's undated and relative words are read from: `local_day`, or the day before it for a post of
    the small hours that tells evening clock times later than its own ("с 21:00 до 23:55 по московскому времени сбиты
    42 беспилотника", posted at 00:55 Moscow time): a time told as past that is later than the moment of telling is
    yesterday's. Only in a language whose readers' zone is known (`time_zone`), where its clock times are read."""
    day = local_day(published, lang)
    if day is None or not isinstance(published, dt.datetime) or published.tzinfo is None:
        return day
    zone, lead = _zone(lang), _clock_lead(lang)
    if zone is None or lead is None:
        return day
    if published.astimezone(dt.timezone.utc).time() == dt.time(0):
        return day  # a day given without its time (a manifest's "2024-11-20", stored as midnight UTC): no moment to read
    now = published.astimezone(zone)
    if now.hour >= _SMALL_HOURS_END:
        return day
    found = list(lead.finditer(text))
    for m, after in zip(found, found[1:] + [None]):
        if (after is not None and after.start() - m.end() <= _RANGE_GAP and int(after["h"]) < _EVENING_FROM):
            continue  # "комендантский час с 23:00 до 05:00": a span running past midnight, not an evening told
        told = dt.time(int(m["h"]), int(m["m"]))
        if told.hour >= _EVENING_FROM and told > now.time():
            return day - dt.timedelta(days=1)
    return day


def past_day_of_an_afternoon(mentions: Sequence[DateMention], published: dt.date | None, lang: str) -> list[DateMention]:
    """A "past day" (`past_day` in dates.yaml: "за сутки", "за минулу добу") told in a post of the afternoon or evening
    in the readers' zone (from `past_day_afternoon_from`) is dated by the post's own day, not the day before: the
    twenty-four hours up to a post of 19:00 lie mostly in its day ("Обстановка на 27 ноября: ... ПВО за сутки сбила 25
    беспилотников", posted that evening). A morning summary's past day stays the day before (days_ago); a publication
    day without its time (stored as midnight UTC) or a language without a zone changes nothing."""
    words = frozenset(_key(w) for w in topic(lang, "dates").get("past_day") or [])
    start = topic(lang, "dates").get("past_day_afternoon_from")
    zone = _zone(lang)
    if (not words or start is None or zone is None or not isinstance(published, dt.datetime)
            or published.tzinfo is None or published.astimezone(dt.timezone.utc).time() == dt.time(0)):
        return list(mentions)
    now = published.astimezone(zone)
    if now.hour < int(start):
        return list(mentions)
    before = (now.date() - dt.timedelta(days=1)).isoformat()
    return [replace(m, date=now.date().isoformat()) if m.relative and m.date == before and _key(m.text) in words else m
            for m in mentions]


_SMALL_HOURS_END = 6  # a post before 06:00 local time may tell the evening before by its clock times
_EVENING_FROM = 18  # ... and only evening times are read so: "до 03:00" in a post of 01:00 is an alert's end, not a past
_RANGE_GAP = 3  # " до ", " - ": what stands between the two times of one span


@cache
def _clock_lead(lang: str) -> re.Pattern[str] | None:
    """A clock time after one of the language's `clock_lead` words ("в 23:40", "с 21:00 до 23:55"), hours and minutes
    joined by a colon (a dot is as often a day and month)."""
    try:
        words = topic(lang, "dates").get("clock_lead") or []
    except ValueError:
        return None
    if not words:
        return None
    lead = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{lead})\s+(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\d)", re.IGNORECASE)


@cache
def _zone(lang: str) -> ZoneInfo | None:
    try:
        name = topic(lang, "dates").get("time_zone")
    except ValueError:  # a language eventledger does not read: the UTC day
        return None
    return ZoneInfo(name) if name else None


def _as_date(published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    raise DateInputError(f"published must be a date or datetime, got {type(published).__name__}: {published!r}")


def _candidates(p: _Patterns, text: str, norm: str) -> list[_Cand]:
    return list(_cached_candidates(p, text, norm))


@lru_cache(maxsize=64)
def _cached_candidates(p: _Patterns, text: str, norm: str) -> tuple[_Cand, ...]:
    """All date-like spans, overlaps settled in favour of the longest (a night phrase with its date beats the date).
    Patterns that start with a word run only around that word's occurrences: a full regex pass over 3 KB costs ~50 µs,
    a look around five month names a few."""
    cands: list[_Cand] = []
    present = words_in(norm)
    for at, size in _around(norm, present & p.months.keys()):
        for pattern, back in ((p.day_month, 24), (p.month_day, 0), (p.month_year, 12)):
            if pattern and (m := _match_around(pattern, norm, at, back, size + 24)) and _month_ok(p, text, m):
                if pattern is p.month_year:
                    cands.append(_Cand(m.start(), m.end(), "month_year", month=p.months[_key(m["m"])], year=int(m["y"])))
                else:
                    cands.append(_dm(p, m))
        if (m := _match_around(p.month_alone, norm, at, 12, size + 24)) and _month_ok(p, text, m):
            cands.append(_Cand(m.start(), m.end(), "month", month=p.months[_key(m["m"])], word=_LAST_YEAR if m["ly"] else ""))
    for at, end in digit_runs(norm):
        follows = norm[end:end + 1]
        if end - at == 4 and norm[at:at + 2] in ("19", "20"):
            if m := _match_around(p.year, norm, at, 12, 16):
                kind = "birth_year" if _year_of_birth(p, norm, m.start(), m.end()) else "year"
                cands.append(_Cand(m.start(), m.end(), kind, year=int(m["y"] or m["y2"])))
        if end - at == 4 and follows == "-" and (m := p.iso.match(norm, at)):
            cands.append(_Cand(m.start(), m.end(), "iso", day=int(m["d"]), month=int(m["m"]), year=int(m["y"]), word=m.group()))
        if end - at <= 2 and follows == "." and (m := p.numeric.match(norm, at)):
            y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            day, month = (int(m["m"]), int(m["d"])) if p.date_order.startswith("M") else (int(m["d"]), int(m["m"]))
            cands.append(_Cand(m.start(), m.end(), "numeric", day=day, month=month, year=y, word=m.group()))
    for at, size in _around(norm, present & p.relative_anchors):
        if m := _match_around(p.relative, norm, at, 24, size + 24):
            r = _key(m["r"])
            cands.append(_Cand(m.start(), m.end(), "weeks" if r in p.weeks_ago else "days", word=r))
    for at, size in _around(norm, present & p.weekdays.keys()):
        if m := _match_around(p.weekday, norm, at, 16, size + 16):
            after = bool(m["s"]) and _key(m["s"]) in p.night_after
            cands.append(_Cand(m.start(), m.end(), "weekday", day=p.weekdays[_key(m["w"])], word=_NIGHT_AFTER if after else ""))
    for at, size in _around(norm, present & p.night_anchors):
        m = _match_around(p.night, norm, at, 24, size + 24)
        if m and (target := _night_target(p, text, norm, m.end())):
            cands.append(_Cand(m.start(), target.end, target.kind, target.day, target.month, target.year, target.day2,
                               target.word, night=True))
    kept: list[_Cand] = []
    starts: list[int] = []  # of `kept` by start: they do not overlap, so the one starting last before c ends reaches
    # Of readings covering the same words, a weekday's night after it ("late on Friday night": dated by Saturday's
    # morning) goes first, then a night phrase's, then the order found: a set's order changed with the process's hash
    # seed, and with it the date.
    for c in sorted(dict.fromkeys(cands), key=lambda c: (-(c.end - c.start), c.start, c.word != _NIGHT_AFTER, not c.night)):  # furthest
        k = bisect_left(starts, c.end)
        if not (k and kept[k - 1].end > c.start):
            starts.insert(k, c.start)
            kept.insert(k, c)
    return tuple(kept)


def _year_of_birth(p: _Patterns, norm: str, start: int, end: int) -> bool:
    """ "a woman born in 1997", "1997 року народження": the year tells a person's age, never when anything happened; it
    stays a date span all the same, so that the number finder does not count it."""
    before = p.born_before is not None and p.born_before.search(norm, max(0, start - 16), start) is not None
    return before or (p.born_after is not None and p.born_after.match(norm, end, end + 16) is not None)


def _match_around(pattern: re.Pattern[str], norm: str, at: int, back: int, ahead: int) -> re.Match[str] | None:
    """The match of `pattern` that covers position `at`, looked for only in a window around it."""
    for m in pattern.finditer(norm, max(0, at - back), at + ahead):
        if m.start() <= at < m.end():
            return m
        if m.start() > at:
            break
    return None


def _around(norm: str, words: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    return [(at, len(w)) for w in sorted(words) for at in occurrences(norm, w)]


def _month_ok(p: _Patterns, text: str, m: re.Match[str]) -> bool:
    """In English a month is capitalised: "2 may have died" holds no date."""
    return not p.capitalised_months or text[m.start("m")].isupper()


def _dm(p: _Patterns, m: re.Match[str]) -> _Cand:
    return _Cand(m.start(), m.end(), "dm", day=int(m["d1"]), month=p.months[_key(m["m"])], year=int(m["y"] or 0),
                 day2=int(m["d2"] or 0), word=_key(m["m"]))


def _night_target(p: _Patterns, text: str, norm: str, pos: int) -> _Cand | None:
    """The date a night phrase opens: "в ночь на | 1 июля", "on the night of | 16-17 November", "в ночь с | пятницы на
    субботу", "on the night of | June 30 to July 1"."""
    for at in ((chain.end() if (chain := p.chain.match(norm, pos)) else -1), pos):  # the night's second day first
        if at < 0:
            continue
        for pattern in (p.day_month, p.month_day):
            if pattern and (m := pattern.match(norm, at)) and _month_ok(p, text, m):
                return _dm(p, m)
        if m := p.weekday_name.match(norm, at):
            return _Cand(at, m.end(), "weekday", day=p.weekdays[_key(m["w"])])
    return None


def _resolve(p: _Patterns, c: _Cand, pub: dt.date | None) -> tuple[str, str, bool] | None:
    """(date, precision, relative) of a candidate, or None when it is impossible or needs a publication date we lack."""
    if c.kind in ("dm", "iso", "numeric"):
        day = c.day2 if c.night and c.day2 else c.day
        parsed = _parse_absolute(p.code, c.kind, day, c.month, c.year, c.word, p.date_order)
        if parsed is None:
            return None
        if c.year:
            return parsed.isoformat(), "day", False
        if pub is None:
            return None
        return _with_year(parsed.month, parsed.day, pub), "day", True
    if c.kind == "month_year":
        return (f"{c.year:04d}-{c.month:02d}", "month", False) if 1 <= c.month <= 12 and 1900 <= c.year <= 2100 else None
    if c.kind == "birth_year":
        return None
    if c.kind == "year":
        return (f"{c.year:04d}", "year", False) if 1900 <= c.year <= 2100 else None
    if pub is None:
        return None
    if c.kind == "month":
        # a month with no year is the last one up to publication; "last year's" is that month a year before
        year = pub.year if c.month <= pub.month else pub.year - 1
        if c.word == _LAST_YEAR:
            year = pub.year - 1
        return f"{year:04d}-{c.month:02d}", "month", True
    if c.kind == "weekday":
        day = pub - dt.timedelta(days=(pub.weekday() - c.day) % 7)
        if c.word == _NIGHT_AFTER:  # the night after the day is dated by its morning, never after publication
            day = min(day + dt.timedelta(days=1), pub)
        return day.isoformat(), "day", True
    if c.kind == "weeks":
        monday = pub - dt.timedelta(days=pub.weekday() + 7 * p.weeks_ago[c.word])
        return monday.isoformat(), "week", True
    if c.word in p.dateparser_reads and (read := _dateparser_relative(c.word, p.code, pub)):
        return read.isoformat(), "day", True
    return (pub - dt.timedelta(days=p.days_ago[c.word])).isoformat(), "day", True


def _with_year(month: int, day: int, pub: dt.date) -> str:
    for year in (pub.year, pub.year - 1, pub.year - 2):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if date <= pub + dt.timedelta(days=FUTURE_TOLERANCE_DAYS):
            return date.isoformat()
    return dt.date(pub.year - 1, month, day).isoformat() if (month, day) != (2, 29) else f"{pub.year:04d}-02-29"


@lru_cache(maxsize=4096)
def _parse_absolute(code: str, kind: str, day: int, month: int, year: int, word: str, order: str) -> dt.date | None:
    """The date of the parts our patterns took, when they make one: "32 July" is no date (and never 1932).

    (dateparser was asked here once, but its answer could only agree with the parts or be overruled by them.)"""
    try:
        return dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February passes until its year is known
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser_relative(phrase: str, code: str, pub: dt.date) -> dt.date | None:
    import dateparser  # 0.1 s to import and more to warm up: only for the few words our YAML leaves to it

    base = dt.datetime.combine(pub, dt.time(12))
    parsed = dateparser.parse(phrase, languages=[code], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.date() if parsed else None


@cache
def _status_prefix(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "dates").get("status_prefixes")
    # the prefix, then at most one word of the time of day ("станом на ранок 23 червня", "as of Monday morning")
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE) if words else None


def status_time(text: str, date_start: int, lang: str) -> bool:
    """Whether a date is the time a count or a situation stands at ("Станом на ранок 23 червня у лікарнях
    перебувають 40 постраждалих", "по состоянию на 15 июля", "as of 8:30 on Monday"): the report's time of telling,
    not the day of the incident."""
    pattern = _status_prefix(lang)
    return pattern is not None and pattern.search(text, max(0, date_start - 40), date_start) is not None



@cache
def _mourning(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "dates").get("mourning")
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def mourning_day(text: str, date_start: int, told_at: int, lang: str) -> bool:
    """Whether a date is the day of mourning declared for an incident ("12 травня в Черкасах оголосили жалобу за
    загиблими від удару", "Завтра у Вінниці траур за жертвами атаки", "Во вторник в Донецке траур по жертвам
    обстрела"): a word of mourning stands after the date and before the incident's own word (`told_at`), so the
    date is the mourning's, not the incident's. ("Після обстрілу 5 липня в місті жалоба": the date after the incident's
    word is the incident's.)"""
    pattern = _mourning(lang)
    return pattern is not None and pattern.search(text, date_start, max(date_start, told_at)) is not None
