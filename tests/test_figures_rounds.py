"""Artillery and mortar rounds are counted weapons ("fired 18 mortar rounds", "12 152-mm rounds"); "rounds of talks"
are not (issue 10, figure best). Each report is written for this test."""

import pytest

from report_reading import figures, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


@pytest.mark.parametrize("text, launched", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. The troops fired 18 mortar rounds "
     "at the city.", 18),
    ("Russian artillery shelled Kherson on Monday, the regional administration said. The troops fired 12 152-mm rounds "
     "at the city.", 12),
])
def test_rounds_fired_are_launched(read, text, launched):
    assert any(figures(e).get("launched") == launched for e in read(text, "en"))


def test_rounds_of_talks_are_no_weapons(read):
    text = ("Russian artillery shelled Kherson on Monday, the regional administration said. The sides held two rounds "
            "of talks.")
    assert not any("launched" in figures(e) for e in read(text, "en"))
