"""A clause told at a settlement the gazetteer cannot place: another place than the incidents told before it.

"A woman and her two children were killed in an Israeli strike on the village of al-Sawana", "Еще четыре человека
пострадали в селе Графовка", "в одном из сел дроны дважды нанесли удары": the clause names where it happened, a
village, but the gazetteer reads no place there (a village it lacks, or one left unnamed). Read as a clause with no
place, such a strike joined the last strike told (events._merge joins a placeless proposal to the last of its kind),
though the report tells it as happening somewhere else, and the village's incident was lost (the eval's "missed: not
found" with a prediction beside it taken by the other incident). A clause that names such a settlement and no place
finer than a region proposes an incident `elsewhere`: it joins no incident placed at a town or district (events._merge,
same_incident), while a region's, a country's or a placeless telling (a headline's "shelling kills two in the Belgorod
region") may still join it.

The words are the language files' `unread_settlements` (events.yaml): a settlement noun before a capitalised name
("the village of Houla", "в селе Графовка", "у селі Велетенське"), or a settlement left unnamed ("a village in the
region", "в одном из сел", "в одному з сіл").
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.lang import topic


@cache
def _pattern(lang: str, key: str = "unread_settlements") -> re.Pattern[str] | None:
    words = topic(lang, "events").get(key) or []
    return re.compile("|".join(f"(?:{w})" for w in words)) if words else None


def names_unread_settlement(text: str, lang: str, region_named: bool = True) -> bool:
    """Whether the clause names a settlement: by name (`unread_settlements`) only beside the region it lies in
    (`region_named`: "the village of Dronovka in the Belgorod region"); left unnamed (`unnamed_settlements`: "в
    одном из сел") anywhere. The caller asks only where the gazetteer read no place finer than a region in it."""
    named, unnamed = _pattern(lang), _pattern(lang, "unnamed_settlements")
    return bool(region_named and named is not None and named.search(text)) or bool(
        unnamed is not None and unnamed.search(text))


_COARSE = frozenset({"admin1", "country", "area", "sea", "region"})


def at_another_settlement(a: object, b: object) -> bool:
    """Whether one of two proposals is told at an unread village (`elsewhere`) and the other at a town or district."""
    def fine(p: object) -> bool:
        place = getattr(p, "place", None)
        return place is not None and place.feature not in _COARSE
    return (getattr(a, "elsewhere", False) and fine(b)) or (getattr(b, "elsewhere", False) and fine(a))
