"""An area's figures are traceable: each area of a breakdown keeps the claims its count rests on (who told it, hedged or
not, the words and their offsets), through the ledger, the exports and `eventledger eval`, and never enters the event's
own figures. The reports are written for these tests."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventledger.evaluate import GoldReport, match_score, score_report
from eventledger.export import write_events
from eventledger.extract.pipeline import extract
from eventledger.ingest import ingest
from eventledger.model import Area, Claim, Event, Place, Report
from eventledger.store import Ledger
from eventledger.store.parquet import export_parquet, import_parquet
from eventledger.store.query import select_event_summaries
from eventledger.store.resolution import _merged_areas

PUBLISHED = datetime(2026, 11, 3, 6, tzinfo=timezone.utc)

RU = ("Минобороны России сообщило, что ночью дежурные средства ПВО уничтожили 17 беспилотников: 9 — над территорией "
      "Курской области, 5 — над Белгородской областью, по одному — над Орловской, Тульской и Калужской областями.")
UK = "За даними Міноборони РФ, нібито збито 12 безпілотників: 7 — над Брянською областю, 5 — над Курською областю."
EN = ("Russia's defence ministry reportedly said air defences destroyed 15 drones overnight: 8 over the Bryansk region, "
      "4 over the Kursk region and 3 over the Oryol region.")


def _breakdown(text: str, lang: str, gazetteer: Any) -> Event:
    events = [e for e in extract(Report(text, PUBLISHED, lang), gazetteer) if e.areas]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(("text", "lang", "counts", "source", "hedged"), [
    (RU, "ru", [9, 5, 1, 1, 1], "Минобороны России", False),
    (UK, "uk", [7, 5], "Міноборони РФ", True),
    (EN, "en", [8, 4, 3], "Russia's defence ministry", True),
])
def test_each_area_keeps_the_claim_its_count_rests_on(
    text: str, lang: str, counts: list[int], source: str, hedged: bool, gazetteer: Any,
) -> None:
    e = _breakdown(text, lang, gazetteer)
    assert sorted(a.figures["intercepted"] for a in e.areas) == sorted(counts)
    for area in e.areas:
        assert len(area.claims) == 1, area
        claim = area.claims[0]
        assert (claim.figure, claim.value) == ("intercepted", area.figures["intercepted"])
        assert claim.quote == text[claim.start:claim.end] and str(claim.value) in claim.quote or "одному" in claim.quote
        assert (claim.source, claim.hedged) == (source, hedged)  # the list's teller, as hedged as the whole
        assert claim.published == PUBLISHED
    # the areas' counts never enter the event's own claims or figures: the total is the event's
    assert e.figures["intercepted"].best == sum(counts)
    assert {c.value for c in e.claims if c.figure == "intercepted"} == {sum(counts)}


def test_a_count_carried_over_a_list_is_quoted_from_the_count(gazetteer: Any) -> None:
    e = _breakdown(RU, "ru", gazetteer)
    ones = [a for a in e.areas if a.figures["intercepted"] == 1]
    assert len(ones) == 3
    assert all(a.claims[0].quote.startswith("по одному — над Орловской") for a in ones)
    kursk = next(a for a in e.areas if a.figures["intercepted"] == 9)
    assert kursk.claims[0].quote == "9 — над территорией Курской области"


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("Ночью над регионами России сбиты 14 беспилотников: 9 над Курской областью и 5 над Белгородской областью, "
     "сообщили в Минобороны.", "ru", "9 над Курской областью"),
    ("Вночі над регіонами Росії збито 14 безпілотників: 9 над Курською областю та 5 над Бєлгородською областю, "
     "повідомили в Міноборони РФ.", "uk", "9 над Курською областю"),
])
def test_the_word_joining_the_next_count_closes_no_quote(text: str, lang: str, first: str, gazetteer: Any) -> None:
    e = _breakdown(text, lang, gazetteer)
    assert first in [a.claims[0].quote for a in e.areas]



@pytest.mark.parametrize(("text", "lang", "second"), [
    ("Минобороны сообщило, что ночью сбиты 12 беспилотников: 7 над Курской областью, 3 над Белгородской областью и "
     "два над акваторией моря.", "ru", "3 над Белгородской областью"),
    ("Міноборони РФ повідомило, що вночі збито 12 безпілотників: 7 над Курською областю, 3 над Бєлгородською "
     "областю та два над акваторією моря.", "uk", "3 над Бєлгородською областю"),
    ("Ten drones were destroyed over the Kursk region, five over the Belgorod region and two over the sea, the "
     "ministry said.", "en", "five over the Belgorod region"),
])
def test_an_areas_quote_ends_before_the_next_count(text: str, lang: str, second: str, gazetteer: Any) -> None:
    """The next count's area left unread ("two over the sea"): its count is still no part of this area's quote."""
    e = _breakdown(text, lang, gazetteer)
    assert second in [c.quote for a in e.areas for c in a.claims]


@pytest.mark.parametrize(("text", "lang", "quotes"), [
    ("Дежурные средства ПВО этой ночью сбили четыре беспилотника над Орловской областью и три — над Курской.", "ru",
     {"четыре беспилотника над Орловской областью", "три — над Курской"}),
    ("Минобороны РФ: ночью уничтожены 10 беспилотников. Над Брянской областью — 6, над Курской областью — 4.", "ru",
     {"Над Брянской областью — 6", "над Курской областью — 4"}),
    ("Сили ППО цієї ночі збили чотири дрони над Сумською областю і три — над Харківською областю.", "uk",
     {"чотири дрони над Сумською областю", "три — над Харківською областю"}),
    ("Air defences shot down four drones over the Bryansk region and three over the Kursk region.", "en",
     {"four drones over the Bryansk region", "three over the Kursk region"}),
])
def test_an_areas_quote_is_the_count_and_the_area(text: str, lang: str, quotes: set[str], gazetteer: Any) -> None:
    """From the count, not the clause leading up to the list; from the area when it is named before its count."""
    e = _breakdown(text, lang, gazetteer)
    assert {c.quote for a in e.areas for c in a.claims} == quotes


def test_the_areas_claims_are_in_the_record(gazetteer: Any) -> None:
    record = _breakdown(EN, "en", gazetteer).to_dict()
    bryansk = next(a for a in record["areas"] if a["figures"] == {"intercepted": 8})
    claim = bryansk["claims"][0]
    assert claim | {"report_id": ""} == {
        "figure": "intercepted", "value": 8, "lower_bound": False, "source": "Russia's defence ministry",
        "source_kind": claim["source_kind"], "hedged": True, "report_id": "", "quote": "8 over the Bryansk region",
        "start": EN.index("8 over"), "end": EN.index("8 over") + len("8 over the Bryansk region"),
    }


# ------------------------------------------------------------------------------------------------------------- the store


def _area_claims(e: Event) -> dict[str, set[tuple[str, int, str | None, int, int]]]:
    return {a.place.key: {(c.report_id, int(c.value), c.source, c.start, c.end) for c in a.claims} for a in e.areas}


def test_the_ledger_keeps_the_areas_claims(tmp_path: Path, gazetteer: Any) -> None:
    report = Report(RU, PUBLISHED, "ru", source="Канал", url="https://t.me/example/1")
    extracted = _breakdown(RU, "ru", gazetteer)
    with Ledger(tmp_path / "ledger.db") as ledger:
        assert not ingest(ledger, [report], gazetteer).failed
        stored = next(e for e in ledger.events() if e.areas)
        assert _area_claims(stored) == _area_claims(extracted)
        assert all(c.published == PUBLISHED for a in stored.areas for c in a.claims)
        # the event's own claims (and so its figures) are the total's, as extracted
        assert stored.figures["intercepted"].best == 17
        assert not any(c.figure == "intercepted" and c.value != 17 for c in stored.claims)
        # a list of events leaves areas' claims out, as it leaves out the event's own; the full record has them
        item = next(i for i in select_event_summaries(ledger).items if i["areas"])
        assert all("claims" not in a for a in item["areas"]) and item["areas"][0]["figures"]
        # the ledger as of its report's publication has them
        then = ledger.event(stored.id, as_of=PUBLISHED)
        assert then is not None and _area_claims(then) == _area_claims(extracted)
        # the JSON Lines export writes them
        out = io.StringIO()
        write_events([stored], "jsonl", out)
        record = json.loads(out.getvalue())
        assert sorted(len(a["claims"]) for a in record["areas"]) == [1, 1, 1, 1, 1]
        assert {a["claims"][0]["quote"] for a in record["areas"]} >= {"9 — над территорией Курской области"}
        export_parquet(ledger, tmp_path / "pq")
    with Ledger(tmp_path / "imported.db") as ledger:
        import_parquet(ledger, tmp_path / "pq")
        again = next(e for e in ledger.events() if e.areas)
        assert _area_claims(again) == _area_claims(extracted)
        assert again.to_dict() == stored.to_dict()


def test_show_prints_who_told_each_areas_figure(tmp_path: Path, gazetteer: Any) -> None:
    from typer.testing import CliRunner

    from eventledger.cli import app

    with Ledger(tmp_path / "ledger.db") as ledger:
        assert not ingest(ledger, [Report(EN, PUBLISHED, "en", source="Example")], gazetteer).failed
        event_id = next(e.id for e in ledger.events() if e.areas)
    shown = CliRunner().invoke(app, ["show", event_id, "--db", str(tmp_path / "ledger.db")], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    assert "intercepted = 8  by Russia's defence ministry" in shown.output and "“8 over the Bryansk region”" in shown.output


def test_an_areas_claim_off_the_text_is_refused(tmp_path: Path, gazetteer: Any) -> None:
    from dataclasses import replace

    from eventledger.store import LedgerError

    report = Report(RU, PUBLISHED, "ru")
    e = _breakdown(RU, "ru", gazetteer)
    first = e.areas[0]
    wrong = replace(e, areas=(replace(first, claims=(replace(first.claims[0], quote="12 над Крымом"),)), *e.areas[1:]))
    with Ledger(tmp_path / "ledger.db") as ledger:
        with pytest.raises(LedgerError, match="not the report's text"):
            ledger.ingest(report, [wrong])


def test_a_ledger_written_before_areas_had_claims_loads_them_empty() -> None:
    from eventledger.store.ledger import _load_area

    area = _load_area({"place": {"name": "Kursk Oblast", "country": "RU", "admin1": "Kursk Oblast",
                                 "precision": "admin1"}, "figures": {"intercepted": 12}})
    assert area.claims == () and area.to_dict()["claims"] == []


def _stored_area(key: str, value: int, report: str) -> dict[str, Any]:
    claim = Claim(report, 0, 10, "quote", value, figure="intercepted", source="ministry", published=PUBLISHED)
    place = {"name": key, "country": "RU", "admin1": key, "lat": None, "lon": None, "precision": "admin1"}
    return {"place": place, "figures": {"intercepted": value},
            "claims": [{**claim.to_dict(), "published": PUBLISHED.isoformat()}]}


def test_resolution_keeps_every_reports_claims_of_an_area() -> None:
    """Two reports list Kursk Oblast: the merged area keeps the first report's figures and both reports' claims."""
    first = SimpleNamespace(areas=[_stored_area("Kursk Oblast", 9, "a"), _stored_area("Oryol Oblast", 1, "a")])
    second = SimpleNamespace(areas=[_stored_area("Kursk Oblast", 10, "b"), _stored_area("Kursk Oblast", 9, "a")])
    merged = _merged_areas([first, second])  # type: ignore[list-item]
    assert [a["place"]["name"] for a in merged] == ["Kursk Oblast", "Oryol Oblast"]
    kursk = merged[0]
    assert kursk["figures"] == {"intercepted": 9}
    assert [(c["report_id"], c["value"]) for c in kursk["claims"]] == [("a", 9), ("b", 10)]


# -------------------------------------------------------------------------------------------------------------- eval


def _gold(text: str, lang: str, claims: list[tuple[str, int]], place: Place | None) -> GoldReport:
    report = Report(text, PUBLISHED, lang)
    gold_claims = tuple(
        Claim(report.id, text.index(q), text.index(q) + len(q), q, v, figure="intercepted", source="Минобороны России")
        for q, v in claims
    )
    event = Event(kind="interception", date="2026-11-03", date_precision="day", place=place, weapon="drone",
                  claims=gold_claims, reports=(report.id,))
    return GoldReport(Path("areas.gold.json"), report, (event,))


def test_eval_finds_a_gold_claim_among_the_areas_claims(gazetteer: Any) -> None:
    predicted = extract(Report(RU, PUBLISHED, "ru"), gazetteer)
    gold = _gold(RU, "ru", [("уничтожили 17 беспилотников", 17), ("9 — над территорией Курской области", 9),
                            ("5 — над Белгородской областью", 5)], Place("Russia", "RU", None, None, None, "region"))
    result = score_report(gold, predicted)
    assert (result.tally.tp, result.tally.fp, result.tally.fn) == (1, 0, 0)
    assert (result.tally.claims_found, result.tally.claims) == (3, 3)
    assert result.tally.claims_source_close == 3
    # which events pair is scored on the event's own claims: the areas' claims move no event
    bare = [Event(**{**{f: getattr(e, f) for f in e.__slots__}, "areas": tuple(  # type: ignore[attr-defined]
        Area(a.place, a.figures) for a in e.areas)}) for e in predicted]
    assert [match_score(gold.events[0], p) for p in predicted] == [match_score(gold.events[0], p) for p in bare]
    assert score_report(gold, bare).tally.claims_found == 1


@pytest.mark.parametrize(("text", "lang", "first", "second"), [
    ("Минобороны сообщило, что ночью сбиты 11 беспилотников: 7 над Курской областью и 4 над Брянской областью. "
     "Над Курской областью уничтожены 7 дронов, над Брянской областью — 4.", "ru",
     "7 над Курской областью", "Над Курской областью уничтожены 7 дронов"),
    ("Міноборони РФ повідомило, що вночі збито 11 безпілотників: 7 над Курською областю і 4 над Брянською областю. "
     "Над Курською областю знищено 7 дронів, над Брянською областю — 4.", "uk",
     "7 над Курською областю", "Над Курською областю знищено 7 дронів"),
    ("The defence ministry said 11 drones were shot down overnight: 7 over the Kursk region and 4 over the Bryansk "
     "region. Over the Kursk region 7 drones were destroyed, over the Bryansk region 4.", "en",
     "7 over the Kursk region", "Over the Kursk region 7 drones were destroyed"),
])
def test_a_list_told_twice_keeps_both_tellings(text: str, lang: str, first: str, second: str, gazetteer: Any) -> None:
    """The second telling of the same counts is folded into the event the first made: the area keeps both claims."""
    e = _breakdown(text, lang, gazetteer)
    kursk = next(a for a in e.areas if a.figures["intercepted"] == 7)
    assert {c.quote for c in kursk.claims} >= {first, second}, kursk.claims
    assert all(c.value == 7 for c in kursk.claims)
