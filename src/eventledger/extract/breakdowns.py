"""The two structured interception formats that must be read completely, not clause by clause.

- Defence-ministry claims with per-region breakdowns ("уничтожены 60 беспилотников: 24 — над территорией Брянской
  области, по 5 — над Курской и Белгородской…"): one interception event whose `areas` carry each region's count, the
  stated total checked against their sum.
- Air-force nightly summaries ("У ніч на 28 вересня противник атакував 73 ударними БпЛА… збито/подавлено 69"):
  launched, intercepted (shot down and suppressed by electronic warfare kept as separate claims), hit.
  Choice: one event per weapon type (drones, ballistic missiles, cruise missiles…), because the figures of different
  weapons are not comparable and sources report them separately; `details` records the reporting window.

The generic clause rules already find these reports' interception events; the functions here re-read the same text
with the format in mind and replace those events. The air-force reader replaces only what is the summary's: one night
(a recalled earlier night, "also shot down" other drones, a place's own strike told beyond the summary stay the general
path's events), and each of its claims keeps the teller the general path heard for that clause. Every word comes from `lang/<code>/events.yaml` (`breakdowns`,
`air_force`) and `figures.yaml` (`weapon_nouns`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from eventledger.extract import attribution, incidents
from eventledger.extract.dates import DateMention
from eventledger.extract.segment import sentences
from eventledger.extract.spans import Within
from eventledger.extract.word_lists import parts_of_day, words_of
from eventledger.extract.numbers import Quantity
from eventledger.geo import Candidate, Gazetteer, PlaceMatch
from eventledger.geo import local_names
from eventledger.lang import alternation as _alt, topic
from eventledger.model import Area, Claim, Event, Place, content_id
from eventledger.reconcile import reconcile

# Breakdowns count over regions and seas; a town in the same segment is more often a misread word ("по Гринвичу").
_AREA_FEATURES = frozenset({"admin1", "sea", "area", "city"})
# how far before a breakdown its stated total may stand ("... уничтожены 25 беспилотников: 14 над ...")
_TOTAL_REACH = 200
# the most words a segment naming who told the breakdown may have and still be no gap in it
_TELLER_WORDS = 5
_CAPITALISED = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+")


class BreakdownError(ValueError):
    """A language file's breakdown section is malformed: names the file's language."""


# ------------------------------------------------------------------------------------------------------- region breakdowns


@dataclass(frozen=True, slots=True)
class AreaCount:
    """One area of a breakdown and the count the report gives it ("24 — над территорией Брянской области")."""

    place: Candidate
    value: int
    start: int  # the segment of text the count and the area were read from
    end: int
    told_from: int | None = None  # where the count stands when the segment carries one told before ("по 1 над X, Y")
    told_to: int | None = None  # where the next count of the list starts when the segment runs on to it unread


@dataclass(frozen=True, slots=True)
class RegionBreakdown:
    start: int
    end: int
    items: tuple[AreaCount, ...]

    @property
    def total(self) -> int:
        return sum(i.value for i in self.items)


@dataclass(frozen=True, slots=True)
class _BreakdownWords:
    splitter: re.Pattern[str]
    each: re.Pattern[str]
    each_one: re.Pattern[str]
    area_nouns: tuple[tuple[str, str], ...]  # (nominative noun, grammatical gender of its adjective)
    part: re.Pattern[str] | None = None  # a segment opening with a part of the count before it (figures.yaml part_markers)


@cache
def _breakdown_words(lang: str) -> _BreakdownWords | None:
    data = topic(lang, "events").get("breakdowns")
    if not data:
        return None
    try:
        return _BreakdownWords(
            splitter=re.compile(rf"[,;:.!?\n]|\s(?:{_alt(data['splitters'])})\s", re.IGNORECASE),
            each=re.compile(rf"\b(?:{_alt(data['each'])})\s+$", re.IGNORECASE),
            each_one=re.compile(rf"\b(?:{_alt(data['each_one'])})\b", re.IGNORECASE),
            area_nouns=tuple((n["noun"], n["gender"]) for n in data["area_nouns"]),
            part=re.compile(rf"\s*(?:{_alt(parts)})\b", re.IGNORECASE)
            if (parts := topic(lang, "figures").get("part_markers")) else None,
        )
    except (KeyError, TypeError) as exc:
        raise BreakdownError(f"lang/{lang}/events.yaml: 'breakdowns' needs splitters, each, each_one, area_nouns ({exc})") from exc


def _segments(text: str, splitter: re.Pattern[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in splitter.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


@cache
def _morph(lang: str):  # noqa: ANN202 - pymorphy3.MorphAnalyzer
    from eventledger.extract.morphology import analyzer

    return analyzer(lang)


@lru_cache(maxsize=4_096)  # a report's capitalised words recur (and inflecting with pymorphy3 is dear)
def _elliptical_area(word: str, lang: str, gaz: Gazetteer, nouns: tuple[tuple[str, str], ...]) -> Candidate | None:
    """ "Курской" in "над Курской и Белгородской областями": the adjective names a subdivision whose noun is shared."""
    if not nouns:
        return None  # a language without such ellipsis (English names "Kursk Oblast" whole)
    for parse in _morph(lang).parse(word):
        if "ADJF" not in str(parse.tag):
            continue
        for noun, gender in nouns:
            # the Ukrainian dictionary marks no number on adjectives: ask without it when the first form fails
            form = parse.inflect({"nomn", "sing", gender}) or parse.inflect({"nomn", gender})
            if form is None:
                continue
            name = f"{form.word.capitalize()} {noun}"
            found = [c for c in gaz.lookup(name, lang=lang) if c.feature == "admin1"]
            if found:
                return found[0]
    return None


def find_region_breakdowns(
    text: str, lang: str, places: list[PlaceMatch], quantities: list[Quantity], gaz: Gazetteer
) -> list[RegionBreakdown]:
    """Runs of two or more "count — area" segments, each area resolved, each count read ("по 5" gives each area 5)."""
    words = _breakdown_words(lang)
    if words is None:
        return []
    items: list[tuple[int, list[AreaCount]]] = []  # (segment index, the areas it counts)
    carried: int | None = None  # "по одному в Курской, Орловской и Ростовской": the count carries over the list
    carried_from, told_from = 0, None  # where the count carried over stands; an item's, when it carries one
    told_to: int | None = None
    quantities_within, places_within = Within(quantities), Within(places)
    def placed(start: int, end: int) -> bool:
        return bool(_areas_in(text, start, end, lang, places_within.inside(start, end), gaz, words))

    index, in_part = -1, False
    named: dict[int, str | None] = {}  # segment index -> the weapon type its count names or the counts before it named
    weapon_now: str | None = None
    tellers: set[str | None] = set()  # who told the counts since the last count (its own teller included)
    told_apart: set[int] = set()  # segment indices whose count another teller told than the count before
    for start, end in _by_count(text, _segments(text, words.splitter), quantities_within, placed):
        # "5 – над Московским регионом, в том числе 1, летевший на Москву, 2 – над ...": a part of the count just read
        # (and the words that run on from it up to the next count) is no item of the breakdown, and no gap in it
        counts = quantities_within.inside(start, end)
        if words.part is not None and words.part.match(text, start, end):
            in_part = True
            continue
        if in_part and not counts:
            continue
        in_part = False
        if not counts and carried is None and len(text[start:end].split()) <= _TELLER_WORDS and attribution.tells_teller(
                text[start:end], lang) and not placed(start, end):
            # "9 над Воронежской областью, заявили в ведомстве. По словам военных, ещё четыре над Липецкой ...": who told it,
            # named between two counts (a few words, no count, no area), is no gap in the claim
            tellers.add(attribution.teller_office(text[start:end], lang))
            continue
        index += 1
        if counts and _counts_people(text, counts[0].end, lang):
            # "Два человека погибли в Курской области ...": a count of people is no area's count of downed weapons,
            # and a gap in any list around it (a digest's casualty line beside its air-defence line)
            carried = None
            continue
        if counts:
            # (each asked once: the same words twice below)
            teller = attribution.tells_teller(text[start:end], lang)
            office = attribution.teller_office(text[start:end], lang) if teller else None
            if teller:
                tellers.add(office)
            if len(tellers - {None}) > 1:
                # "7 над Смоленской, написал губернатор. По данным Минобороны, ещё 4 над Тверской": two tellers'
                # counts, each its own claim (ANNOTATION.md: a governor's own count for his region is its own event)
                told_apart.add(index)
            tellers = {office} if teller else set()
        if counts and (told := _weapon_counted(text, counts[0].end, lang)):
            weapon_now = told  # "27 drones over the Azov Sea, 13 over ...": the counts after it count the same weapon
        if not counts and carried is None:
            continue  # no count here and none carried over: not part of a breakdown (and the morphology is not cheap)
        areas_at = _areas_named(text, start, end, lang, places_within.inside(start, end), gaz, words)
        areas = [c for c, _ in areas_at]
        if not areas:
            carried = None
            continue
        if counts:
            q = counts[0]
            value = q.value
            each = words.each.search(text[start:q.start])
            carried = value if each or words.each_one.search(text[start:end]) else None
            # the words that tell this count: from the count ("по 5"), or from the segment's start when an area is
            # named before it ("над Брянской областью — 6"); not the clause that leads up to the list
            told_from = (start + each.start() if each else q.start) if q.start <= min(at for _, at in areas_at) else start
            carried_from = told_from
            # "five over the Belgorod region and two over Crimea" (an area left unread): the next count is not this one's
            told_to = next((c.start for c in counts[1:] if c.start > max(at for _, at in areas_at)), None)
            if len(areas) > 1 and carried is None:
                continue  # "20 над Брянской и Калужской": a joint count, not a breakdown
        elif carried is not None:
            value, told_from, told_to = carried, carried_from, None
        else:
            continue
        items.append((index, [AreaCount(a, value, start, end, told_from, told_to) for a in areas]))
        named[index] = weapon_now
    runs: list[list[AreaCount]] = []
    last_index = -9
    run_weapons: set[str] = set()
    for index, found in items:
        # each area is counted once in a claim: the same region counted again is another claim ("10 над Белгородской
        # ... ещё одна атака: над Белгородской уничтожены 12"); so is a count of another weapon type ("27 drones over
        # the Azov Sea ... sank three drone boats off the coast": one interception per weapon type)
        seen = {(a.place.place.key, a.place.place.country) for a in runs[-1]} if runs else set()
        weapon = named.get(index)
        if runs and index - last_index <= 2 and not any((a.place.place.key, a.place.place.country) in seen for a in found) \
                and not (weapon and run_weapons and weapon not in run_weapons) and index not in told_apart:
            runs[-1].extend(found)
        else:
            runs.append(list(found))
            run_weapons = set()
        if weapon:
            run_weapons.add(weapon)
        last_index = index
    runs = [part for run in runs for part in _one_claim(run, text, quantities)]
    return [RegionBreakdown(run[0].start, run[-1].end, tuple(run)) for run in runs if len(run) >= 2]


_NEXT_WORDS = re.compile(r"(?:\s+[\w-]+){1,3}")


@cache
def _weapon_noun(lang: str) -> re.Pattern[str] | None:
    nouns = topic(lang, "figures").get("weapon_nouns")
    return re.compile(rf"\s*(?:{_alt(nouns)})", re.IGNORECASE) if nouns else None


@cache
def _person_noun(lang: str) -> re.Pattern[str] | None:
    nouns = (topic(lang, "events").get("breakdowns") or {}).get("people")
    return re.compile(rf"\s*(?:{_alt(nouns)})(?!\w)", re.IGNORECASE) if nouns else None


def _counts_people(text: str, at: int, lang: str) -> bool:
    """Whether a count names people right after its number ("два человека", "three civilians"; `breakdowns.people`
    of the language's events.yaml)."""
    noun = _person_noun(lang)
    return noun is not None and noun.match(text, at) is not None


def _weapon_counted(text: str, at: int, lang: str) -> str | None:
    """The weapon type a count names right after its number ("three drone boats": naval_drone), else None: the most
    specific weapon of the next three words, when a weapon noun opens them."""
    noun = _weapon_noun(lang)
    if noun is None or not noun.match(text, at):
        return None
    words = _NEXT_WORDS.match(text, at)
    return incidents.weapon(words.group(0), lang) if words else None


# a count's noun (a few words, no count) then a dash: "17 дронов — " before the list that breaks it down
_DASH_BETWEEN = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s+[—–-]\s*")


def _by_count(
    text: str, segments: list[tuple[int, int]], quantities: Within[Quantity], placed: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """Segments cut before each count when every piece names a place: "14 над Краснодарским краем и шесть над Брянской
    областью" is two areas with a count each, while "20 над Брянской и Калужской" (one count) stays a joint count and
    "две ракеты и 5 дронов над Курской" (a piece with no place) stays whole. A count told after a dash that follows
    another ("сбиты 17 дронов — 10 над Курской областью") opens the list that breaks the count before it down: cut
    there too, so the total is no area's count."""
    out: list[tuple[int, int]] = []
    for start, end in segments:
        counts = quantities.inside(start, end)
        cuts = [start] + [q.start for q in counts[1:]] + [end]
        pieces = list(zip(cuts, cuts[1:]))
        if len(pieces) > 1 and all(placed(s, e) for s, e in pieces):
            out.extend(pieces)
            continue
        opens = next((q.start for p, q in zip(counts, counts[1:]) if _DASH_BETWEEN.fullmatch(text, p.end, q.start)
                      and placed(q.start, end)), None)
        out.extend([(start, opens), (opens, end)] if opens is not None else [(start, end)])
    return out


def _one_claim(run: list[AreaCount], text: str, quantities: list[Quantity]) -> list[list[AreaCount]]:
    """A breakdown counts the areas of one claim, in one country (and its seas): Kyiv Oblast then Belgorod Oblast are
    two claims, cut where the country changes. A total stated just before that the whole run sums to ("уничтожены 25:
    14 над Краснодарским краем ... Ещё три над Крымом, два над Ростовской") makes it one claim whatever the gazetteer
    says each area's country is (a list of launch sites, "two missiles from Belgorod region and 23 drones from
    Crimea", sums to no such total)."""
    total = sum(a.value for a in run)
    before = max(0, run[0].start - _TOTAL_REACH)
    if any(before <= q.start < run[0].start and q.value == total for q in quantities):
        return [run]
    countries = Counter(a.place.place.country for a in run if a.place.place.country)
    if len(countries) == 2 and min(countries.values()) == 1 and max(countries.values()) >= 2:
        # one area of another country among two or more of one ("4 над Липецкой, 2 над Крымом, 1 над Белгородской": a
        # ministry counts the areas its side holds as its own): one claim, not a claim cut around the one area
        return [run]
    parts: list[list[AreaCount]] = []
    for item in run:
        countries = {a.place.place.country for a in parts[-1]} | {item.place.place.country} if parts else set()
        if parts and len(countries - {None}) <= 1:
            parts[-1].append(item)
        else:
            parts.append([item])
    return parts


def _areas_in(
    text: str, start: int, end: int, lang: str, places: list[PlaceMatch], gaz: Gazetteer, words: _BreakdownWords
) -> list[Candidate]:
    return [c for c, _ in _areas_named(text, start, end, lang, places, gaz, words)]


def _areas_named(
    text: str, start: int, end: int, lang: str, places: list[PlaceMatch], gaz: Gazetteer, words: _BreakdownWords
) -> list[tuple[Candidate, int]]:
    """The areas a segment names, each once, with where it is first named."""
    found: list[tuple[Candidate, int]] = []
    covered: list[tuple[int, int]] = []
    for m in places:
        if start <= m.start and m.end <= end and m.candidates and m.candidates[0].feature in _AREA_FEATURES:
            best = m.candidates[0]
            if best.feature == "city":
                # a capitalised adjective the gazetteer read as a village ("Смоленской" -> Smolenskoye) is a region;
                # any other town is not what a regional breakdown counts over
                region = _elliptical_area(m.text, lang, gaz, words.area_nouns) if " " not in m.text else None
                if region is None:
                    covered.append((m.start, m.end))
                    continue
                best = region
            found.append((best, m.start))
            covered.append((m.start, m.end))
    for w in _CAPITALISED.finditer(text, start, end):
        if any(s <= w.start() < e for s, e in covered):
            continue
        if region := _elliptical_area(w.group(0), lang, gaz, words.area_nouns):
            found.append((region, w.start()))
    unique: list[tuple[Candidate, int]] = []
    for c, at in found:  # (in the order they were found: the order of the event's areas)
        if not any(c.place.key == u.place.key and c.place.country == u.place.country for u, _ in unique):
            unique.append((c, min(a for x, a in found if x.place.key == c.place.key and x.place.country == c.place.country)))
    return unique


def merge_region_breakdowns(events: list[Event], breakdowns: list[RegionBreakdown], text: str, lang: str) -> list[Event]:
    """Fold each breakdown into one interception event: the areas with their counts, the stated total as its figure."""
    starts = [s.start for s in sentences(text, lang)] if breakdowns else []
    for bd in breakdowns:
        window_start = _previous_sentence_start(starts, bd.start)
        near = [e for e in events if e.kind == "interception" and _touches(e, window_start, bd.end, bd)]
        inside = [e for e in near if not _placed_apart(e, bd, text, starts, lang)]
        if not inside and not near:
            continue
        if not inside:
            # the only count before the list is a region's own: the list is a claim of its own ("Кроме того, над
            # Воронежской областью — 5, над Курской — 4"), its total the sum of its counts (built below)
            apart = near[0]
            own = Event(kind="interception", date=apart.date, date_precision=apart.date_precision, place=None,
                        weapon=apart.weapon, attacker=apart.attacker, defender=apart.defender, reports=apart.reports,
                        anchor=starts[max(bisect_left(starts, bd.start + 1) - 1, 0)] if starts else bd.start)
            events = [x for e in events for x in ((e, own) if e is apart else (e,))]
            inside = [own]
        # the same day's claim of the same total elsewhere in the report ("Russia says it downed 96 drones") is this one
        totals = {bd.total} | {int(c.value) for e in inside for c in e.claims if c.figure == "intercepted"
                               and not any(i.start <= c.start < i.end for i in bd.items)}
        inside += [e for e in events if e.kind == "interception" and e not in inside and e.date == inside[0].date
                   and any(c.figure == "intercepted" and c.value in totals for c in e.claims)]
        # ... and so is a count told before it over a whole that holds every area, counting no fewer (the ministry's
        # "40 drones over eight regions", its list two sentences on; one area left unread makes the sum fall short
        # of it): the list breaks that count down (ANNOTATION.md), unless told as more ("ещё")
        # ... of the same weapon and the same part of the day, the list told after nothing that makes it more
        told = text[window_start:bd.end]
        inside += [e for e in events if e.kind == "interception" and e not in inside and e.date == inside[0].date
                   and _broken_down(e, bd, text, lang, told, inside)]
        host = min(inside, key=lambda e: e.anchor)
        area_names = {(i.place.place.key, i.place.place.country) for i in bd.items}
        claims: list[Claim] = []
        own: list[Claim] = []  # the areas' own counts as the general path read them: each goes with its area
        for e in inside:
            for c in e.claims:
                in_item = any(i.start <= c.start < i.end for i in bd.items)
                if c.figure == "intercepted" and in_item:
                    own.append(c)  # an area's own count: it lives in the area, not in the total
                    continue
                claims.append(c)
        # events at one of the areas ("в Подмосковье сбито два дрона") are part of the same claim
        # ... unless told by an official of its own, who tells none of the total: a governor's own count for his region
        # is its own event, even when the total counts it (ANNOTATION.md)
        absorbed = [e for e in events if e.kind == "interception" and e not in inside and e.place is not None
                    and (e.place.key, e.place.country) in area_names and e.date == host.date
                    and not _own_account(e, inside) and not _counts_more(e, max(totals))]
        retold: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)  # an area's count told again on its own
        for e in absorbed:
            where = (e.place.key, e.place.country)  # type: ignore[union-attr]
            counts = {i.value for i in bd.items if (i.place.place.key, i.place.place.country) == where}
            claims.extend(c for c in e.claims if not (c.figure == "intercepted" and c.value in counts))
            retold[where] += [c for c in e.claims if c.figure == "intercepted" and c.value in counts]
        # a smaller count equal to one area's ("в Подмосковье сбиты два дрона") is that area's, not the total
        item_values = {i.value for i in bd.items}
        top = max((int(c.value) for c in claims if c.figure == "intercepted"), default=None)
        claims = [c for c in claims if not (c.figure == "intercepted" and c.value in item_values and top is not None
                                            and int(c.value) < top)]
        stated = [c for c in claims if c.figure == "intercepted"]
        details = None
        if stated:
            total = max(int(c.value) for c in stated)
            if total != bd.total:
                details = f"the per-area counts sum to {bd.total}, the stated total is {total}"
        else:
            first = claims[0] if claims else None
            claims.append(Claim(
                report_id=host.reports[0], start=bd.start, end=bd.end, quote=text[bd.start:bd.end], value=bd.total,
                figure="intercepted", source=first.source if first else None,
                source_kind=first.source_kind if first else "unknown", hedged=first.hedged if first else False,
                published=first.published if first else None,
            ))
            details = "total is the sum of the per-area counts"
        said = [c for e in inside for c in e.claims]
        areas = _told_again(host.areas, _area_list(bd, text, lang, host.reports[0] if host.reports else "", own, retold,
                                                   said, stated or claims))
        claims_t = tuple(sorted(set(claims), key=lambda c: (c.start, c.end, c.figure or "", c.assertion or "")))
        merged = replace(
            host, place=_region_place(areas), areas=areas, claims=claims_t, figures=reconcile(claims_t),
            weapon=host.weapon or next((e.weapon for e in inside if e.weapon), None),
            attacker=host.attacker or next((e.attacker for e in inside if e.attacker), None),
            details=details if not host.details else f"{host.details}; {details}" if details else host.details,
        )
        events = [merged if e is host else e for e in events if e is host or (e not in inside and e not in absorbed)]
    return events


def _broken_down(whole: Event, bd: RegionBreakdown, text: str, lang: str, told: str, listed: list[Event]) -> bool:
    """Whether a breakdown told after an interception count breaks that count down: the count told before the list, no
    smaller than the list's sum, over a country or areas that hold every area of the list, of the same weapon as the
    list's own events (either unknown agrees: one interception event per weapon type, ANNOTATION.md), of the same part
    of the day (a night's 40 drones beside "in the afternoon ... six missiles: four over ..."), and the list not told as
    more of them anywhere from the sentence before it through its end (`told`; `another` and `more_of_them` of the
    language files: "ещё", "ще", "six more")."""
    downed = [int(c.value) for c in whole.claims if c.figure == "intercepted" and isinstance(c.value, int)]
    if not downed or max(downed) < bd.total or not whole.claims or max(c.start for c in whole.claims) >= bd.start:
        return False
    wholes = [p for p in (whole.place, *(a.place for a in whole.areas)) if p is not None]
    if not wholes or not all(any(_holds(w, i.place.place) for w in wholes) for i in bd.items):
        return False
    weapons = {e.weapon for e in listed if e.weapon}
    if whole.weapon and weapons and whole.weapon not in weapons:
        return False
    first = min(c.start for c in whole.claims)
    starts = [s.start for s in sentences(text, lang)]
    own = text[starts[max(bisect_left(starts, first + 1) - 1, 0)]:max(c.end for c in whole.claims)]
    if ("day" in _parts_or_night(lang, own)) != ("day" in _parts_or_night(lang, told)):
        return False  # a daytime count beside a night's (an evening, a morning and a night may tell one night)
    return not words_of(lang, "another", "more_of_them").search(told)  # "another", "six more"


def _parts_or_night(lang: str, told: str) -> frozenset[str]:
    """The parts of the day a stretch of text names (`word_lists.parts_of_day`), a night told by nothing ("Russia says
    40 drones were downed") the night: a ministry tells its daytime counts by "днём", "in the afternoon"."""
    return parts_of_day(told, lang) or frozenset({"night"})


def _holds(whole: Place, part: Place) -> bool:
    if whole.key == part.key and whole.country == part.country:
        return True
    return whole.precision == "country" and whole.country is not None and whole.country == part.country


def _counts_more(e: Event, total: int) -> bool:
    """Whether every count of downed weapons an event at one of the areas tells is above the whole claim's total (a
    breakdown of four over three regions beside a recalled nine over one of them): no part of that total, another
    wave."""
    downed = [int(c.value) for c in e.claims if c.figure == "intercepted"]
    return bool(downed) and min(downed) > total


def _own_account(e: Event, total: list[Event]) -> bool:
    """Whether an interception is told only by officials (a governor, a mayor) none of whom tells the total."""
    mine = {(c.source, c.source_kind) for c in e.claims if c.assertion == "kind" and c.source}
    theirs = {c.source for t in total for c in t.claims if c.assertion == "kind" and c.source}
    return bool(mine) and all(kind == "official" for _, kind in mine) and not {name for name, _ in mine} & theirs


def _placed_apart(e: Event, bd: RegionBreakdown, text: str, starts: list[int], lang: str) -> bool:
    """Whether an interception told before a breakdown is told at a region of its own that no area of the list is or
    holds ("25 drones downed over Kursk Oblast. Three more were sent towards Bryansk Oblast, two destroyed over
    Voronezh Oblast"): that count is its own region's, no total of the list, and keeps its place (a digest's line is
    placed at the region it names). Only a region or a district (admin1, admin2; a city's count is as often a
    dateline's or "over Moscow and the regions around it"), only when every count it tells is told before the list,
    in a sentence that names the place as written other than as a dateline and names no several regions in any form
    (`several_areas`, `breakdowns.several_wholes`: a total whose place was read from a dateline, from the list's own
    lines or from elsewhere is the list's total, as before), and no count it tells is the list's sum."""
    place = e.place
    if place is None or e.areas or place.precision not in ("admin1", "admin2") or not place.as_written:
        return False  # (a city's count before a list is as often a dateline's or a capital's: "над Москвой и ...")
    counts = [c for c in e.claims if c.figure == "intercepted"]
    if not counts or any(c.value == bd.total or c.end > bd.start for c in counts):
        return False
    for c in counts:
        at = bisect_left(starts, c.start + 1) - 1
        sentence = text[starts[at] if at >= 0 else 0:starts[at + 1] if at + 1 < len(starts) else len(text)]
        if not _named_apart(place.as_written, sentence) or incidents.several_areas(sentence, lang) or (
                (wholes := _several_wholes(lang)) is not None and wholes.search(sentence)):
            return False  # a dateline's place, or a count over several regions: the list's total
    for item in bd.items:
        area = item.place.place
        if (area.key, area.country) == (place.key, place.country):
            return False
        if area.country == place.country and area.admin1 is not None and area.admin1 in (place.admin1, place.key):
            return False  # a town or district inside one of the areas
    return True


@cache
def _several_wholes(lang: str) -> re.Pattern[str] | None:
    """`breakdowns.several_wholes` of the language's events.yaml: words for several regions in any case ("областями",
    "регионах", "regions")."""
    words = (topic(lang, "events").get("breakdowns") or {}).get("several_wholes")
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.IGNORECASE) if words else None


