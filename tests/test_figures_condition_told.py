"""A condition quoted or told as doctors assessed it is still the figure `critical` (issue 10, figures). Each report
is written for this test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize("text", [
    "A drone hit a shop in Kherson on Monday, the regional administration said. A 52-year-old woman was wounded; "
    "doctors assessed her condition as \u201cserious.\u201d",
    "A drone hit a shop in Kherson on Monday, the regional administration said. A 52-year-old woman was wounded "
    "and is in a \u201csevere condition\u201d.",
    "A drone hit a shop in Kherson on Monday, the regional administration said. A 52-year-old woman was wounded, "
    "and her wounds were described as critical.",
])
def test_a_quoted_or_assessed_condition_of_one_person_is_one_critical(read, text):
    # (one, at least: the woman is the subject of the clause before, not of the condition's own)
    assert bounds(casualty_event(read(text, "en")), "critical")[:2] == (1, 1)
