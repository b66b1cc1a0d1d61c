"""A region told with a count that one incident inside it counts at the same value ("на Харківщині поранено трьох
цивільних" beside "у Чугуївському районі ... троє людей поранені") is that incident told at the region's level, though the
region holds other incidents: one the report recalls from an earlier report ("Раніше повідомлялося, що ..."), which the
region's telling of today cannot total, or one with no count of its own (dup12). A region counting another value (three
wounded beside the district's two) is a total and stays. The rules' own proposals are read (`proposed`, before the
learned pair decision). Reports written for these tests."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import proposed
from eventledger.model import Report

PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def rules(gazetteer):
    def read(text: str, lang: str) -> list[tuple[str, dict[str, int]]]:
        events = proposed(Report(text=text, published=PUBLISHED, language=lang), gazetteer)[0]
        return [(e.place.key if e.place else None, {k: f.best for k, f in e.figures.items()}) for e in events]
    return read


def test_uk_the_oblast_counting_as_its_district_is_one_incident_beside_a_recalled_one(rules):
    events = rules("Уранці на Харківщині через удар дрона поранено трьох цивільних, повідомила ОВА.\nУ Чугуївському "
                   "районі дрон поцілив у вантажівку, троє людей поранені.\nРаніше повідомлялося, що в Харкові через "
                   "авіабомбу постраждали шестеро.", "uk")
    assert [figures for _, figures in events] == [{"injured": 3}, {"injured": 6}]


def test_ru_the_oblast_counting_as_its_district_is_one_incident_beside_a_recalled_one(rules):
    events = rules("Утром в Курской области при ударе дрона ранены три мирных жителя, сообщили в правительстве "
                   "региона.\nВ Рыльском районе дрон поразил грузовик, ранены трое.\nРанее сообщалось, что в Курске "
                   "при налёте пострадали шесть человек.", "ru")
    assert [figures for _, figures in events] == [{"injured": 3}, {"injured": 6}]


def test_uk_the_oblast_counting_as_one_district_joins_it_beside_a_town_with_no_count(rules):
    events = rules("Уночі на Сумщині через удар дрона поранено двох людей. У Шосткинському районі дрон вдарив по "
                   "вантажівці, поранені двоє. У Ромнах дрон влучив у гараж.", "uk")
    assert len(events) == 2
    assert events[0][1] == {"injured": 2}


def test_uk_an_oblast_counting_more_than_its_district_is_a_total_and_stays(rules):
    events = rules("Уночі на Сумщині через удари дронів поранено трьох людей. У Шосткинському районі дрон вдарив по "
                   "вантажівці, поранені двоє. У Ромнах дрон влучив у гараж.", "uk")
    assert len(events) == 3