def _named_apart(written: str, sentence: str) -> bool:
    """Whether a sentence names a place as written anywhere but as a dateline: a place at the start of the sentence or
    of a line, then punctuation of any kind ("Курская область, 5 мая —", "KURSK. ...", "Курская область: ...")."""
    for m in re.finditer(re.escape(written), sentence):
        before = sentence[:m.start()]
        if before.strip() and not before.rstrip(" \t").endswith("\n"):
            return True
        if not re.match(r"\s*[^\w\s]", sentence[m.end():]):
            return True
    return False


def _touches(e: Event, start: int, end: int, bd: RegionBreakdown) -> bool:
    return any(start <= c.start < end for c in e.claims)


def _previous_sentence_start(starts: list[int], at: int) -> int:
    """The start of the sentence before the one at `at`: where a breakdown's total is stated. `starts`: the text's
    sentence starts, split once (splitting the text up to each breakdown made long reports quadratic)."""
    before = bisect_left(starts, at)  # the sentences that start before `at`: the one holding it, and earlier ones
    return starts[before - 2] if before >= 2 else 0


def _area_list(
    bd: RegionBreakdown, text: str, lang: str, report_id: str, own: Sequence[Claim],
    retold: dict[tuple[str, str | None], list[Claim]], said: Sequence[Claim], total: Sequence[Claim],
) -> tuple[Area, ...]:
    """The areas of a breakdown, each with its count and the claims that count rests on (`_item_claims`)."""
    areas: list[Area] = []
    for item in bd.items:
        place = item.place.place
        if item.place.feature == "country":
            place = replace(place, admin1=None, lat=None, lon=None, precision="country", iata=None, icao=None)
        existing = next((a for a in areas if a.place.key == place.key and a.place.country == place.country), None)
        if existing is None:
            claims = _item_claims(item, text, lang, report_id, own, said, total)
            claims += [c for c in retold.get((item.place.place.key, item.place.place.country), ()) if c not in claims]
            areas.append(Area(place, {"intercepted": item.value}, tuple(claims)))
    return tuple(areas)


