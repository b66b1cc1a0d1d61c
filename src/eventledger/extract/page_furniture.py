"""Where a stored page's list of other stories begins, read from its shape rather than its heading.

Below the report, news sites list other stories: a headline, then the line with its time ("15:22, 17.12.2025"), then
the next headline and its time. The heading over that list varies by site and language ("ЩЕ ЗА ТЕМОЮ", "Новини
партнерів", "Latest"), the shape does not: two headlines in a row, each followed by a line holding only a time or a
date, are no part of the report, and the places they name are other incidents' (a strike on Odesa Oblast listed
under a report on Kharkiv).
"""

from __future__ import annotations

import re

_STAMP = r"[ \t]*(?:\d{1,2}:\d{2}(?:,[ \t]*\d{1,2}\.\d{2}\.\d{2,4})?|\d{1,2}\.\d{2}\.\d{4}(?:,[ \t]*\d{1,2}:\d{2})?)[ \t]*"
# a line with a letter in it: not another stamp (the look-ahead finds its first letter and the line is then taken whole,
# where "[^\n]*[^\W\d_][^\n]*" tried every letter of every line in turn: quadratic in a line's length)
_HEADLINE = r"(?=[^\n]*[^\W\d_])[^\n]*+"
_STORY_LIST = re.compile(rf"^{_HEADLINE}\n{_STAMP}\n{_HEADLINE}\n{_STAMP}$", re.MULTILINE)


def story_list_start(text: str) -> int | None:
    """The offset of the first headline of a list of other stories, or None when the page has none."""
    found = _STORY_LIST.search(text)
    return found.start() if found else None
