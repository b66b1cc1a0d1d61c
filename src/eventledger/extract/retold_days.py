"""Incidents a digest over several days sums up or retells, with no day of their own: not incidents of the publication
day.

A digest that sums up several days ("за последние три дня ВСУ нанесли два удара ...", "с начала месяца ...": the
language's `span_digests` in events.yaml), and each incident told after it in the same paragraph before any day is
named (a bullet of a morning digest: "В ходе атак за последние дни ... При ударе по аэродрому семь ракет были сбиты"),
is ANNOTATION.md's aggregate, or an incident of one of those days that the digest does not say: events.py drops it
(the posts that told it on its day hold it). Not "первый за последние 73 дня удар" (`span_firsts`): the day's own
incident, the first in so many days. A sentence that names a day dates its incident and is kept (events.py calls this
only for an event whose clauses name no day).

An outlet's recap ("Напомним, ...", "Нагадаємо, ...") is not enough: it mostly retells the day's own incident (the
real-news pool's gold keeps those as events).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventledger.extract.dates import DateMention
from eventledger.lang import alternation, topic

_SENTENCE_MARKS = ".!?\n"


def retold_without_day(anchor: int, text: str, dates: Sequence[DateMention], lang: str) -> bool:
    """Whether the incident told at `anchor` (its clauses name no day) is only a digest's: a digest over several days
    stands before it in its paragraph, or in its sentence, with no day named between."""
    span, after_first = _patterns(lang)
    if span is None:
        return False
    paragraph = text.rfind("\n", 0, anchor) + 1
    ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, anchor)) >= 0]
    found = [m for m in span.finditer(text, paragraph, min(ends, default=len(text)))
             if not (after_first is not None and after_first.search(text, max(0, m.start() - 30), m.start()))]
    if not found:
        return False
    last = found[-1]
    return not any(last.end() <= d.start < anchor for d in dates if d.precision == "day")


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = topic(lang, "events")
    spans = data.get("span_digests") or []
    # ... not a first in so many days ("первый за последние 73 дня массированный удар"): the day's own incident
    firsts = data.get("span_firsts") or []
    return (re.compile(rf"(?<!\w)(?:{alternation(spans)})(?!\w)", re.IGNORECASE) if spans else None,
            re.compile(rf"(?<!\w)(?:{alternation(firsts)})(?!\w)[^.!?\n]*$", re.IGNORECASE) if firsts else None)
