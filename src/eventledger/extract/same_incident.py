"""Which of one report's proposed incidents are one incident told twice (ANNOTATION.md: "the headline, the lead and
the body that retell it are one event"; strikes on two towns, each with facts of its own, are two).

`events.py` proposes an incident per clause and place and joins proposals of one kind at one place on one day. What
that leaves are retellings that name the place at another level or leave the day unsaid:

- the headline's "drone attack kills 43 in Sudan" and the body's market in Khartoum; the lead's "the Belgorod region"
  and the quote's "a shopping centre in Belgorod";
- "the strikes damaged a house in Kharkiv", told with no day of its own, after "Kharkiv was struck overnight";
- "two missiles hit the city centre", told with no place of its own (given the place the report is about), after "a
  missile hit Kharkiv on Saturday": the only joining of such clauses, `events.py` keeps none of its own;

Two proposals are one incident when all of these hold:

1. kinds agree: the same kind, or two of strike, shelling and explosion;
2. days agree: the same day, or one of them names no day of its own (it was given the publication day) and is told
   after the other or the day before publication, or a strike's or shelling's one night told on two days (the
   evening of one, "late on August 13", and overnight on the next), one of the two telling nothing of its own;
3. places agree: the same place (on another day, when only one incident is told there); or one contains the other
   (a country its towns, an oblast its towns and the city of its name that is a region of its own, a district the town it is named after ("Fastiv Raion", "Фастівський
   район" and Fastiv), a city that is a region of its own its districts, a city the airport named after it, a
   headline's city that is a region of its own the places around it: "Москву атаковали дроны" over Ramenskoye), the
   coarser one (unless a town, or a district named after it) states no figure or target the finer one lacks ("two
   killed in the Kherson region" beside "27 shells fired at Kherson" is the region's own account; but a region of
   strikes or shelling told after the one incident in it (a country before or after it, or a region told only in the
   report's headline, which the body retells, or told in a headline's line that the next sentence retells at the
   finer place), not recalled from an earlier
   report and counting no figure at another value (a town's count told only as a lower bound, "сообщается о
   погибших", agrees with any not below it), is that incident told again at the region's level) and contains no
   other incident it could be retelling (else it is a total or a list, and stays). An airspace restriction told for
   a region, a country or a city that is a region of its own is the general telling of the airport restrictions told
   inside it, unless it counts more airports than are named there. An interception count told for a place and retold over the areas it covers ("17 of 23 drones were shot down" over
   Ukraine, "Seventeen drones were shot down over Mykolaiv, Cherkasy ... regions") is one claim, when a count is
   shared and every area lies in the place; a count over several areas retold at one of them or a place inside one
   ("three drones shot down over the Bryansk region" after the ministry's three over Bryansk and Kaluga) is one claim
   when a count is shared;
4. no fact conflicts: two weapons named and different (not two words for one: an aircraft and its glide bombs or
   missiles, a rocket launcher and its rockets read as missiles); an interception's counts ("13 over Mykolaiv Oblast" beside a
   national "60" is the governor's own claim, its own event; a telling with no count, "air defences are repelling an
   attack on the Moscow region", conflicts with none), unless they are one night's running tally over a town
   and its region (the later no smaller, or told as "ещё восемь" more, which adds to the count told before; not after
   "another attack"); two interception tellings with no count at all, told at one part of the day or one at none,
   are no two tellers' own counts.

5. or, when rules 3 and 4 leave them apart, a strike or shelling told again in a later sentence with nothing of its
   own (no figure, target, weapon or kind the earlier lacks), at a settlement on the edge of the town (within 15 km,
   a fifth of its people or fewer; no third place hit that day told: a list) or at a place inside an area (no
   country) that counts nothing of its own, the earlier the only incident it could retell among the report's
   tellings as first read, not told as another, one more or one after ("later", "too"), no part of the day named on
   one side only or apart, not recalled (`_told_again`).

The joined incident keeps the most specific place (an interception the area its count covers, the coarser), the day
that was named, a strike's kind over an explosion's, and every claim of both with its source and span.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import replace
from datetime import date
from typing import Protocol

from eventledger.extract.days_told import days_apart
from eventledger.extract.pair_decision import DAMAGE_KINDS
from eventledger.geo.distance import between
from eventledger.geo import Candidate
from eventledger.extract.word_lists import every_language
from eventledger.model import Claim, Place, Target, Weapon

_SPECIFICITY = {"airport": 0, "point": 0, "city": 1, "admin2": 2, "area": 2, "sea": 2, "admin1": 3, "region": 4, "country": 5}
_MISSILES = frozenset({"missile", "ballistic_missile", "cruise_missile"})
# a glide bomb is what an aircraft drops: "an airstrike" and "glide bombs" name one weapon of a strike told twice (not of
# an interception: a jet shot down and glide bombs shot down are two things)
_AIR_DROPPED = frozenset({"aircraft", "glide_bomb"})
# two readings of one strike's weapon, never two weapons of two strikes: an aircraft and what it drops; a multiple rocket
# launcher (artillery) and its "rockets" / "ракеты", read as missiles ("shelled Belgorod with Vampire launchers ... a
# rocket hit a shopping centre"); an air strike and its "missile" ("Israeli air strikes hit Rafah ... a missile struck
# a house"). (A drone and artillery, a drone and a missile, are two.)
_ONE_WEAPON_TOLD_TWICE = (_AIR_DROPPED, _MISSILES | {"artillery"}, _MISSILES | _AIR_DROPPED)
_CITY_REACH_KM = 20.0  # a city's districts lie this close to its centre


class Proposal(Protocol):
    """What the rules read of an incident being assembled (`events._Draft`)."""

    kind: str
    place: Candidate | None
    date: str | None
    date_precision: str | None
    dated: bool
    explicit_date: bool
    anchor: int
    weapon: Weapon | None
    target: Target | None
    areas: list[Candidate]
    claims: list[Claim]
    separate: bool  # told as another incident ("Another strike hit the city"): it retells none told before
    another: bool  # told with "another", facts of its own or not ("Днём произошла ещё одна атака")
    retold: bool  # told only in sentences recalling an earlier report ("As was reported, ...")
    recalls: bool  # told with words of history
    told_day: str | None  # with no publication date, the day its clauses tell against a stand-in day (`days_told`)
    when: frozenset[str]  # the parts of the day (or an earlier day: "before") its sentences tell

    @property
    def headline(self) -> bool: ...  # told only in the report's headline, which the body retells (ANNOTATION.md)

    def absorb(self, other: Proposal) -> None: ...


def one_per_incident(proposals: Sequence[Proposal]) -> list[Proposal]:
    """The proposals with every retelling joined into the incident it retells, in the order first told."""
    events = list(proposals)
    # each incident's tellings as first read, before any join: rule 5 asks of these whether the earlier telling is the
    # only one the later could retell (a list of villages around a town must not join into it one by one)
    tellings = {id(p): [_as_read(p)] for p in events}
    joined = True
    while joined:
        joined = False
        for i, a in enumerate(events):
            for b in events[i + 1 :]:
                if same_incident(a, b, events, tellings):
                    _count_on(a, b)
                    host, guest = _host(a, b)
                    _join(host, guest)
                    events.remove(guest)
                    tellings[id(host)] = tellings[id(host)] + tellings.pop(id(guest))
                    joined = True
                    break
            if joined:
                break
    return sorted(events, key=lambda e: e.anchor)


def _as_read(p: Proposal) -> Proposal:
    """A copy of a proposal as first read: a join changes the host (its claims, areas, day and kind), not the copy."""
    first = copy(p)
    first.claims, first.areas = list(p.claims), list(p.areas)
    return first


def same_incident(a: Proposal, b: Proposal, others: Sequence[Proposal] = (),
                  tellings: Mapping[int, Sequence[Proposal]] | None = None) -> bool:
    """Whether two proposals of one report tell one incident (rules 1-5 of the module's docstring). `tellings`: each
    of `others`' tellings as first read (by `id`), before any join; without it, each proposal is its own telling."""
    if not (_kinds_agree(a, b) and _days_agree(a, b) and (not _conflict(a, b) or _running_tally(a, b, others))):
        return False
    if max(a, b, key=lambda p: p.anchor).separate:
        return False
    if a.areas or b.areas:
        return (_restated_per_area(a, b) or _restated_per_area(b, a) or _restated_in_area(a, b)
                or _restated_in_area(b, a))
    if a.place is None or b.place is None:
        return False  # unplaced proposals are joined by events.py's own rules
    if a.kind == b.kind == "airspace_restriction" and (_restriction_over(a, b, others) or _restriction_over(b, a, others)):
        return True
    if same_place(a.place, b.place):
        # on one day, or one day unsaid: the incident told there, when it is the only one told there
        return (a.date == b.date and not days_apart(a.told_day, b.told_day)) or not any(
            o is not a and o is not b and _kinds_agree(o, a) and o.place is not None and same_place(o.place, a.place)
            for o in others)
    if _told_again(a, b, others, tellings):
        return True
    coarse, fine = (a, b) if contains(a.place, b.place) else (b, a) if contains(b.place, a.place) else (None, None)
    if coarse is None or fine is None:
        # a headline at a city that is a region of its own, retold by the body in the region around it ("Власти
        # Москвы и Подмосковья сообщили о массовой атаке беспилотников" over "в Раменском повреждены дома"): the
        # headline's incident, the capital's name standing for its surroundings
        coarse, fine = (a, b) if a.headline and around_capital(a.place, b.place) else (
            (b, a) if b.headline and around_capital(b.place, a.place) else (None, None))
        if coarse is None or fine is None:
            return False
    if coarse.place.feature == "city" and fine.place.feature == "admin2" and _own_facts(coarse, fine):
        return False  # a city's own toll or target beside a district of it that lacks them: two places with their own news
    inside = [o for o in others if o is not coarse and _kinds_agree(o, coarse) and _days_agree(o, coarse)
              and o.place is not None and _holds(coarse, o.place) and not _recalled_beside(o, coarse, fine)]
    only = all(same_place(o.place, fine.place) for o in inside)  # type: ignore[arg-type]
    if coarse.place.feature not in ("city", "admin2") and _own_facts(coarse, fine) and not (
            only and (coarse.anchor > fine.anchor or coarse.place.feature == "country" or coarse.headline
                      or _headline_led(coarse, fine))
            and _zooms_out(coarse, fine, in_headline=coarse.headline or _headline_led(coarse, fine))) and not (
            only and _lead_retold(coarse, fine, others) and _zooms_out(coarse, fine)):
        return False  # (a town's districts and airport, and the town of a district named after it, are its own telling)
    if only:
        return True
    if coarse.kind in DAMAGE_KINDS and _district_of(coarse.place, fine.place) and all(
            _district_of(coarse.place, o.place) for o in inside):  # type: ignore[arg-type]
        return True  # a city that is a region of its own and its districts hit on one day: one attack on the city
    if coarse.kind in DAMAGE_KINDS and _counts_as(coarse, fine) and not any(
            _counts_as(coarse, o) for o in inside if o is not fine):
        return True  # the one incident inside that counts what the region counts, the region's telling of it
    # several incidents inside: a total or a list stays; the general telling of them ("drones attacked the Kharkiv
    # region overnight") with nothing of its own joins the first told
    return not _figures(coarse) and coarse.target is None and fine is min(inside, key=lambda o: o.anchor)


def _recalled_beside(other: Proposal, coarse: Proposal, fine: Proposal) -> bool:
    """Whether `other` is an incident the report recalls from an earlier report or from history ("Раніше місцеве
    видання писало про удар по Ізюму ...", "Напомним, ...") beside a coarser telling of today that counts only what
    the finer counts ("three wounded" in the oblast and in its district): the region's telling is then no total or list taking
    the recalled incident in, so it does not make the region hold a second incident. A region counting more than the
    town ("two killed, 12 wounded in the Kherson region" beside a town's one and eight) may be a total of both."""
    return (other.retold or other.recalls) and not (coarse.retold or coarse.recalls) and _counts_as(coarse, fine)


def _counts_as(coarse: Proposal, fine: Proposal) -> bool:
    """Whether the coarser telling counts something, and each figure it counts the finer counts at the same value (its
    largest: "three wounded ... the wounded were taken" reads a bare one beside the three), not all of them none."""
    counted: dict[str, int] = {}
    for c in coarse.claims:
        if c.figure and isinstance(c.value, int):
            counted[c.figure] = max(counted.get(c.figure, 0), c.value)
    told = _figures(fine)
    return any(counted.values()) and all((figure, value) in told for figure, value in counted.items())


def _district_of(city: Candidate, part: Candidate) -> bool:
    """Whether `part` is a district of `city`, a city that is a region of its own (Kyiv's Pechersk, Sevastopol's
    Balaklava district): a settlement-level place it holds, within the city's reach (not a town of the governorate
    named after it: Idlib and Saraqib)."""
    if city.feature != "city" or part.feature != "city" or not contains(city, part):
        return False
    apart = between(city.place, part.place)
    return apart is not None and apart <= _CITY_REACH_KM


def _lead_retold(coarse: Proposal, fine: Proposal, others: Sequence[Proposal]) -> bool:
    """Whether a region told first in the report (its lead: "Окупанти вдарили по енергетиці Волині", "Russian
    forces struck power sites in the Chernihiv region"), naming no finer place of its own and counting no
    figure the finer telling lacks (its own facts a target, or counts both give), is retold later
    by the one incident inside it ("ракета влучила в підстанцію Ковельського району", "witnesses reported a blast
    on Kremenchuk"): the lead and the body that retell it are one event (ANNOTATION.md). A lead that names a place
    finer than the region without its name ("a hamlet in the Sumy region was shelled", "вдарили по селищу на
    Миколаївщині", "чотири райони": `lead_places` of the language files) stands for that place: another incident, and stays."""
    if any(o.anchor < coarse.anchor for o in others if o is not coarse):
        return False
    named = {c.figure for c in fine.claims if c.figure}
    if any(c.figure and c.figure not in named and c.figure not in _ATTACK_SIZE and c.value != 0
           for c in _told_as_own(coarse, fine)):
        return False  # a figure the town lacks ("two killed in the region over the past day") is the region's own
    told = [c.quote for c in coarse.claims if c.figure is None and c.assertion == "kind"]
    # (nor when a clause recalling an earlier incident went to the region: "Раніше на Вінниччині дрон уразив ...")
    return bool(told) and not any(every_language("lead_places").search(q) or every_language("background_markers").search(q)
                                  for q in told)


def _headline_led(coarse: Proposal, fine: Proposal) -> bool:
    """Whether a coarser telling in a line of its own (a headline, after a line of site sections or not) is retold at
    once by the next sentence at the finer place ("Ще двоє мирних жителів Сумщини отримали поранення через обстріл"
    over "Ворог завдав удару ... на околицях Сумської громади"; "Ukraine has hit back ... airbase in Crimea" over
    "... following an attack on Novofedorivka"): the headline's incident, though the body's unplaced sentences
    ("Внаслідок обстрілу двоє людей отримали поранення") went to the headline's telling."""
    end, lead = getattr(coarse, "heading_end", 0), getattr(coarse, "next_end", 0)
    return 0 < end and coarse.anchor < end <= fine.anchor < lead


def same_place(a: Candidate, b: Candidate) -> bool:
    if a.place.geonames_id and a.place.geonames_id == b.place.geonames_id:
        return True
    if (a.place.key, a.place.country) == (b.place.key, b.place.country):
        return True
    return _one_town_twice(a.place, b.place)


# Two gazetteer entries of one town lie this close at most (a town and its "Gorod X" entry: about a kilometre), and
# the words GeoNames puts before a town's name in its second entry (the town as an administrative unit).
_ONE_TOWN_KM = 3.0
_TOWN_UNIT_WORDS = ("gorod", "город", "misto", "місто")


def _one_town_twice(p: Place, q: Place) -> bool:
    """Whether two places a report names are one town read twice: the same town near which both lie, told in other
    words ("near Mykolaiv" and "near Nikolaev", "под X" and "в районе X": an offset place's key is its words), or
    two gazetteer entries of one town, one named as the other with a word before it ("X" and GeoNames' "Gorod X", a
    kilometre apart). Two towns of one name far apart, or a town and one near it, stay two."""
    if p.country != q.country or p.admin1 != q.admin1 or (p.offset is None) != (q.offset is None):
        return False
    if p.offset is not None:
        return (p.offset == q.offset and (p.name_en or p.name) == (q.name_en or q.name)
                and (p.lat, p.lon) == (q.lat, q.lon))
    if p.precision != "city" or q.precision != "city":
        return False
    short, long = sorted(((p.name_en or p.name).casefold(), (q.name_en or q.name).casefold()), key=len)
    if long not in {f"{word} {short}" for word in _TOWN_UNIT_WORDS}:
        return False
    km = between(p, q)
    return km is not None and km <= _ONE_TOWN_KM


def contains(outer: Candidate, inner: Candidate) -> bool:
    """Whether `outer` (a country, an admin1 area, or a district named as its town) holds `inner`."""
    o, i = outer.place, inner.place
    if same_place(outer, inner):
        return False
    if outer.feature == "city" and inner.feature in ("city", "admin2"):
        # a city that is a region of its own (Kyiv, Sevastopol) holds its districts, whether the gazetteer files them
        # as towns ("Holosiyiv") or as districts ("Desnianskyi Raion", admin1 Kyiv)
        return i.country == o.country and i.admin1 == o.admin1 and (o.admin1 or "").casefold() == o.key.casefold()
    if _SPECIFICITY.get(outer.feature, 9) <= _SPECIFICITY.get(inner.feature, 9):
        return False
    if outer.feature == "country":
        return i.country == o.country
    if outer.feature == "admin1":
        return i.country == o.country and (i.admin1 == o.admin1 or _enclave(outer, inner))
    if outer.feature in ("admin2", "city"):  # ... and a city the airport named after it
        return i.country == o.country and i.admin1 == o.admin1 and _named_after(outer, inner)
    return False


def _restriction_over(general: Proposal, told: Proposal, others: Sequence[Proposal]) -> bool:
    """Whether a restriction told for a city, a region or a country ("Moscow's airports stopped work", "restrictions at
    two Russian airports") is told again for an airport in it ("Vnukovo and Sheremetyevo"): ANNOTATION.md's one event
    per airport named, the general telling joined into the first. A city that is a region of its own holds its region's
    airports, unless the two are told in one clause ("Vnukovo, Domodedovo and Zhukovsky" name each airport). A count
    of airports more than those named in the area ("four Russian airports suspended operations" beside Izhevsk's
    closure) counts airports the report does not name: its own event."""
    if not _holds_airport(general, told):
        return False
    counted = max((int(c.value) for c in general.claims if c.figure == "airports" and isinstance(c.value, int)), default=0)
    named = [o for o in others if o is not general and o.kind == "airspace_restriction" and _holds_airport(general, o)]
    return counted <= max(len(named), 1)


def _holds_airport(general: Proposal, told: Proposal) -> bool:
    area, airport = general.place, told.place
    if area is None or airport is None or area.feature in ("airport", "point") or (
            _SPECIFICITY.get(area.feature, 9) <= _SPECIFICITY.get(airport.feature, 9)):
        return False
    o, i = area.place, airport.place
    if area.feature == "country":
        return i.country == o.country
    if area.feature in ("admin1", "region"):
        return i.country == o.country and (i.admin1 == o.admin1 or _stem_shared(_first(i.admin1), _first(o.key)))
    # a city that is a region of its own (Moscow, Kyiv) holds the airports of its region; another town's restriction
    # is its own airport's ("Ограничения также действуют в Жуковском")
    return (area.feature == "city" and i.country == o.country and i.admin1 == o.admin1
            and (o.admin1 or "").casefold() == o.key.casefold() and general.anchor != told.anchor)


def _enclave(region: Candidate, city: Candidate) -> bool:
    """A city that is a region of its own inside the region named after it: Moscow in the Moscow Oblast, Kyiv in the
    Kyiv Oblast ("drones were downed over the Moscow region" ... "над Москвой сбиты"), though their admin1 differ."""
    c = city.place
    own = city.feature == "city" and (c.admin1 or "").casefold() == c.key.casefold()
    # ... or inside a region named otherwise: Sevastopol in Crimea (a headline's "drones hit Crimea" over a body's
    # "a fuel depot burns in Sevastopol"), Saint Petersburg in the Leningrad Oblast
    return own and (_named_after(region, city) or _ENCLOSING.get(c.admin1 or "") == region.place.admin1)


def _holds(coarse: Proposal, place: Candidate) -> bool:
    """Whether a coarser telling's place holds `place`: contains it, or, told in the headline at a city that is a region
    of its own, lies around it."""
    return coarse.place is not None and (contains(coarse.place, place) or (
        coarse.headline and around_capital(coarse.place, place)))


def around_capital(city: Candidate, place: Candidate) -> bool:
    """Whether `place` lies in the region around a city that is a region of its own (Ramenskoye or Domodedovo around
    Moscow, Brovary around Kyiv): where the attack on the city was met ("drones tried to attack Moscow ... shot down
    over Ramenskoye"), though neither holds the other."""
    c, p = city.place, place.place
    if city.feature != "city" or (c.admin1 or "").casefold() != c.key.casefold() or p.country != c.country:
        return False
    if same_place(city, place) or not p.admin1 or p.admin1 == c.admin1:
        return False
    return _stem_shared(_first(p.admin1), _first(c.key)) or _ENCLOSING.get(c.admin1 or "") == p.admin1


# cities that are subdivisions of their own (GeoNames admin1) inside another subdivision they are not named after
_ENCLOSING = {"Sevastopol": "Crimea", "Saint Petersburg": "Leningrad Oblast"}


def _named_after(district: Candidate, town: Candidate) -> bool:
    """Whether a district is named after a town: "Khan Yunis District" and "Khan Yunis" share the first word; in
    Russian and Ukrainian the district's word is the town's adjective ("Шебекинский округ" and "Шебекино", "Фастівський
    район" and "Фастів"): most of the shorter word is a prefix of the other, in either name the gazetteer gives."""
    return any(_stem_shared(_first(d), _first(t)) for d in (district.place.key, district.place.name)
               for t in (town.place.key, town.place.name))


def _first(name: str | None) -> str:
    return name.split()[0].casefold() if name and name.split() else ""


def _stem_shared(a: str, b: str) -> bool:
    if not a or not b:
        return False
    shared = len(os.path.commonprefix([a, b]))
    return a == b or shared >= 3 and shared >= 0.75 * min(len(a), len(b))


def _kinds_agree(a: Proposal, b: Proposal) -> bool:
    return a.kind == b.kind or {a.kind, b.kind} <= DAMAGE_KINDS


def _days_agree(a: Proposal, b: Proposal) -> bool:
    """The same day; or one names none and the other's is the publication day or the night before it."""
    if a.date == b.date:
        return not days_apart(a.told_day, b.told_day)
    if a.dated and b.dated:
        return _one_night(a, b)
    undated, other = (a, b) if not a.dated else (b, a)
    if undated.date is None or other.date is None:
        return True
    if len(undated.date) != 10 or len(other.date) != 10:
        return False
    # ... or, told after it, any day before: "A missile hit Kharkiv on Saturday ... two missiles hit the city centre"
    days = (date.fromisoformat(undated.date) - date.fromisoformat(other.date)).days
    return 0 <= days <= 1 or days > 1 and other.anchor < undated.anchor


def _one_night(a: Proposal, b: Proposal) -> bool:
    """Whether two days told a day apart are one night told two ways: a strike or shelling whose later day is told as
    a night ("overnight on August 14", "в ніч на 14 серпня", "в ночь на 14 августа"), its earlier day as the evening
    ("began late on August 13", "вечером 13 августа"). ANNOTATION.md: an overnight incident is of the later day. Not
    two nights ("у ніч на 8 березня ... у ніч на 9 березня"), nor an interception's count (each wave counts its own:
    "Another 25 were downed on Sunday evening"), nor when either is told as another incident or of a day before; and
    only when one of the two tells nothing of its own, the night's start or its toll told once ("the attack began late
    on the 13th ... overnight on the 14th the city was struck, two were hurt"): an evening strike with its toll and a
    night strike with its own toll, target or weapon are two incidents at one place."""
    if not (a.date and b.date and len(a.date) == len(b.date) == 10) or a.another or b.another or a.separate or b.separate:
        return False
    if a.kind not in DAMAGE_KINDS or b.kind not in DAMAGE_KINDS:
        return False
    earlier, later = sorted((a, b), key=lambda p: p.date or "")
    if (date.fromisoformat(later.date or "") - date.fromisoformat(earlier.date or "")).days != 1:
        return False
    if "before" in earlier.when or "before" in later.when:
        return False
    if not ("night" in later.when and "evening" in earlier.when):
        return False
    return _nothing_of_its_own(earlier, later) or _nothing_of_its_own(later, earlier)


def _nothing_of_its_own(p: Proposal, other: Proposal) -> bool:
    """Whether `p` tells nothing `other` lacks: no figure at a value `other` does not count ("nobody was hurt", a
    count of none, is no toll of its own: `_own_facts`), no target but `other`'s (the same name, or the same known
    category: "the refinery" and "the LUKOIL refinery"), no weapon but `other`'s."""
    same_target = p.target is None or other.target is not None and (
        p.target.name == other.target.name or p.target.category == other.target.category != "unknown")
    return ({f for f in _figures(p) if f[1] != 0} <= _figures(other) and same_target
            and p.weapon in (None, other.weapon))


def days_agree(a: Proposal, b: Proposal) -> bool:
    """Rule 2 of the module's docstring, for other modules' joins (`fighting_told`)."""
    return _days_agree(a, b)


def own_accounts(a: Proposal, b: Proposal) -> bool:
    """Two interceptions at two places told each by its own authority, none telling both: a governor's or mayor's own
    claim for his region or city beside the ministry's total (ANNOTATION.md: its own event, even when the total counts
    it). Told with no speaker on either side, they may be one claim retold; told with no count on either side ("air
    defence repelled a drone attack on the region" beside the governor's "air defence repelled an attack on the city"),
    neither is a count of its own, and the one attack may be told by both, when told at one part of the day or one of
    them at none ("Утром ПВО отразила атаку на область ... Вечером над городом работала ПВО": two waves)."""
    if a.kind != "interception" or b.kind != "interception":
        return False
    if not (_counts(a) or _counts(b)) and (not a.when or not b.when or bool(a.when & b.when)):
        return False
    if a.place is not None and b.place is not None and same_place(a.place, b.place):
        return False
    mine, theirs = _speakers(a), _speakers(b)
    if not mine or not theirs or {n for n, _ in mine} & {n for n, _ in theirs}:
        return False
    return all(k == "official" for _, k in mine) or all(k == "official" for _, k in theirs)


def _speakers(p: Proposal) -> set[tuple[str, str]]:
    """Who told a proposal's interception: the named sources of its kind claims (the clause it was told in)."""
    return {(c.source, c.source_kind) for c in p.claims if c.assertion == "kind" and c.source}


def _conflict(a: Proposal, b: Proposal) -> bool:
    weapons = {w for w in (a.weapon, b.weapon) if w and w != "unknown"}
    if len(weapons) > 1 and not weapons <= _MISSILES and not (
            any(weapons <= words for words in _ONE_WEAPON_TOLD_TWICE) and a.kind in DAMAGE_KINDS and b.kind in DAMAGE_KINDS):
        return True
    if own_accounts(a, b):
        return True
    if a.kind == "interception" or b.kind == "interception":
        mine, theirs = _counts(a), _counts(b)
        # a count shared, else two claims (a national total, a governor's own count); but a count told as another's
        # version that the report disputes ("он оспорил версию Минобороны о том, что сбиты пять") is the same attack
        # told by two sources, one event with both accounts as its claims
        return bool(mine and theirs) and not (mine & theirs) and not (
            a.kind == b.kind == "interception" and (_told_as_version(a) or _told_as_version(b)))
    return False


def _told_as_version(p: Proposal) -> bool:
    """Whether a proposal's interception is told as one side's version of it (`version_words`: "версия",
    "оспорил", "disputed"), in the clause it was told in."""
    return any(every_language("version_words").search(c.quote) for c in p.claims if c.figure is None)


def _running_tally(a: Proposal, b: Proposal, others: Sequence[Proposal]) -> bool:
    """Two interception counts of one day over a town and its region, the later no smaller: one
    night's attack told as its count grows or is restated ("Гладков: над Белгородом сбиты 12 ... Минобороны: над
    Белгородской областью уничтожены 15"). A count over a whole country is a national total beside a governor's own
    (rule 4), and a later count told as more ("ещё восемь") or after "another attack" is more of the same or a new wave."""
    if a.kind != "interception" or b.kind != "interception" or a.areas or b.areas or a.place is None or b.place is None:
        return False
    if "country" in (a.place.feature, b.place.feature) or a.date != b.date:
        return False
    if not (contains(a.place, b.place) or contains(b.place, a.place)):
        return False  # two counts at one place are joined or kept apart by events.py, which reads their sentences
    earlier, later = sorted((a, b), key=lambda p: p.anchor)
    first, last = _intercepted(earlier), _intercepted(later)
    if first is None or last is None:
        return False
    if any(o.another and earlier.anchor < o.anchor <= later.anchor for o in (*others, later)) or _new_wave(later):
        return False  # "Днём произошла ещё одна атака: ...", "Another attack came in the afternoon: 15 drones ..."
    return bool(more_counts(later)) or last >= first


# the size of the attack, told where the attack is told at any level ("four missiles hit the Sumy region" over "a
# strike on Shostka"): no account of the area's own
_ATTACK_SIZE = frozenset({"launched", "hit"})


def _before_counts(p: Proposal) -> list[tuple[Claim, str]]:
    """Each interception count with the words of its clause before it."""
    clauses = [c for c in p.claims if c.figure is None]  # the clause the interception was told in
    return [(c, k.quote[: c.start - k.start]) for c in p.claims if c.figure == "intercepted" and isinstance(c.value, int)
            for k in clauses if k.start <= c.start <= k.end]


def more_counts(p: Proposal) -> list[Claim]:
    """The interception counts told as more of the same ("UPD: Ещё восемь беспилотников сбиты")."""
    return [c for c, before in _before_counts(p) if every_language("another").search(before[-12:])]


def _new_wave(p: Proposal) -> bool:
    """A count told in a clause that opens another attack ("Another attack came in the afternoon: 15 drones ...")."""
    return any(every_language("separate_incident").search(before) and not every_language("another").search(before[-12:])
               for _, before in _before_counts(p))


def _count_on(a: Proposal, b: Proposal) -> None:
    """"34 сбиты ... UPD: Ещё восемь": the later count told as more is the attack's count so far, 34 + 8 = 42; the
    claim keeps its words, its value the running total (as a breakdown's stated total sums its areas)."""
    if a.kind != "interception" or b.kind != "interception":
        return
    earlier, later = sorted((a, b), key=lambda p: p.anchor)
    base, more = _intercepted(earlier), more_counts(later)
    if base is None or not more:
        return
    later.claims[:] = [replace(c, value=base + int(c.value)) if c in more else c for c in later.claims]


def _intercepted(p: Proposal) -> int | None:
    return max((int(c.value) for c in p.claims if c.figure == "intercepted" and isinstance(c.value, int)), default=None)


def _counts(p: Proposal) -> set[tuple[str, object]]:
    return {(c.figure, c.value) for c in p.claims if c.figure in ("launched", "intercepted")}


def _own_facts(coarse: Proposal, fine: Proposal) -> bool:
    """Whether the coarser proposal states what the finer lacks: a figure ("two killed in the Kherson region" beside
    "27 shells fired at Kherson") or a target ("also damaged an enterprise in the oblast"): the area's own account.
    "Nobody was hurt" (a count of none) is no such figure: said of the region, it is said of the one strike in it
    ("drones attacked Chechnya, nobody was hurt ... a drone hit a building in Gudermes"); nor is the count of drones or
    missiles that attacked ("Два беспилотника атаковали Брянскую область" over "два беспилотника упали в Почепском
    районе"): the attack's own size, told where the attack is told at any level."""
    named = {c.figure for c in fine.claims if c.figure}
    return any(c.figure and c.figure not in named and c.figure not in _ATTACK_SIZE and c.value != 0
               for c in _told_as_own(coarse, fine)) or (coarse.target is not None and fine.target is None)


def _told_as_own(coarse: Proposal, fine: Proposal) -> list[Claim]:
    """The coarser telling's claims that are its own against the finer one: not a figure of a sentence told after the
    finer telling that names no place at all (a headline's "Drone attack in Bryansk region wounds farmer" ... "a man in
    a village of the Klimovsky district was hurt" ... "Doctors call his wounds severe"): such a sentence
    tells of the incident told last, not the region's own account, though it went to the first incident of its kind."""
    placeless = getattr(coarse, "placeless", ()) if coarse.kind in DAMAGE_KINDS else ()
    # (a count of airports closed or drones downed is the area's own claim however it is told: rules 3 and 4)
    return [c for c in coarse.claims
            if c.start < fine.anchor or not any(s <= c.start < e for s, e in placeless)]


def _zooms_out(coarse: Proposal, fine: Proposal, in_headline: bool = False) -> bool:
    """Whether a region told after the one incident in it, or a whole country told before or after it, with facts the
    town's telling lacks, is the same incident told again at the region's level ("A man was wounded in Kherson ...
    Russian forces shelled the Kherson region. He was taken to hospital"; the headline's "Downed drone kills three,
    injures two in Russia" over the body's Belgorod region): not when either is recalled from an earlier report or
    history ("До этого стало известно ..."), told as another or as one more ("also", "крім того": `additive` of the
    language files), or counts a figure the town also counts at another value (the region's total of the day). Told in
    a headline, "ще", "also" adds to earlier reports, not to an incident of this one ("Ще двоє мирних жителів Сумщини
    отримали поранення"); a figure the town counts at several values ("three wounded ... a boy among them") agrees
    with any of them."""
    if coarse.kind not in DAMAGE_KINDS or coarse.retold or fine.retold or coarse.recalls or fine.recalls or coarse.another:
        return False  # (a count of airports or of downed drones is the area's own claim: rules 3 and 4)
    if not in_headline and any(c.figure is None and c.start <= coarse.anchor < max(c.end, c.start + 1)
                               and every_language("additive").search(c.quote) for c in coarse.claims):
        return False  # "Крім того, окупанти також пошкодили підприємство на Дніпропетровщині": one more incident
    mine: dict[str, set[int]] = {}
    least: dict[str, int] = {}  # a count the town tells only as a lower bound ("сообщается о погибших", "at least 3")
    for c in fine.claims:
        if c.figure and isinstance(c.value, int):
            mine.setdefault(c.figure, set()).add(c.value)
            if c.lower_bound:
                least[c.figure] = min(least.get(c.figure, c.value), c.value)
    # (a figure the town counts at several values, "three wounded ... a boy among them", agrees with any of them; one it
    # tells only as a lower bound, "Белгород подвергся обстрелу, сообщается о погибших", with any count not below it)
    return not any(c.figure in mine and isinstance(c.value, int) and c.value not in mine[c.figure]
                   and not (c.figure in least and c.value >= least[c.figure]) for c in coarse.claims)


def _restated_per_area(whole: Proposal, parts: Proposal) -> bool:
    """An interception count told for a place ("17 of the 23 drones were shot down" over Ukraine) and retold over the
    areas it covers ("Seventeen drones were shot down over Mykolaiv, Cherkasy ... regions"): one claim, when a count
    is shared and every area lies in the place."""
    if whole.kind != "interception" or parts.kind != "interception" or whole.areas or whole.place is None:
        return False
    return bool(parts.areas) and all(same_place(whole.place, x) or contains(whole.place, x) for x in parts.areas)


def _restated_in_area(over: Proposal, one: Proposal) -> bool:
    """An interception count told over several areas ("three drones heading for Moscow were downed over the Bryansk and
    Kaluga regions") and the same count told again at one of them or at a place inside one ("the three were destroyed
    over the Bryansk region"; "25 drones were intercepted on their way to the Millerovo airfield" after the ministry's
    25 over two regions): one claim, when a count is shared and none differs."""
    if over.kind != "interception" or one.kind != "interception" or not over.areas or one.areas or one.place is None:
        return False
    if ("before" in over.when) != ("before" in one.when):
        return False  # told of another day ("The night before, three drones were downed over ...")
    mine, theirs = _counts(over), _counts(one)
    told = {f for f, _ in mine}
    if not (mine & theirs) or any(f in told and (f, v) not in mine for f, v in theirs):
        return False  # no count shared, or one the areas count at another value
    return any(same_place(x, one.place) or contains(x, one.place) for x in over.areas)


def _figures(p: Proposal) -> set[tuple[str, object]]:
    return {(c.figure, c.value) for c in p.claims if c.figure}


def _host(a: Proposal, b: Proposal) -> tuple[Proposal, Proposal]:
    """Which proposal keeps its place: the more specific (for an interception the coarser: a count covers an area)."""
    if bool(a.areas) != bool(b.areas):
        over, one = (a, b) if a.areas else (b, a)
        if (_restated_in_area(over, one) and not _restated_per_area(one, over)
                and not any(x.feature == "country" for x in over.areas)):
            # a count over several areas retold at one of them keeps its region-level place with its areas
            # (ANNOTATION.md: a multi-region claim is placed at precision `region`)
            return (over, one)
        return (one, over)  # a count's place over the areas it was retold for
    if a.place is None or b.place is None:
        return (a, b)
    mine, theirs = _SPECIFICITY.get(a.place.feature, 9), _SPECIFICITY.get(b.place.feature, 9)
    # of a city and its district, the city: how the report's reader knows the place
    finer = mine < theirs or mine == theirs and not contains(b.place, a.place) and not around_capital(a.place, b.place)
    if a.kind == "interception":
        finer = not finer
    return (a, b) if finer else (b, a)


def _join(host: Proposal, guest: Proposal) -> None:
    if {host.weapon, guest.weapon} == _AIR_DROPPED:
        host.weapon = "glide_bomb"  # the finer of the two
    if not host.dated and guest.dated or host.dated and guest.dated and _one_night(host, guest) and (
            (guest.date or "") > (host.date or "")):
        host.date, host.date_precision = guest.date, guest.date_precision  # (of one night, its later day)
    if host.kind == "explosion" and guest.kind != "explosion":
        host.kind = guest.kind
    elif {host.kind, guest.kind} == {"strike", "shelling"} and guest.anchor < host.anchor:
        host.kind = guest.kind  # the kind first told stands
    host.anchor = min(host.anchor, guest.anchor)
    # a count over several areas is placed by them (a region over its areas), not at the one place it was retold at
    by_areas = (host.place is None and bool(host.areas) and _restated_in_area(host, guest)
                and not any(x.feature == "country" for x in host.areas))
    host.absorb(guest)
    if by_areas:
        host.place = None


# A settlement this close to a town, and with this many times fewer people, lies on its edge (a suburb, a village
# beside it): not a town with news of its own (Makiivka beside Donetsk is a city of its own).
_EDGE_KM = 15.0
_EDGE_RATIO = 5


def _told_again(a: Proposal, b: Proposal, others: Sequence[Proposal],
                tellings: Mapping[int, Sequence[Proposal]] | None = None) -> bool:
    """Whether two strikes or shellings of one day, told in two sentences, are one incident told twice though rules
    1-4 leave them apart (rule 5): the later telling states nothing of its own (no figure or target the earlier
    lacks, no count at another value, no weapon the earlier lacks, no kind of its own: a shelling and a drone strike
    are two), is not told as another, one more or one after ("also", "також": `additive`; "later", "separately",
    "too", "згодом", "и в": `told_as_more`), neither or both are recalled, no part of the day, time or earlier day
    tells them apart (both named and apart; at a town and its edge, named on one side only), and of the report's
    tellings as first read (`tellings`, before any join) the earlier is the only incident of its kind the later could
    retell; and the two places are
    (a) a town and a settlement on its edge (within _EDGE_KM, with a fifth of its people or fewer: "a glide bomb hit
        Kharkiv ... the bomb struck a warehouse in Pisochyn"), no other strike or shelling of the day told as first read
        at a third place, save an area holding them (a town and other places hit, told one by one, are a list, each
        place its incident: "Kherson ... Antonivka ... Bilozerka"), or
    (b) an area and a place in it, the area no country (a country's telling covers a night's many places) and counting
        nothing of its own ("drones attacked energy facilities in the Chernihiv region overnight. A drone hit a
        substation in Nizhyn. In Pryluky, a drone damaged a warehouse": the lead is Nizhyn's incident, though the area
        holds another incident told after it, which rule 3 takes for a list when the lead names a target).
    Two towns of like size, two days, two parts of a day, a weapon each, a toll or another thing hit at the second
    place stay two."""
    if a.place is None or b.place is None or a.areas or b.areas:
        return False
    if a.kind not in ("strike", "shelling") or b.kind not in ("strike", "shelling"):
        return False  # (explosions heard at several places are a list: `events._explosions_joined` reads them)
    earlier, later = sorted((a, b), key=lambda p: p.anchor)
    if earlier.anchor == later.anchor or later.another or later.separate:
        return False  # one clause naming two places names two incidents (ANNOTATION.md)
    if (earlier.retold or earlier.recalls) != (later.retold or later.recalls):
        return False
    if later.kind != earlier.kind or later.weapon not in (None, earlier.weapon) and (
            {earlier.weapon, later.weapon} != _AIR_DROPPED):
        return False  # a kind or a weapon of its own: "shelled Kherson ... A drone attacked Bilozerka" are two
    edge = _on_the_edge(earlier.place, later.place)
    # two parts of the day; at a town and its edge, a part of the day told on one side only ("on Monday ... In the
    # evening, shells hit Antonivka"; an area's lead that names none is retold with the hour, not apart)
    apart = not earlier.when & later.when and (
        bool(earlier.when and later.when) or edge and bool(earlier.when | later.when))
    if "before" in earlier.when ^ later.when or apart:
        return False  # "Утром ... в Харькове", "Вечером ... в Песочине"
    if not (edge and not _two_targets(earlier, later, "name")
            or _area_told(earlier, later) and not _two_targets(earlier, later, "category")):
        return False  # (a school hit in the town and a house in the village beside it are two incidents)
    if _own_facts(later, earlier) or not (_zooms_out(later, earlier, in_headline=True)
                                           and _zooms_out(earlier, later, in_headline=True)):
        return False  # a toll or target of its own, or a figure at another value
    if any(_told_as_more(c.quote) for c in later.claims if c.figure is None and c.assertion == "kind"):
        return False
    told = tellings or {}
    mine, theirs = told.get(id(earlier), [earlier]), told.get(id(later), [later])
    own = {id(t) for t in mine} | {id(t) for t in theirs}
    first = [t for o in others for t in told.get(id(o), [o]) if id(t) not in own and t.place is not None
             and _kinds_agree(t, later) and _days_agree(t, later)]
    if edge and any(not any(same_place(t.place, p.place) or contains(t.place, p.place)  # type: ignore[arg-type]
                            for p in (earlier, later)) for t in first):
        return False  # a town and other places hit that day, told one by one: a list, each place its incident
    hosts = [t for t in first if t.anchor < later.anchor
             and (same_place(t.place, later.place) or _on_the_edge(t.place, later.place)  # type: ignore[arg-type]
                  or contains(t.place, later.place) or contains(later.place, t.place))]  # type: ignore[arg-type]
    return all(same_place(t.place, earlier.place) for t in hosts)  # type: ignore[union-attr]


def _told_as_more(text: str) -> bool:
    """Whether a sentence tells its incident as one more or one after another ("also", "later", "separately", "too":
    `additive`, and `told_as_more`, which only rule 5 reads)."""
    return bool(every_language("additive").search(text) or every_language("told_as_more").search(text))


def _two_targets(a: Proposal, b: Proposal, field: str) -> bool:
    """Whether both tell a target and the targets differ: by name at two settlements (a school, a house), by category
    between an area and a place in it (the area's "energy facilities" over the town's substation are one)."""
    return a.target is not None and b.target is not None and getattr(a.target, field) != getattr(b.target, field)


def _on_the_edge(p: Candidate, q: Candidate) -> bool:
    """Whether one of two settlements lies on the other's edge (within _EDGE_KM, with a fifth of its people or fewer)."""
    if p.feature != "city" or q.feature != "city" or contains(p, q) or contains(q, p):
        return False
    small, big = sorted((p.population, q.population))
    if big <= 0 or small * _EDGE_RATIO > big:
        return False
    km = between(p.place, q.place)
    return km is not None and km <= _EDGE_KM


def _area_told(p: Proposal, q: Proposal) -> bool:
    """Whether of two proposals one is told at an area holding the other's place, the area no country and counting
    nothing of its own against the other."""
    if p.place is None or q.place is None:
        return False
    coarse, fine = (p, q) if contains(p.place, q.place) else (q, p) if contains(q.place, p.place) else (None, None)
    if coarse is None or fine is None or coarse.place.feature == "country":  # type: ignore[union-attr]
        return False
    return not _own_facts(coarse, fine)
