"""Kinds decided by what a report's own words say happened (sixteenth session, kind16).

Debris that fell *near* a building and damaged nothing (ru, uk) hit nothing: the building is where it came down, not a target,
so the debris tells where a drone was downed (an interception), not a strike (ANNOTATION.md: debris is a strike only
by the damage or casualties it caused). Two weapon types downed in one breath, each with its count, are one
interception event per weapon type (ANNOTATION.md), and the learned join of retellings must not put them back
together. Reports written for these tests."""

from dataclasses import replace

import pytest

from eventledger.extract import pair_decision as pd
from eventledger.model import Claim, Event, Place
from report_reading import kinds


@pytest.mark.parametrize("text, lang", [
    ("В Днепровском районе Киева ночью упали обломки сбитого беспилотника, сообщила полиция. Обломки упали возле "
     "жилого дома. Разрушений и пострадавших нет.", "ru"),
    ("У Дніпровському районі Києва вночі впали уламки збитого безпілотника, повідомила поліція. Уламки впали біля "
     "школи. Руйнувань немає, ніхто не постраждав.", "uk"),
])
def test_debris_that_fell_near_a_building_and_hit_nothing_is_no_strike(read, text, lang):
    events = read(text, lang=lang)
    assert [k for k, _ in kinds(events)] == ["interception"]


@pytest.mark.parametrize("text, lang", [
    ("Debris of a downed drone hit a residential building in the Shevchenkivskyi district of Kyiv overnight, the police "
     "said, damaging its roof.", "en"),
    ("У Дніпровському районі Києва вночі уламки збитого безпілотника влучили в житловий будинок, пошкоджено дах, "
     "повідомила поліція.", "uk"),
])
def test_debris_that_hit_a_building_stays_a_strike(read, text, lang):
    events = read(text, lang=lang)
    assert "strike" in [k for k, _ in kinds(events)]


@pytest.mark.parametrize("text, lang", [
    ("A Russian missile struck a grain terminal in Mykolaiv on Monday, killing two people, the governor said. Over "
     "Mykolaiv air defence also destroyed three cruise missiles and five drones.", "en"),
    ("Российская ракета в понедельник попала в зерновой терминал в Николаеве, погибли два человека, сообщил "
     "губернатор. Ещё три крылатые ракеты и пять беспилотников над Николаевом были уничтожены силами ПВО.", "ru"),
    ("Російська ракета в понеділок влучила в зерновий термінал у Миколаєві, загинули двоє людей, повідомив "
     "губернатор. Ще три крилаті ракети та п'ять безпілотників над Миколаєвом знищили сили ППО.", "uk"),
])
def test_two_weapon_types_downed_in_one_breath_are_two_interceptions(read, text, lang):
    events = read(text, lang=lang)
    downed = sorted(e.weapon for e in events if e.kind == "interception")
    assert downed == ["cruise_missile", "drone"]


def test_drones_liquidated_over_russia_are_an_interception_with_their_count(read):
    events = read("Минобороны сообщило, что за ночь над несколькими регионами страны ПВО ликвидировала 42 украинских "
                  "беспилотника. Губернатор Брянской области добавил, что над его регионом сбиты шесть БПЛА.", lang="ru")
    counts = sorted(e.figures["intercepted"].best for e in events if e.kind == "interception" and "intercepted" in e.figures)
    assert 42 in counts


def test_a_drone_crew_liquidated_is_no_interception(read):
    events = read("Под Авдеевкой российские военные ликвидировали расчёт БПЛА противника, сообщило Минобороны.", lang="ru")
    assert "interception" not in [k for k, _ in kinds(events)]


def test_airports_closed_as_drones_were_shot_down_are_a_restriction_and_an_interception(read):
    events = read("Kazan airport halted all flights on Sunday while air defence downed 40 drones over Tatarstan, the "
                  "regional government said.")
    kinds_told = sorted(k for k, _ in kinds(events))
    assert kinds_told == ["airspace_restriction", "interception"]
    (downed,) = [e for e in events if e.kind == "interception"]
    assert downed.figures["intercepted"].best == 40 and downed.weapon == "drone"
    (closed,) = [e for e in events if e.kind == "airspace_restriction"]
    assert "intercepted" not in closed.figures


def test_airports_closed_with_no_count_downed_stay_one_restriction(read):
    events = read("Kazan airport halted all flights on Sunday, the regional government said.")
    assert [k for k, _ in kinds(events)] == ["airspace_restriction"]


@pytest.mark.parametrize("text", [
    "Минобороны России сообщило, что в северо-западной части Черного моря уничтожены пять безэкипажных катеров ВСУ.",
    "Силы Черноморского флота уничтожили три БЭК у побережья Крыма, сообщило Минобороны.",
])
def test_boats_with_no_crew_destroyed_at_sea_are_an_interception(read, text):
    events = read(text, lang="ru")
    assert [(e.kind, e.weapon) for e in events] == [("interception", "naval_drone")]


def test_crewed_boats_destroyed_are_no_interception(read):
    events = read("Минобороны сообщило, что у Херсона уничтожены катера с десантом ВСУ.", lang="ru")
    assert "interception" not in [e.kind for e in events]



def test_the_learned_join_never_puts_two_weapon_types_counted_at_one_place_together():
    text = "Over Mykolaiv air defence destroyed three cruise missiles and five drones overnight."
    town = Place("Mykolaiv", "UA", "Mykolaiv Oblast", 46.97, 32.0, "city")
    oblast = Place("Mykolaiv Oblast", "UA", "Mykolaiv Oblast", 47.2, 31.9, "admin1")

    def claim(quote: str, figure: str | None = None, value: int | str = "interception") -> Claim:
        start = text.index(quote)
        return Claim("r", start, start + len(quote), quote, value, figure=figure, assertion=None if figure else "kind")

    told = claim(text)
    missiles = Event(kind="interception", date="2026-01-10", date_precision="day", place=town, weapon="cruise_missile",
                     claims=(told, claim("three cruise missiles", "intercepted", 3)), reports=("r",), anchor=0, id="a")
    drones = Event(kind="interception", date="2026-01-10", date_precision="day", place=town, weapon="drone",
                   claims=(told, claim("five drones", "intercepted", 5)), reports=("r",), anchor=1, id="b")
    assert pd.vetoed(missiles, drones, text, "en") == "two weapon types counted: one interception event per weapon type"
    # a plain "missile" beside a typed one may be the same missiles; two places are weighed as any other pair
    assert pd.vetoed(missiles, replace(drones, weapon="missile"), text, "en") is None
    assert pd.vetoed(missiles, replace(drones, place=oblast), text, "en") is None
