"""Extraction of one English report, end to end: events, places, dates, figures and the claims behind them.

The report is written for this test (invented officials, real places): a refinery strike told by a governor and two
channels who disagree, an airport restriction, explosions heard by residents, a ministry's interception claim over two
oblasts, and a strike recalled from last year.
"""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report

TEXT = """ date 2025-03-14
Drones attacked the Ryazan oil refinery overnight, regional governor Ivan Petrov said on Telegram.

Source: Ryazan Oblast governor Ivan Petrov; Telegram channels Mash and Shot

Petrov said two people were injured and one worker was killed. According to Mash, at least five people were hurt. Reportedly, eleven people were taken to hospital.

Later, Petrov confirmed that there were "fatalities among the staff".

Temporary restrictions were introduced at Kaluga Airport, Rosaviatsia said.

Residents of Kursk reported explosions; Russia's Defence Ministry claimed that 25 drones had been shot down over Kursk Oblast and Bryansk Oblast.

In January 2024, the same refinery was struck by drones.
"""


@pytest.fixture(scope="module")
def events(gazetteer):
    report = Report(text=TEXT, published=datetime(2025, 3, 14, 7, 0, tzinfo=timezone.utc))
    found = extract(report, gazetteer)
    for event in found:  # every claim quotes the report exactly
        for claim in event.claims:
            assert TEXT[claim.start : claim.end] == claim.quote
    return found


def only(events, kind, background=False):
    matching = [e for e in events if e.kind == kind and e.background == background]
    assert len(matching) == 1, [(e.kind, e.place and e.place.name) for e in events]
    return matching[0]


def test_the_refinery_strike_with_its_place_target_and_date(events):
    strike = only(events, "strike")
    assert strike.place.name.startswith("Ryazan") and strike.place.country == "RU"
    assert strike.place.admin1 == "Ryazan Oblast" and strike.place.precision == "city"
    assert strike.weapon == "drone"
    assert strike.target.category == "oil_refinery"
    assert (strike.date, strike.date_precision) == ("2025-03-14", "day")


def test_figures_are_reconciled_from_disagreeing_sources(events):
    f = only(events, "strike").figures
    assert (f["injured"].low, f["injured"].best, f["injured"].high) == (2, 5, None)  # "at least five" raises best, opens high
    assert (f["killed"].low, f["killed"].best, f["killed"].high) == (1, 1, 1)
    assert "Mash" in f["injured"].reason


def test_every_figure_keeps_who_said_it_and_how(events):
    claims = {(c.figure, c.value): c for c in only(events, "strike").claims if c.figure}
    assert claims[("injured", 2)].source == "Ivan Petrov" and claims[("injured", 2)].source_kind == "official"
    assert claims[("injured", 5)].source == "Mash" and claims[("injured", 5)].lower_bound
    assert claims[("injured", 5)].source_kind == "telegram"
    hospital = claims[("hospitalized", 11)]
    assert hospital.hedged and hospital.source is None and hospital.quote == "Reportedly, eleven people were taken to hospital"
    fatalities = claims[("killed", 1)]
    assert fatalities.source == "Ivan Petrov"


def test_airport_restriction_resolves_the_airport(events):
    closure = only(events, "airspace_restriction")
    assert closure.place.precision == "point" and closure.place.icao == "UUBC"
    assert closure.claims[0].source == "Rosaviatsia" and closure.claims[0].source_kind == "official"


def test_explosions_heard_by_residents(events):
    explosion = only(events, "explosion")
    assert explosion.place.name == "Kursk"
    assert explosion.claims[0].source_kind == "residents"


def test_interception_over_two_oblasts_is_one_event_with_areas(events):
    interception = only(events, "interception")
    assert [a.place.name for a in interception.areas] == ["Kursk Oblast", "Bryansk Oblast"]
    assert interception.place.precision == "region" and interception.place.country == "RU"
    assert interception.place.lat is None  # a region is not pinned to a made-up centre
    assert interception.figures["intercepted"].best == 25
    assert interception.claims[0].source_kind == "military"


def test_a_strike_recalled_from_the_past_is_background(events):
    earlier = only(events, "strike", background=True)
    assert (earlier.date, earlier.date_precision) == ("2024-01", "month")


def test_same_text_gives_the_same_ids(gazetteer):
    report = Report(text=TEXT, published=datetime(2025, 3, 14, tzinfo=timezone.utc))
    assert [e.id for e in extract(report, gazetteer)] == [e.id for e in extract(report, gazetteer)]


def test_without_a_publication_date_relative_dates_stay_unknown(gazetteer):
    report = Report(text="Drones attacked an oil depot in Tambov overnight, the governor said.", published=None)
    (strike,) = extract(report, gazetteer)
    assert strike.date is None and strike.date_precision is None
