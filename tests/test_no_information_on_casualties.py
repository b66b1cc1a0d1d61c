""""No information about casualties" is no count of them: by the project's gold convention it says nobody was hurt,
like "пострадавших нет" (ANNOTATION.md: "No casualties" is killed 0 and injured 0), and never that someone was. A
report naming its dead and "no information" on its injured keeps the dead. Each report here was written for the test."""

import pytest

from report_reading import bounds, casualty_event, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


@pytest.mark.parametrize(("text", "lang"), [
    ("Беспилотник атаковал предприятие в Ефремове. Информации о пострадавших пока нет.", "ru"),
    ("Беспилотник атаковал нефтебазу в Ливнах. Информации о погибших и пострадавших нет.", "ru"),
    ("A drone hit a plant in Yefremov overnight. No information about the dead or injured has been released.", "en"),
    ("A drone struck a depot in Livny. There is no information on casualties yet, the governor said.", "en"),
])
def test_no_information_on_casualties_is_nobody_hurt_not_someone(read, text, lang):
    event = casualty_event(read(text, lang))
    assert bounds(event, "killed") == (0, 0, 0)
    assert bounds(event, "injured") == (0, 0, 0)


def test_the_dead_told_beside_no_information_on_the_injured_stay(read):
    event = casualty_event(read("Беспилотник атаковал предприятие в Ефремове, погиб один человек. "
                                "Информации о раненых нет.", "ru"))
    assert bounds(event, "killed") == (1, 1, 1)
    assert bounds(event, "injured") == (0, 0, 0)


def test_the_injured_told_beside_no_information_on_the_dead_stay(read):
    event = casualty_event(read("A drone hit a plant in Yefremov, injuring two people. No information on the dead "
                                "was given.", "en"))
    assert bounds(event, "injured") == (2, 2, 2)
