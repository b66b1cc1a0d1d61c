"""The record types every module speaks.

One frozen dataclass per concept, so that nothing untyped crosses a module border. Field names follow
`SCHEMA.md` (the public contract); `to_dict` methods produce exactly that shape for JSON Lines exports.
Ids are hashes of content, so that reading the same thing twice yields the same records.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any, Literal

Kind = Literal["strike", "interception", "explosion", "airspace_restriction", "shelling", "other"]
Weapon = Literal[
    "drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "aircraft", "artillery", "naval_drone", "unknown"
]
DatePrecision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["point", "city", "admin2", "admin1", "country", "region", "sea"]
SourceKind = Literal["official", "military", "media", "telegram", "residents", "analyst", "unknown"]
TargetCategory = Literal[
    "military_industry", "energy", "oil_refinery", "airfield", "airport", "military", "residential", "transport",
    "civilian_infrastructure", "unknown",
]
FigureName = Literal["killed", "injured", "hospitalized", "critical", "launched", "intercepted", "hit", "airports"]

KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
FIGURE_NAMES: tuple[str, ...] = FigureName.__args__  # type: ignore[attr-defined]


def content_id(*parts: object, length: int = 16) -> str:
    """A stable id from content: the same inputs give the same id on every machine and run."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Offset:
    """Where an offset place lies from the place it is named after: "15 km north of" is km 15, bearing 0; "near" (под,
    в районе, поблизу) is neither."""

    km: float | None = None
    bearing: float | None = None  # degrees clockwise from north

    def to_dict(self) -> dict[str, Any]:
        return {"km": self.km, "bearing": self.bearing}


@dataclass(frozen=True, slots=True, eq=False)
class Place:
    """A resolved location. `precision` says honestly how much of it is known: never a silent centroid.

    `name` is the place's name in its dictionary form, in the report's language where the gazetteer confirms it
    ("в районе Калуги" -> "Калуга"), `name_en` the gazetteer's English name ("Kaluga"), `as_written` the report's own
    words, and `offset` the distance and bearing of an offset place from the place it is named after.
    """

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: PlacePrecision
    geonames_id: int | None = None
    iata: str | None = None
    icao: str | None = None
    name_en: str | None = None
    as_written: str | None = None
    offset: Offset | None = None

    @property
    def key(self) -> str:
        """The name that says which place this is, whatever the report's language: the English name; for an offset
        place, the words that told it ("near Kaluga" is not Kaluga). Ids, comparisons and equality use it."""
        if self.offset is not None and self.as_written:
            return self.as_written
        return self.name_en or self.name

    def _identity(self) -> tuple[Any, ...]:
        return (self.key, self.country, self.admin1, self.lat, self.lon, self.precision, self.geonames_id, self.iata,
                self.icao, self.offset)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Place) and self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name, "name_en": self.name_en, "as_written": self.as_written, "country": self.country,
            "admin1": self.admin1, "lat": self.lat, "lon": self.lon, "precision": self.precision,
            "geonames_id": self.geonames_id,
        }
        if self.iata or self.icao:
            d["iata"], d["icao"] = self.iata, self.icao
        if self.offset is not None:
            d["offset"] = self.offset.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        offset = d.get("offset")
        return cls(
            name=d["name"], country=d.get("country"), admin1=d.get("admin1"), lat=d.get("lat"), lon=d.get("lon"),
            precision=d["precision"], geonames_id=d.get("geonames_id"), iata=d.get("iata"), icao=d.get("icao"),
            name_en=d.get("name_en"), as_written=d.get("as_written"),
            offset=Offset(offset.get("km"), offset.get("bearing")) if isinstance(offset, dict) else None,
        )


@dataclass(frozen=True, slots=True)
class Report:
    """What a source published: immutable. Its id is the hash of its text, so a repost is the same report."""

    text: str
    published: datetime | None  # timezone-aware UTC when known
    language: str = "en"
    source: str | None = None  # the outlet or channel that published it
    source_kind: SourceKind = "unknown"
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # where we read it from: a file path, a feed URL
    edition: date | None = None  # the day the same text was published again, days after its first publication

    @property
    def id(self) -> str:
        """The hash of the text with Unicode forms and whitespace normalised: a channel's repost that only re-wraps
        lines is the same report. A text published again days later is another report, an edition (see
        `store.editions`): its id adds the edition's day."""
        if self.edition is None:
            return content_id(normalized_text(self.text))
        return content_id(normalized_text(self.text), self.edition.isoformat())


