"""Villages the gazetteer lacks, named as villages in a report about one subdivision.

A front-line report names the villages fought over ("зачистили деревню Кругленькое", "освобождён хутор Колмаков"), and
many are in no gazetteer. Unread, such a village leaves its clause without a place, and the clash told there folds
into the incident told before it (ANNOTATION.md: one event per place where something happened). A capitalised name
right after a word for a settlement (`settlement_words` of lang/<code>/places.yaml) that no gazetteer match covers is
read as a village of its own in the one subdivision every firm place of the report lies in, placed at that subdivision
(precision admin1, the honest level, as `far_namesakes.village_at` places a namesake the gazetteer lacks). A village named
with a place right beside it ("в белгородском селе Красный Восток", "село Плехово Суджанского района") is left to it. A report whose firm
places spread over several subdivisions, or that names none, gives no such village: where it lies is not told.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from eventledger.geo.focus import report_land
from eventledger.geo.gazetteer import Candidate, PlaceMatch
from eventledger.geo.geoparse import unknown_settlements


def unlisted_villages(matches: list[PlaceMatch], text: str, lang: str,
                      subdivision: Callable[[str, str], Candidate | None]) -> list[PlaceMatch]:
    """The matches with each village the gazetteer lacks added, placed in the report's one subdivision."""
    whole = report_land(matches, subdivision)
    if whole is None:
        return matches
    taken = [(m.start, m.end) for m in matches]
    added = [PlaceMatch(start, end, text[start:end], (_village(whole, text[start:end]),))
             for start, end in unknown_settlements(text, lang, taken)
             if not _line_apart(text, start) and not _placed_beside(matches, text, start, end)]
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _line_apart(text: str, start: int) -> bool:
    """Whether the name opens a line of its own after the word for a settlement ("... a border village\n\nOne man was
    injured"): the next line's first word, no village's name."""
    gap = _GAP_BEFORE.search(text, 0, start)
    return gap is not None and "\n" in gap.group()


_GAP_BEFORE = re.compile(r"\s+$")


def _placed_beside(matches: list[PlaceMatch], text: str, start: int, end: int) -> bool:
    """Whether a place the gazetteer read is named right beside the village, before its word for a settlement or right
    after its name ("в белгородском селе Красный Восток", "село Плехово Суджанского района"): the village is located
    by it already, as the extractor reads such a pair (the region's or district's incident)."""
    return any(_BEFORE.fullmatch(text, m.end, start) or _AFTER.fullmatch(text, end, m.start) for m in matches)


_BEFORE = re.compile(r"[\s,]*[\w-]+\s+")  # (the word for a settlement between)
_AFTER = re.compile(r"[\s,]*")


def _village(region: Candidate, written: str) -> Candidate:
    """A village named `written`, placed at `region`: a settlement of its own, not the region itself."""
    village = replace(region.place, name=written, name_en=None, as_written=written, geonames_id=None, iata=None,
                      icao=None)
    return Candidate(village, "city", 0, region.admin1_code)
