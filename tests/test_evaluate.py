"""The evaluation matcher on gold files written for these tests, with extractors that return hand-built events."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from eventledger.evaluate import (
    EvalResult,
    GoldFormatError,
    ReportResult,
    Tally,
    claim_found,
    classify_miss,
    dates_compatible,
    describe,
    evaluate,
    find_gold_files,
    format_result,
    load_gold,
    places_compatible,
    sources_agree,
)
from eventledger.model import Claim, Event, Place, Report
from eventledger.reconcile import reconcile

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
LIPETSK = FIXTURES / "lipetsk.gold.json"
DEMO = Path(__file__).parents[1] / "src" / "eventledger" / "demo"
SEED = Path(__file__).parents[2] / "shared" / "examples" / "seed-kupol" / "gold.json"


def gold_events() -> tuple[Event, ...]:
    return load_gold(LIPETSK).events


def returning(*events: Event):
    """An extractor that ignores the report and returns these events."""
    return lambda report: list(events)


def required() -> list[Event]:
    return [e for e in gold_events() if not e.background]


def test_perfect_extraction_scores_one_everywhere():
    result = evaluate([LIPETSK], returning(*required()))
    total = result.total
    assert (total.precision, total.recall, total.f1) == (1.0, 1.0, 1.0)
    rates = total.rates()
    assert rates["figure_accuracy"] == 1.0 and rates["claim_recall"] == 1.0 and rates["place_same_name"] == 1.0
    assert result.reports[0].missed == [] and result.reports[0].spurious == []


def test_a_missing_event_lowers_recall_and_is_named():
    strike, restriction, interception = required()
    result = evaluate([LIPETSK], returning(strike, interception))
    assert (result.total.tp, result.total.fn, result.total.fp) == (2, 1, 0)
    assert result.total.precision == 1.0 and result.total.recall == pytest.approx(2 / 3)
    assert result.reports[0].missed == ["airspace_restriction 2025-05-14 Lipetsk Airport"]


def test_a_place_300_km_away_is_a_different_event():
    strike, restriction, interception = required()
    far = replace(strike, place=replace(strike.place, name="Elsewhere", lat=strike.place.lat + 2.7))  # ~300 km north
    result = evaluate([LIPETSK], returning(far, restriction, interception))
    assert (result.total.tp, result.total.fp, result.total.fn) == (2, 1, 1)
    assert result.reports[0].spurious == ["strike (drone) 2025-05-14 Elsewhere"]


def test_a_background_event_is_neutral_found_or_not():
    """Found, it is neither a true nor a false positive (so TP never exceeds the gold events); missed, it costs nothing."""
    background = next(e for e in gold_events() if e.background)
    without = evaluate([LIPETSK], returning(*required())).total
    with_it = evaluate([LIPETSK], returning(*required(), background)).total
    assert without.recall == 1.0 and without.tp == 3
    assert with_it.recall == 1.0 and with_it.precision == 1.0 and with_it.tp == 3 and with_it.background_found == 1
    assert with_it.tp <= with_it.gold


def test_a_day_inside_a_gold_month_matches_but_the_date_is_not_exact():
    background = next(e for e in gold_events() if e.background)
    recalled = replace(background, date="2024-11-20", date_precision="day")
    total = evaluate([LIPETSK], returning(*required(), recalled)).total
    assert total.tp == 3 and total.background_found == 1 and total.fp == 0 and total.date_ok == 3
    assert dates_compatible(recalled, background) and dates_compatible(background, recalled)
    assert not dates_compatible(background, replace(recalled, date="2024-12-01"))


def test_an_event_built_by_hand_matches_the_oblast_through_its_admin1():
    """The interception placed at the oblast's capital city: a coarse gold place matches on admin1."""
    report = load_gold(LIPETSK).report
    quote = "downed 11 drones over Voronezh Oblast"
    start = report.text.index(quote)
    voronezh = Place("Voronezh", "RU", "Voronezh Oblast", 51.672, 39.1843, "city", geonames_id=472045)
    claim = Claim(
        report_id=report.id, start=start, end=start + len(quote), quote=quote, value=11, figure="intercepted",
        source="Russia's Defence Ministry", source_kind="military",
    )
    predicted = Event(kind="interception", date="2025-05-14", date_precision="day", place=voronezh, weapon="drone",
                      claims=(claim,), figures=reconcile([claim]))
    strike, restriction, _ = required()
    result = evaluate([LIPETSK], returning(strike, restriction, predicted))
    total = result.total
    assert total.tp == 3 and total.place_admin1_ok == 3 and total.place_name_ok == 2
    assert total.claims_found == 3 and total.claims_source_ok == 2  # "Defence Ministry" is not "Russia's Defence Ministry"
    assert total.claims_source_close == 3  # ... but its words are all there
    assert total.figures_ok == 2


