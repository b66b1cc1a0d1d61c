"""Where a stored page's list of other stories begins, read from its shape rather than its heading.

Below the report, news sites list other stories: a headline, then the line with its time ("15:22, 17.12.2025"), then
the next headline and its time. The heading over that list varies by site and language ("ЩЕ ЗА ТЕМОЮ", "Новини
партнерів", "Latest"), the shape does not: two headlines in a row, each followed by a line holding only a time or a
date, are no part of the report, and the places they name are other incidents' (a strike on Odesa Oblast listed
under a report on Kharkiv).
"""

from __future__ import annotations

import re

_STAMP = (r"[ \t]*(?:\d{1,2}:\d{2}(?:,[ \t]*\d{1,2}\.\d{2}\.\d{2,4})?|\d{1,2}\.\d{2}\.\d{4}(?:,[ \t]*\d{1,2}:\d{2})?"
          # ... or the day with its month's name and the year, any language ("12 березня 2025, 10:40", "March 12, 2025")
          r"|\d{1,2}[ \t]+[^\W\d_]{3,}\.?,?[ \t]+\d{4}(?:,?[ \t]+\d{1,2}:\d{2})?"
          r"|[^\W\d_]{3,}\.?[ \t]+\d{1,2},?[ \t]+\d{4}(?:,?[ \t]+\d{1,2}:\d{2})?)[ \t]*")
# a line with a letter in it: not another stamp (the look-ahead finds its first letter and the line is then taken whole,
# where "[^\n]*[^\W\d_][^\n]*" tried every letter of every line in turn: quadratic in a line's length)
_HEADLINE = r"(?=[^\n]*[^\W\d_])[^\n]*+"
# (the first headline may carry a short link line before its time: "<headline>\nВсі новини »\n12 березня 2025, 10:40")
_STORY_LIST = re.compile(rf"^{_HEADLINE}\n(?:[^\n]{{1,20}}\n)?{_STAMP}\n{_HEADLINE}\n{_STAMP}$", re.MULTILINE)
# ... or other stories' openings cut short: three lines in a row, each a sentence or more of words that breaks off at
# an ellipsis ("Soldiers of a brigade say they shot down a helicopter that was flying low over the…"),
# the teasers a site lists under a report with no time beside them
_TEASER = r"[ \t]*(?=[^\n]*[^\W\d_])[^\n]{30,}?[^\W\d_,][ \t]*(?:…|\.\.\.)[ \t]*"
_TEASERS = re.compile(rf"^{_TEASER}\n{_TEASER}\n{_TEASER}$", re.MULTILINE)


def story_list_start(text: str) -> int | None:
    """The offset of the first headline of a list of other stories, or None when the page has none."""
    found = [m.start() for m in (_STORY_LIST.search(text), _TEASERS.search(text)) if m is not None]
    return min(found) if found else None
