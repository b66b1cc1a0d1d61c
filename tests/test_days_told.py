"""A report with no publication date still tells days apart (issue 10, events not found): "on 3 March" and "on 28
February", or "yesterday" and "on Monday", resolve to no date without one, and two incidents at one place, told on two
days, were read as one. Reports written for these tests."""

import pytest

from report_reading import figures, kinds

from eventledger.extract.days_told import days_apart
from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str = "en") -> list[Event]:
        return extract(Report(text=text, published=None, language=lang), gazetteer)
    return read


def test_en_two_strikes_at_one_town_on_two_days_are_two(read):
    events = read("A drone hit a fuel depot in Kherson on 3 March, injuring two workers. On 28 February a drone struck "
                  "a warehouse in Kherson, killing a guard.")
    assert kinds(events) == [("strike", "Kherson"), ("strike", "Kherson")]
    assert [figures(e) for e in events] == [{"injured": 2}, {"killed": 1}]
    assert [e.date for e in events] == [None, None]  # the days told are no dates of their own


def test_ru_an_earlier_attack_on_the_same_plant_is_its_own(read):
    events = read("Беспилотник атаковал нефтебазу в Новороссийске 5 мая, пострадал один рабочий. 2 мая дрон уже "
                  "атаковал нефтебазу в Новороссийске, тогда погибли двое.", "ru")
    assert kinds(events) == [("strike", "Novorossiysk"), ("strike", "Novorossiysk")]


def test_uk_shellings_told_on_two_weekdays_are_two(read):
    events = read("У понеділок росіяни обстріляли Нікополь з артилерії, загинула жінка. У суботу окупанти обстріляли "
                  "Нікополь, поранено двох чоловіків.", "uk")
    assert [k for k, _ in kinds(events)] == ["shelling", "shelling"]


def test_one_day_retold_is_one_incident(read):
    events = read("A drone hit a fuel depot in Kherson on 3 March. The strike on the depot in Kherson on 3 March "
                  "injured two workers.")
    assert kinds(events) == [("strike", "Kherson")]


def test_an_incident_with_no_day_of_its_own_may_be_of_any_day():
    assert not days_apart(None, "2000-03-03")
    assert not days_apart("2000-03-03", "2000-03-03")
    assert days_apart("2000-03-03", "2000-02-28")
