"""The most specific place a report names for an incident it places at a whole region (ANNOTATION.md: `place` is "the
most specific place the report names for the incident").

A report often names the region in the clause that tells the incident ("a drone attack on the Kyiv region", "shelling
of the Kherson region") and the town only in another sentence ("in the Boryspil district six houses were damaged", the
headline's "Russians shelled Kherson"). When the only finer place the report names anywhere inside that region is
one town, district or airport, the incident is there: a reader would not place it at the region's centre, tens of
kilometres away. With two or more finer places inside the region the report may tell several incidents or a list,
and the region stays.

Incidents that hit somewhere move (strikes, shelling, explosions), and an interception of one weapon or of none counted;
a count of several over a region, or many told without a number ("a massive attack", "dozens of drones"), is the
region's count, placed at the area it covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from eventledger.geo import Candidate
from eventledger.geo.distance import between
from eventledger.lang import load
from eventledger.model import Claim

SEA_REACH_KM = 1500.0  # a point off a coast further than this from a sea's own point is on another sea's coast
_MOVES = frozenset({"strike", "shelling", "explosion"})
_FINER = frozenset({"city", "admin2", "airport", "point"})


class Placed(Protocol):
    """What the rule reads of an incident being assembled (`events._Draft`)."""

    kind: str
    date: str | None
    place: Candidate | None
    areas: list[Candidate]
    day_carried: bool
    claims: list[Claim]


def off_the_coast(incidents: Sequence[Placed], named: Sequence[Candidate], lang: str) -> None:
    """Move each incident at a sea to the one point off a coast the report names ("a missile attack in the Red Sea ...
    the attack off the coast of Mokha", "65 nautical miles west of Hodeidah"; `sea_offset_words` in place_roles.yaml):
    the sea's own point is hundreds of kilometres from where the ship was. With two such points or none it stays, and
    so does an incident at another sea (its point further than SEA_REACH_KM from the coast's: "the Mediterranean")."""
    words = _role_words(lang, "sea_offset_words")
    if words is None:
        return
    points = _distinct([c for c in named if c.place.offset is not None and c.place.as_written
                        and words.search(c.place.as_written)])
    if len(points) != 1:
        return
    point = points[0].place
    for incident in incidents:
        sea = incident.place
        if incident.kind in _MOVES and not incident.areas and sea is not None and sea.feature == "sea" and (
                (km := between(sea.place, point)) is not None and km <= SEA_REACH_KM):
            incident.place = points[0]


PORT_REACH_KM = 600.0  # a town this near a sea's own point lies on its coast ("Novorossiysk ... on the Black Sea")


def at_the_port(incidents: Sequence[Placed], named: Sequence[Candidate], lang: str) -> None:
    """Move each incident that hit somewhere, placed at a whole sea, to the one town its own sentences name beside the
    sea within PORT_REACH_KM ("sea drones attacked facilities in Novorossiysk, a city hosting a naval base on the Black
    Sea"): a sea is no place a strike hits, and the port is the most specific place told. With two such towns or none
    it stays; an interception over a sea is the sea's (its count, where the weapons were met). A town told only as a
    ship's destination or origin (`voyage_words`: "as it sailed to Izmail", "bound for Odesa") is no port of the strike."""
    voyage = _voyage_words(lang)
    for incident in incidents:
        sea = incident.place
        if incident.kind not in _MOVES or incident.areas or sea is None or sea.feature != "sea":
            continue
        quotes = [c.quote for c in getattr(incident, "claims", ()) if c.quote]
        ports = _distinct([c for c in named if c.feature == "city" and c.place.as_written
                           and any(_told_at(c.place.as_written, q, voyage) for q in quotes)
                           and (km := between(sea.place, c.place)) is not None and km <= PORT_REACH_KM])
        if len(ports) == 1:
            incident.place = ports[0]


def _told_at(name: str, quote: str, voyage: re.Pattern[str] | None) -> bool:
    """Whether `quote` names `name` once other than as a ship's destination or origin ("as it sailed to Izmail")."""
    return any(voyage is None or not voyage.search(quote, max(0, at - 60), at)
               for at in (m.start() for m in re.finditer(re.escape(name), quote)))


@cache
def _voyage_words(lang: str) -> re.Pattern[str] | None:
    words = (load(lang).get("place_roles") or {}).get("voyage_words") or []
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(words)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}$") if words else None


@cache
def _role_words(lang: str, key: str) -> re.Pattern[str] | None:
    """A word list of the language's place_roles.yaml (`sea_offset_words`, `interception_many_words`) as one pattern."""
    words = (load(lang).get("place_roles") or {}).get(key) or []
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(words)})") if words else None


