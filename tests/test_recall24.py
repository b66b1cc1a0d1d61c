"""Incidents that were not found at all (recall24): an attack named only with its state or the state's adjective
("израильских ударов", "Россия атаку не комментировала"), a strike on a building or a town with no weapon named
("удар по общежитию"), and a terrorist attack told as done ("теракт возле здания ... в Анкаре"). Every report here was
written for these tests. The negatives are commentary, warnings, threats, labels and anniversaries that share the new
words and must give no event."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report

PUBLISHED = datetime(2024, 11, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, lang: str) -> list[Event]:
        return extract(Report(text=text, published=PUBLISHED, language=lang), gazetteer)
    return read


@pytest.mark.parametrize("lang, text, kind", [
    # a strike with its toll, the war shown only by the strike's own target or by the attacker's adjective
    ("ru", "В результате удара по зданию общежития в городе Глухов погибли восемь человек.", "strike"),
    ("ru", "Жертвами израильских ударов по поселениям на юге Ливана стали девять человек, ещё трое ранены.", "strike"),
    ("ru", "Ночью нанесён удар по пятиэтажке в Сумах, ранены четыре человека. Россия атаку не комментировала.",
     "strike"),
    ("uk", "Внаслідок удару по гуртожитку в Глухові загинули вісім людей.", "strike"),
    ("uk", "Жертвами ізраїльських ударів по селищах на півдні Лівану стали дев'ять людей.", "strike"),
    # a terrorist attack told as done is an `other`, not an air strike, even beside an aviation word
    ("ru", "Теракт возле здания авиационной компании в Анкаре. Погибли как минимум три человека.", "other"),
    ("ru", "Число погибших в результате терактов в Дагестане выросло до 25 человек.", "other"),
    ("uk", "Теракт біля будівлі авіаційної компанії в Анкарі. Загинули щонайменше троє людей.", "other"),
    ("en", "A terrorist attack near an aviation company's building in Ankara killed at least three people.", "other"),
    # clashes with an armed side named are an armed clash
    ("ru", "Сирийская армия несёт потери убитыми и ранеными в столкновениях с повстанцами в Алеппо.", "other"),
    ("uk", "Сирійська армія зазнає втрат у зіткненнях з повстанцями в Алеппо.", "other"),
])
def test_incident_found(read, lang, text, kind):
    events = read(text, lang)
    assert [e.kind for e in events] == [kind], [(e.kind, e.place and e.place.key) for e in events]


@pytest.mark.parametrize("lang, text", [
    # a terrorist attack prevented, planned, remembered, warned of, or a label put on a strike
    ("ru", "ФСБ предотвратила теракт в Москве, задержан мужчина."),
    ("ru", "Задержаны трое, готовивших теракт в Ставрополе."),
    ("ru", "Сегодня годовщина теракта в Беслане."),
    ("ru", "Власти предупредили об угрозе терактов в Москве в праздничные дни."),
    ("ru", "Депутат назвал это очередным терактом и потребовал ответа."),
    ("ru", "Эксперты обсуждают, как предотвратить теракт в метро."),
    ("ru", "Теракт в Москве был предотвращён благодаря бдительности охраны."),
    ("uk", "СБУ запобігла теракту в Києві, затримано агента."),
    ("uk", "Сьогодні річниця теракту в Беслані."),
    ("uk", "Поліція попереджає про загрозу терактів у Львові."),
    ("uk", "Затримано чоловіка, який готував теракт у Дніпрі."),
    ("en", "Police foiled a terrorist attack in Berlin, officials said."),
    ("en", "Today marks the anniversary of the terrorist attack in Beslan."),
    ("en", "Officials warned of the threat of a terror attack in Paris during the holidays."),
    ("en", "Two men were arrested for plotting a terrorist attack in Vienna."),
    # an attack of the state named as commentary, a threat or a plan, with no incident told
    ("ru", "Эксперты считают, что израильские удары по Ливану могут продолжиться."),
    ("ru", "Россия пригрозила ударами по Киеву в ответ на решение Вашингтона."),
    ("ru", "Американские удары по Йемену обсуждали на заседании Совбеза ООН."),
    ("uk", "Аналітики вважають, що російські удари по енергетиці можуть посилитися взимку."),
    ("uk", "Росія погрожує ударами по Києву."),
    # an everyday "удар" beside the new words: a blow to an economy, a heatstroke, a town's budget
    ("ru", "Новые санкции нанесли удар по городскому бюджету, считают экономисты."),
    ("ru", "Жара: в городе зафиксировали три случая теплового удара."),
    # clashes foreseen, not fought, and clashes with the police
    ("ru", "Эксперты не исключают столкновений с боевиками в Алеппо."),
    ("ru", "Политолог считает, что столкновения с армией Израиля в Ливане неизбежны."),
    ("ru", "В Москве произошли столкновения с полицией у здания суда."),
    ("uk", "Політолог вважає, що зіткнення з армією Ізраїлю в Лівані неминучі."),
    ("uk", "Експерти не виключають зіткнень з бойовиками в Алеппо."),
    ("en", "Experts do not rule out clashes with militants in Aleppo."),
])
def test_no_incident(read, lang, text):
    events = read(text, lang)
    assert events == [], [(e.kind, e.place and e.place.key) for e in events]



@pytest.mark.parametrize("lang, text, kind", [
    # an attack told as an attempt that air defence met is the interception (as en's "attempted to attack, but failed")
    ("uk", "Ворожі сили здійснили спробу атаки безпілотником на Івано-Франківськ, але його було збито силами ППО.",
     "interception"),
    ("ru", "Противник предпринял попытку атаки беспилотником на Белгород, но он был сбит силами ПВО.", "interception"),
    # ... an attempt that hit is a strike
    ("ru", "Противник предпринял попытку атаки беспилотником на Белгород, повреждён жилой дом.", "strike"),
    ("uk", "Ворог здійснив спробу атаки дроном на Суми, пошкоджено житловий будинок.", "strike"),
])
def test_attack_attempted(read, lang, text, kind):
    events = read(text, lang)
    assert [e.kind for e in events] == [kind], [(e.kind, e.place and e.place.key) for e in events]