def time_known(published: datetime | None) -> bool:
    """Whether a publication's time of day is known, not only its day. A source that gives a date without a time is
    kept at midnight UTC (`sources.dates.parse_timestamp` of "2025-07-01" or a date; the benchmarks do the same), so a
    publication at 00:00:00.000000 UTC exactly is read as a date alone (a post of that very microsecond loses only what
    asks for the hour, e.g. resolution's one town, one night)."""
    if published is None:
        return False
    moment = published.astimezone(timezone.utc) if published.tzinfo else published
    return (moment.hour, moment.minute, moment.second, moment.microsecond) != (0, 0, 0, 0)


@lru_cache(maxsize=64)  # a report's id is asked for many times as it is stored (editions try 16 ids a publication)
def normalized_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a report's text that an extraction stage recognised, with what it means."""

    start: int
    end: int
    text: str
    kind: str  # "number", "date", "place", "source", "trigger", "weapon", "target", "hedge"
    value: Any = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement read from one report: a figure (`killed` = 3) or an assertion (`target` = "Kupol plant")."""

    report_id: str
    start: int
    end: int
    quote: str
    value: int | str
    figure: str | None = None
    assertion: str | None = None
    lower_bound: bool = False
    source: str | None = None
    source_kind: SourceKind = "unknown"
    hedged: bool = False
    published: datetime | None = None  # the report's publication time: later updates beat earlier rumours

    @property
    def id(self) -> str:
        return content_id(self.report_id, self.start, self.end, self.figure, self.assertion, self.value)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"figure": self.figure} if self.figure else {"assertion": self.assertion}
        d.update(
            value=self.value, lower_bound=self.lower_bound, source=self.source, source_kind=self.source_kind,
            hedged=self.hedged, report_id=self.report_id, quote=self.quote, start=self.start, end=self.end,
        )
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        """The claim `to_dict` wrote (with `published`, an ISO time, when a store kept it beside the record)."""
        published = d.get("published")
        return cls(
            report_id=d.get("report_id") or "", start=int(d["start"]), end=int(d["end"]), quote=d.get("quote") or "",
            value=d["value"], figure=d.get("figure"), assertion=d.get("assertion"),
            lower_bound=bool(d.get("lower_bound", False)), source=d.get("source"),
            source_kind=d.get("source_kind") or "unknown", hedged=bool(d.get("hedged", False)),
            published=datetime.fromisoformat(published) if isinstance(published, str) else None,
        )


@dataclass(frozen=True, slots=True)
class Figure:
    """A reconciled count, UCDP-style. `high` is None when the largest figure is only a lower bound."""

    low: int
    best: int
    high: int | None
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    category: TargetCategory = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "category": self.category}


@dataclass(frozen=True, slots=True)
class Area:
    """One area of a multi-area claim (per-region breakdowns of interceptions), with its own figures.

    `claims` are the statements its figures rest on ("20 — над Брянской областью": intercepted = 20, who told it, where
    in the text), so that an area's number is as traceable as the event's own. They are kept apart from the event's
    `claims` on purpose: an area's 20 is no claim about the whole count, and never enters the event's reconciled
    `figures`."""

    place: Place
    figures: dict[str, int] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = self.place.to_dict()
        d["figures"] = dict(self.figures)
        d["claims"] = [c.to_dict() for c in self.claims]
        return d


@dataclass(frozen=True, slots=True)
class Related:
    event_id: str
    why: Literal["same_target", "same_place_earlier", "follow_up"]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.event_id, "why": self.why}


@dataclass(frozen=True, slots=True)
class Event:
    """A cluster of claims about one incident. Figures are derived from the claims, never typed in.

    Extraction yields one Event per incident per report (its `reports` holds that one report); resolution
    merges them across reports. `background` marks an incident the report recalls rather than reports.
    """

    kind: Kind
    date: str | None
    date_precision: DatePrecision | None
    place: Place | None
    weapon: Weapon | None = None
    target: Target | None = None
    attacker: str | None = None
    defender: str | None = None
    areas: tuple[Area, ...] = ()
    figures: dict[str, Figure] = field(default_factory=dict)
    claims: tuple[Claim, ...] = ()
    reports: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    background: bool = False
    details: str | None = None
    anchor: int = 0  # offset of the sentence that reported it, in the first report: keeps ids stable
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "weapon": self.weapon,
            "date": self.date,
            "date_precision": self.date_precision,
            "place": self.place.to_dict() if self.place else None,
            "areas": [a.to_dict() for a in self.areas],
            "target": self.target.to_dict() if self.target else None,
            "attacker": self.attacker,
            "defender": self.defender,
            "figures": {name: f.to_dict() for name, f in self.figures.items()},
            "claims": [c.to_dict() for c in self.claims],
            "reports": list(self.reports),
            "related": [r.to_dict() for r in self.related],
            "background": self.background,
            "details": self.details,
        }
