"""Attribution (fix23a): attr23's held-off official account, narrowed to its class. An official's account stops only at
a paragraph whose opening clause tells an incident at a place the report has not named before that lies outside the
regions he speaks for (his office, else the regions named before him); a town of his own region, a district of a city
named, a hospital's town stay his; and the account is held off for that paragraph only. Each report opens with a
military body's sentence (a second authority: with one, the one-authority pass would credit any nulls to it anyway).
The reports are written for these tests and their names invented.
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


@pytest.mark.parametrize("text, lang, new, old, source", [
    ("Минобороны сообщило, что ночью сбиты девять беспилотников. Губернатор Курской области Пётр Сидоров сообщил, что "
     "дрон атаковал завод в Рыльске.\n\nВ Липецке беспилотник упал на жилой дом. Пострадали четыре человека.\n\n"
     "В Рыльске ранены два рабочих.", "ru", "Липецк", "Рыльск", "Пётр Сидоров"),
    ("Повітряні сили повідомили, що вночі збито дев'ять дронів. Голова Сумської ОВА Петро Сидоренко повідомив, що дрон "
     "влучив у завод у Конотопі.\n\nУ Полтаві дрон влучив у житловий будинок. Постраждали четверо людей.\n\n"
     "У Конотопі поранено двох робітників.", "uk", "Полтава", "Конотоп", "Петро Сидоренко"),
    ("The Defence Ministry said nine drones were shot down overnight. Voronezh governor Pavel Sidorov said a drone hit "
     "a plant in Liski.\n\nIn Lipetsk, a drone fell on a block of flats. Four people were injured.\n\n"
     "In Liski, two workers were injured.", "en", "Lipetsk", "Liski", "Pavel Sidorov"),
])
def test_the_account_is_held_off_for_the_new_places_paragraph_only(read, text, lang, new, old, source):
    events = read(text, lang)
    assert sources(events, new) == {None}
    found = sources(events, old)
    assert len(found) == 1 and (only := found.pop()) and only.endswith(source.split()[-1])