def to_finest(incidents: Sequence[Placed], named: Sequence[Candidate], lang: str) -> None:
    """Move each incident placed at a subdivision to the one finer place `named` (the places the report's clauses
    name where something happened, launch sites and speakers left out) holds inside it, unless another incident of
    that day is told there already: then the region's is its own account ("two killed in the Kherson region" beside
    "shells hit Kherson"), or a total (`same_incident` joined the region's retellings before)."""
    for incident in incidents:
        region = incident.place
        if not _moves(incident, lang) or incident.areas or region is None or region.feature != "admin1":
            continue
        inside = _distinct([c for c in named if c.feature in _FINER and _within(c, region)])
        # (a day carried over from an earlier sentence is no day of the town's own: "У ніч на 9 березня ... Київщину
        # ... У Бориспільському районі пошкоджено" is the region's incident told in the district)
        if len(inside) == 1 and (incident.kind != "interception" or _told_at_finer(incident, region, inside[0])) \
                and not any(o is not incident and o.date == incident.date and not o.day_carried
                            and _counts_against(o, incident)
                            and o.place is not None and _same(o.place, inside[0]) for o in incidents):
            incident.place = inside[0]


def _moves(incident: Placed, lang: str) -> bool:
    """Whether an incident at a region may move to a town: one that hit somewhere, and an interception that counts
    nothing but one weapon ("air defence repelled the attack", "the drone was shot down over the city"). A count of
    several ("30 drones were destroyed over Rostov Oblast") or many told without a number ("repelled a massive
    attack", "an attack of dozens of drones") is the region's, placed at the area it covers: the town one of them
    fell on is not where the others were downed."""
    if incident.kind == "interception":
        many = _role_words(lang, "interception_many_words")
        return all(c.figure not in ("launched", "intercepted") or (c.figure == "intercepted" and c.value == 1)
                   for c in incident.claims) and not (
            many is not None and any(c.quote and many.search(c.quote) for c in incident.claims))
    return incident.kind in _MOVES


def _told_at_finer(incident: Placed, region: Candidate, finer: Candidate) -> bool:
    """Whether an interception's own words leave its region for the town: they name the town ("over the Rylsk district
    of Kursk Oblast"), or they name no region at all ("air defence repelled the attack"). One whose words name the
    region ("repelled a drone attack on the territory of Volgograd Oblast") is the governor's account of his region."""
    quotes = [c.quote for c in incident.claims if c.quote]
    town, area = _stem(finer), _stem(region)
    if town and town != area and any(_names(q, town) for q in quotes):
        return True
    return bool(area) and not any(_names(q, area) for q in quotes)


def _stem(place: Candidate) -> str:
    """The first letters of the first word the report wrote the place with: "Рыльским районом" -> "рыльс"."""
    words = re.findall(r"\w+", place.place.as_written or "")
    return words[0][:5].lower() if words and len(words[0]) >= 4 else ""


def _names(quote: str, stem: str) -> bool:
    return re.search(rf"(?i)(?<!\w){re.escape(stem)}", quote) is not None


def _counts_against(other: Placed, incident: Placed) -> bool:
    """Whether `other`, told at the town, makes `incident`'s region its own account. A strike at the town does not
    for an interception: the downing over a region whose one named town was hit ("air defence repelled the attack ...
    windows broken in Aleksin") happened over that town, where the debris fell."""
    return incident.kind != "interception" or other.kind == "interception"


def _within(place: Candidate, region: Candidate) -> bool:
    return bool(place.place.country and place.place.country == region.place.country
                and place.admin1_code and place.admin1_code == region.admin1_code)


def _distinct(places: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in places:
        if not any(_same(c, o) for o in out):
            out.append(c)
    return out


def _same(a: Candidate, b: Candidate) -> bool:
    if a.place.geonames_id and a.place.geonames_id == b.place.geonames_id:
        return True
    return (a.place.key, a.place.country) == (b.place.key, b.place.country)
