"""Extraction of one report: a pure function of (text, publication date, language data, gazetteer).

No database and no network, so the same call serves `eventledger extract`, ingestion, tests and parallel workers.
"""

from __future__ import annotations

from eventledger.extract.breakdowns import air_force_events, find_region_breakdowns, merge_region_breakdowns
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TypeVar

from eventledger.extract.capital_named import at_the_capital
from eventledger.extract.attack_counts import counts_where_they_belong
from eventledger.extract.captions import without_old_captions
from eventledger.extract.dates import (DateMention, dateline, day_of_telling, find_dates, past_day_of_an_afternoon,
                                       report_day, stamps)
from eventledger.extract.armed_attacks import armed_attacks
from eventledger.extract.downed_over import downed_where_debris_fell
from eventledger.extract.events import build_events
from eventledger.extract.incidents import is_dateline
from eventledger.extract.language import other_language_sentences
from eventledger.extract.lookalikes import in_one_script
from eventledger.extract.weapons_named import one_weapon_named, shelling_from_afar, specific_missiles
from eventledger.extract.pair_decision import retellings_joined
from eventledger.extract.placeless_told import placeless_joined
from eventledger.extract.numbers import Quantity, find_quantities
from eventledger.extract.segment import report_end, without_links
from eventledger.geo import Candidate, Gazetteer, PlaceMatch, local_names
from eventledger.geo.district_lists import read_as_district_lists
from eventledger.geo.district_region import districts_beside_their_region
from eventledger.geo.district_told_short import districts_told_short
from eventledger.geo.region_lists import bare_members, read_as_region_lists
from eventledger.geo.region_of_city import regions_named_by_their_city
from eventledger.geo.people_adjectives import without_people_adjectives
from eventledger.geo.unlisted_villages import unlisted_villages
from eventledger.geo.focus import across_the_border, city_districts, districts_of_named_cities, in_focus, in_the_report_area
from eventledger.geo.named_airports import named_airports
from eventledger.lang import SUPPORTED, topic
from eventledger.model import Claim, Event, Report


def extract(report: Report, gazetteer: Gazetteer | None = None) -> list[Event]:
    """The events one report tells, each with its claims, in the order the report first tells them."""
    events, text, lang = proposed(report, gazetteer)
    events = sorted((_named_in(e, lang) for e in placeless_joined(retellings_joined(events, text, lang), text, lang)),
                    key=lambda e: e.anchor)
    events = specific_missiles(events, text, lang)  # "a missile fell ... it was an Iskander": ballistic
    events = one_weapon_named(events, text, lang)  # a strike told with no weapon in a report of drones alone: drones
    events = shelling_from_afar(events, lang)  # a town "під ракетним обстрілом": a missile strike
    events = counts_where_they_belong(events)  # launched and downed: the interception's; what hit: the strike's
    if not report.text.startswith(text):  # lookalikes read in one script, or link lines blanked: quote the report as written
        events = [_quoted_as_written(e, report.text) for e in events]
    return events


