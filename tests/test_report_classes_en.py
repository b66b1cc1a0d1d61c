"""More classes of error measured on real English reports (issue 10, the English round), each shown with a report
written for this test: places that name an official's office, and more."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str = "en") -> list[Event]:
        return extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    return read


def figures(e: Event) -> dict[str, int]:
    return {name: f.best for name, f in e.figures.items()}


def kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.kind, e.place.name if e.place else None) for e in events]


def test_the_region_of_a_governors_office_is_not_where_the_strike_was(read):
    events = read("A missile struck a market in Shebekino on Monday. Belgorod region Governor Ivan Petrov said three "
                  "people were wounded in the attack. The governor of the neighbouring Kursk region, Pavel Sidorov, "
                  "condemned the attack on Shebekino.")
    assert kinds(events) == [("strike", "Shebekino")]
    assert figures(events[0]) == {"injured": 3}


def test_a_mayors_city_is_still_where_the_report_is(read):
    events = read("Two people were killed in a drone strike on the Dnipro on Monday evening. According to Dnipro Mayor "
                  "Ivan Petrov, the drone hit a shop.")
    assert [(e.kind, e.place.name) for e in events if e.kind == "strike"] == [("strike", "Dnipro")]
