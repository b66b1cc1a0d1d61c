"""Two town names in a row are one name the gazetteer lacks, not two towns.

"У селі Золота Балка" names one village; the gazetteer, which lacks it, reads "Золота" as Zolote (Luhansk Oblast) and
"Балка" as Balky (Zaporizhzhia Oblast). "Кам'янська Слобода", "Михальчина Слобода", "Shahid Ahmad Abdo brigade",
"Leslie Adler" are the same: a name of two capitalised words whose words the gazetteer knows each as a town. Towns
named one after the other are written with a comma, a dash or "and" between them ("Kharkiv, Kupiansk"); with a single
space and nothing else between, the two words are one name, and neither is the town the gazetteer read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the gazetteer calls this module
    from eventledger.geo.gazetteer import PlaceMatch

_TOWNS = frozenset({"city"})


def without_adjacent_towns(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """`matches` less each pair of one-word town readings that stand one space apart, both capitalised and not in capitals
    ("ЗОЛОТА БАЛКА" in a headline set in capitals is left as it was: such a line is no sentence to read names from)."""
    ordered = sorted((m for m in matches if m.candidates), key=lambda m: m.start)
    dropped: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        if text[a.end:b.start] == " " and _town_word(a) and _town_word(b):
            dropped |= {a.start, b.start}
    return [m for m in matches if m.start not in dropped] if dropped else matches


def _town_word(m: PlaceMatch) -> bool:
    # (one word each: "Солом'янському районі Києва" is a city's district and its city, "Адлерском районе Сочи" too)
    return m.candidates[0].feature in _TOWNS and " " not in m.text and m.text[:1].isupper() and not m.text.isupper()
