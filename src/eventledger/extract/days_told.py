"""The days a report tells when it carries no publication date: "yesterday", "on 4 August" and "today" then resolve to
no date, and incidents told on different days at one place were read as one ("today a shell hit a car in Kherson ...
Yesterday the occupiers attacked a bus in Kherson"). Read against a stand-in publication day, the days still tell
incidents apart; the stand-in day is never shown as an incident's date.
"""

from __future__ import annotations

import datetime as dt

from eventledger.extract.dates import DateMention, find_dates

STAND_IN = dt.date(2000, 6, 15)  # any day: only whether two told days differ is read


def days_told(text: str, lang: str, published: dt.date | None) -> list[DateMention]:
    """With no publication date, the dates of `text` read against the stand-in day, those naming that day itself (the
    report's own day, as an untold day is) left out; with one, none: the real dates already tell days apart."""
    if published is not None:
        return []
    found = [d for d in find_dates(text, lang, STAND_IN) if d.date != STAND_IN.isoformat()]
    return [d for d in found if not (_by_word(d) and any(_beside(d, o, text) for o in found if not _by_word(o)))]


def _by_word(d: DateMention) -> bool:
    """Whether a day is told by a word alone ("в субботу", "yesterday", "накануне"), not by its number in a month."""
    return not any(ch.isdigit() for ch in d.text)


def _beside(a: DateMention, b: DateMention, text: str) -> bool:
    """Whether two date mentions stand side by side, with at most a comma between ("в субботу, 16 сентября", "on
    Saturday, September 16"): one day told twice. Read against the stand-in day, the weekday is some other day than
    the date (the year is unknown), and the clause would seem to tell a day apart from a headline's "16 сентября";
    the date is the day told."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return lo.end <= hi.start and not text[lo.end:hi.start].strip(" ,\u00a0")


def days_apart(a: str | None, b: str | None) -> bool:
    """Whether two incidents are told on two different days. An incident told with no day of its own may be of any day
    told (the report's own day is unknown): only two days told apart part them; a month told ("in June") holds each of
    its days ("on Thursday", read as a day of June)."""
    return a is not None and b is not None and a != b and not (a.startswith(b + "-") or b.startswith(a + "-"))
