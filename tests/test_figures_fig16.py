"""Figures, sixteenth session (fig16): one weapon told downed with no count (`one_weapon_verb` in
lang/<code>/figures.yaml, extract/one_weapon.py). Each report is written for this test (en / ru / uk)."""

import pytest

from report_reading import figures


def _intercepted(events):
    return [figures(e).get("intercepted") for e in events if "intercepted" in figures(e)]


@pytest.mark.parametrize("text, lang", [
    ("A drone that was later shot down approached the city of Belgorod on Monday night, the governor said.", "en"),
    ("A drone carrying a small camera was shot down over Kursk on Sunday, the regional governor said.", "en"),
    ("Украинский БПЛА был сбит в небе над Курском в понедельник, сообщил губернатор.", "ru"),
    ("В понедельник вечером дрон сбили дежурные зенитчики над Брянском, сообщил губернатор.", "ru"),
    ("Ворожий безпілотник було збито над Черкасами в понеділок увечері, повідомив голова ОВА.", "uk"),
    ("У понеділок увечері над Полтавою дрон збили сили ППО, повідомив голова ОВА.", "uk"),
])
def test_one_weapon_told_downed_is_one_intercepted(read, text, lang):
    assert _intercepted(read(text, lang)) == [1]


@pytest.mark.parametrize("text, lang", [
    ("Drones that were later shot down approached the city of Belgorod on Monday night, the governor said.", "en"),
    ("A drone was not shot down over Kursk on Sunday and hit a warehouse, the regional governor said.", "en"),
    ("Украинские беспилотники были сбиты в небе над Курском в понедельник, сообщил губернатор.", "ru"),
    ("Беспилотник атаковал склад в Курске в понедельник, дом рядом был уничтожен, сообщил губернатор.", "ru"),
    ("Ворожі безпілотники було збито над Черкасами в понеділок увечері, повідомив голова ОВА.", "uk"),
])
def test_many_weapons_or_a_thing_destroyed_are_no_count_of_one(read, text, lang):
    assert 1 not in _intercepted(read(text, lang))



def _claims(events, figure):
    return sorted(c.value for e in events for c in e.claims if c.figure == figure)


@pytest.mark.parametrize("text, lang, figure, values", [
    ("A missile hit a school in Kharkiv on Monday, the mayor said. Two teenagers were among the dead.", "en",
     "killed", []),
    ("A missile strike on a school in Kharkiv on Monday killed 12 people. Governor Oleh Syniehubov said on Telegram "
     "that two teachers were among those killed.", "en", "killed", [12]),
    ("В понедельник снаряд попал в жилой дом в Донецке, погибли пять человек. Среди погибших двое детей, сообщил мэр "
     "города.", "ru", "killed", [5]),
    ("У суботу ввечері дрон атакував багатоповерхівку в Запоріжжі, поранено дев'ятьох мешканців. Серед постраждалих — "
     "троє підлітків, повідомила міська рада.", "uk", "injured", [9]),
])
def test_a_part_of_the_victims_is_no_count_of_them(read, text, lang, figure, values):
    assert _claims(read(text, lang), figure) == values


def test_a_condition_told_of_a_part_of_the_victims_stays(read):
    text = "A missile hit a school in Kharkiv on Monday, the mayor said. Among the injured, three are in serious condition."
    assert _claims(read(text, "en"), "critical") == [3]


@pytest.mark.parametrize("text, lang, figure, best", [
    ("A shell hit a house in Nova Kakhovka on Monday, injuring one man, the local administration said. Over the past "
     "day Russian forces wounded four people in the Kherson region, the governor said.", "en", "injured", 1),
    ("В понедельник в результате обстрела Шебекино ранены двое мужчин, сообщил губернатор. Всего за прошедшие сутки в "
     "Белгородской области ранены шесть человек.", "ru", "injured", 2),
    ("У понеділок унаслідок обстрілу Нікополя поранено двох чоловіків, повідомив голова ОВА Сергій Лисак. Загалом "
     "минулої доби на Дніпропетровщині поранено п'ятьох людей.", "uk", "injured", 2),
    # a day's total told of the town itself is the town's
    ("За прошедшие сутки при обстреле Макеевки погибли шесть человек. Утром сообщалось, что в Макеевке погибли "
     "четыре человека.", "ru", "killed", 6),
])
def test_a_wider_places_day_total_is_not_the_towns_count(read, text, lang, figure, best):
    (event,) = read(text, lang)
    assert figures(event)[figure] == best