def _quoted_as_written(event: Event, text: str) -> Event:
    """The event with its claims' quotes, and its areas' claims' quotes, taken from the report as written."""
    def quoted(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
        return tuple(replace(c, quote=text[c.start:c.end]) for c in claims)

    return replace(event, claims=quoted(event.claims), areas=tuple(replace(a, claims=quoted(a.claims)) for a in event.areas))


def proposed(report: Report, gazetteer: Gazetteer | None = None) -> tuple[list[Event], str, str]:
    """The events the rules build from one report, before the learned decision (`pair_decision`) joins the pairs of
    them that tell one incident twice; with the text they were read from and its language."""
    gaz = gazetteer or Gazetteer.load()
    lang = report.language if report.language in SUPPORTED else "en"
    # a Latin i in "Глухiв" read as і, before the end of the report and its link lines are looked for (their words are
    # in one script too); the same length, so offsets into it are offsets into the report
    whole = in_one_script(report.text)
    text = without_links(whole[: report_end(whole, lang)], lang)
    published = report.published or day_of_telling(text, lang) or dateline(text, lang)  # the text's own day stands in
    day = report_day(published, text, lang)  # the readers' day: 00:40 in Moscow is not yesterday
    stamp = _DATE_STAMP.match(text)
    # a caption of an archive photograph ("a school after the shelling of 3 May 2023. Photo: ...") tells no incident
    read = text
    read_dates = find_dates(read, lang, day)
    text = without_old_captions(read, lang, day, read_dates, stamp.end() if stamp else 0)
    others = other_language_sentences(text, lang)
    # (the dates of a text no caption was blanked in are those just found: find_dates reads the same text alike)
    places, quantities = gaz.find(text, lang), find_quantities(text, lang)
    dates = list(read_dates) if text == read else find_dates(text, lang, day)
    # a page's stamp line ("16:58 05.09.2022") is the day it was published, no day of an incident it tells (with a
    # publication date given, a date line well before it heads a part of the page instead)
    stamped = [(start, end) for start, end, _, _ in stamps(text, lang, day if report.published else None)]
    dates = [d for d in dates if not any(start <= d.start and d.end <= end for start, end in stamped)]
    if (stamp := _DATE_STAMP.match(text)) is not None:
        # the leading "date YYYY-MM-DD" of a stored file is its publication stamp (sources.files.header_date), not a
        # day the report tells of an incident, even where the lead runs on after it on the same line
        dates = [d for d in dates if d.start >= stamp.end()]
    countries = _countries(gaz, lang)
    for other in sorted({code for _, code in others.values()}):
        # sentences in another language are read with that language's words, names and numbers
        spans = [(start, end) for start, (end, code) in others.items() if code == other]
        places = _keep(places, spans, inside=False) + _keep(gaz.find(text, other), spans)
        quantities = _keep(quantities, spans, inside=False) + _keep(find_quantities(text, other), spans)
        dates = _keep(dates, spans, inside=False) + _keep(find_dates(text, other, day), spans)
        countries = {**_countries(gaz, other), **countries}
    dates = past_day_of_an_afternoon(dates, published, lang)  # "за сутки" in an evening post: the post's day
    places = named_airports(places, text, lang, gaz)  # "в аэропорту Домодедово": the airport, not the town
    places = without_people_adjectives(places, text, lang)  # "Мирный житель": a civilian, not the town of Mirny
    places = in_the_report_area(across_the_border(places, gaz.admin1), text, lang, gaz.admin1)
    places = in_focus(places, _adjective_countries(text, lang, countries))
    places = regions_named_by_their_city(places, text, lang, gaz)  # "the Krasnodar Territory": the krai
    places = districts_beside_their_region(places, text, lang, gaz)  # "у Покровському районі Дніпропетровської області"
    places = city_districts(places, lang, {m.start for m in places if is_dateline(text, m.start, m.end)})
    places = districts_of_named_cities(sorted(places, key=lambda m: m.start), text, lang)
    places = read_as_district_lists(places, text, lang, gaz)  # "в Деснянському та Оболонському районах"
    places = read_as_region_lists(places, text, lang, gaz)  # "over the Bryansk, Smolensk and Tula regions"
    places = districts_told_short(places, text, lang, gaz)  # "у Богодухівському районі ..., у Куп'янському - ..."
    places = unlisted_villages(places, text, lang, gaz.admin1)  # "деревни Кругленькое": a village the gazetteer lacks
    report_id = report.id  # (a hash of the whole normalised text: worked out once)
    events = build_events(
        text, lang, report_id, published, sorted(places, key=lambda m: m.start), sorted(quantities, key=lambda q: q.start),
        sorted(dates, key=lambda d: d.start), countries, {start: code for start, (_, code) in others.items()},
        region_lists=bare_members(places, text, lang, gaz),  # "над Тульской, Калужской и Орловской областями"
    )
    # the two structured formats (per-region breakdowns, air-force nightly summaries) are re-read whole
    if any(e.kind == "interception" for e in events):
        events = merge_region_breakdowns(events, find_region_breakdowns(text, lang, places, quantities, gaz), text, lang)
    events = air_force_events(text, lang, report_id, events, quantities, dates, gaz, places)
    events = [_country_of_areas(e, places) for e in events]  # "36 over Crimea and one over Krasnodar Krai": over Russia
    events = at_the_capital(events, text, lang, places, gaz)  # "уламки пошкодили інфраструктуру столиці": Kyiv
    events = downed_where_debris_fell(events, text, lang)  # "уламки збитої ракети пошкодили будинки": downed there too
    events = armed_attacks(events, text, lang)  # "преступники подъехали ко входу, после - взрыв и стрельба": `other`
    return sorted(events, key=lambda e: e.anchor), text, lang


def _country_of_areas(event: Event, places: Sequence[PlaceMatch]) -> Event:
    """A claim over several areas stands in the country its land areas lie in; when they lie in several, the one most
    of them lie in, and on a tie the one the report names most (a Russian ministry's "36 drones over Crimea and one
    over Krasnodar Krai" is over Russia, whichever area it names first)."""
    place = event.place
    countries = Counter(a.place.country for a in event.areas if a.place.country)
    if place is None or place.precision != "region" or len(countries) < 2:
        return event
    ranked = countries.most_common()
    tied = {c for c, n in ranked if n == ranked[0][1]}
    if len(tied) > 1:
        named = Counter(m.candidates[0].place.country for m in places if m.candidates)
        country = max(tied, key=lambda c: (named[c], c == place.country))
    else:
        country = ranked[0][0]
    return event if country == place.country else replace(event, place=replace(place, country=country))


def _named_in(event: Event, lang: str) -> Event:
    """The event with its subdivisions, countries and seas named in the report's language (those found by a lookup,
    not in the text, still carry their English names); a place of several areas named after them."""
    areas = tuple(replace(a, place=local_names.localized(a.place, lang)) for a in event.areas)
    place = local_names.localized(event.place, lang)
    if place is not None and place.precision == "region" and areas:
        name, name_en = local_names.joined([a.place for a in areas])
        if name_en == place.key:
            place = replace(place, name=name)
    return replace(event, place=place, areas=areas)


_T = TypeVar("_T", PlaceMatch, Quantity, DateMention)
_DATE_STAMP = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}(?!\d)", re.IGNORECASE)