def _told_again(before: tuple[Area, ...], after: tuple[Area, ...]) -> tuple[Area, ...]:
    """A list told twice in one report (the second telling folded into the event the first made): each area keeps the
    claims of both tellings that give it the count it has, the earlier first, as a count retold on its own is kept."""
    if not before:
        return after
    out: list[Area] = []
    for area in after:
        was = next((a for a in before if (a.place.key, a.place.country) == (area.place.key, area.place.country)), None)
        kept = [c for c in (was.claims if was else ()) if c.figure in area.figures and c.value == area.figures[c.figure]]
        out.append(replace(area, claims=tuple(dict.fromkeys((*kept, *area.claims)))) if kept else area)
    return tuple(out)


def _item_claims(
    item: AreaCount, text: str, lang: str, report_id: str, own: Sequence[Claim], said: Sequence[Claim],
    total: Sequence[Claim],
) -> list[Claim]:
    """The claim of one area's count, over the words that tell it: from the count (or the count it carries, "по 3 над
    X, Y") through the area, not the next count nor the list joiner before it. It is told as the general path read that
    count when it read it (its teller, hedging, lower bound; its span joined to the segment's: "29 уничтожены| над
    Ростовской областью"), else by whoever the general path heard telling those words, else by the teller of the
    breakdown's total: a ministry's list is the ministry's, each line of it as hedged as the whole."""
    start = item.told_from if item.told_from is not None else item.start
    end = item.told_to if item.told_to is not None else item.end
    while start < end and (text[start].isspace() or text[start] in "-–—•*"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if joiner := _trailing_joiner(lang).search(text, start, end):
        end = joiner.start()  # "9 над Курской областью и| 5 над ...": the word joining the next count is not this one's
    read = next((c for c in own if item.start <= c.start < item.end and c.value == item.value), None)
    if read is not None:
        start, end = min(start, read.start), max(end, read.end)
        return [replace(read, start=start, end=end, quote=text[start:end])]
    teller = min((k for k in said if k.start <= start < k.end and k.source), key=lambda k: k.end - k.start, default=None) \
        or next((k for k in total if k.source), None) or (total[0] if total else None)
    return [Claim(
        report_id=report_id, start=start, end=end, quote=text[start:end], value=item.value, figure="intercepted",
        source=teller.source if teller else None, source_kind=teller.source_kind if teller else "unknown",
        hedged=teller.hedged if teller else False,
        published=next((k.published for k in (*said, *total) if k.published), None),
    )]


@cache
def _trailing_joiner(lang: str) -> re.Pattern[str]:
    """A list joiner closing a stretch of text (`list_joiners` of the language's events.yaml: "и", "та", "and")."""
    joiners = topic(lang, "events").get("list_joiners") or []
    return re.compile(rf"\s+(?:{_alt(joiners)})$" if joiners else r"(?!)", re.IGNORECASE)


def _region_place(areas: tuple[Area, ...]) -> Place:
    # the country most areas lie in: a Russian ministry's list opening with Crimea is still over Russia
    countries = Counter(a.place.country for a in areas if a.place.country)
    country = countries.most_common(1)[0][0] if countries else None
    name, name_en = local_names.joined([a.place for a in areas])
    return Place(name, country, None, None, None, "region", name_en=name_en)


# ------------------------------------------------------------------------------------------------ air-force nightly reports


@dataclass(frozen=True, slots=True)
class _AirForceWords:
    marker: re.Pattern[str]
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    weapon_noun: re.Pattern[str]
    country: str
    of_them: re.Pattern[str] | None = None  # "збила 58 із них": a count of the weapons counted before, no noun of its own
    out_of: re.Pattern[str] | None = None  # "shot down 16 out of 17 drones": the part, then all that were launched
    auxiliary: re.Pattern[str] | None = None  # "18 drones were shot down": a passive's auxiliary after the noun
    besides: re.Pattern[str] | None = None  # "also", "another": more downed besides the summary's own count


@cache
def _air_force_words(lang: str) -> _AirForceWords | None:
    data = topic(lang, "events").get("air_force")
    if not data:
        return None
    flags = re.IGNORECASE
    nouns = topic(lang, "figures")["weapon_nouns"]
    try:
        return _AirForceWords(
            marker=re.compile(rf"\b(?:{_alt(data['markers'])})", flags),
            roles=tuple((role, re.compile(rf"\b(?:{_alt(words)})(?!\w)", flags)) for role, words in data["roles"].items()),
            weapon_noun=re.compile(rf"^\s*(?:{_alt(nouns)})(?:\s+(?:типу\s+)?(?-i:[A-ZА-ЯЁІЇЄҐ])[\w-]*)?", flags),
            country=data["country"],
            of_them=re.compile(rf"^\s*(?:{_alt(data['of_them'])})(?!\w)", flags) if data.get("of_them") else None,
            out_of=re.compile(rf"\s*(?:{_alt(data['out_of'])})\s*", flags) if data.get("out_of") else None,
            auxiliary=re.compile(rf"(?:{_alt(data['auxiliaries'])})\s+", flags) if data.get("auxiliaries") else None,
            besides=re.compile(rf"\b(?:{_alt(data['besides'])})\b", flags) if data.get("besides") else None,
        )
    except (KeyError, TypeError) as exc:
        raise BreakdownError(f"lang/{lang}/events.yaml: 'air_force' needs markers, roles, country ({exc})") from exc


@dataclass(frozen=True, slots=True)
class _Count:
    weapon: str
    role: str
    value: int
    start: int
    end: int


def _read_counts(text: str, lang: str, quantities: list[Quantity], words: _AirForceWords) -> list[_Count]:
    counts: list[_Count] = []
    weapon_now: str | None = None
    whole: dict[int, str] = {}  # "16 out of 17 drones": the 17, all that were launched, by its start
    for i, q in enumerate(quantities):
        clause_start = max(text.rfind(ch, 0, q.start) for ch in ".;\n!?") + 1
        after = text[q.end:]
        noun = words.weapon_noun.match(after)
        weapon = incidents.weapon(noun.group(0), lang) if noun else None
        end = q.end + (noun.end() if noun else 0)
        if q.start in whole:
            if weapon:
                weapon_now = weapon
                counts.append(_Count(weapon, "launched", q.value, q.start, end))
            continue
        if weapon is None and words.out_of and i + 1 < len(quantities) \
                and words.out_of.fullmatch(text[q.end:quantities[i + 1].start]):
            # "shot down 16 out of 17 Shahed drones", "збито 16 із 17 дронів": the part has the whole's weapon, and the
            # whole is what was launched
            later = quantities[i + 1]
            if (its_noun := words.weapon_noun.match(text[later.end:])) and \
                    (weapon := incidents.weapon(its_noun.group(0), lang)):
                whole[later.start] = weapon
        if weapon:
            weapon_now = weapon
        role_after = next((r for r, p in words.roles if (m := p.match(after.lstrip(" ,—–-"))) and m.start() == 0), None)
        if weapon is None and weapon_now is not None and words.of_them and (them := words.of_them.match(after)):
            weapon, end = weapon_now, q.end + them.end()  # "Протиповітряна оборона збила 58 із них"
        if weapon is None:
            if role_after is None or weapon_now is None:
                continue  # "на 3 локаціях", "о 09:00": not a count of weapons
            weapon = weapon_now
        before = text[clause_start:q.start]
        roles_before = [(m.end(), r) for r, p in words.roles for m in p.finditer(before)]
        role = max(roles_before)[1] if roles_before else role_after
        if role is None and noun:
            rest = after[noun.end():]
            skip = len(rest) - len(rest.lstrip(" ,—–-"))
            aux = words.auxiliary.match(rest, skip) if words.auxiliary else None
            if aux:
                skip = aux.end()  # "36 enemy cruise missiles were destroyed"
            for r, p in words.roles:
                if aux and r == "hit":
                    continue  # "six drones were hit by air defence": downed, not hits
                if m := p.match(rest[skip:]):  # "20 ворожих БпЛА локаційно втрачено"
                    role, end = r, end + skip + m.end()
                    break
        if role_after and not noun:
            role = role_after  # "45 збито, 20 подавлено"
            end = q.end + len(after) - len(after.lstrip(" ,—–-")) + next(
                p.match(after.lstrip(" ,—–-")).end() for r, p in words.roles if r == role_after  # type: ignore[union-attr]
            )
        if role is None:
            continue
        counts.append(_Count(weapon, role, q.value, q.start, end))
    return counts


_DOWNED = ("shot_down", "suppressed", "intercepted")


def air_force_events(
    text: str, lang: str, report_id: str, events: list[Event], quantities: list[Quantity], dates: list[DateMention],
    gaz: Gazetteer, places: Sequence[PlaceMatch] = (),
) -> list[Event]:
    """Replace the interception events of a nightly air-force summary by one event per weapon type."""
    words = _air_force_words(lang)
    if words is None or not words.marker.search(text):
        return events
    counts = _read_counts(text, lang, quantities, words)
    if not counts or not _told_by_air_force(text, lang, words):
        return events
    # a city's or a region's own count ("У Києві ППО знищила близько 10 дронів") is its own event beside the
    # national summary (ANNOTATION.md), and its count is not the summary's
    regional = [e for e in events if e.kind == "interception" and _regional(e, places, text)]
    counts = [c for c in counts if not any(k.start <= c.start < k.end for e in regional for k in e.claims if k.figure)]
    if not any(c.role in _DOWNED for c in counts) and not any(e.kind == "interception" for e in events):
        # in a report that tells nothing downed, a count of what attacked told in the clause of a strike with its own
        # toll ("завдали удару трьома безпілотниками, внаслідок чого загинули двоє людей") is that strike's weapons,
        # no summary of what air defence did, whatever words it shares with the summaries
        counts = [c for c in counts if not (c.role == "launched" and any(
            e.kind == "strike" and _has_casualties(e) and any(k.figure is None and k.start <= c.start < k.end for k in e.claims)
            for e in events))]
    if not any(c.role == "launched" for c in counts):
        return events
    # a summary tells one night: a later sentence that recalls the outlet's earlier reporting or names another day
    # ("Як повідомлялося, в ніч на 13 вересня ...", "В ніч проти 26 серпня 2024 року ...") opens another night, whose
    # counts are its own event (the general path's), not more of this night's
    cut = _another_night(text, lang, counts, dates)
    counts = [c for c in counts if c.start < cut]
    # a weapon downed "also" or "another" after the summary has told its own count of that weapon downed ("the army
    # has also shot down six reconnaissance drones", "Another six drones were hit"): other drones (another type,
    # another span of time), their own event as the general path reads it
    extra = _told_besides(text, counts, words)
    counts = [c for c in counts if not (c.role in _DOWNED and any(a <= c.start < b for a, b in extra))]
    if not counts:
        return events
    # a strike placed finer than a country and told beyond the summary's sentences ("another strike targeting the
    # Khmelnytskyi region", "внаслідок нічної атаки на Одещину без світла ...") is that place's own incident, and a
    # weapon told in its clauses with nothing of it downed ("another strike ... by MiG-31s, which launched four
    # Kinjal missiles") is that strike's weapons, no interception of the summary's
    first = counts[0].start
    span_end = _sentence_end(text, max(c.end for c in counts))
    own = [e for e in events if e.kind == "strike" and e.place is not None and e.place.precision not in ("country", "region", "sea")
           and not e.areas and any(k.start < first - 200 or k.start >= span_end for k in e.claims)]
    launched_missiles = {c.weapon for c in counts if c.role == "launched" and c.weapon.endswith("missile")}
    by_weapon: dict[str, list[_Count]] = defaultdict(list)
    for c in counts:
        weapon = c.weapon
        if weapon == "missile" and len(launched_missiles) == 1:
            weapon = next(iter(launched_missiles))  # "збито 1 ракету" after "атакував 2 балістичними ракетами"
        by_weapon[weapon].append(c)
    # a weapon told only as hitting ("there were a few hits") is no count of the summary's
    by_weapon = {w: items for w, items in by_weapon.items() if any(c.role != "hit" for c in items) and (
        any(c.role in _DOWNED for c in items)
        or not all(any(k.start <= c.start < k.end for e in own for k in e.claims) for c in items if c.role == "launched"))}
    if not by_weapon:
        return events
    # (a strike that tells its toll, even none, is its own; an interception's "nobody was hurt" goes with the summary)
    replaced = [e for e in events if e.kind in ("interception", "strike")
                and not (_anyone_hurt(e) if e.kind == "interception" else _has_casualties(e))
                and e not in regional and e not in own and any(first - 200 <= c.start < cut for c in e.claims)
                and not all(any(a <= k.start < b for a, b in extra) for k in e.claims)]
    template = replaced[0] if replaced else None
    speaker = next((c for e in replaced for c in e.claims if c.source), None)
    said = sorted((k for e in events for k in e.claims), key=lambda k: (k.figure is None, k.end - k.start))
    # the night: the first day told (a year told first, "since the invasion in 2022", is no night)
    night = next((d for d in sorted(dates, key=lambda d: d.start) if d.precision == "day"), None) or (
        None if template and template.date else min(dates, key=lambda d: d.start) if dates else None)
    date = night.date if night else template.date if template else None
    precision = night.precision if night else template.date_precision if template else None
    country = next((c for c in gaz.lookup(words.country, lang=lang) if c.feature == "country"), None)
    place = replace(country.place, admin1=None, lat=None, lon=None, precision="country", iata=None,
                    icao=None) if country else None
    published = template.claims[0].published if template and template.claims else None
    new: list[Event] = []
    for weapon, items in by_weapon.items():
        claims: list[Claim] = []

        def claim(start: int, end: int, value: int | str, figure: str | None = None, assertion: str | None = None) -> Claim:
            # told by whoever the general path heard telling that clause (the commander quoted), else by the
            # summary's first speaker
            teller = next((k for k in said if k.start <= start < k.end and k.source), speaker)
            return Claim(report_id=report_id, start=start, end=end, quote=text[start:end], value=value, figure=figure,
                         assertion=assertion, source=teller.source if teller else None,
                         source_kind=teller.source_kind if teller else "unknown",
                         hedged=teller.hedged if teller else False, published=published)

        shot = [c for c in items if c.role == "shot_down"]
        suppressed = [c for c in items if c.role == "suppressed"]
        for c in items:
            if c.role in ("launched", "hit", "intercepted"):
                claims.append(claim(c.start, c.end, c.value, figure=c.role))
            else:
                claims.append(claim(c.start, c.end, c.value, assertion=c.role))
        # a summary tells one count of each: the same count told again (the headline, the body, a closing line) is
        # the same drones, not more of them; shot down and suppressed add up
        shot_n = max((c.value for c in shot), default=0)
        suppressed_n = max((c.value for c in suppressed), default=0)
        if suppressed and not any(c.role == "intercepted" for c in items):
            parts = shot + suppressed
            claims.append(claim(min(p.start for p in parts), max(p.end for p in parts), shot_n + suppressed_n,
                                figure="intercepted"))
        elif shot and not any(c.role == "intercepted" for c in items):
            # nothing suppressed: each telling of the count downed is a claim of it, in its own words and by its teller
            claims.extend(claim(c.start, c.end, c.value, figure="intercepted") for c in shot if c.value == shot_n)
        window = f"reporting window: the night ending {date}" if date else "reporting window not stated"
        split = f"; shot down {shot_n}, suppressed by electronic warfare {suppressed_n}" if suppressed else ""
        claims_t = tuple(sorted(set(claims), key=lambda c: (c.start, c.end, c.figure or "", c.assertion or "")))
        anchor = min(c.start for c in items)
        new.append(Event(
            id=content_id(report_id, "interception", weapon, anchor), kind="interception", date=date,
            date_precision=precision, place=place, weapon=weapon,  # type: ignore[arg-type]
            attacker=incidents.attacker(text, lang), figures=reconcile(claims_t), claims=claims_t,
            reports=(report_id,), details=window + split, anchor=anchor,
        ))
    # "there were no casualties" told of the night: the summary's, its first weapon's event's
    unhurt = [k for e in replaced for k in e.claims if k.figure in _HARM and k.value == 0]
    if unhurt and new:
        first_told = min(new, key=lambda e: e.anchor)
        claims_t = tuple(sorted(set(first_told.claims) | set(unhurt), key=lambda c: (c.start, c.end, c.figure or "", c.assertion or "")))
        new = [replace(e, claims=claims_t, figures=reconcile(claims_t)) if e is first_told else e for e in new]
    kept = [e for e in events if e not in replaced]
    return sorted(kept + new, key=lambda e: e.anchor)


def _regional(e: Event, places: Sequence[PlaceMatch], text: str) -> bool:
    """An interception told for one place finer than a country, with a count of its own told beside that place's
    name in one sentence (not a count with no place that was given the one place the report names)."""
    if e.place is None or e.place.precision in ("country", "region") or e.areas:
        return False
    return any(c.figure == "intercepted" and any(
        m.candidates and m.candidates[0].place.key == e.place.key and _one_sentence(text, c.start, c.end, m.start, m.end)
        for m in places) for c in e.claims)


def _one_sentence(text: str, *offsets: int) -> bool:
    between = text[min(offsets):max(offsets)]
    return "\n" not in between and not re.search(r"[.!?]\s", between)


def _has_casualties(e: Event) -> bool:
    return any(name in e.figures for name in _HARM)


def _anyone_hurt(e: Event) -> bool:
    """Whether anyone was hurt: an interception's stated "nobody was hurt" is no casualty of its own."""
    return any(f.best > 0 for name, f in e.figures.items() if name in _HARM)


_HARM = ("killed", "injured", "hospitalized", "critical")


def _told_by_air_force(text: str, lang: str, words: _AirForceWords) -> bool:
    """Whether the Air Force is named other than in the outlet's recall of its earlier reporting ("Раніше речник
    Повітряних сил розповів, що ..."): named only there, it told none of the report's counts."""
    for m in words.marker.finditer(text):
        start = _sentence_start(text, m.start())
        if not attribution.recalls(text[start:_sentence_end(text, m.end())].lstrip(" \t\n•*-–—"), lang):
            return True
    return False


def _told_besides(text: str, counts: list[_Count], words: _AirForceWords) -> list[tuple[int, int]]:
    """The sentences that tell more of a weapon downed besides ("also", "another") after a count of that weapon
    downed was told."""
    if words.besides is None:
        return []
    spans: list[tuple[int, int]] = []
    for c in counts:
        if c.role not in _DOWNED or not any(o.weapon == c.weapon and o.role in _DOWNED and o.end <= c.start for o in counts):
            continue
        start, end = _sentence_start(text, c.start), _sentence_end(text, c.end)
        if words.besides.search(text, start, end) and (start, end) not in spans:
            spans.append((start, end))
    return spans


def _sentence_end(text: str, at: int) -> int:
    m = re.compile(r"[.!?](?=\s)|\n").search(text, at)
    return m.end() if m else len(text)


def _another_night(text: str, lang: str, counts: list[_Count], dates: list[DateMention]) -> int:
    """Where a summary's night ends: the first sentence after a count of what was launched that recalls the outlet's
    earlier reporting, or opens with a day other than the night's (the night: a day told before that count or in a
    sentence with counts; with no night known, no day ends it)."""
    launched = min(c.start for c in counts if c.role == "launched")
    days = [d for d in dates if d.precision == "day"]
    # the night: a day told before the first launched count, else one told in a sentence that gives counts
    night = next((d.date for d in days if d.start < launched), None) or next((
        d.date for d in days if any(_sentence_start(text, d.start) <= c.start < _sentence_end(text, d.end) for c in counts)
    ), None)
    for d in days:
        if night and d.start > launched and d.date != night and _opens_sentence(text, d.start):
            return d.start
    at = _sentence_end(text, launched)
    while at < len(text):
        end = _sentence_end(text, at)
        if attribution.recalls(text[at:end].lstrip(" \t\n•*-–—"), lang):
            return at
        at = end
    return len(text)


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in re.finditer(r"[.!?]\s|\n", text[:at])), default=0)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a date stands among the first words of its sentence ("В ніч проти 26 серпня ...", "Overnight into July
    13, ...", "• 12 вересня ...")."""
    head = re.split(r"[.!?]\s|\n", text[max(0, at - 60):at])[-1]
    return len(re.findall(r"\w+", head)) <= 3
