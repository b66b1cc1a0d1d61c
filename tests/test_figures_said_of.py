"""Figures and sources read right but given to the wrong event or speaker (issue 10, fourth session, second round),
each shown with a report written for this test, in English, Russian and Ukrainian."""

import pytest

from report_reading import figures


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


# --- an office, then the person's name after a comma: the person is the source ---------------------------------------

@pytest.mark.parametrize("text, lang, name", [
    ('"Three people were injured," announced the military governor of the Kharkiv region, Ivan Petrenko, on his '
     "Telegram channel. A Russian missile hit a warehouse in Kharkiv on Sunday.", "en", "Ivan Petrenko"),
    ("A Russian drone hit a house in Kherson on Monday, injuring two people. This was reported by the head of the "
     "Kherson regional military administration, Ivan Petrenko.", "en", "Ivan Petrenko"),
    ("В Белгороде в результате удара беспилотника пострадали три человека, сообщил глава региона, Иван Петров.",
     "ru", "Иван Петров"),
])
def test_an_office_named_then_the_person_after_a_comma_is_that_person(read, text, lang, name):
    (e,) = [e for e in read(text, lang) if e.kind == "strike"]
    (injured,) = [c for c in e.claims if c.figure == "injured"]
    assert injured.source.endswith(name) and injured.source_kind in ("official", "military")


# --- a military administration is a civil authority -------------------------------------------------------------------

def test_a_military_administration_and_its_military_governor_are_officials(read):
    events = read("A Russian drone hit a house in Kherson on Monday, injuring two people, the Kherson Regional Military "
                  "Administration said. In Kharkiv a missile hit a warehouse, injuring three people, the military "
                  "governor of the Kharkiv region said.")
    kinds = {c.source_kind for e in events for c in e.claims if c.figure == "injured"}
    assert kinds == {"official"}
