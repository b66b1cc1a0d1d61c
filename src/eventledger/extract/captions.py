"""Captions of photographs taken before the report's day: no incident the report tells.

News pages put a photograph under the headline with a caption and its credit on one line ("A school in the town
after the shelling of 3 May 2023. Photo: <agency>"; "<the city> after an attack last spring. Archive photo:
<outlet>"). When the photograph is of an earlier incident, the caption names that incident's town, a
word of harm and its date: read as a sentence of the report, it made a second incident at the town (or at the report's
own town, a duplicate of today's). A caption is the stretch of its line before a photo credit (`photo_credits` of the
language files, followed by a colon, "by" or a dash); it is blanked out, offsets kept, when the credit calls the
photograph an archive one (`archive_photos`), or when the caption tells a day, with its year, two days or more before
the report's day. A caption of the day itself or the day before (the photograph of today's incident) is read as
before, and so is a credit alone on its line, and a line longer than a caption (_CAPTION_CHARS).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from eventledger.extract.dates import DateMention
from eventledger.lang import topic

# A caption dated this many days or more before the report's day shows an earlier incident; a caption's line is this
# long at most (a longer line with a credit is a paragraph of the report, pasted with its photograph's credit).
_EARLIER_DAYS = 2
_CAPTION_CHARS = 320


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
        credit = pattern.search(line.group())
        if credit is None or len(line.group().strip()) > _CAPTION_CHARS:
            continue
        start, cut = max(line.start(), after), line.start() + credit.start()
        if cut <= start:
            continue
        if not text[start:cut].strip(" \t|/(—–-"):
            continue  # a credit alone on its line: nothing told
        if credit.group("archive") is None and not _dated_earlier(dates, start, cut, day):
            continue
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
