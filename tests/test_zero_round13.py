"""Stated zeros of the real-news pool (ninth session): "no-one was hurt" counts nobody, not one; a negation over a pair
of nouns ("no damage or injuries") and "the absence of injuries" state a zero. Shown with short reports written for this
test."""

import pytest

from report_reading import bounds, casualty_event, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


@pytest.mark.parametrize("text", [
    "A drone struck a fuel depot in Sevastopol on Saturday, causing a fire. No-one was hurt, officials said.",
    "A drone struck a fuel depot in Sevastopol on Saturday, causing a fire. Later no-one was hurt, officials said.",
])
def test_no_one_with_a_hyphen_counts_nobody(read, text):
    event = casualty_event(read(text, "en"))
    assert bounds(event, "injured") == (0, 0, 0)
    assert {c.value for c in event.claims if c.figure == "injured"} == {0}


@pytest.mark.parametrize("text", [
    "A drone fell on a house in Kaliningrad on Monday. Fortunately, no damage or injuries occurred.",
    "A drone fell on a house in Kaliningrad on Monday. The absence of injuries is a relief to the residents.",
])
def test_a_negation_over_a_pair_and_an_absence_state_a_zero(read, text):
    assert bounds(casualty_event(read(text, "en")), "injured") == (0, 0, 0)
