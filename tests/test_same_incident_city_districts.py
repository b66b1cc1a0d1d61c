"""A city that is a region of its own (Kyiv) and several of its districts hit the same night: one attack on the city
(ANNOTATION: several hits on one city on one day are one event), not a list that keeps each district apart (dup12).
Before, a city told with a toll and two or more districts after it was read as a total beside a list, and each
district (some read as towns of their stem) stayed an event of its own. Only districts within the city's reach join: a
governorate named after its city does not make its towns the city's districts. Reports written for these tests."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import proposed
from eventledger.model import Report

PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def rules(gazetteer):
    def read(text: str, lang: str) -> list[tuple[str | None, str | None]]:
        events = proposed(Report(text=text, published=PUBLISHED, language=lang), gazetteer)[0]
        return [(e.place.key if e.place else None, e.date) for e in events]
    return read


def test_uk_a_city_and_its_districts_hit_that_night_are_one_attack(rules):
    events = rules("Після нічної ракетної атаки на Київ 8 березня відомо про двох загиблих. Будинки пошкоджено в "
                   "Дніпровському, Деснянському, Дарницькому та Печерському районах.", "uk")
    assert events == [("Kyiv", "2025-03-08")]


def test_uk_districts_hit_on_another_day_stay_apart(rules):
    events = rules("Після нічної ракетної атаки на Київ 7 березня відомо про двох загиблих. 9 березня будинки "
                   "пошкоджено в Дніпровському, Деснянському та Печерському районах.", "uk")
    assert ("Kyiv", "2025-03-07") in events
    assert any(day == "2025-03-09" for _, day in events)
