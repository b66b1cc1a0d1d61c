"""The day a report is telling when a sentence names none of its own.

A report names its day once and goes on without it: "За минулу добу ... поранено 9 цивільних:" over a list of
communities, "Протягом минулої доби ЗС РФ завдали ударів ..." before the governor's quoted list of towns, "28 серпня
Росія здійснила ... удар. ... Найбільше постраждав Дарницький район." The incidents of the later sentences are of
that day, not of the publication day (the morning after a daily summary, a day of mourning after the strike).

Only a day told before the sentence counts (a day further on opens another account), except for a headline, which
tells the incident of the lead below it ("Военные сбили беспилотник ...\n\nВчера в обед ..."): with no day told before,
the lead's first day (in its first 400 characters, and not one of a sentence recalling an earlier incident); only
one near publication (a day well before it, "On 24 February 2022 Russia invaded ...", is background and dates nothing
told next); and not one inside a relative clause ("перемирие, которое накануне одобрило правительство"): that day is
its noun's; and only when that day's sentence may tell the incident (events._retold_in): a later sentence telling
only other incidents ("ВС РФ нанесли удар по X. Накануне наши бойцы сбили дрон над Y") dates its own, and the
incident told before it keeps the publication day (ANNOTATION.md: the date the post gives for that incident). In a
bulleted digest ("▪️Потери ВСУ за сутки ...\n▪️В Брянской области погиб ребенок ...") each item is
news of its own: only a day told earlier in the incident's item, or above the first item (the digest's heading or
lead, "За минулу добу:"), dates it; a day another item tells is that item's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache

from eventledger.extract import incidents, tense
from eventledger.extract.dates import DateMention
from eventledger.extract.guard import word_led
from eventledger.lang import alternation, topic

# As events.py's background: a day further back than this before publication is history, not the report's day; a day
# told further back is another incident recalled (events._days_told_after)
NEAR = timedelta(days=7)
_CLAUSE_MARKS = ",;:.!?\n"
_LEAD = 400  # characters: a headline and the first sentence or two of the lead
_SENTENCE_MARKS = ".!?\n"
BULLETS = "•◾▪🔹🔸🔻🔺⚡❗"
BULLET_LINE = re.compile(rf"^[ \t]*[{re.escape(BULLETS)}]", re.MULTILINE)
# A paragraph ends at a line break, but not at one before a list's line (a dash, a bullet, an emoji or a number
# opening it): the lines of a list under its lead ("Накануне ВСУ обстреляли приграничные села:\n— в Теткино ...;\n—
# в Глушково ...") go on with it; past a blank line a list is news of its own ("— ВСУ потеряли ...")
_LIST_LINE = rf"[ \t]*(?:[-—–*{re.escape(BULLETS)}\u2600-\u27bf\U0001f300-\U0001faff]|\d+[.)])"
_PARAGRAPH_BREAK = re.compile(rf"\n[ \t]*\n|\n(?!{_LIST_LINE})")
# A headline: a short line with no final stop (nor a colon that opens a list), before a blank line
_HEADLINE = re.compile(r"[^\n]{0,149}[^\s.!?…:][ \t]*\n[ \t]*\n\s*")


def day_told_before(at: int, dates: Sequence[DateMention], text: str, lang: str, published: date | None,
                    retold: Callable[[DateMention], bool] = lambda d: True) -> DateMention | None:
    """The last whole day `text` names before offset `at` outside a relative clause (with none, the lead's first, when
    `retold` says its sentence tells the same incident again), when it lies within a week before publication. None
    without a publication date: the day named may be a page stamp."""
    if published is None:
        return None
    told = _told_days(dates, text, lang, published)
    before = [d for d in told if d.end <= at]
    items = [m.start() for m in BULLET_LINE.finditer(text)]
    if len(items) >= 2 and at >= items[0]:  # a digest's item: its own days, or the heading's above the first item
        opened = max(i for i in items if i <= at)
        before = [d for d in before if d.start >= opened] or [d for d in before if d.end <= items[0]]
        if not before:
            return None
    if not before:  # a headline tells the incident of the lead below it: the lead's first day
        before = [d for d in told if d.start < _LEAD and not _recalled(d, text, lang) and not _non_event(d, text, lang)][:1]
        before = [d for d in before if retold(d)]  # "A, B и C освобождены. Накануне ...": another incident's day
    if not before:
        return None
    last = max(before, key=lambda d: d.start)
    if (_eve(last, lang) and (ended := _PARAGRAPH_BREAK.search(text, last.end)) is not None and ended.start() < at
            and last.start > _first_sentence_end(text)):
        return None  # "Накануне наши спровоцировали ВСУ ...\n\n— ВСУ потеряли ...": the eve dates its own paragraph only
    return last if published - NEAR <= date.fromisoformat(last.date) <= published else None


def _first_sentence_end(text: str) -> int:
    """Where the report's first sentence ends: the first after any headline lines above the lead ("Итоги вечерней атаки
    на Курск\n\nНакануне вечером беспилотники атаковали Курск ..."), which name the story and tell no incident of
    their own."""
    opened = len(text) - len(text.lstrip())
    while (headline := _HEADLINE.match(text, opened)) is not None:
        opened = headline.end()
    ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, opened)) >= 0]
    return min(ends, default=len(text))


def _eve(mention: DateMention, lang: str) -> bool:
    """Whether a day is told by an eve word (`eve_words` in dates.yaml: "накануне", "напередодні", "the previous day"):
    the day before the story the report tells, a backdrop beside its own incident ("Federal troops took three villages.
    The day before, they had drawn the enemy into a counterattack."), which dates what its own paragraph tells; past
    it, the report is back at its own incident and day. Not one of the report's first sentence ("Супруги, чей самолёт
    разбился накануне, погибли"): that is the report's own incident, told on through its paragraphs."""
    words = {" ".join(w.casefold().split()) for w in topic(lang, "dates").get("eve_words") or []}
    return " ".join(mention.text.casefold().split()) in words


_last_told: tuple[tuple[object, ...], list[DateMention]] = ((), [])


def _told_days(dates: Sequence[DateMention], text: str, lang: str, published: date) -> list[DateMention]:
    """The whole days of `dates` told outside a relative clause, a telling of the day itself or a sentence of what is to
    come: kept for the last report (each of its undated events asks of the same dates; `at` is not needed here)."""
    global _last_told
    key, last = (text, lang, published, tuple(dates)), _last_told  # (read once: another thread may replace it)
    if last[0] == key:
        return last[1]
    told = [d for d in dates if d.precision == "day" and not _in_relative_clause(d, text, lang)
            and not (d.date == published.isoformat() and _day_of_telling(d, text, lang))
            and not _foreseen(d, text, lang)]
    _last_told = (key, told)
    return told


def _foreseen(mention: DateMention, text: str, lang: str) -> bool:
    """Whether the date lies in a sentence whose verbs are all in the future ("Пункт обігріву відкриють у четвер"): a
    day of something to come, which dates nothing told after it (a weekday there is read back as the past one)."""
    opened = max(text.rfind(mark, 0, mention.start) for mark in _SENTENCE_MARKS)
    ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, mention.end)) >= 0]
    return tense.future_only(text[opened + 1 : min(ends, default=len(text))], lang)


