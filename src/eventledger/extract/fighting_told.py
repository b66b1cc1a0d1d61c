"""One report's ground fighting told once (ANNOTATION.md: one real-world incident, "the headline, the lead and the body
that retell it are one event").

One clause that names the fighting at two or three places ("ведёт контрнаступление в Алеппо и Идлибе", "ВС РФ зашли в
сёла A, B и C, сейчас там бои") is read place by place as two or three clashes. A clash proposed from the very claims
another clash of the report was proposed from (the same spans, nothing of its own), on the same day, is that clash:
one event, kept at the first place named (as the Telegram dev set's gold keeps "A, B и C" as one clash). Not when the
clause gives the later place fighting of its own, by a word of fighting or of ground taken between the two names
("прорвали оборону у A, началось освобождение B": two clashes, ANNOTATION.md's one per place that has its own).

Not joined (tried, fifteenth session): a strike on the fighting's positions told beside a clash at its place. The
nineteenth ledger judge counted such a strike a duplicate of the clash, but the Telegram dev set's gold keeps it as an
event of its own (an air strike on positions at Chasiv Yar beside the clash there), and ANNOTATION.md does not say.
Nor any other `other` event read twice from one clause: only a clause that tells fighting between forces (`clash_words`,
`ground_fighting` or `ground_taken` of the language file) and none of gunmen's shooting (`small_arms`), with no target of its own at
either place. "Неизвестные обстреляли автомобиль полиции в Махачкале и пост ДПС в Дербенте" is two shootings, each
with its own target (ANNOTATION.md: one event per place that has something of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from eventledger.extract import incidents
from eventledger.extract.same_incident import days_agree
from eventledger.geo import Candidate
from eventledger.model import Claim


class Told(Protocol):
    kind: str
    target: object
    place: Candidate | None
    anchor: int
    claims: list[Claim]
    separate: bool
    another: bool

    def absorb(self, other: Told) -> None: ...


def fighting_told_once(events: Sequence[Told], lang: str) -> list[Told]:
    """The events with each clash told again from the same clauses joined into the first."""
    events = list(events)
    clashes = [e for e in events if e.kind == "other" and e.place is not None and e.target is None
               and _tells_fighting(e, lang)]
    if not clashes:
        return events
    gone: set[int] = set()
    for i, a in enumerate(clashes):
        if id(a) in gone:
            continue
        for b in clashes[i + 1:]:
            if id(b) not in gone and _same_clauses(a, b) and days_agree(a, b) and not _own_words(a, b, lang):
                _join(a, b)
                gone.add(id(b))
    return [e for e in events if id(e) not in gone]


def _tells_fighting(event: Told, lang: str) -> bool:
    """Whether the clause the event's kind was read from tells fighting between forces, not gunmen's shooting."""
    p = incidents.patterns(lang)
    told = [c.quote for c in event.claims if c.assertion == "kind"]
    return bool(told) and all(
        (p.clash is not None and p.clash.search(q) or p.ground is not None and p.ground.search(q)
         or p.taken is not None and p.taken.search(q))
        and not incidents.small_arms(q, lang) for q in told)


def _own_words(a: Told, b: Told, lang: str) -> bool:
    """Whether the clause tells the fighting at the later-named place with words of its own: a word of fighting or of
    ground taken between the two names ("прорвали оборону у A, началось освобождение B", "captured A, and troops
    entered B"), not a list that one verb governs ("зашли в сёла A, B и C"). Names not found as written in the clause
    (a place read through a namesake or an adjective) leave the clashes one, as before."""
    p = incidents.patterns(lang)
    for q in (c.quote for c in a.claims if c.assertion == "kind"):
        spans = [_written_at(q, e) for e in (a, b)]
        if None in spans:
            return False
        (s1, e1), (s2, e2) = sorted(spans)  # type: ignore[misc]
        between = q[e1:s2]
        if any(w is not None and w.search(between) for w in (p.clash, p.ground, p.taken)):
            return True
    return False


def _written_at(quote: str, event: Told) -> tuple[int, int] | None:
    """Where the event's place is written in a quote, by the words the report used for it."""
    written = event.place.place.as_written if event.place is not None else None
    at = quote.find(written) if written else -1
    return (at, at + len(written)) if written and at >= 0 else None


def _same_clauses(a: Told, b: Told) -> bool:
    """Whether every claim of one is a claim of the other (the same span, figure and value): read from one clause."""
    mine, theirs = {_key(c) for c in a.claims}, {_key(c) for c in b.claims}
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _key(c: Claim) -> tuple[object, ...]:
    """What makes two claims one: the same span, figure, assertion and value."""
    return (c.start, c.end, c.figure, c.assertion, c.value)


def _join(host: Told, guest: Told) -> None:
    host.anchor = min(host.anchor, guest.anchor)
    host.absorb(guest)  # (the host keeps its place: the first named)
    seen: set[tuple[object, ...]] = set()
    claims = []
    for c in host.claims:
        if (key := _key(c)) not in seen:
            seen.add(key)
            claims.append(c)
    host.claims[:] = claims
