"""Names that are not places, and places the text matcher missed (issue 10, class 3): a gulf or strait named with its
noun is the water, not the town it is named after ("the Gulf of Aden" is not Aden). Each shown with a report written
for this test."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def test_a_gulf_named_with_its_noun_is_not_its_port(read):
    events = read("A missile struck a cargo ship in the Gulf of Aden on Monday, injuring two crew members.")
    assert [e.place for e in events] == [None]


def test_a_gulf_named_after_its_noun_ru(read):
    events = read("Беспилотник атаковал танкер в водах залива Акаба, ранены два члена экипажа.", "ru")
    assert [e.place for e in events] == [None]


def test_a_gulf_named_after_its_noun_uk(read):
    events = read("Ракета влучила в судно у водах затоки Аден, поранено двох членів екіпажу.", "uk")
    assert [e.place for e in events] == [None]


def test_the_port_alone_is_still_the_port(read):
    events = read("A drone struck the port of Aden on Monday, injuring two workers.")
    assert [e.place.name for e in events] == ["Aden"]
