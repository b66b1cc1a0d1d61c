"""Three behaviours a reader expects of how a report's incidents are joined (same_incident.py's rules, then
pair_decision.py's learned decision), pinned on reports written for this test in English, Russian and Ukrainian
(ANNOTATION.md): a headline and the town its body tells are one event; two towns struck the same night, each with a
toll of its own, stay two; an oblast's toll told apart from a town's stays the oblast's own event. Whatever joins
the events (hand rules, the learned decision or both), these must hold (join20, eval/real_news/README.md)."""

import pytest

from report_reading import figures

HEADLINE_AND_TOWN = [
    ("en", "Missile strike on Dnipropetrovsk region wounds three\n\nA Russian missile struck an industrial site in "
           "Kamianske on Tuesday morning, wounding three workers, the regional governor said.\n\nRescuers cleared the "
           "rubble."),
    ("ru", "Беспилотник атаковал Курскую область, пострадали трое\n\nВо вторник утром беспилотник ударил по автобусу "
           "в Рыльске, пострадали три человека, сообщил губернатор.\n\nПострадавших доставили в больницу."),
    ("uk", "Ракетний удар по Дніпропетровщині: троє поранених\n\nУ вівторок вранці російська ракета влучила в "
           "підприємство в Кам'янському, поранено трьох працівників, повідомив голова ОВА.\n\nНа місці працюють "
           "рятувальники."),
]

TWO_TOWNS = [
    ("en", "Russian missiles hit Zaporizhzhia overnight, killing three people, the regional governor said. The same "
           "night a drone struck an apartment block in Odesa, wounding four residents."),
    ("ru", "Ночью беспилотники атаковали Воронеж, погибли три человека, сообщил губернатор. Той же ночью беспилотник "
           "попал в жилой дом в Липецке, ранены четыре жителя."),
    ("uk", "Уночі російські ракети влучили у Дніпро, загинули троє людей, повідомив голова ОВА. Тієї ж ночі дрон "
           "атакував Кривий Ріг, поранено чотирьох мешканців."),
]

OBLAST_APART_FROM_TOWN = [
    ("en", "A Russian drone killed a woman in Sumy on Wednesday, the city council said.\n\nSeparately, Russian "
           "shelling of border villages in the Sumy region wounded six people, the regional administration said."),
    ("ru", "В среду при атаке беспилотника на Курск погибла женщина, сообщил губернатор.\n\nКроме того, в результате "
           "обстрелов приграничных сёл Курской области ранены шесть человек."),
    ("uk", "У середу внаслідок атаки дрона на Суми загинула жінка, повідомила міська рада.\n\nКрім того, внаслідок "
           "обстрілів прикордонних сіл Сумщини поранено шістьох людей, повідомила обласна військова адміністрація."),
]


@pytest.mark.parametrize(("lang", "text"), HEADLINE_AND_TOWN)
def test_a_headline_and_the_town_its_body_tells_are_one_event(read, lang, text):
    events = read(text, lang)
    assert len(events) == 1
    assert events[0].place is not None and events[0].place.precision == "city"
    assert figures(events[0]).get("injured") == 3


@pytest.mark.parametrize(("lang", "text"), TWO_TOWNS)
def test_two_towns_struck_the_same_night_with_their_own_tolls_stay_two(read, lang, text):
    events = read(text, lang)
    assert len(events) == 2
    assert sorted(figures(e).get("killed", 0) for e in events) == [0, 3]
    assert sorted(figures(e).get("injured", 0) for e in events) == [0, 4]


@pytest.mark.parametrize(("lang", "text"), OBLAST_APART_FROM_TOWN)
def test_an_oblasts_toll_told_apart_from_a_towns_stays_its_own(read, lang, text):
    events = read(text, lang)
    assert len(events) == 2
    town = [e for e in events if figures(e).get("killed")]
    oblast = [e for e in events if figures(e).get("injured")]
    assert len(town) == 1 and len(oblast) == 1 and town[0] is not oblast[0]
    assert figures(town[0]).get("killed") == 1 and figures(oblast[0]).get("injured") == 6
    assert town[0].place is not None and town[0].place.precision == "city"
    assert oblast[0].place is not None and oblast[0].place.precision in ("admin1", "region")
