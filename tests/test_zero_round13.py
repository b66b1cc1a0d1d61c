"""Stated zeros of the real-news pool (ninth session): "no-one was hurt" counts nobody, not one. Shown with short reports
written for this test."""

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

