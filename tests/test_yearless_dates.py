"""A day told without its year ("11 июля", "July 11") in a report that carries no publication date: placed by the full
date the report gives before it (its dateline), never after that date, so that incidents at one place on different days
stay apart (issue 10, second round on dates)."""

from datetime import datetime

import pytest

from eventledger.extract.dates import find_dates
from eventledger.extract.pipeline import extract
from eventledger.model import Report


def days(text: str, lang: str) -> list[str]:
    return [m.date for m in find_dates(text, lang, None)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Kyiv, 12.07.2024. A drone hit a warehouse in the city on July 11, the mayor said.", "en",
     ["2024-07-12", "2024-07-11"]),
    ("Белгород, 3 мая 2024 года. Вечером 2 мая беспилотник атаковал нефтебазу, сообщил губернатор.", "ru",
     ["2024-05-03", "2024-05-02"]),
    ("Харків, 15.03.2025. Увечері 14 березня дрон влучив у склад, повідомив мер.", "uk",
     ["2025-03-15", "2025-03-14"]),
])
def test_a_day_without_its_year_takes_the_year_of_the_dateline(text, lang, expected):
    assert days(text, lang) == expected


def test_a_day_later_in_the_year_than_the_dateline_is_the_year_before():
    assert days("Одеса, 10.01.2025. Нагадаємо, 28 грудня дрон влучив у порт.", "uk") == ["2025-01-10", "2024-12-28"]


def test_a_full_date_only_further_on_places_no_day():
    """A date at a page's foot ("Read also ... 17.12.2025") says nothing of the lead's year."""
    assert days("A drone hit a depot on May 4, the governor said.\nRead also: 17.12.2025 Storm in Odesa", "en") == [
        "2025-12-17"]


def test_a_strike_and_one_recalled_at_the_same_refinery_stay_two_events(gazetteer):
    text = ("Туапсе, 6 мая 2024 года. Беспилотник атаковал нефтеперерабатывающий завод в Туапсе 5 мая, сообщил "
            "губернатор. Предыдущая атака на завод в Туапсе была 12 марта.")
    events = extract(Report(text=text, published=None, language="ru"), gazetteer)
    assert sorted(e.date for e in events if e.kind == "strike") == ["2024-03-12", "2024-05-05"]
