"""Two town names in a row may be one name the gazetteer lacks, not two towns.

A village or a person named by two capitalised words ("Вербова Гребля", "Morgan Ellis") can be read word by word as two
towns the gazetteer knows, hundreds of kilometres apart (in this made-up village's case, Verbove in one oblast and a
Hreblia in another). Towns listed one after the other are usually written with a comma, a dash or "and" between them
("Kharkiv, Kupiansk"); with a single space and nothing else between, the two words are one name, and neither is the
town the gazetteer read, but only when the two readings lie far apart. Two towns close to each other stay two places,
with or without a comma: a city and a town of its suburbs in another case ("Після обстрілу Херсона Антонівка ..."), a
city and its quarter ("in Kharkiv Saltivka"), a list whose comma was left out ("Курск Курчатов и Льгов").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventledger.geo.distance import km

if TYPE_CHECKING:  # the gazetteer calls this module
    from eventledger.geo.gazetteer import PlaceMatch

_TOWNS = frozenset({"city"})
# two readings closer than this are two real neighbouring towns, not the pieces of one unknown name: the word-by-word
# readings of a name lie anywhere in the gazetteer (in the pool, 200 km apart and more), a city and its nearby towns
# within one or two raions
_NEIGHBOURS_KM = 100.0
# ... and a city this large is itself, whatever word stands before it: "Downtown Kyiv" (the gazetteer reads "Downtown" as
# a quarter of Warsaw) is Kyiv; only the other word goes
_LARGE = 1_000_000


def without_adjacent_towns(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """`matches` less each pair of one-word town readings that stand one space apart, both capitalised and not in
    capitals ("ЗОЛОТА ПОЛЯНА" in a headline set in capitals is left as it was: such a line is no sentence to read names
    from), whose readings lie farther apart than neighbouring towns do; a city of a million people or more stays."""
    ordered = sorted((m for m in matches if m.candidates), key=lambda m: m.start)
    dropped: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        if text[a.end:b.start] == " " and _town_word(a) and _town_word(b) and not _neighbours(a, b):
            dropped |= {m.start for m in (a, b) if m.candidates[0].population < _LARGE}
    return [m for m in matches if m.start not in dropped] if dropped else matches


def _town_word(m: PlaceMatch) -> bool:
    # (one word each: "Шевченківському районі Львова" is a city's district and its city, "Хостинском районе Сочи" too)
    return m.candidates[0].feature in _TOWNS and " " not in m.text and m.text[:1].isupper() and not m.text.isupper()


def _neighbours(a: PlaceMatch, b: PlaceMatch) -> bool:
    pa, pb = a.candidates[0].place, b.candidates[0].place
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return False
    return km(pa.lat, pa.lon, pb.lat, pb.lon) <= _NEIGHBOURS_KM
