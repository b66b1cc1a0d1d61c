"""A name told as the one something is named after, not where it is: a person's name, not a town (ru, uk, en).

Plants, mines, shipyards, parks and streets of the Soviet era bear the names of people: "Севморзавод им. С.
Орджоникидзе в Севастополе", "шахта имени Калинина в Донецке", "the S. Ordzhonikidze shipyard in Sevastopol". Towns
bore the same names (Vladikavkaz was Ordzhonikidze, Tver Kalinin, Orenburg Chkalov) and GeoNames keeps them as
alternate names, or villages still bear them, so the gazetteer reads a second, far place into the report. A name after
"имени"/"им."/"імені"/"ім."/"named after", or after a person's initial ("С. Орджоникидзе", "S. Ordzhonikidze") is
the person's: no place.

The words live in `lang/<code>/place_roles.yaml` (`named_after`). An initial is one capital letter and a full stop,
not after a letter or another full stop ("U.S."), read only in English (Russian and Ukrainian shorten the first word of
a town's name so: "Н. Новгород", "В. Писарівка") and never before a country or region ("S. Korea", "N. Ireland").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from eventledger.lang import load

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import _Span

_INITIAL_EN = re.compile(r"(?<![\w.])[A-Z]\.\s?$")
_INITIALS_RU_UK = r"(?:\s*[A-ZА-ЯЁІЇЄҐ]\.){0,2}\s*"


@cache
def _marker(lang: str) -> re.Pattern[str] | None:
    words = (load(lang).get("place_roles") or {}).get("named_after") or []
    if not words:
        return None
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(words)})(?-i:{_INITIALS_RU_UK})$")


def names_a_person(text: str, start: int, lang: str) -> bool:
    """Whether the words right before `start` make the name there the one something is named after."""
    marker = _marker(lang)
    before = text[max(0, start - 40):start]
    return bool(marker and marker.search(before))


def without_names_of_people(text: str, spans: list[_Span], lang: str,
                            is_area: Callable[[_Span], bool]) -> list[_Span]:
    """`spans` without the names told as what something is named after (see the module's text). `is_area` says
    whether a span may name a country or a region, which an English initial never makes a person's."""
    kept = []
    for span in spans:
        if names_a_person(text, span.start, lang):
            continue
        if lang == "en" and _INITIAL_EN.search(text, max(0, span.start - 4), span.start) and not is_area(span):
            continue
        kept.append(span)
    return kept