def test_a_claim_with_another_value_or_elsewhere_in_the_text_is_not_found():
    strike = required()[0]
    two, four = strike.claims
    wrong_value = replace(four, value=5)
    wrong_span = replace(two, start=0, end=10, quote="date 2025-")
    result = evaluate([LIPETSK], returning(replace(strike, claims=(wrong_span, wrong_value)), *required()[1:]))
    assert result.total.claims == 3 and result.total.claims_found == 1


def test_places_compatible_rules():
    saratov = Place("Saratov", "RU", "Saratov Oblast", 51.5406, 46.0086, "city")
    engels = Place("Engels", "RU", "Saratov Oblast", 51.4989, 46.1211, "city")
    volgograd = Place("Volgograd", "RU", "Volgograd Oblast", 48.7194, 44.5018, "city")
    oblast = Place("Saratov Oblast", "RU", "Saratov Oblast", None, None, "admin1")
    russia = Place("Russia", "RU", None, None, None, "country")
    sea = Place("Black Sea", None, None, 43.4, 34.3, "sea")
    assert places_compatible(saratov, engels)  # about 9 km apart
    assert not places_compatible(saratov, volgograd)  # about 330 km
    assert places_compatible(oblast, engels) and not places_compatible(oblast, volgograd)
    assert places_compatible(russia, volgograd)
    assert places_compatible(sea, replace(sea, lat=None, lon=None)) and not places_compatible(sea, saratov)
    izmail = Place("Izmail", "UA", None, None, None, "city", geonames_id=707308)
    assert places_compatible(izmail, replace(izmail, name="Izmayil"))  # spelling variants of one GeoNames entry
    assert not places_compatible(izmail, replace(izmail, name="Izmayil", geonames_id=None))


def test_a_failing_extractor_is_recorded_and_the_other_reports_still_run(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("date 2025-05-14\nNothing happened in Lipetsk today.\n", encoding="utf-8")
    (other / "a.gold.json").write_text(json.dumps({"report": {"file": "a.txt", "language": "en"}, "events": []}))

    def extract(report: Report) -> list[Event]:
        if "Nothing" in report.text:
            raise RuntimeError("boom")
        return required()

    result = evaluate([LIPETSK, other], extract)
    assert [r.error for r in result.reports] == [None, "RuntimeError: boom"]
    assert result.total.tp == 3 and result.total.errors == 1
    assert "error: RuntimeError: boom" in format_result(result)


def test_results_as_json_and_as_a_table():
    result = evaluate([FIXTURES], returning(*required()))
    data = json.loads(json.dumps(result.to_dict()))
    assert data["total"]["rates"]["recall"] == 1.0
    assert set(data["by_language"]) == {"en"}
    assert data["reports"][0]["file"] == "lipetsk.gold.json"
    table = format_result(result)
    assert "lipetsk.gold.json [en]" in table and "claim recall" in table
    assert data["intervals"]["f1"] == [1.0, 1.0] and "95 % intervals" in table


def test_a_small_split_shows_how_far_its_f1_may_move_between_draws():
    """Ten reports, half found and half missed: F1 0.5, and an interval wide enough to say that a change of a few
    points on a set this size may be noise; the same result always prints the same interval."""
    found = ReportResult("a", "en", Tally(reports=1, gold=1, predicted=1, tp=1))
    missed = ReportResult("b", "ru", Tally(reports=1, gold=1, fn=1))
    result = EvalResult([found, missed] * 5)
    low, high = result.intervals()["f1"]
    assert low < 0.5 < high and high - low > 0.3
    assert result.intervals() == result.intervals()
    assert result.intervals()["f1_ru"] == (0.0, 0.0)  # nothing found in Russian, in any draw


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a readable JSON file"),
        ('{"report": {"file": "missing.txt"}, "events": []}', "cannot read the report text"),
        ('{"report": {"file": "lipetsk.txt"}, "events": [{"kind": "raid"}]}', "'kind' must be one of"),
        (
            '{"report": {"file": "lipetsk.txt"}, "events": [{"kind": "strike", "date": "2025-05-14", '
            '"place": null, "claims": [{"figure": "killed", "value": 3, "quote": "nine dead"}]}]}',
            "does not occur in the report text",
        ),
    ],
)
def test_a_bad_gold_file_names_itself(tmp_path, content, message):
    (tmp_path / "lipetsk.txt").write_text((FIXTURES / "lipetsk.txt").read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.gold.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=re.escape(str(bad))) as info:
        load_gold(bad)
    assert message in str(info.value)


