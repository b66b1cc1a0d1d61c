"""An incident told with no place of its own, beside the one incident the report places, is that incident told again.

The rules place an unplaced incident where they can (the report's main place, the one region it names, the place the
next sentence points back with); what is left unplaced and still carries a figure is mostly a sentence that retells
the incident just told ("Drones struck a warehouse in Sumy, wounding three. Three people were wounded in the drone
attack, officials said.", a headline whose town went unread: "Two killed as shells hit a market" over "Shelling of the
market in X killed two"). Such an event has no place, so it can never be the gold event it retells (ANNOTATION.md: the
headline, the lead and the body that retell one incident are one event), and the incident it retells loses its claims.

It joins the incident of an agreeing kind told last before it (a headline's, the first told after it): the same kind,
two kinds of damage (`pair_decision.DAMAGE_KINDS`), or an unplaced "other" told before a strike or shelling, as a
headline or lead tells it (a clash told after a shelling is another incident). Every figure it counts the host must
count at the same value, and it must share a nonzero figure with the host or, sharing none, be of its kind and weapon:
equal figures alone, or no figures, tell nothing of which incident it is. No day told apart (`pair_decision.vetoed`)
may part them. An unplaced incident that counts a figure at another value, or is recalled from an earlier time, stays
as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventledger.extract.pair_decision import DAMAGE_KINDS, figure_values, joined, vetoed
from eventledger.model import Event, content_id


def placeless_joined(events: Sequence[Event], text: str, lang: str) -> list[Event]:
    """The events with each unplaced one joined into the placed incident it retells (see the module)."""
    out = list(events)
    for e in sorted(events, key=lambda e: e.anchor):
        if e.place is not None or e.areas or e.background:
            continue
        host = _retold(e, [o for o in out if o is not e], text, lang)
        if host is not None:
            both = joined(host, e)
            out = [o for o in out if o is not e and o is not host] + [
                # (the placed incident's kind: an unplaced "other" or "explosion" is how the retelling told it)
                both if both.kind == host.kind else with_kind(both, host.kind)]
    return sorted(out, key=lambda e: e.anchor)


def _retold(e: Event, others: Sequence[Event], text: str, lang: str) -> Event | None:
    placed = [o for o in others if o.place is not None and not o.background and _kinds_agree(e, o)]
    before = [o for o in placed if o.anchor < e.anchor]
    host = max(before, key=lambda o: o.anchor) if before else min(placed, key=lambda o: o.anchor, default=None)
    if host is None or vetoed(host, e, text, lang) or not _figures_agree(e, host):
        return None
    return host


def _kinds_agree(e: Event, o: Event) -> bool:
    """The same kind, two kinds of damage, or an unplaced incident of no kind ("other") told before the strike or
    shelling, as a headline or lead tells it; a clash told after a strike is another incident, not its retelling."""
    return e.kind == o.kind or {e.kind, o.kind} <= DAMAGE_KINDS or (
        e.kind == "other" and o.kind in DAMAGE_KINDS and e.anchor < o.anchor)


def _figures_agree(e: Event, host: Event) -> bool:
    """Whether every figure the unplaced event counts the host counts at the same value, and the two share a nonzero
    figure or, failing that, one kind and one weapon."""
    mine, theirs = figure_values(e.claims), figure_values(host.claims)
    if any(not values <= theirs.get(figure, set()) for figure, values in mine.items()):
        return False
    shared = any(v != 0 for figure, values in mine.items() for v in values & theirs.get(figure, set()))
    return shared or (e.kind == host.kind and e.weapon is not None and e.weapon == host.weapon)


def with_kind(e: Event, kind: str) -> Event:
    """`e` told as another kind, with the id an event of that kind there would have had (as events.py makes it)."""
    report = e.reports[0] if e.reports else ""
    return replace(e, kind=kind, id=content_id(report, kind, e.anchor, e.place.key if e.place else None))
