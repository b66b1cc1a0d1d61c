"""Figures and sources read right but given to the wrong event or speaker (issue 10, fourth session, second round),
each shown with a report written for this test, in English, Russian and Ukrainian."""

import pytest

from report_reading import figures, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


# --- a stated zero in a report that tells only an interception is the interception's -------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A drone was shot down by air defence near Belgorod on Sunday afternoon. According to preliminary data, there "
     "were no casualties.", "en"),
    ("Днём в Белгородской области беспилотник был сбит силами ПВО. Пострадавших, по предварительным данным, нет.", "ru"),
    ("Увечері над Дніпропетровщиною збито ворожий безпілотник. Постраждалих немає.", "uk"),
])
def test_no_one_hurt_after_a_drone_downed_is_the_interceptions(read, text, lang):
    (e,) = read(text, lang)
    assert e.kind == "interception"
    assert figures(e) == {"intercepted": 1, "killed": 0, "injured": 0}