def test_a_directory_without_gold_files_is_an_error(tmp_path):
    with pytest.raises(GoldFormatError, match="no gold files"):
        find_gold_files([tmp_path])


# The demo corpus shipped in the package doubles as an evaluation set: its gold files must hold together.

DEMO_GOLDS = sorted(DEMO.glob("*.gold.json"))
def _demo_param(path: Path):
    return pytest.param(path, id=path.name)


def test_the_demo_corpus_has_reports_in_three_languages():
    languages = [load_gold(p).report.language for p in DEMO_GOLDS]
    assert len(DEMO_GOLDS) >= 8 and {"en", "ru", "uk"} <= set(languages)
    assert sorted(p.name.removesuffix(".gold.json") for p in DEMO_GOLDS) == sorted(p.stem for p in DEMO.glob("*.txt"))


@pytest.mark.parametrize("path", DEMO_GOLDS, ids=lambda p: p.name)
def test_each_demo_gold_agrees_with_its_text(path):
    gold = load_gold(path)  # every quote is found in the text, or this raises
    text = gold.report.text
    assert 1000 <= len(text.encode("utf-8")) <= 4096
    first_line = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
    assert first_line and gold.report.published.date().isoformat() == first_line.group(1)


@pytest.mark.parametrize("path", [_demo_param(p) for p in DEMO_GOLDS])
def test_each_demo_gold_figure_is_what_reconciliation_makes_of_its_claims(path):
    for event in load_gold(path).events:
        computed = {name: (f.low, f.best, f.high) for name, f in reconcile(event.claims).items()}
        written = {name: (f.low, f.best, f.high) for name, f in event.figures.items()}
        assert written == computed, describe(event)


def test_the_demo_golds_score_perfectly_against_themselves():
    golds = {load_gold(p).report.id: load_gold(p).events for p in DEMO_GOLDS}
    result = evaluate(DEMO_GOLDS, lambda report: list(golds[report.id]))
    assert result.total.f1 == 1.0 and result.total.figures_ok == result.total.figures


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/examples/seed-kupol")
def test_the_seed_gold_loads_and_scores_against_itself():
    events = load_gold(SEED).events
    result = evaluate([SEED], returning(*[e for e in events if not e.background]))
    assert result.total.tp == 7 and result.total.recall == 1.0 and result.total.claims_found == result.total.claims


def test_a_free_text_gold_assertion_is_found_by_the_kind_claim_read_from_the_same_words():
    gold = load_gold(FIXTURES / "lipetsk.gold.json").report
    quote = "Flights at Lipetsk airport were suspended"
    start = gold.text.index(quote)
    said = Claim(report_id=gold.id, start=start, end=start + len(quote), quote=quote, value="", assertion="flights suspended")
    kind = replace(said, start=start + 11, assertion="kind", value="airspace_restriction")
    elsewhere = replace(kind, start=0, end=5)
    assert claim_found(said, kind) and not claim_found(said, elsewhere)


