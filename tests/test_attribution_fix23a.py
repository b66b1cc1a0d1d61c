"""Attribution (fix23a): an official's account goes on into a later paragraph about a town of his own region, a
district of the city named, or the town of the hospital the hurt were taken to. attr23 had held his account off at any
paragraph opening on a place not named before; a review found it misfiring on these, and its validation gain rested on
firing inside the official's own region, so it was deleted. These reports guard the class. Each opens with a military
body's sentence (a second authority: with one, the one-authority pass would credit any nulls to it anyway). The reports
are written for these tests and their names invented.
"""

import pytest


def sources(events, place: str, figure: str = "injured") -> set[str | None]:
    return {c.source for e in events for c in e.claims if c.figure == figure and e.place and e.place.name == place}


@pytest.mark.parametrize("text, lang, place, source", [
    # a town of his own region
    ("Минобороны сообщило, что ночью сбиты девять беспилотников. Губернатор Курской области Пётр Сидоров сообщил, что "
     "дрон атаковал подстанцию в Курске.\n\nВ Рыльске в результате удара ранены три человека.", "ru", "Рыльск",
     "Пётр Сидоров"),
    ("Повітряні сили повідомили, що вночі збито дев'ять дронів. Голова Сумської ОВА Петро Сидоренко повідомив, що дрон "
     "влучив у підстанцію в Сумах.\n\nУ Конотопі внаслідок удару поранено трьох людей.", "uk", "Конотоп",
     "Петро Сидоренко"),
    ("The Defence Ministry said nine drones were shot down overnight. Voronezh governor Pavel Sidorov said a drone hit "
     "a substation in Voronezh.\n\nIn Liski, three people were injured in the strike.", "en", "Liski", "Pavel Sidorov"),
    # a district of the city named
    ("Повітряні сили повідомили, що вночі збито дев'ять дронів. Мер Запоріжжя Петро Сидоренко повідомив, що ракета "
     "влучила в Запоріжжя.\n\nУ Шевченківському районі поранено двох людей.", "uk", "Запоріжжя", "Петро Сидоренко"),
    # the hurt taken to a hospital in another town
    ("Минобороны сообщило, что ночью сбиты девять беспилотников. Губернатор Курской области Пётр Сидоров сообщил, что "
     "дрон атаковал автомобиль в Рыльске.\n\nТрое раненых доставлены в больницу в Воронеже.", "ru", "Рыльск",
     "Пётр Сидоров"),
])
def test_an_officials_account_goes_on_inside_his_region(read, text, lang, place, source):
    found = sources(read(text, lang), place)
    assert len(found) == 1 and (only := found.pop()) and only.endswith(source.split()[-1])