def _non_event(mention: DateMention, text: str, lang: str) -> bool:
    """Whether the date's sentence tells a non-event (`non_events`: an air-raid alert declared, a threat): "Ракета
    влучила в Полтаву. Вчора ввечері по всій області оголошували тривогу": the alert's day, told after the strike, is
    not the strike's."""
    opened = max(text.rfind(mark, 0, mention.start) for mark in _SENTENCE_MARKS)
    ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, mention.end)) >= 0]
    return incidents.non_event(text[opened + 1 : min(ends, default=len(text))], lang)


def _recalled(mention: DateMention, text: str, lang: str) -> bool:
    """Whether the date's sentence tells an earlier incident again (the language's `recalled_before` in dates.yaml: "уже
    пытались", "вже атакували"): "ВСУ атаковали город Железногорск. ...\n\n28 октября ВСУ уже пытались атаковать
    завод": that day is the recalled attack's, not the day of the headline's incident, which keeps the publication
    day."""
    opened = max(text.rfind(mark, 0, mention.start) for mark in _SENTENCE_MARKS)
    ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, mention.end)) >= 0]
    pattern = recall_pattern(lang)
    return pattern is not None and pattern.search(text, opened + 1, min(ends, default=len(text))) is not None


@cache
def recall_pattern(lang: str) -> re.Pattern[str] | None:
    """The language's words of an incident done before (`recalled_before`: "уже пытались", "вже атакували")."""
    words = topic(lang, "dates").get("recalled_before") or []
    return word_led(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def _day_of_telling(mention: DateMention, text: str, lang: str) -> bool:
    """Whether the date lies in a sentence that only tells who told the one before ("Про це повідомив начальник ОВА
    Олег Григоров у Telegram у суботу, 28 лютого", "Об этом сообщил губернатор в субботу"): on the publication day, the
    day of the telling, which dates no incident told after it (the summary the official posted tells the day before);
    another day there ("Об этом сообщил губернатор в сводке за минувшие сутки") is the summary's own."""
    pattern = _telling(lang)
    if pattern is None:
        return False
    opened = max(text.rfind(mark, 0, mention.start) for mark in ".!?\n")
    return bool(pattern.match(text, opened + 1, mention.start))


@cache
def _telling(lang: str) -> re.Pattern[str] | None:
    data = topic(lang, "attribution")
    pointers, verbs = data.get("pointer_objects") or [], data.get("verbs") or []
    if not pointers or not verbs:
        return None
    return re.compile(rf"\s*(?:{alternation(pointers)})\s+(?:[\w'’ʼ-]+\s+)?(?:{'|'.join(verbs)})", re.IGNORECASE)


def _in_relative_clause(mention: DateMention, text: str, lang: str) -> bool:
    """Whether the stretch of text since the last punctuation before the date opens a relative clause, of a noun other
    than the incident's own word ("The attacks, which began late on Tuesday, ...": that day is the attacks')."""
    opened = max(text.rfind(mark, 0, mention.start) for mark in _CLAUSE_MARKS)
    return (opened >= 0 and incidents.opens_relative(text[opened:mention.start], lang)
            and not incidents.of_the_incident(text[:opened], lang))
