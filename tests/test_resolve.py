"""One incident, many reports: resolution joins what is the same incident and keeps apart what is not.

The corpus (tests/fixtures/resolution) is our own: six reports of one drone strike on the Saratov refinery in three
languages with growing figures, the same refinery struck again in August, two unrelated strikes on one night in
Belgorod Oblast, and a strike on the Engels airfield across the river on the refinery's night.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from resolution_corpus import ENGELS, FIRST_STRIKE, SARATOV, SARATOV_OBLAST, SPECS, event, report
from sqlalchemy import text

from eventledger.model import Event, Place, Report, Target
from eventledger.resolve import Constraints, Decision, Item, compare, day_range, place_relation, resolve
from eventledger.store import Ledger, LedgerError

UTC = timezone.utc


def item(id: str, *, report: str | None = None, kind: str = "strike", when: str = "2025-03-10", precision: str = "day",
         place: Place | None = SARATOV, target: Target | None = None, weapon: str | None = "drone",
         text: str = "", figures: dict[str, tuple[int, int]] | None = None) -> Item:
    lo, hi = day_range(when, precision, None)
    return Item(id=id, report_id=report or f"r-{id}", kind=kind, day_lo=lo, day_hi=hi, precision=precision, place=place,
                target=target, weapon=weapon, text=text, figures=figures or {},
                published=datetime(2025, 3, 10, tzinfo=UTC))


@pytest.fixture
def corpus_ledger(ledger_url: str):
    with Ledger(ledger_url) as ledger:
        for spec in SPECS:
            ledger.ingest(*_one(spec[0]))
        yield ledger


def _one(name: str) -> tuple[Report, list[Event]]:
    rep, ev = event(name)
    return rep, [ev]


def _event_of(ledger: Ledger, name: str) -> Event:
    rid = report(name).id
    found = [e for e in ledger.events() if rid in e.reports]
    assert len(found) == 1
    return found[0]


# -- the acceptance corpus ----------------------------------------------------------------------------------------


def test_six_reports_in_three_languages_are_one_event_with_reconciled_figures(corpus_ledger: Ledger) -> None:
    strike = _event_of(corpus_ledger, "01_ru_governor")
    assert set(strike.reports) == {report(n).id for n in FIRST_STRIKE}
    injured, killed = strike.figures["injured"], strike.figures["killed"]
    assert (injured.low, injured.best, injured.high) == (1, 5, 5)  # the latest report's five beats the first one
    assert (killed.low, killed.best, killed.high) == (1, 1, 1)
    assert strike.place == SARATOV  # the most precise place any report gave (the governor said only the oblast)


def test_the_same_refinery_struck_months_later_is_another_event_linked_to_the_first(corpus_ledger: Ledger) -> None:
    first, again = _event_of(corpus_ledger, "01_ru_governor"), _event_of(corpus_ledger, "07_en_again")
    assert first.id != again.id
    assert [(r.event_id, r.why) for r in again.related] == [(first.id, "same_target")]
    assert [(r.event_id, r.why) for r in first.related] == [(again.id, "same_target")]


def test_unrelated_strikes_on_one_night_in_one_oblast_stay_apart(corpus_ledger: Ledger) -> None:
    shebekino, graivoron = _event_of(corpus_ledger, "08_en_shebekino"), _event_of(corpus_ledger, "09_ru_graivoron")
    assert shebekino.id != graivoron.id
    # The airfield across the river, the same night: near enough to be "one town", but another target.
    assert _event_of(corpus_ledger, "10_en_engels").id != _event_of(corpus_ledger, "01_ru_governor").id
    assert corpus_ledger.counts()["events"] == 5


def test_each_join_records_why(corpus_ledger: Ledger) -> None:
    strike = _event_of(corpus_ledger, "01_ru_governor")
    joins = [change for _, change in corpus_ledger.history(strike.id) if change["action"] == "joined"]
    assert len(joins) == 5
    for change in joins:
        (why,) = change["reasons"].values()
        assert why["join"] and why["event"] == strike.id
        assert any(r.startswith(("same target", "text similarity", "same town")) for r in why["reasons"])


def test_a_full_rerun_gives_the_same_events_and_ids(corpus_ledger: Ledger, tmp_path: Path) -> None:
    before = [e.to_dict() for e in corpus_ledger.events()]
    assert corpus_ledger.resolve_all()["rewritten"] == 0
    assert [e.to_dict() for e in corpus_ledger.events()] == before
    # Reports arriving in another order end, after a re-run, in the same events with the same ids.
    shuffled = [s[0] for s in SPECS]
    random.Random(7).shuffle(shuffled)
    with Ledger(tmp_path / "other.db") as other:
        for name in shuffled:
            other.ingest(*_one(name))
        other.resolve_all()
        assert sorted((e.id, e.reports) for e in other.events()) == sorted((e["id"], tuple(e["reports"])) for e in before)


def test_a_split_by_hand_is_kept_by_later_resolution(corpus_ledger: Ledger) -> None:
    strike = _event_of(corpus_ledger, "01_ru_governor")
    late = report("06_uk_channel").id
    kept, moved = corpus_ledger.split(strike.id, [late])
    assert kept == strike.id and late in corpus_ledger.event(moved).reports  # type: ignore[union-attr]
    corpus_ledger.resolve_all()
    assert _event_of(corpus_ledger, "06_uk_channel").id == moved
    assert _event_of(corpus_ledger, "01_ru_governor").figures["injured"].best == 4
    # ... and a merge by hand undoes it, for good.
    assert corpus_ledger.merge(kept, moved) == strike.id
    corpus_ledger.resolve_all()
    assert len(_event_of(corpus_ledger, "06_uk_channel").reports) == 6


def test_a_merge_by_hand_joins_what_evidence_kept_apart(corpus_ledger: Ledger) -> None:
    a, b = _event_of(corpus_ledger, "08_en_shebekino"), _event_of(corpus_ledger, "09_ru_graivoron")
    merged = corpus_ledger.merge(b.id[:8], a.id)
    assert merged == min((a, b), key=lambda e: e.reports and report("08_en_shebekino").id not in e.reports).id or merged
    corpus_ledger.resolve_all()
    assert _event_of(corpus_ledger, "08_en_shebekino").id == _event_of(corpus_ledger, "09_ru_graivoron").id
    assert corpus_ledger.event(b.id if b.id != merged else a.id).id == merged  # type: ignore[union-attr]  # redirect


def test_merging_or_splitting_what_is_not_there_is_refused_clearly(corpus_ledger: Ledger) -> None:
    strike = _event_of(corpus_ledger, "01_ru_governor")
    with pytest.raises(LedgerError, match="no event 'ffffffffff'"):
        corpus_ledger.merge(strike.id, "ffffffffff")
    with pytest.raises(LedgerError, match="already one event"):
        corpus_ledger.merge(strike.id, strike.id)
    with pytest.raises(LedgerError, match="has no claim, report event or report 'zzzzzzzz'"):
        corpus_ledger.split(strike.id, ["zzzzzzzz"])
    with pytest.raises(LedgerError, match="would leave it empty"):
        corpus_ledger.split(strike.id, [report(n).id for n in FIRST_STRIKE])


def test_candidates_are_found_through_an_index_not_a_scan(corpus_ledger: Ledger) -> None:
    query = ("SELECT id FROM events WHERE cell IN ('RU/saratov oblast', 'RU/-') "
             "AND day_hi >= 739320 AND day_lo <= 739322")
    with corpus_ledger.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # a table this small is scanned anyway: ask whether the index serves
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(str(row[0]) for row in conn.execute(text("EXPLAIN " + query)))
        else:
            plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + query)))
    assert "ix_events_cell_day_hi" in plan and ("USING INDEX" in plan or "Index" in plan)


def test_an_airport_closed_after_a_strike_nearby_is_linked_as_a_follow_up(tmp_path: Path) -> None:
    strike_text = "Drones hit a fuel depot near Saratov on 10 March."
    closure_text = "Saratov Gagarin airport suspended flights on 10 March."
    airport = Place("Saratov Gagarin Airport", "RU", "Saratov Oblast", 51.7128, 46.1717, "point", iata="GSV")
    with Ledger(tmp_path / "ledger.db") as ledger:
        strike = ledger.ingest(Report(strike_text, datetime(2025, 3, 10, 5, tzinfo=UTC)), [
            Event(kind="strike", date="2025-03-10", date_precision="day", place=SARATOV, weapon="drone")]).events[0]
        closure = ledger.ingest(Report(closure_text, datetime(2025, 3, 10, 6, tzinfo=UTC)), [
            Event(kind="airspace_restriction", date="2025-03-10", date_precision="day", place=airport)]).events[0]
        assert [(r.event_id, r.why) for r in ledger.event(closure).related] == [(strike, "follow_up")]  # type: ignore[union-attr]


# -- the rules, one at a time -------------------------------------------------------------------------------------


def test_a_month_precision_date_is_compatible_with_its_days() -> None:
    refinery = Target("Saratov oil refinery", "oil_refinery")
    verdict = compare(item("a", when="2025-03", precision="month", target=refinery), item("b", target=refinery))
    assert verdict.join and "same target: both name Saratov oil refinery" in verdict.reasons
    assert compare(item("a", when="2025-04", precision="month", target=refinery), item("b", target=refinery)).veto


def test_a_city_is_inside_its_region_and_far_towns_are_different_places() -> None:
    assert place_relation(SARATOV, SARATOV_OBLAST)[0] == "inside"
    assert place_relation(SARATOV, ENGELS)[0] == "different"  # 7 km across the river, but two towns
    base = Place("Engels Air Base", "RU", "Saratov Oblast", 51.48, 46.20, "point")
    assert place_relation(ENGELS, base)[0] == "same"  # a point in or by the town
    balakovo = Place("Balakovo", "RU", "Saratov Oblast", 52.03, 47.78, "city")
    assert place_relation(SARATOV, balakovo)[0] == "different"


def test_nearness_alone_merges_only_one_nights_strikes_on_one_town() -> None:
    heard, garage = item("a", text="Explosions were heard in the city."), item("b", text="A drone fell on a garage.")
    assert not compare(heard, garage).join  # published on a day alone (midnight UTC): no hour, so no night
    night = datetime(2025, 3, 10, 1, 20, tzinfo=UTC)  # 04:20 in Saratov
    heard, garage = replace(heard, published=night), replace(garage, published=night + timedelta(hours=2))
    verdict = compare(heard, garage)  # one town, one night, nothing told differently: one incident told twice
    assert verdict.join and verdict.reasons[0].startswith("one town, one night"), verdict.reasons
    # more than a night's hours apart, or of a kind told many times a day, nearness is no evidence
    later = replace(garage, published=heard.published + timedelta(hours=11))  # type: ignore[operator]
    assert not compare(heard, later).join and compare(heard, later).veto is None
    assert not compare(replace(heard, kind="shelling"), replace(garage, kind="shelling")).join


def test_the_same_town_and_day_with_alike_wording_across_languages_merges() -> None:
    en = item("a", text="A drone hit a residential building in Saratov overnight, injuring two people.")
    ru = item("b", text="Ночью беспилотник попал в жилой дом в Саратове, ранены два человека.")
    verdict = compare(en, ru)
    assert verdict.join, verdict.reasons


def test_different_targets_veto_even_with_alike_wording() -> None:
    a = item("a", target=Target("Saratov oil refinery", "oil_refinery"), text="Drones attacked a site in Saratov.")
    b = item("b", target=Target("Saratov airfield", "airfield"), text="Drones attacked a site in Saratov.")
    assert compare(a, b).veto and compare(a, b).veto.startswith("target")  # type: ignore[union-attr]


def test_shelling_of_one_town_on_one_day_is_not_one_incident_for_alike_wording_alone() -> None:
    # A town is shelled many times a day: the same town, day and similar words prove nothing.
    a = item("a", kind="shelling", weapon="artillery", text="One person was wounded when shells hit a market in Saratov.")
    b = item("b", kind="shelling", weapon="artillery", text="Shelling of Saratov wounded a man near the bus station.")
    assert not compare(a, b).join
    hospital = Target("city hospital", "medical")
    a2 = item("c", kind="shelling", weapon="artillery", target=hospital, text="Shells hit the city hospital in Saratov.")
    b2 = item("d", kind="shelling", weapon="artillery", target=hospital, text="Saratov hospital came under artillery fire.")
    assert compare(a2, b2).join  # the same target is evidence


def test_a_daily_casualty_report_in_the_same_words_on_two_days_is_two_incidents() -> None:
    text = "Ukraine reports casualties in the past day: one killed in action, one wounded in enemy attacks."
    monday = item("mon", kind="other", place=SARATOV_OBLAST, weapon=None, when="2025-03-10", text=text)
    tuesday = replace(item("tue", kind="other", place=SARATOV_OBLAST, weapon=None, when="2025-03-11", text=text),
                      published=datetime(2025, 3, 11, 9, tzinfo=UTC))
    assert not compare(monday, tuesday).join  # the words are a template, the same every day
    retold = replace(monday, id="mon2", report_id="r-mon2", published=datetime(2025, 3, 10, 18, tzinfo=UTC))
    assert compare(monday, retold).join  # the same day, word for word: one report retold


def test_a_target_without_a_proper_name_is_evidence_only_within_one_town() -> None:
    text_a, text_b = "Drones hit the airport overnight.", "The airport came under a night attack."
    a = item("a", place=SARATOV, target=Target("airport", "airport"), text=text_a)
    b = item("b", place=SARATOV_OBLAST, target=Target("airport", "airport"), text=text_b)
    assert "same target" not in " ".join(compare(a, b).reasons)  # "the airport" of an oblast is any of its airports
    c = item("c", place=SARATOV, target=Target("airport", "airport"), text=text_b)
    assert "same target" in " ".join(compare(a, c).reasons)  # in one town it is that town's airport


def test_clashes_are_compatible_with_shelling_and_attacks_but_need_evidence() -> None:
    clash = item("a", kind="other", weapon=None, text="Two soldiers were killed in fighting in Saratov.")
    shelling = item("b", kind="shelling", weapon="artillery", text="Shelling of Saratov wounded a man near the bus station.")
    assert compare(clash, shelling).veto is None and not compare(clash, shelling).join


def test_a_growing_toll_is_an_update_but_a_smaller_later_toll_is_not() -> None:
    first = item("a", text="Two people were killed by a drone strike on a house in Saratov.", figures={"killed": (2, 2)})
    grown = replace(item("b", text="The toll of the drone strike on a house in Saratov has risen to five.",
                         figures={"killed": (5, 5)}), published=datetime(2025, 3, 10, 9, tzinfo=UTC))
    assert compare(first, grown).join
    later_smaller = replace(grown, id="c", report_id="r-c", figures={"killed": (1, 1)})
    verdict = compare(first, later_smaller)
    assert not verdict.join and any("figures differ" in r for r in verdict.reasons)


def test_the_same_large_toll_on_the_same_day_joins_even_without_a_place() -> None:
    a = item("a", place=None, kind="interception", weapon=None, figures={"killed": (49, 49)},
             text="49 soldiers killed as a transport plane is shot down.")
    b = item("b", place=SARATOV_OBLAST, kind="interception", weapon=None, figures={"killed": (49, 49)},
             text="Forty-nine troops die when their plane is downed, the ministry says.")
    verdict = compare(a, b)
    assert verdict.join and verdict.reasons[0].startswith("the same toll (killed 49)")
    one = compare(replace(a, figures={"killed": (1, 1)}), replace(b, figures={"killed": (1, 1)}))
    assert not one.join  # one death is not telling


def test_the_same_short_alert_reposted_with_other_punctuation_is_a_repost() -> None:
    a = item("a", kind="shelling", weapon=None, place=None, text="Горловка под обстрелом.")
    b = item("b", kind="shelling", weapon=None, place=None, text="Горловка - под обстрелом!")
    assert compare(a, b).join and "repost: the same words" in compare(a, b).reasons[0]


def test_two_incidents_of_one_report_are_never_merged() -> None:
    assert compare(item("a", report="r"), item("b", report="r")).veto == "one report tells them as two incidents"


def test_resolve_is_independent_of_input_order_and_respects_decisions() -> None:
    refinery = Target("Saratov oil refinery", "oil_refinery")
    items = [item(x, target=refinery) for x in "abcd"]
    assert [[m.id for m in c.members] for c in resolve(items)] == [["a", "b", "c", "d"]]
    assert [c.id for c in resolve(list(reversed(items)))] == ["a"]
    split = Constraints.from_decisions([Decision("split", ("c", "d"), ("a", "b"))])
    assert [sorted(m.id for m in c.members) for c in resolve(items, split)] == [["a", "b"], ["c", "d"]]
    merged_again = Constraints.from_decisions([Decision("split", ("c", "d"), ("a", "b")), Decision("merge", ("a", "b"), ("c", "d"))])
    assert len(resolve(items, merged_again)) == 1


# -- end to end, with the real extraction rules -------------------------------------------------------------------

LANG = Path(__file__).resolve().parents[1] / "src" / "eventledger" / "lang"
RU_UK_RULES = (LANG / "ru" / "events.yaml").exists() and (LANG / "uk" / "events.yaml").exists()


@pytest.mark.skipif(not RU_UK_RULES, reason="END-TO-END PENDING: Russian/Ukrainian extraction rules (lang/ru|uk/events.yaml) not there yet")
def test_end_to_end_the_corpus_extracted_and_resolved(tmp_path: Path) -> None:
    from eventledger.extract.pipeline import extract
    from eventledger.geo import Gazetteer

    try:
        gazetteer = Gazetteer.load()
    except Exception as exc:  # noqa: BLE001 - the gazetteer is another part's work: report, don't fail here
        pytest.skip(f"END-TO-END PENDING: the gazetteer does not load ({exc})")
    with Ledger(tmp_path / "ledger.db") as ledger:
        for spec in SPECS:
            rep = report(spec[0])
            ledger.ingest(rep, extract(rep, gazetteer))
        first = {report(n).id for n in FIRST_STRIKE}
        holding = [e for e in ledger.events() if first & set(e.reports)]
        assert len(holding) == 1 and set(holding[0].reports) == first
        again = [e for e in ledger.events() if report("07_en_again").id in e.reports]
        assert again and any(r.why == "same_target" for r in again[0].related)
        apart = [e.id for e in ledger.events() if {report("08_en_shebekino").id, report("09_ru_graivoron").id} & set(e.reports)]
        assert len(set(apart)) == 2


def test_one_claim_told_for_the_region_by_one_source_and_for_a_town_in_it_by_another_is_one_event() -> None:
    # The governor says "the region", a channel names the town: the same count of one weapon that day is one claim.
    governor = item("a", kind="interception", weapon="missile", place=SARATOV_OBLAST, figures={"intercepted": (8, 8)},
                    text="Над областью ночью сбиты восемь ракет, сообщил губернатор.")
    channel = item("b", kind="interception", weapon="cruise_missile", place=SARATOV, figures={"intercepted": (8, 8)},
                   text="Saratov: air defence downed 8 cruise missiles, one fragment fell on a warehouse.")
    verdict = compare(governor, channel)
    assert verdict.join and verdict.reasons[0].startswith("the same count of one weapon"), verdict.reasons
    assert not compare(replace(governor, figures={"intercepted": (1, 1)}),
                       replace(channel, figures={"intercepted": (1, 1)})).join  # "one drone" may be two alerts
    assert not compare(governor, replace(channel, weapon="drone")).join  # eight drones are another claim
    assert not compare(governor, replace(channel, day_lo=governor.day_lo + 1, day_hi=governor.day_hi + 1)).join
    # A strike told alike for the region and for a town in it, with one weapon, on one day.
    ministry = item("c", weapon="ballistic_missile", place=SARATOV_OBLAST,
                    text="The ministry said two ballistic missiles struck a military site in Saratov Oblast on 10 March.")
    paper = item("d", weapon="ballistic_missile", place=ENGELS,
                 text="Две баллистические ракеты ударили по военному объекту в Саратовской области, сообщило Минобороны.")
    assert compare(ministry, paper).join, compare(ministry, paper).reasons
    later = replace(paper, weapon=None, published=ministry.published + timedelta(hours=11))
    assert not compare(ministry, later).join  # without the weapon, more than a night later, wording alone is not enough
