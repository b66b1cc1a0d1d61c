"""Where a train or bus was going is not where it was bombed: "взрыв на вокзале перед отправлением поезда, идущего в
X" is one incident at the station's town, not a second one at X (the origin_markers of the language files)."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _places(events):
    return sorted({e.place.name_en for e in events if e.place is not None})


def test_the_trains_destination_is_no_place_of_the_blast(read):
    events = read("Взрыв на вокзале в Харькове: погибли по меньшей мере 5 человек.\n\nВзрыв на вокзале Харькова произошёл "
                  "утром, перед самым отправлением поезда, идущего во Львов. Ответственность за теракт взяли на себя боевики.", "ru")
    assert "Lviv" not in _places(events)
    assert len(events) == 1


def test_the_buses_destination_in_ukrainian(read):
    events = read("Вибух на автовокзалі в Харкові: загинули щонайменше 5 людей.\n\nВибух стався вранці, перед відправленням "
                  "автобуса, що прямував до Львова. Відповідальність за теракт взяли на себе бойовики.", "uk")
    assert "Lviv" not in _places(events)
    assert len(events) == 1


def test_the_trains_destination_in_english(read):
    events = read("Blast at Kharkiv railway station kills at least 5.\n\nThe explosion hit the platform in Kharkiv on "
                  "Saturday morning, shortly before a train bound for Lviv was due to leave. Militants claimed responsibility for the bombing.")
    assert "Lviv" not in _places(events)
    assert len(events) == 1


def test_a_bus_where_it_stood_is_the_place(read):
    events = read("Снаряд попал в автобус в Новой Каховке, погибли два человека, сообщили местные власти.", "ru")
    assert _places(events) == ["Nova Kakhovka"]


def test_a_bus_where_it_stood_in_ukrainian(read):
    events = read("Снаряд влучив в автобус у Новій Каховці, загинули двоє людей, повідомила місцева влада.", "uk")
    assert _places(events) == ["Nova Kakhovka"]
