"""A place named as a vessel is the ship's name, not where anything happened (named_beside.names_a_vessel, `vessels`
of place_roles.yaml): warships and tankers are named after towns. Reports written for these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


@pytest.mark.parametrize("text", [
    "A missile strike on the port of Sevastopol damaged the landing ship Tambov. One sailor was killed.",
    "A missile strike on the port of Sevastopol damaged a large landing ship named Tambov. One sailor was killed.",
    "A missile strike on the port of Sevastopol damaged the ‘Tambov’ large landing ship. One sailor was killed.",
    "A missile strike on the port of Sevastopol damaged the Tambov landing ship. One sailor was killed.",
])
def test_a_ship_named_after_a_town_en(read, text):
    assert places(read(text)) == ["Sevastopol"]


def test_a_ship_named_after_a_town_ru(read):
    events = read("В результате ракетного удара по порту Севастополя поврежден большой десантный корабль «Тамбов». "
                  "Погиб один человек.", "ru")
    assert places(events) == ["Sevastopol"]


def test_a_ship_named_after_a_town_uk(read):
    events = read("Внаслідок ракетного удару по порту Севастополя пошкоджено великий десантний корабель «Тамбов». "
                  "Загинула одна людина.", "uk")
    assert places(events) == ["Sevastopol"]


@pytest.mark.parametrize("before, after, lang", [
    ("the port of ", " was hit", "en"), ("a ship docked in ", ", officials said", "en"),
    ("удар по порту ", " повредил", "ru"), ("в порту ", " пошкоджено судно", "uk"),
])
def test_a_town_beside_a_ship_word_is_still_a_town(before, after, lang):
    from eventledger.extract.named_beside import names_a_vessel

    assert not names_a_vessel(before, after, lang)


def test_a_ship_is_no_place_of_the_report_either(read):
    # with no other place named, no fallback takes the ship's name for where the report is
    events = read("Крейсер «Москва» затонул после ракетного удара, погиб один моряк.", "ru")
    assert all(e.place is None for e in events)
