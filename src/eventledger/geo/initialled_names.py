"""A one-word name before a middle initial and a surname is a person's first name, not a place (English).

"Former US President George W. Bush", "Michael R. Pompeo": GeoNames holds many given names as towns (George in South
Africa, Florence, Austin); English writes a first name, an initial with its full stop and a capitalised surname, which
no place name is followed by.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventledger.geo.gazetteer import _Span

_INITIAL_AND_SURNAME = re.compile(r"\s+(?:[A-Z]\.\s*){1,2}\s*[A-Z][a-z'’-]+")


def without_first_names_before_initials(text: str, spans: list[_Span]) -> list[_Span]:
    """`spans` without the one-word names followed by a middle initial and a surname ("George W. Bush")."""
    return [s for s in spans if " " in text[s.start:s.end] or not _INITIAL_AND_SURNAME.match(text, s.end)]
