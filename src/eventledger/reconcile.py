"""Figures from claims, following UCDP GED's low/best/high (SCHEMA.md, Reconciliation).

Kept apart from extraction and storage because it is the one rule every output must agree on, and because an
event's figures at any past time are this function applied to the claims known then.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone

from eventledger.model import Claim, Figure

# Who is most credible for a specific count: officials publish counts they must stand behind; channels relay.
SOURCE_RANK = {"official": 5, "military": 4, "media": 3, "analyst": 3, "telegram": 2, "residents": 1, "unknown": 0}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _rank(claim: Claim) -> int:
    """How credible the claim's source is for a count. A claim no one is credited with, told without a hedge, is the
    outlet's own ("Two people were killed in a strike on Sumy" in a lead): it stands as the outlet does, a medium, above
    a channel or residents it goes on to quote."""
    if claim.source is None and claim.source_kind == "unknown" and not claim.hedged:
        return SOURCE_RANK["media"]
    return SOURCE_RANK.get(claim.source_kind, 0)


def _credibility(claim: Claim) -> tuple[bool, datetime, int, int]:
    """Unhedged before hedged, later reports before earlier ones, then the source's kind, then later in the text."""
    published = claim.published or _EPOCH
    if published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    return (not claim.hedged, published, _rank(claim), claim.start)


def _latest_of_its_report(chosen: Claim, exact: list[Claim]) -> Claim:
    """The largest specific figure of the chosen claim's report told by a source as credible. A report that gives two
    counts of one figure from one source tells an early or partial count beside its latest total ("13 injured ... seven
    others injured", "загинуло троє ... двоє одеситів загинули"), in whatever order: the larger is its update. A less
    credible source's larger count (a channel's "five wounded" beside the governor's three) is no update; other reports
    keep their order by credibility."""
    rank = _rank(chosen)
    own = [c for c in exact if (c.report_id, c.published, c.hedged) == (chosen.report_id, chosen.published, chosen.hedged)
           and (_rank(c) == rank or (c.source_kind == "unknown" and not c.hedged))]
    return max(own, key=lambda c: (c.value, _credibility(c)))


def _who(claim: Claim) -> str:
    hedge = ", hedged" if claim.hedged else ""
    return f"{claim.source or 'unattributed'} ({claim.source_kind}{hedge}): {claim.value}"


def reconcile_figure(claims: Iterable[Claim]) -> Figure | None:
    """low/best/high of one figure from the claims that give it; None when no claim has an integer value."""
    counted = [c for c in claims if isinstance(c.value, int)]
    if not counted:
        return None
    low = min(c.value for c in counted)  # type: ignore[type-var]
    exact = [c for c in counted if not c.lower_bound]
    bounds = [c for c in counted if c.lower_bound]
    # A hedged "reportedly at least eight" is not credible enough to overrule a specific figure.
    credible_bounds = [c for c in bounds if not c.hedged]
    best_bound = max(credible_bounds, key=lambda c: (c.value, _credibility(c))) if credible_bounds else None
    if exact:
        chosen = _latest_of_its_report(max(exact, key=_credibility), exact)
        best, reason = int(chosen.value), f"most credible specific figure: {_who(chosen)}"
        if best_bound is not None and int(best_bound.value) > best:
            best, reason = int(best_bound.value), f"raised to the largest credible lower bound: {_who(best_bound)} (over {reason})"
        elif best_bound is not None and chosen.hedged:
            # "at least five died" beside "unconfirmed reports suggest 12" (every specific figure hedged): a rumour's
            # count is not more credible than one the source stands behind, even one that is only a lower bound
            best, reason = int(best_bound.value), f"credible lower bound over hedged figures only: {_who(best_bound)}"
    else:
        top_bound = best_bound or max(bounds, key=lambda c: (c.value, _credibility(c)))
        best, reason = int(top_bound.value), f"only lower bounds given; largest: {_who(top_bound)}"
    top = max(counted, key=lambda c: (c.value, not c.lower_bound))
    high = None if top.lower_bound else int(top.value)
    return Figure(low=int(low), best=best, high=high, reason=reason)


def reconcile(claims: Iterable[Claim]) -> dict[str, Figure]:
    """Every figure an event's claims give, in a stable order."""
    by_figure: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.figure:
            by_figure[claim.figure].append(claim)
    figures = {name: reconcile_figure(group) for name, group in sorted(by_figure.items())}
    return {name: f for name, f in figures.items() if f is not None}
