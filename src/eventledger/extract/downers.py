"""The body a report names as doing the downing is the interception's source (ANNOTATION conventions settled for test7
and test9: "the units named as downing the targets are the interception's source", "a generic air-defence body named
as doing the downing is the interception's source").

"The Ukrainian air force shot down 110 of 125 drones", "Сили протиповітряної оборони вночі знищили кілька ворожих
дронів", "дежурные средства ПВО перехватили пять беспилотников": a clause that names no speech of its own, whose
subject is an air-defence or military body right before a verb of downing, is that body's account; the speaker of
the sentences before does not go on into it. The bodies are the language's `downers`, the verbs its `downing_verbs`
(lang/<code>/attribution.yaml). The clause must open its subject after no more than a few words of its own (a time
or place told before a comma is fine), and hold no quoted words: "Our air defence forces shot down ...," the governor
said" is the governor's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventledger.extract.attribution import Source
from eventledger.lang import alternation, topic

# where a subject may begin inside a clause: after a comma, colon, dash or a list's bullet
_BREAK = re.compile(r"[,;:—–•◾▪►\n]|\s-\s|^\s*-")
_QUOTES = re.compile(r"[\"“”«»„]")
_LEAD = re.compile(r"^(?:the|its|our|their)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Patterns:
    subject: re.Pattern[str]
    verb: re.Pattern[str]


@cache
def _patterns(lang: str) -> _Patterns | None:
    data = topic(lang, "attribution")
    if not data.get("downers") or not data.get("downing_verbs"):
        return None
    body = alternation(data["downers"])
    modifier = alternation(data.get("downer_modifiers") or [r"(?!)"])
    return _Patterns(
        # at most two words that qualify the body before it ("Ukrainian", "дежурные", "the Russian": not "and",
        # "Також", a place) and two words after it ("вночі", "successfully", "on duty"), and nothing else
        subject=re.compile(rf"^\W*(?P<name>(?:(?:{modifier})\s+){{0,2}}?(?:{body}))(?:\s+[^\W\d][\w'’-]*){{0,2}}\s*$",
                           re.IGNORECASE),
        verb=re.compile(rf"(?<!\w)(?:{alternation(data['downing_verbs'])})(?!\w)", re.IGNORECASE),
    )


def downer(clause: str, lang: str) -> Source | None:
    """The body a clause names as downing what it downed ("air defence forces shot down two drones"), or None."""
    p = _patterns(lang)
    if p is None or _QUOTES.search(clause):
        return None
    verb = p.verb.search(clause)
    if verb is None:
        return None
    before = clause[:verb.start()]
    breaks = list(_BREAK.finditer(before))
    subject = before[breaks[-1].end():] if breaks else before
    found = p.subject.match(subject)
    if found is None:
        return None
    name = _LEAD.sub("", found.group("name").strip())
    return Source(name, "military") if name else None