def _keep(found: list[_T], spans: list[tuple[int, int]], inside: bool = True) -> list[_T]:
    """The mentions that lie inside (or, with inside=False, outside) the given sentence spans."""
    return [m for m in found if any(s <= m.start and m.end <= e for s, e in spans) == inside]


@cache
def _demonyms(lang: str) -> dict[str, str]:
    """The language file's country adjectives, casefolded (`demonyms` of events.yaml), built once a language."""
    return {k.casefold(): v for k, v in (topic(lang, "events").get("demonyms") or {}).items()}


def _adjective_countries(text: str, lang: str, countries: dict[str, Candidate]) -> set[str]:
    """Codes of the countries the text names by an adjective ("Israeli", "российской")."""
    demonyms = _demonyms(lang)
    words = set(re.findall(r"[^\W\d_]+", text.casefold()))
    return {c.place.country for word in words & demonyms.keys()
            if (c := countries.get(demonyms[word])) is not None and c.place.country}


@cache
def _countries(gaz: Gazetteer, lang: str) -> dict[str, Candidate]:
    """Gazetteer entries of the countries the language's adjectives name ("Russian" -> Russia)."""
    found: dict[str, Candidate] = {}
    for name in set(topic(lang, "events").get("demonyms", {}).values()):
        candidates = [c for c in gaz.lookup(name, lang=lang) if c.feature == "country"]
        if candidates:
            found[name] = candidates[0]
    return found
