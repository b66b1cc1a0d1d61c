"""The learned pair decision (extract/pair_decision.py): its data file, its features and its joining.

Every report here is written for the test; none is taken from an evaluation text.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from eventledger.extract import pair_decision as pd
from eventledger.model import Claim, Event, Place

REPORT = "test-report"
OBLAST = Place("Northland Oblast", "UA", "Northland Oblast", 50.0, 30.0, "admin1")
TOWN = Place("Rivertown", "UA", "Northland Oblast", 50.1, 30.2, "city")
FAR = Place("Hilltown", "UA", "Southland Oblast", 46.0, 34.0, "city")
TEXT = (
    "Drone attack on Northland Oblast injures two\n"
    "A drone hit a house in Rivertown overnight, the governor said. Two people were injured.\n"
    "Shelling of Hilltown killed three people in the afternoon.\n"
)


def _claim(quote: str, figure: str | None = None, value: int | str = "strike", source: str | None = None) -> Claim:
    start = TEXT.index(quote)
    return Claim(REPORT, start, start + len(quote), quote, value, figure=figure,
                 assertion=None if figure else "kind", source=source)


def _event(kind: str, place: Place, claims: tuple[Claim, ...], weapon: str | None = None) -> Event:
    return Event(kind=kind, date="2026-01-10", date_precision="day", place=place, weapon=weapon, claims=claims,
                 reports=(REPORT,), anchor=min(c.start for c in claims), id=f"{place.name}-{kind}")


HEADLINE = _event("strike", OBLAST, (_claim("Drone attack on Northland Oblast injures two"),
                                     _claim("injures two", "injured", 2)), weapon="drone")
BODY = _event("strike", TOWN, (_claim("A drone hit a house in Rivertown overnight, the governor said.", source="governor"),
                               _claim("Two people were injured", "injured", 2, source="governor")), weapon="drone")
ELSEWHERE = _event("shelling", FAR, (_claim("Shelling of Hilltown killed three people in the afternoon."),
                                     _claim("killed three people", "killed", 3)), weapon="artillery")


def test_weights_name_every_feature_and_say_how_they_were_made():
    data = json.loads(pd.WEIGHTS.read_text(encoding="utf-8"))
    assert data["features"] == list(pd.FEATURES)
    assert set(data["weights"]) == set(pd.FEATURES)
    assert data["trained_by"].startswith("PYTHONPATH=src python scripts/train_pair_decision.py")
    assert len(data["gold_commit"]) == 40


def test_features_are_symmetric():
    one = pd.pair_features(HEADLINE, BODY, TEXT, "en", [HEADLINE, BODY, ELSEWHERE])
    other = pd.pair_features(BODY, HEADLINE, TEXT, "en", [HEADLINE, BODY, ELSEWHERE])
    assert one == other
    assert one["one_holds_other"] == 1.0 and one["headline"] == 1.0 and one["same_weapon"] == 1.0


def test_headline_retold_in_the_body_is_one_incident():
    events = [HEADLINE, BODY, ELSEWHERE]
    assert pd.probability(pd.pair_features(HEADLINE, BODY, TEXT, "en", events), pd._weights()) > pd.THRESHOLD
    joined = pd.retellings_joined(events, TEXT, "en")
    assert len(joined) == 2
    one = next(e for e in joined if e.kind == "strike")
    assert one.place == TOWN  # the finer place
    assert one.anchor == HEADLINE.anchor


def test_two_towns_far_apart_stay_two_incidents():
    events = [HEADLINE, BODY, ELSEWHERE]
    for e in (HEADLINE, BODY):
        assert pd.probability(pd.pair_features(e, ELSEWHERE, TEXT, "en", events), pd._weights()) < pd.THRESHOLD


def test_joined_event_keeps_every_claim_with_its_source_and_span():
    one = pd.joined(HEADLINE, BODY)
    assert set(one.claims) == set(HEADLINE.claims) | set(BODY.claims)
    by_quote = {c.quote: c for c in one.claims}
    told = by_quote["Two people were injured"]
    assert told.source == "governor" and TEXT[told.start:told.end] == told.quote
    assert one.figures["injured"].best == 2


def test_an_interception_keeps_the_area_its_count_covers():
    text = "Air defence downed 12 drones over Northland Oblast. Four of them over Rivertown.\n"
    whole = Event(kind="interception", date="2026-01-10", date_precision="day", place=OBLAST, reports=(REPORT,),
                  claims=(Claim(REPORT, 0, 51, text[:51], "interception", assertion="kind"),), anchor=0, id="a")
    part = Event(kind="interception", date="2026-01-10", date_precision="day", place=TOWN, reports=(REPORT,),
                 claims=(Claim(REPORT, 52, 80, text[52:80], "interception", assertion="kind"),), anchor=52, id="b")
    assert pd.joined(part, whole).place == OBLAST


@given(st.text(alphabet="ab .!?…\n\t", max_size=40), st.data())
def test_a_reports_layout_counts_what_a_pass_over_the_text_between_two_events_would(text: str, data) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    layout = pd._layout(text)
    assert layout.ends_between(lo, hi) == len(pd._BOUNDARY.findall(text[lo:hi]))
    assert layout.line_break_between(lo, hi) == ("\n" in text[lo:hi].strip())
