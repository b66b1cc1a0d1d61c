"""A day told twice side by side in a report with no publication date ("в пятницу, 16 мая") is one day (twenty-second
session, split22): read against the stand-in day the weekday was some other day than the date, and the body's
retelling of a headline's "16 мая" was kept apart as told on another day (`days_told._beside`). The negative keeps two
days told apart by their dates. Reports written for these tests."""

import pytest

from report_reading import figures, kinds

from eventledger.extract.days_told import days_told
from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str = "en") -> list[Event]:
        return extract(Report(text=text, published=None, language=lang), gazetteer)
    return read


def test_a_weekday_beside_its_date_is_no_day_of_its_own():
    told = days_told("Одно из сел обстреляли в пятницу, 16 мая. Накануне обстреляли другое.", "ru", None)
    assert [d.text for d in told] == ["16 мая", "Накануне"]


def test_ru_the_body_retelling_the_headline_day_by_weekday_and_date_is_one_incident(read):
    events = read("16 мая ВСУ обстреляли Глушковский район.\n"
                  "Одно из сел Глушковского района обстреляли в пятницу, 16 мая. Погиб мужчина, повреждены два дома.", "ru")
    assert kinds(events) == [("shelling", "Glushkovskiy Rayon")]
    assert figures(events[0]) == {"killed": 1}


def test_uk_the_body_retelling_the_headline_day_by_weekday_and_date_is_one_incident(read):
    events = read("16 травня росіяни обстріляли Шосткинський район.\n"
                  "Одне з сіл Шосткинського району обстріляли у п'ятницю, 16 травня. Загинув чоловік, пошкоджено два "
                  "будинки.", "uk")
    assert kinds(events) == [("shelling", "Shostka Raion")]


def test_en_the_body_retelling_the_headline_day_by_weekday_and_date_is_one_incident(read):
    events = read("On 16 May Ukrainian forces shelled the Glushkovo district.\n"
                  "A village in the Glushkovo district was shelled on Friday, May 16. A man was killed and two houses "
                  "were damaged.")
    assert len(events) == 1


def test_ru_two_dates_told_apart_stay_two(read):
    events = read("16 мая ВСУ обстреляли Глушковский район.\n"
                  "Одно из сел Глушковского района обстреляли в пятницу, 15 мая. Погиб мужчина.", "ru")
    assert len(events) == 2
