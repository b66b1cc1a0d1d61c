"""A town's surroundings named by the town with "-щина" ("Нікопольщина", "на Бериславщині"): the raion named after it.

Ukrainian (and Russian) name a town's area as they name an oblast by its centre ("Сумщина" is Sumy Oblast, a name the
gazetteer holds). For a raion's centre the gazetteer holds no such name: "дрони атакували Нікопольщину" was read as
nothing, and the report's other places pulled no namesake towards Nikopol (a Pokrovske community named with it was
read as the larger Pokrovske, 140 km east). The word is the raion whose adjective has the same stem ("Нікопольщина" ->
"Нікопольський район" -> Nikopol Raion), when the gazetteer has that raion; a word the oblasts' names already read
is left to them, and one whose stem names an oblast ("Одесщина" in a Russian text, a name the gazetteer holds only in
Ukrainian) is that oblast, not the raion of its centre. A stem that two raions share ("Дніпровщина": the raion of
Dnipropetrovsk Oblast and the district of Kyiv) names neither, and is left unread. The endings and the words come from `district_area` in
lang/<code>/place_roles.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import load


@cache
def area_words(lang: str) -> tuple[re.Pattern[str], str, str] | None:
    """The pattern of a capitalised word in "-щина" (its stem in group 1) and the words that make the stem an oblast's
    and a raion's name ("ська область", "ський район"), or None for a language that lists none."""
    rule = (load(lang).get("place_roles") or {}).get("district_area")
    if not rule:
        return None
    return re.compile(rf"(?<!\w)([А-ЯЁІЇЄҐ][\w’'ʼ-]*?)(?:{rule['ending']})(?!\w)"), rule["region"], rule["district"]


def district_names(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, the oblast's name to look up first, the raion's) for each such word of `text` no span in `taken`
    covers."""
    words = area_words(lang)
    if words is None:
        return []
    pattern, region, district = words
    out = []
    for found in pattern.finditer(text):
        start, end = found.span()
        if any(s < end and start < e for s, e in taken):
            continue
        out.append((start, end, f"{found.group(1)}{region}", f"{found.group(1)}{district}"))
    return out
