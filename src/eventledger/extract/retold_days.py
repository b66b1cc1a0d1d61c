"""Incidents a digest over several days sums up or retells, with no day of their own: not incidents of the publication
day.

A digest that sums up several days ("за последние три дня ВСУ нанесли два удара ...", "с начала месяца ...": the
language's `span_digests` in events.yaml), and each incident told after it in its sentence, or in the rest of its bulleted
item, before any day is named (an item of a morning digest: "▪️В ходе атак за последние дни ... При ударе по аэродрому
семь ракет были сбиты"), is ANNOTATION.md's aggregate, or an incident of one of those days that the digest does not say:
events.py drops it (the posts that told it on its day hold it). Not the rest of a plain paragraph: a Telegram post or a
short report is often one paragraph, and a sentence after "... so many drones over the past week, the minister said."
tells the day's own incident. Not "первый за последние 73 дня удар" nor "второй массированный налёт за последние
дни" (`span_firsts`, ordinals too): the day's own incident, the first (second, ...) in so many days. A sentence that
names a day dates its incident and is kept (events.py calls this only for an event whose clauses name no day).

An outlet's recap ("Напомним, ...", "Нагадаємо, ...") is not enough: it mostly retells the day's own incident (the
real-news pool's gold keeps those as events).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventledger.extract.dates import DateMention
from eventledger.extract.day_told_before import BULLETS
from eventledger.lang import alternation, topic

_SENTENCE_MARKS = ".!?\n"
# the marks that open an item of a bulleted digest (events._named_in_item reads them too)
ITEM_MARKS = BULLETS  # the marks that open a digest's items, as day_told_before reads them


def retold_without_day(anchor: int, text: str, dates: Sequence[DateMention], lang: str) -> bool:
    """Whether the incident told at `anchor` (its clauses name no day) is only a digest's: a digest over several days
    stands before it in its sentence, or in its bulleted item (a line opened by one of ITEM_MARKS: the rest of the item
    retells it), with no day named between. A plain paragraph is not enough: a Telegram post or a short report is one
    paragraph, and the sentence after a week's tally tells the day's own incident."""
    span, after_first = _patterns(lang)
    if span is None:
        return False
    paragraph = text.rfind("\n", 0, anchor) + 1
    sentence = max((text.rfind(mark, paragraph, anchor) + 1 for mark in _SENTENCE_MARKS), default=paragraph)
    item = (lead := text[paragraph:anchor].lstrip(" \t")[:1]) != "" and lead in ITEM_MARKS
    opened = paragraph if item else max(paragraph, sentence)
    ends = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, anchor)) >= 0]
    found = [m for m in span.finditer(text, opened, min(ends, default=len(text)))
             if not (after_first is not None and after_first.search(text, max(0, m.start() - 30), m.start()))]
    if not found:
        return False
    last = found[-1]
    return not any(last.end() <= d.start < anchor for d in dates if d.precision == "day")


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = topic(lang, "events")
    spans = data.get("span_digests") or []
    # ... not a first (or a second, a third) in so many days ("первый за последние 73 дня массированный удар", "второй
    # массированный налёт за последние дни"): the day's own incident
    firsts = data.get("span_firsts") or []
    return (re.compile(rf"(?<!\w)(?:{alternation(spans)})(?!\w)", re.IGNORECASE) if spans else None,
            re.compile(rf"(?<!\w)(?:{alternation(firsts)})(?!\w)[^.!?\n]*$", re.IGNORECASE) if firsts else None)
