"""The weapon an event is given from words near it, not only from its own clause (kind13).

A hit told with a plain "missile" and the missile's type told a sentence away ("ballistic missiles were used") is of
that type (ANNOTATION.md: the most specific weapon the report names for the incident), unless the type is named in a
sentence of a threat, a warning or what a weapon can carry, or two types are named near it."""

import pytest


def strikes(events):
    return [e for e in events if e.kind == "strike"]


def test_a_missile_hit_with_its_type_told_after_is_ballistic(read):
    events = read("A missile fell on a grain depot in Poltava on Monday morning, killing three workers, the regional "
                  "governor said. The army later said it had been an Iskander.")
    assert [e.weapon for e in strikes(events)] == ["ballistic_missile"]


def test_a_missile_hit_on_a_night_of_cruise_missiles_is_a_cruise_missile(read):
    events = read("Ракета впала на склад у Вінниці в понеділок вночі, повідомив голова ОВА. Як уточнили в армії, "
                  "це була крилата ракета.", "uk")
    assert [e.weapon for e in strikes(events)] == ["cruise_missile"]


def test_a_russian_missile_hit_with_an_iskander_named_after_is_ballistic(read):
    events = read("Ракета упала во двор жилого дома в Белгороде в понедельник, ранены два человека, сообщил "
                  "губернатор. По данным военных, это был «Искандер».", "ru")
    assert [e.weapon for e in strikes(events)] == ["ballistic_missile"]


def test_a_type_named_only_in_a_warning_leaves_a_plain_missile(read):
    events = read("Ракета впала біля школи у Дніпрі в понеділок, поранено чотирьох людей, повідомив голова ОВА. "
                  "За годину до того в місті оголосили тривогу через можливий запуск балістичних ракет.", "uk")
    assert [e.weapon for e in strikes(events)] == ["missile"]


def test_a_type_named_only_as_what_jets_can_carry_leaves_a_plain_missile(read):
    events = read("A missile fell on a warehouse in Zaporizhzhia on Monday, injuring two people, the governor said. "
                  "Bombers that can carry cruise missiles had taken off earlier in the night.")
    assert [e.weapon for e in strikes(events)] == ["missile"]


def test_two_types_named_near_a_plain_missile_leave_it_plain(read):
    events = read("A missile fell on an office building in Dnipro on Monday, injuring five people, the governor said. "
                  "Both ballistic and cruise missiles were fired at the region overnight.")
    assert [e.weapon for e in strikes(events)] == ["missile"]


def test_a_strike_told_with_no_weapon_in_a_report_of_drones_alone_is_a_drone_strike(read):
    events = read("Drones attacked the Sumy region overnight, the governor said on Monday. In the village of Khotin "
                  "a barn burnt down, he added.")
    assert {e.weapon for e in strikes(events)} == {"drone"}


def test_a_strike_told_with_no_weapon_in_a_report_of_two_weapons_stays_without_one():
    from eventledger.extract.weapons_named import one_weapon_named
    from eventledger.model import Event

    text = "Drones and missiles were launched at the region overnight. A house was damaged in a village."
    assert [e.weapon for e in one_weapon_named([Event(kind="strike", date=None, date_precision=None, place=None)], text, "en")] == [None]
    assert [e.weapon for e in one_weapon_named([Event(kind="strike", date=None, date_precision=None, place=None)], text.replace(" and missiles", ""), "en")] == ["drone"]
    # a weapon named only in a warning names none that struck
    warned = "The air force warned of a drone threat. A house was damaged in a village."
    assert [e.weapon for e in one_weapon_named([Event(kind="strike", date=None, date_precision=None, place=None)], warned, "en")] == [None]


@pytest.mark.parametrize("text, lang", [
    ("Курск в понедельник оказался под ракетным обстрелом, ранены три человека, сообщил губернатор.", "ru"),
    ("Павлоград у понеділок зазнав ракетного обстрілу: поранено двох людей, повідомив начальник МВА.", "uk"),
])
def test_a_missile_shelling_is_a_strike(read, text, lang):
    assert [(e.kind, e.weapon) for e in read(text, lang) if e.kind in ("strike", "shelling")] == [("strike", "missile")]


def test_rockets_of_a_launcher_stay_a_shelling(read):
    events = read("У понеділок окупанти обстріляли околиці Херсона ракетами з «Граду», поранено двох людей, "
                  "повідомила ОВА.", "uk")
    assert [e.kind for e in events if e.kind in ("strike", "shelling")] == ["shelling"]


def test_a_strike_told_with_no_weapon_in_a_report_of_guns_alone_is_a_shelling():
    from eventledger.extract.weapons_named import one_weapon_named
    from eventledger.model import Event

    text = "The enemy struck the village in the morning. Artillery fire damaged two houses, the head of the community said."
    events = one_weapon_named([Event(kind="strike", date=None, date_precision=None, place=None)], text, "en")
    assert [(e.kind, e.weapon) for e in events] == [("shelling", "artillery")]


# --- review 13b finding 6: a type told for another event at another place -----------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A Russian missile struck a warehouse in Mykolaiv late on Wednesday, injuring three workers, the governor said. "
     "In a separate incident, a ballistic missile was shot down over Dnipro, regional officials reported.", "en"),
    ("Ракета попала в здание автосервиса в Николаеве, ранены три человека. Кроме того, над Днепром была сбита "
     "баллистическая ракета, сообщили местные власти.", "ru"),
])
def test_a_missile_type_told_for_another_place_is_not_this_hits(read, text, lang):
    (hit,) = strikes(read(text, lang))
    assert hit.weapon == "missile"


# --- review 13b finding 7: a shelling with a launcher's rockets stays a shelling ----------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Russian troops shelled Nikopol with rockets on Wednesday, killing one man and damaging a school, the regional "
     "governor said.", "en"),
    ("Во вторник украинские военные обстреляли Горловку реактивными снарядами из РСЗВ, погиб один человек, "
     "повреждена школа.", "ru"),
])
def test_a_town_shelled_with_rockets_is_a_shelling(read, text, lang):
    events = read(text, lang)
    assert [e.kind for e in events if e.kind in ("strike", "shelling")] == ["shelling"]


def test_a_town_shelled_with_missiles_is_still_a_strike(read):
    events = read("Russian forces shelled Kramatorsk with missiles overnight, damaging a hospital, the mayor said.")
    assert [e.kind for e in events if e.kind in ("strike", "shelling")] == ["strike"]
