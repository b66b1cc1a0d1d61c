"""The place a report gives for an incident in the sentence right after the one that tells it.

News often tells what happened first and where in the next sentence, pointing back at it: "A drone dropped explosives
on a police building overnight. The incident took place in the Trubchevsky district, the governor said." / "Инцидент
произошёл в Трубчевском районе". An incident whose own clauses name no place is there, not at the city the report names
most often (which may be another incident's, told further on), nor merged into the next incident the report places.
Only a sentence that points back at "the incident" (place_roles.yaml `incident_told_back`), tells no incident of its own
and names one place only counts: any place named next to an unplaced incident would be a district list, an editor's
surname or the next incident's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from eventledger.extract.segment import Span
from eventledger.geo import Candidate
from eventledger.lang import load


def place_told_next(anchor: int, sentences: Sequence[Span], told: Sequence[list[Candidate]], anchors: Sequence[int],
                    lang: str) -> Candidate | None:
    """The one place the sentence after the one holding `anchor` names where something happened (`told[i]`: the
    places sentence i's clauses name so), when that sentence points back at the incident and no incident is anchored
    in it (`anchors`)."""
    back = _told_back(lang)
    here = next((i for i, s in enumerate(sentences) if s.start <= anchor < s.end), None)
    if back is None or here is None or here + 1 >= len(sentences):
        return None
    following = sentences[here + 1]
    if not back.search(following.text) or any(following.start <= a < following.end for a in anchors):
        return None
    named = [c for c in told[here + 1] if c.feature != "country"]
    if not named or any(c.place.key != named[0].place.key for c in named):
        return None
    return named[0]


@cache
def _told_back(lang: str) -> re.Pattern[str] | None:
    words = (load(lang).get("place_roles") or {}).get("incident_told_back") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})", re.IGNORECASE) if words else None
