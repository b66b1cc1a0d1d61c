"""Captions of photographs taken before the report's day: no incident the report tells.

News pages put a photograph under the headline with a caption and its credit on one line ("A school in the town
after the shelling of 3 May 2023. Photo: <agency>"; "<the city> after an attack last spring. Archive photo:
<outlet>"). When the photograph is of an earlier incident, the caption names that incident's town, a
word of harm and its date: read as a sentence of the report, it made a second incident at the town (or at the report's
own town, a duplicate of today's). A caption is the stretch of its line before a photo credit (`photo_credits` of the
language files, followed by a colon, "by" or a dash); it is blanked out, offsets kept, when the credit calls the
photograph an archive one (`archive_photos`), or when the caption tells a day, with its year, two days or more before
the report's day. A caption of the day itself or the day before (the photograph of today's incident) is read as
before, and so is a credit alone on its line, a line longer than a caption (_CAPTION_CHARS: a paragraph, pasted with
its photograph's credit), and a line that counts people killed or injured, or weapons downed, of its own (a short
news paragraph or a one-line post ending in "Архивное фото: <agency>" is the report's incident, not a caption).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from eventledger.extract import lexicon_hits
from eventledger.extract.dates import DateMention
from eventledger.extract.figures import find_figures
from eventledger.extract.numbers import find_quantities
from eventledger.extract.segment import Span
from eventledger.lang import topic

# A caption dated this many days or more before the report's day shows an earlier incident; a caption's line is this
# long at most (a longer line with a credit is a paragraph of the report, pasted with its photograph's credit).
_EARLIER_DAYS = 2
_CAPTION_CHARS = 200
# Counts a caption never gives of its own: a line with one is the report's telling of an incident.
_OWN_COUNTS = ("killed", "injured", "hospitalized", "critical", "intercepted")


@cache
def _credit(lang: str) -> re.Pattern[str] | None:
    data = topic(lang, "segment")
    credits, archive = data.get("photo_credits", []), data.get("archive_photos", [])
    if not credits and not archive:
        return None
    words = "|".join([f"(?P<archive>{'|'.join(archive) or '(?!)'})", *credits])
    return re.compile(rf"(?<![^\s.,;|/(«\"])(?:{words})(?:[ \t]*:|[ \t]+by\b|[ \t]+[-–—][ \t])", re.IGNORECASE)


def without_old_captions(text: str, lang: str, day: dt.date | None, dates: list[DateMention], after: int = 0) -> str:
    """The text with each caption of an archive photograph, or of one dated two days or more before `day`, blanked
    out (its credit with it, to the line's end); offsets kept. Nothing before `after` (a stored file's publication
    stamp) is a caption."""
    pattern = _credit(lang)
    if pattern is None:
        return text
    blanked = text
    for line in re.finditer(r"[^\n]+", text):
        credit = lexicon_hits.search(pattern, line.group())
        if credit is None or len(line.group().strip()) > _CAPTION_CHARS:
            continue
        start, cut = max(line.start(), after), line.start() + credit.start()
        if cut <= start:
            continue
        if not text[start:cut].strip(" \t|/(—–-"):
            continue  # a credit alone on its line: nothing told
        if credit.group("archive") is None and not _dated_earlier(dates, start, cut, day):
            continue
        if _counts_own(text[start:cut], lang):
            continue  # killed, injured or downed counted: the report's own telling, not a caption
        blanked = blanked[:start] + " " * (line.end() - start) + blanked[line.end():]
    return blanked


def _dated_earlier(dates: list[DateMention], start: int, end: int, day: dt.date | None) -> bool:
    """Whether a caption between `start` and `end` tells a day with its year two days or more before `day`."""
    if day is None:
        return False
    for d in dates:
        if start <= d.start < end and d.precision == "day" and not d.relative and re.search(r"\d{4}", d.text):
            told = dt.date.fromisoformat(d.date)
            if (day - told).days >= _EARLIER_DAYS:
                return True
    return False


def _counts_own(caption: str, lang: str) -> bool:
    """Whether a caption's text counts people killed or injured, or weapons downed."""
    span = Span(0, len(caption), caption)
    return any(f.figure in _OWN_COUNTS for f in find_figures(span, find_quantities(caption, lang), lang))
