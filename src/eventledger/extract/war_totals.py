"""A war's toll told as a whole ("Israel's offensive has killed more than 40,000 people", "війна забрала життя
...", "война унесла жизни ..."): a total over many incidents, so neither an incident of its own nor a figure of the
incident the report is about. The words, a war or campaign as the subject of the killing, are in
`lang/<code>/events.yaml` (`war_totals`)."""

from __future__ import annotations

import re
from functools import cache

from eventledger.extract import lexicon_hits
from eventledger.extract.guard import word_led
from eventledger.lang import topic


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("war_totals") or []
    return word_led(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def tells_war_total(text: str, lang: str) -> bool:
    """Whether a clause tells the toll of a whole war or campaign."""
    p = _pattern(lang)
    return bool(p and lexicon_hits.search(p, text))


@cache
def _origins(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("war_origins") or []
    return word_led(rf"(?<!\w)(?:{'|'.join(words)})", re.IGNORECASE) if words else None


@cache
def _period(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("period_origins") or []
    return word_led(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


_CLAUSES = re.compile(r"[,;:]")


def of_a_war(sentence_before: str, lang: str) -> bool:
    """Whether a figure told after `sentence_before` (its sentence up to the figure) is a war's toll, or that of the
    attack the war began with, given as background ("the campaign, whose cause was Hamas's attack on Israel, in which
    more than 1,200 people were killed", "since the start of the war 44,000 have died"), or a total over a period of
    many incidents: not the incident's, though the clause that tells it names no war (`war_origins` of the language's
    events file; `period_origins` see `_of_a_period`)."""
    p = _origins(lang)
    return bool(p and lexicon_hits.search(p, sentence_before)) or _of_a_period(sentence_before, lang)


def _of_a_period(sentence_before: str, lang: str) -> bool:
    """A period ("з початку травня в громаді вже 9 загиблих", "Since the start of May, nine people ...") governs a figure
    only in the clause it opens or stands in, or alone before the comma ahead of that clause: a period in a side clause
    ("a hospital, repaired in May and June, was hit, killing two") dates the side clause, not the toll."""
    p = _period(lang)
    if p is None:
        return False
    *earlier, last = _CLAUSES.split(sentence_before)
    return bool(lexicon_hits.search(p, last)) or bool(earlier and p.fullmatch(earlier[-1].strip()))