def test_sources_agree_when_one_name_holds_the_other_words():
    assert sources_agree("Baza", "Telegram channel Baza") and sources_agree("Черноморский флот", "Черноморского флота")
    assert sources_agree(None, None) and not sources_agree("Baza", None)
    assert not sources_agree("regional head", "Kharkiv's mayor")


def test_each_gold_event_takes_at_most_one_prediction_and_a_second_one_is_a_duplicate():
    strike, restriction, interception = required()
    result = evaluate([LIPETSK], returning(strike, strike, restriction, interception))
    assert (result.total.tp, result.total.fp, result.total.fn) == (3, 1, 0)
    assert result.reports[0].spurious_classes == ["duplicate"]
    assert result.error_classes()["spurious"] == {"duplicate": 1}


def test_a_strike_reported_as_explosions_pairs_with_it_but_the_kind_is_not_exact():
    strike, restriction, interception = required()
    heard = replace(strike, kind="explosion")
    total = evaluate([LIPETSK], returning(heard, restriction, interception)).total
    assert total.tp == 3 and total.kind_ok == 2


def test_misses_and_false_events_are_classed_by_the_condition_that_failed():
    strike, restriction, interception = required()
    elsewhere = replace(strike, place=replace(strike.place, name="Elsewhere", lat=strike.place.lat + 5))
    result = evaluate([LIPETSK], returning(elsewhere, restriction, replace(interception, date="2025-06-30")))
    assert sorted(result.reports[0].miss_classes) == ["wrong date", "wrong place"]
    assert sorted(result.reports[0].spurious_classes) == ["wrong date", "wrong place"]


def test_attribution_agrees_across_languages():
    assert sources_agree("Минобороны России", "Russia's Defence Ministry")
    assert sources_agree("Гладков", "Vyacheslav Gladkov")
    assert sources_agree("Повітряні сили ЗСУ", "Ukraine's Air Force")
    assert not sources_agree("Минобороны России", "Air Force")


def test_sources_lists_each_found_claim_whose_source_disagrees():
    # the strike's claims told by someone else: `eval --sources` names both sources beside the claim's words
    strike = required()[0]
    told_by_other = replace(strike, claims=tuple(replace(c, source="local residents") for c in strike.claims))
    result = evaluate([LIPETSK], returning(told_by_other, *required()[1:]))
    report = result.reports[0]
    assert len(report.sources) == result.total.claims_found - result.total.claims_source_close > 0
    assert "found 'local residents'" in report.sources[0]
    assert "    source:   " + report.sources[0] in format_result(result, sources=True)
    assert "source:" not in format_result(result)


def test_sources_agree_through_abbreviations():
    # ANNOTATION.md: the source "names the same person or body": an abbreviation names its body as its words do
    assert sources_agree("RIA", "Russia's RIA news agency") and sources_agree("МК", "журналисты издания МК")
    assert sources_agree("AFP", "AFP news agency") and sources_agree("112", "Local outlet 112")
    assert sources_agree("United Kingdom Maritime Trade Operations", "UKMTO")
    assert sources_agree("представительство ДНР в СЦКК", "представительство ДНР в Совместном центре контроля и координации")
    assert sources_agree("Повітряні сили ЗСУ", "Ukraine's Air Force")  # as before: a body's key stands for it
    assert not sources_agree("RIA", "TASS") and not sources_agree("МК", "Mayor Klitschko")
    assert not sources_agree("BBC", "CNN") and not sources_agree("United Kingdom Maritime Trade Operations", "UKTMO")


def test_a_miss_with_a_fitting_prediction_taken_by_another_gold_event_is_one_event_for_two():
    # two incidents at one place on one day told as one: the second gold event is not unread, it was joined
    strike = required()[0]
    assert classify_miss(strike, [strike]) == "not found (one event for two)"
    assert classify_miss(strike, []) == "not found (nothing)"
    far = replace(strike, kind="interception", place=replace(strike.place, name="Far", lat=strike.place.lat + 5))
    assert classify_miss(strike, [far]) == "not found (nothing)"
