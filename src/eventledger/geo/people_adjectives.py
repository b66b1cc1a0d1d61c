"""A town named like an adjective, said before a word for people, is that adjective: "Мирный житель погиб" is a
civilian, not the town of Mirny in Yakutia; "Мирные жители", "Мирний мешканець" likewise.

Place names do not qualify people in Russian or Ukrainian (one writes "житель Мирного", not "Мирный житель"), so a
one-word reading that pymorphy3 parses first as an adjective agreeing in number and case with the animate noun right after it
is no place. A place noun after it ("Красноармейский район", "Валуйский округ") is inanimate and keeps the reading;
so does the title of a region's official, which a region's adjective does qualify ("Курский губернатор", "орловский
губернатор", "тульский мэр": the region or city he speaks for; `adjective_officials` of the language's events.yaml).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from functools import cache

from eventledger.extract.normal_form import _analyzer
from eventledger.lang import topic

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import PlaceMatch

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def without_people_adjectives(matches: list[PlaceMatch], text: str, lang: str) -> list[PlaceMatch]:
    """`matches` without the one-word names that qualify the noun for people right after them."""
    if lang not in ("ru", "uk"):
        return matches
    return [m for m in matches if not _qualifies_people(m, text, lang)]


def _qualifies_people(match: PlaceMatch, text: str, lang: str) -> bool:
    after = _NEXT_WORD.match(text, match.end)
    if " " in match.text.strip() or after is None or not after.group(1)[:1].islower():
        return False
    if _official(lang).fullmatch(after.group(1)):
        return False
    morph = _analyzer(lang)
    word, noun = morph.parse(match.text)[0].tag, morph.parse(after.group(1))[0].tag  # each word's likeliest reading
    return word.POS == "ADJF" and noun.POS == "NOUN" and noun.animacy == "anim" and \
        word.number == noun.number and word.case == noun.case


@cache
def _official(lang: str) -> re.Pattern[str]:
    """The titles of officials a place's adjective may qualify ("губернатор", "мэр"), read whole."""
    words = topic(lang, "events").get("adjective_officials") or []
    return re.compile(rf"(?:{'|'.join(words)})", re.IGNORECASE) if words else re.compile(r"(?!)")
