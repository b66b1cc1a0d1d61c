"""Whether an English event word is only attempted, and how the attempt ended.

Russian and Ukrainian tell an attempt with an infinitive ("пытались атаковать"), which `tense.unrealised` reads by
morphology. English marks it with the verb of trying before the word: "air defences tried to repel the attack",
"two drones attempted to attack a military facility, but failed". An attack attempted is still an attack told (the
weapons flew), but a defence attempted tells no interception, and an attack that failed is what the defence stopped.
The words live in the language file (`attempt_prefixes`, `attempt_failed`).
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.extract.guard import guarded
from eventledger.lang import topic


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = topic(lang, "events")
    prefixes, failed = data.get("attempt_prefixes"), data.get("attempt_failed")
    if not prefixes or not failed:
        return None
    return (re.compile(rf"\b(?:{'|'.join(prefixes)})\s+(?:[\w-]+\s+)?$", re.IGNORECASE),
            guarded(rf"\b(?:{'|'.join(failed)})\b", re.IGNORECASE))


def attempted(text: str, start: int, lang: str) -> bool:
    """Whether the event word at `start` follows a verb of trying ("tried to repel", "attempted to attack")."""
    p = _patterns(lang)
    return p is not None and bool(p[0].search(text, max(0, start - 40), start))


def failed(text: str, lang: str) -> bool:
    """Whether a clause says the attempt came to nothing ("but failed", "unsuccessfully", "was thwarted")."""
    p = _patterns(lang)
    return p is not None and bool(p[1].search(text))
