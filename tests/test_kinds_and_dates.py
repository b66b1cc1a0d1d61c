"""Kinds and dates of incidents as real reports tell them (issue 10, second round on events of the wrong kind and of the
wrong date), each shown with a report written for this test, in English, Russian and Ukrainian."""

import pytest

from report_reading import kinds


# --- debris that hit nothing and hurt nobody is where the drone was downed, not a strike ---------------------------

@pytest.mark.parametrize("text, lang", [
    ("Силы ПВО сбили беспилотник над Воронежем. На месте падения обломков работают специалисты экстренных служб.", "ru"),
    ("Сили ППО збили безпілотник над Полтавою. На місці падіння уламків працюють рятувальники.", "uk"),
    ("Air defence shot down a drone over Voronezh, the governor said. Emergency services are at the scene where the "
     "debris fell.", "en"),
])
def test_debris_that_hit_nothing_is_part_of_the_interception(read, text, lang):
    assert [kind for kind, _ in kinds(read(text, lang))] == ["interception"]


@pytest.mark.parametrize("text, lang", [
    ("Силы ПВО сбили беспилотник над Воронежем. Обломками повреждён частный дом, ранен один человек.", "ru"),
    ("Сили ППО збили безпілотник над Полтавою. Уламками пошкоджено приватний будинок, поранено одну людину.", "uk"),
])
def test_debris_that_damaged_a_house_is_a_strike_beside_the_interception(read, text, lang):
    assert sorted(kind for kind, _ in kinds(read(text, lang))) == ["interception", "strike"]


# --- a year of birth dates a person, not the incident -------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A Russian drone attack on Bucha district injured a woman born in 1997, the governor said.", "en"),
    ("В результате атаки беспилотника в Белгороде ранена женщина 1997 года рождения.", "ru"),
    ("Внаслідок атаки дрона у Бучанському районі поранено жінку 1997 року народження.", "uk"),
])
def test_a_year_of_birth_is_no_date_of_the_strike(read, text, lang):
    (strike,) = read(text, lang)
    assert strike.date == "2025-03-10"  # the publication day: the text names no day of its own


# --- an interception told with words between the weapon and "destroyed" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Seventeen drones flying over the Voronezh region were destroyed, the governor said.",
    "A total of 12 unmanned aerial vehicles were detected, destroyed and their remains extinguished over Belgorod.",
    "Air defence systems destroyed 13 rockets over the Belgorod region overnight, the ministry said.",
])
def test_weapons_destroyed_in_the_air_are_an_interception(read, text):
    assert [kind for kind, _ in kinds(read(text))] == ["interception"]


def test_homes_destroyed_by_drones_are_a_strike(read):
    text = "Russian drones attacked homes in Kharkiv that were destroyed by the fire, the mayor said."
    assert [kind for kind, _ in kinds(read(text))] == ["strike"]


@pytest.mark.parametrize("text, lang", [
    ("Опубликовано видео с места падения обломков сбитого над Москвой беспилотника. Очевидцы сообщили о звуке взрыва в "
     "Москве. По данным Минобороны, беспилотник был подавлен средствами РЭБ над Москвой.", "ru"),
    ("Опубліковано відео з місця падіння уламків збитого над Києвом дрона. Очевидці повідомили про звук вибуху в Києві. "
     "Сили ППО збили безпілотник над Києвом.", "uk"),
])
def test_explosions_heard_where_harmless_debris_fell_join_the_interception(read, text, lang):
    assert [kind for kind, _ in kinds(read(text, lang))] == ["interception"]
