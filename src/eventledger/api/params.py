"""Query parameters shared by the event endpoints, turned into a validated `EventFilter`.

Enumerations are typed as Literals so that a wrong value is refused with a 422 naming the parameter (and the
OpenAPI schema lists the allowed values); everything else is checked by `EventFilter` itself.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Literal

from fastapi import HTTPException, Query

from eventledger.store.query import EventFilter

Kind = Literal["strike", "interception", "explosion", "airspace_restriction", "shelling", "other"]
Weapon = Literal[
    "drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "aircraft", "artillery", "naval_drone", "unknown"
]
TargetCategory = Literal[
    "military_industry", "energy", "oil_refinery", "airfield", "airport", "military", "residential", "transport",
    "civilian_infrastructure", "unknown",
]
Sort = Literal["date", "-date"]
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MinFigure = Annotated[int | None, Query(ge=0, le=10**9)]
Text = Annotated[str | None, Query(max_length=300)]
Cursor = Annotated[str | None, Query(max_length=500, description="`next_cursor` of the previous page.")]


def unprocessable(message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=message)


async def event_filter(
    since: Annotated[str | None, Query(pattern=DATE, description="Earliest date, YYYY[-MM[-DD]], inclusive.")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="Latest date, YYYY[-MM[-DD]], inclusive.")] = None,
    kind: Kind | None = None,
    weapon: Weapon | None = None,
    country: Annotated[str | None, Query(max_length=2, description="ISO 3166-1 alpha-2 code, e.g. UA.")] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="First-level region as stored, e.g. Kharkiv Oblast.")] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north in degrees.")] = None,
    source: Annotated[str | None, Query(max_length=300, description="Who made a claim, as reports name them.")] = None,
    outlet: Annotated[str | None, Query(max_length=300, description="Who published a report (channel, site).")] = None,
    min_killed: MinFigure = None,
    min_injured: MinFigure = None,
    min_hospitalized: MinFigure = None,
    min_critical: MinFigure = None,
    min_launched: MinFigure = None,
    min_intercepted: MinFigure = None,
    min_hit: MinFigure = None,
    min_airports: MinFigure = None,
    background: Annotated[bool | None, Query(description="true: only incidents recalled as background; false: only reported ones.")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Words that must all occur in a report of the event.")] = None,
    target: Annotated[TargetCategory | None, Query(description="Target category.")] = None,
    place: Annotated[str | None, Query(max_length=300, description="A place by its name, English name or the report's words for it, any case: Калуга, Kaluga.")] = None,
) -> EventFilter:
    minimums = {
        "killed": min_killed, "injured": min_injured, "hospitalized": min_hospitalized, "critical": min_critical,
        "launched": min_launched, "intercepted": min_intercepted, "hit": min_hit, "airports": min_airports,
    }
    try:
        return EventFilter(
            since=since, until=until, kind=kind, weapon=weapon, country=country, admin1=admin1,
            bbox=EventFilter.parse_bbox(bbox) if bbox is not None else None, source=source, outlet=outlet,
            min_figures={k: v for k, v in minimums.items() if v is not None}, background=background, q=q, target=target,
            place=place,
        )
    except ValueError as exc:
        raise unprocessable(str(exc)) from None


def moment(name: str, value: datetime | None) -> datetime | None:
    """A time parameter as aware UTC; naive is taken as UTC, as the store does."""
    if value is None:
        return None
    if not 1900 <= value.year <= 2100:
        raise unprocessable(f"{name}={value.isoformat()} is not a plausible time")
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
