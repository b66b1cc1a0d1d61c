"""The day a report is telling when a sentence names none of its own.

A report names its day once and goes on without it: "За минулу добу ... поранено 9 цивільних:" over a list of
communities, "Протягом минулої доби ЗС РФ завдали ударів ..." before the governor's quoted list of towns, "28 серпня
Росія здійснила ... удар. ... Найбільше постраждав Дарницький район." The incidents of the later sentences are of
that day, not of the publication day (the morning after a daily summary, a day of mourning after the strike).

Only a day told before the sentence counts (a day further on opens another account), except for a headline, which
tells the incident of the lead below it ("Военные сбили беспилотник ...\n\nВчера в обед ..."): with no day told before,
the lead's first day; only one near publication (a day well before it, "On 24 February 2022 Russia invaded ...", is
background and dates nothing told next); and not one inside a relative clause ("перемирие, которое накануне одобрило
правительство"): that day is its noun's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from eventledger.extract import incidents
from eventledger.extract.dates import DateMention

# As events.py's background: a day further back than this before publication is history, not the report's day
_NEAR = timedelta(days=7)
_CLAUSE_MARKS = ",;:.!?\n"
_LEAD = 400  # characters: a headline and the first sentence or two of the lead


def day_told_before(at: int, dates: Sequence[DateMention], text: str, lang: str,
                    published: date | None) -> DateMention | None:
    """The last whole day `text` names before offset `at` outside a relative clause (with none, the lead's first), when
    it lies within a week before publication. None without a publication date: the day named may be a page stamp."""
    if published is None:
        return None
    told = [d for d in dates if d.precision == "day" and not _in_relative_clause(d, text, lang)]
    before = [d for d in told if d.end <= at]
    if not before:  # a headline tells the incident of the lead below it: the lead's first day
        before = [d for d in told if d.start < _LEAD][:1]
    if not before:
        return None
    last = max(before, key=lambda d: d.start)
    return last if published - _NEAR <= date.fromisoformat(last.date) <= published else None


def _in_relative_clause(mention: DateMention, text: str, lang: str) -> bool:
    """Whether the stretch of text since the last punctuation before the date opens a relative clause."""
    opened = max(text.rfind(mark, 0, mention.start) for mark in _CLAUSE_MARKS)
    return opened >= 0 and incidents.opens_relative(text[opened:mention.start], lang)
