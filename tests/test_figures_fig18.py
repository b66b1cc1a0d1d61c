"""Figures, fig18 (1): a stated zero that is all its event holds ("the strike on the city caused no casualties", proposed as
a strike of its own) is told of the one attack the report tells there that day in the other role: the interception
of the same place, or of the district holding the town, gets a copy of the zero when it has no casualty figure of its own
(narrowed by fix18c after review18e: never an oblast, a country or a sea; tests/test_zeros_lent_fix18c.py).
Reports written for this test (en/ru/uk), positive and negative: another place, a strike with a target of its own,
two interceptions that could take it, an event that holds more than the zero.
(2): weapons told "used" were read as launched; fix18c removed it (review18e 4-5: air-defence missiles, decoys, period
totals), and the words of equipment stay no launch."""

import pytest


def _figures(events, kind):
    (e,) = [e for e in events if e.kind == kind]
    return {name: f.best for name, f in e.figures.items()}


@pytest.mark.parametrize("text, lang", [
    ("VORONEZH - Air defences shot down three drones over Voronezh overnight, the governor said. "
     "The strike on Voronezh caused no casualties, he added.", "en"),
    ("Ночью над Воронежем были сбиты три беспилотника, сообщил губернатор. По его словам, в результате "
     "удара по Воронежу никто не пострадал.", "ru"),
    ("Вночі над Харковом збили три дрони, повідомив голова ОВА. Внаслідок удару по Харкову ніхто не постраждав, "
     "додав він.", "uk"),
    # a town and the district it sits in
    ("Вночі над Бучанським районом збили три дрони, повідомив голова ОВА. Внаслідок удару по Бучі ніхто не постраждав, "
     "додав він.", "uk"),
])
def test_a_zero_alone_is_the_interceptions_too(read, text, lang):
    events = read(text, lang)
    assert _figures(events, "interception") == {"intercepted": 3, "killed": 0, "injured": 0}
    # the zero stays with the event its words were read for
    assert _figures(events, "strike") == {"killed": 0, "injured": 0}


@pytest.mark.parametrize("text, lang", [
    # another place, not held by the interception's region
    ("Ночью над Воронежской областью были сбиты три беспилотника. Днем в Курске ракета попала в склад, никто не "
     "пострадал.", "ru"),
    ("Вночі над Харківщиною збили три дрони. Того ж дня у Сумах ракета влучила у склад, ніхто не постраждав.", "uk"),
    # a strike that hit something of its own keeps its zero to itself
    ("VORONEZH - Air defences shot down three drones over the Voronezh region on Friday. On Friday a drone hit "
     "a warehouse in Voronezh, and nobody was hurt, the governor said.", "en"),
    # another day
    ("KAZAN - Air defences shot down two drones over Tatarstan overnight. Separately, a drone hit a warehouse "
     "in Kazan on Friday, and nobody was hurt, officials said.", "en"),
])
def test_no_zero_lent_across_places_targets_or_days(read, text, lang):
    assert _figures(read(text, lang), "interception") == {"intercepted": 3 if "три" in text or "three" in text else 2}


def test_an_event_holding_more_than_a_zero_lends_nothing(read):
    # the strike holds the debris' two injured beside its zero: its "no casualties" is no stated nobody of the attack
    text = ("VORONEZH - Air defences shot down three drones over the Voronezh region overnight, and falling "
            "debris injured two people, the governor said. The strike on Voronezh caused no casualties, he added.")
    assert _figures(read(text, "en"), "interception") == {"intercepted": 3}


@pytest.mark.parametrize("text, lang", [
    ("VORONEZH - Air defences destroyed three drones and two cruise missiles over the Voronezh region overnight, the "
     "governor said. The strike on Voronezh caused no casualties, he added.", "en"),
    ("Вночі над Харківщиною збили три дрони та дві крилаті ракети, повідомив голова ОВА. Внаслідок удару по Харкову "
     "ніхто не постраждав, додав він.", "uk"),
])
def test_two_interceptions_take_no_zero(read, text, lang):
    # one interception per weapon type: which of the two the zero is told of the words do not say
    downed = [e for e in read(text, lang) if e.kind == "interception"]
    assert sorted(tuple(sorted(e.figures)) for e in downed) == [("intercepted",), ("intercepted",)]


# "used" / "застосовано" / "применено" of equipment or people is no launch.

@pytest.mark.parametrize("text, lang, value", [
    ("KHARKIV - Russia shelled Kharkiv overnight. Ten fire engines were used to put out the blaze, rescuers said.", "en",
     []),
    ("Вночі росіяни атакували Одесу дронами. Для гасіння пожежі було застосовано 12 одиниць техніки, повідомили в "
     "ДСНС.", "uk", []),
    ("Ночью ВСУ атаковали Курск дронами. Для тушения пожара было использовано 12 единиц техники, сообщили в МЧС.", "ru",
     []),
])
def test_equipment_used_is_no_launch(read, text, lang, value):
    assert sorted(c.value for e in read(text, lang) for c in e.claims if c.figure == "launched") == value
