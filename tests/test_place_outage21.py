"""A place named after a word of an outage in its sentence is where people were left without power, water or gas, not
where the strike that cut it hit (place_roles.seats, `outage_before` of place_roles.yaml): a strike on a substation
makes no strike in each village it supplied. Reports written for these tests."""

import pytest


def strikes(events):
    return sorted(e.place.key if e.place else None for e in events if e.kind in ("strike", "shelling"))


@pytest.mark.parametrize("text, lang", [
    ("Уночі окупанти обстріляли Херсон, пошкоджено школу. Снаряд влучив і в трансформатор поблизу міста: без "
     "світла лишилися 900 родин у селах Чорнобаївка, Білозерка та Киселівка.", "uk"),
    ("Ночью оккупанты обстреляли Херсон, повреждена школа. Снаряд попал и в трансформатор возле города: без "
     "света остались 900 семей в сёлах Чернобаевка, Белозерка и Киселевка.", "ru"),
    ("Russian forces shelled Kherson overnight, damaging a school. A shell also hit a transformer near the city and "
     "left 900 families without power in the villages of Chornobaivka, Bilozerka and Kyselivka.", "en"),
])
def test_the_villages_left_without_power_are_no_strikes(read, text, lang):
    assert strikes(read(text, lang)) == ["Kherson"]


def test_the_place_before_the_outage_is_still_where(read):
    events = read("A drone hit a substation in Bilozerka, leaving 900 subscribers without power, the governor said.")
    assert strikes(events) == ["Bilozerka"]


def test_the_rule_reads_the_sentence_only(gazetteer):
    from eventledger.extract.place_roles import seats

    text = "Households were left without power on Monday. Shells hit Bilozerka on Tuesday."
    places = sorted(gazetteer.find(text, "en"), key=lambda m: m.start)
    assert seats(places, text, "en") == set()
