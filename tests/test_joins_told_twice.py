"""How a report's incidents are joined (same_incident.py's rules, then pair_decision.py's learned decision), read on
reports written for this test in English, Russian and Ukrainian: a headline and the town its body tells are one event;
two towns struck the same night, each with a toll of its own, stay two; an oblast's toll told apart from the town's
stays the oblast's own event (ANNOTATION.md), not joined into the town's (a day's total, `day_totals` of figures.yaml,
sums the oblast's incidents: same_incident._zooms_out)."""

import pytest

from report_reading import figures

HEADLINE_AND_TOWN = [
    ("en", "Drone attack on Kharkiv region injures two\n\nA Russian drone hit a warehouse in Chuhuiv overnight, injuring "
           "two workers, the regional governor said.\n\nFirefighters put out the blaze."),
    ("ru", "Беспилотник атаковал Белгородскую область, ранены двое\n\nНочью беспилотник ударил по складу в Шебекино, "
           "ранены два человека, сообщил губернатор.\n\nНа месте работают спасатели."),
    ("uk", "Удар дрона по Сумщині: двоє поранених\n\nУночі російський дрон влучив у склад у Конотопі, поранено двох "
           "людей, повідомила обласна військова адміністрація.\n\nНа місці працюють рятувальники."),
]

TWO_TOWNS = [
    ("en", "Russian drones struck Kharkiv overnight, killing two people, the mayor said. The same night a drone hit a "
           "house in Poltava, injuring five residents."),
    ("ru", "Ночью беспилотники атаковали Курск, погибли два человека, сообщил губернатор. Той же ночью беспилотник "
           "ударил по дому в Брянске, ранены пять жителей."),
    ("uk", "Уночі дрони атакували Харків, загинули двоє людей, повідомив міський голова. Тієї ж ночі дрон влучив у "
           "будинок у Полтаві, поранено п'ятьох мешканців."),
]

OBLAST_AND_TOWN = [
    ("en", "Russian shelling killed a man in Kherson on Monday, the city administration said.\n\nOver the past day, "
           "Russian attacks across the Kherson region wounded seven people, the regional governor said."),
    ("ru", "В понедельник при обстреле Белгорода погиб мужчина, сообщила администрация города.\n\nВсего за сутки в "
           "Белгородской области в результате обстрелов ранены семь человек, сообщил губернатор."),
    ("uk", "У понеділок унаслідок обстрілу Херсона загинув чоловік, повідомила міська адміністрація.\n\nЗагалом за "
           "минулу добу на Херсонщині внаслідок обстрілів поранено сім людей, повідомив голова обласної військової "
           "адміністрації."),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE_AND_TOWN)
def test_a_headline_and_the_town_its_body_tells_are_one_event(read, lang, text):
    events = read(text, lang)
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.precision == "city"
    assert figures(events[0]).get("injured") == 2


@pytest.mark.parametrize(("lang", "text"), TWO_TOWNS)
def test_two_towns_struck_the_same_night_with_their_own_tolls_stay_two(read, lang, text):
    events = read(text, lang)
    assert len(events) == 2
    assert sorted(figures(e).get("killed", 0) for e in events) == [0, 2]
    assert sorted(figures(e).get("injured", 0) for e in events) == [0, 5]


@pytest.mark.parametrize(("lang", "text"), OBLAST_AND_TOWN)
def test_an_oblasts_toll_told_apart_from_the_towns_stays_its_own(read, lang, text):
    events = read(text, lang)
    assert len(events) == 2
    town = [e for e in events if figures(e).get("killed")]
    oblast = [e for e in events if figures(e).get("injured")]
    assert len(town) == 1 and len(oblast) == 1 and town[0] is not oblast[0]
    assert figures(town[0]).get("killed") == 1 and figures(oblast[0]).get("injured") == 7


# the day's total (the day before publication, as the town's) counting only what the town counts is the town's incident told again at the oblast's level
OBLAST_RETELLING_THE_TOWN = [
    ("en", "Russian shelling killed a man in Kherson on Monday, the city administration said.\n\nOver the past day, "
           "Russian shelling of the Kherson region killed one person, the regional governor said."),
    ("ru", "В воскресенье при обстреле Шебекино погиб мужчина, сообщила администрация округа.\n\nЗа сутки в "
           "Белгородской области в результате обстрела погиб один человек, сообщил губернатор."),
    ("uk", "У неділю унаслідок обстрілу Херсона загинув чоловік, повідомила міська адміністрація.\n\nЗа минулу "
           "добу на Херсонщині внаслідок обстрілу загинула одна людина, повідомив голова обласної військової "
           "адміністрації."),
]


@pytest.mark.parametrize(("lang", "text"), OBLAST_RETELLING_THE_TOWN)
def test_a_days_total_counting_only_the_towns_toll_is_not_kept_apart_for_its_words(read, lang, text):
    events = read(text, lang)
    assert len([e for e in events if figures(e).get("killed")]) == 1
