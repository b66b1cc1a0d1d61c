""""No information (yet) about casualties" tells no count of them: neither "someone was hurt" (the bare word for the
injured in it) nor a stated zero. A report naming its dead beside "no information on the injured" keeps the dead, and
"no information has been received" keeps its settled reading, nobody hurt. Each report here was written for the test."""

import pytest

from report_reading import bounds, casualty_event


@pytest.mark.parametrize(("text", "lang"), [
    ("Беспилотник атаковал предприятие в Ефремове. Информации о пострадавших пока нет.", "ru"),
    ("Беспилотник атаковал нефтебазу в Ливнах. Официальной информации о погибших и пострадавших нет.", "ru"),
    ("Дрон атакував підприємство в Шостці. Інформації про загиблих і постраждалих поки немає.", "uk"),
    ("A drone hit a plant in Yefremov overnight. No information about the dead or injured has been released.", "en"),
])
def test_no_information_on_casualties_is_no_figure(read, text, lang):
    assert casualty_event(read(text, lang)).figures == {}


def test_the_dead_told_beside_no_information_on_the_injured_stay(read):
    event = casualty_event(read("Беспилотник атаковал предприятие в Ефремове, погиб один человек. "
                                "Информации о раненых нет.", "ru"))
    assert set(event.figures) == {"killed"}
    assert bounds(event, "killed") == (1, 1, 1)


def test_the_injured_told_beside_no_information_on_the_dead_stay(read):
    event = casualty_event(read("A drone hit a plant in Yefremov, injuring two people. No information on the dead "
                                "was given.", "en"))
    assert set(event.figures) == {"injured"}


def test_no_information_received_keeps_its_reading_nobody_hurt(read):
    event = casualty_event(read("Беспилотник атаковал склад в Белгороде. Информация о пострадавших не поступала.", "ru"))
    assert bounds(event, "injured") == (0, 0, 0)
