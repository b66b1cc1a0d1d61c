"""Incidents a Telegram post hid behind its markdown are found (`markup.without_emphasis`): a word set in bold in
mid-sentence ("беспилотника **уничтожены над ...**") or linked to its source ("Беспилотник [атаковал](https://...)
нефтебазу") is read as the word, and every claim still points into the text as written. A strike told only at a whole
country is news when a side is told doing it on a day the report names, talk otherwise. Reports we wrote; and
commentary, warnings, threats, anniversaries, forecasts and trials dressed in the same markdown tell no incident."""

from __future__ import annotations

import pytest

from eventledger.extract.markup import without_emphasis
from tests.report_reading import kinds, reader


@pytest.mark.parametrize(("text", "lang", "kind", "place"), [
    ("Два беспилотника **уничтожены над Брянской областью**, — губернатор.", "ru", "interception", "bryansk"),
    ("Ще два дрони **збито над Харківщиною**, повідомили в ОВА.", "uk", "interception", "kharkiv"),
    ("Air defence **shot down two drones** over the Bryansk region, the governor said.", "en", "interception",
     "bryansk"),
    ("Беспилотник __атаковал__ нефтебазу в Брянской области, сообщил губернатор.", "ru", "strike", "bryansk"),
    ("Дрон **влучив у склад** у Сумах, повідомила ОВА.", "uk", "strike", "sumy"),
])
def test_a_trigger_dressed_in_markdown_is_read(gazetteer, text: str, lang: str, kind: str, place: str) -> None:
    found = kinds(reader(gazetteer)(text, lang))
    assert any(k == kind and (p or "").casefold().startswith(place) for k, p in found), found


def test_claims_point_into_the_text_as_written(gazetteer) -> None:
    text = "❗️Два беспилотника **уничтожены над Брянской областью**, — губернатор.\n\n❗️ [Подписывайся](https://t.me/x)"
    (event,) = reader(gazetteer)(text, "ru")
    assert event.claims and all(c.quote == text[c.start:c.end] for c in event.claims)
    assert all(c.report_id == reader(gazetteer)(text, "ru")[0].claims[0].report_id for c in event.claims)


def test_marks_go_and_every_character_keeps_its_place() -> None:
    assert without_emphasis("Сбит дрон.\n❗️ [Подписывайся на канал](https://t.me/x)") is None  # (links stay)
    text = "Два **дрона** сбиты над __Курском__, и ещё**два** над ~~Орлом~~."
    read, where = without_emphasis(text)  # type: ignore[misc]
    assert read == "Два дрона сбиты над Курском, и ещё два над Орлом."
    assert all(text[where[i]] == ch for i, ch in enumerate(read) if not (ch == " " and text[where[i]] == "*"))
    assert where[len(read)] == len(text)
    assert without_emphasis("Без разметки.") is None


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Во вторник ВСУ нанесли удар по территории России ракетами ATACMS, сообщили в Минобороны.", "ru", "russia"),
    ("У вівторок ЗСУ завдали удару по території Росії ракетами ATACMS.", "uk", "russia"),
    ("On Tuesday Ukraine struck Russian territory with ATACMS missiles, the ministry said.", "en", "russia"),
])
def test_a_side_striking_a_whole_country_on_a_day_told_is_an_incident(gazetteer, text: str, lang: str,
                                                                      place: str) -> None:
    found = kinds(reader(gazetteer)(text, lang))
    assert ("strike", place.title()) in [(k, p) for k, p in found], found


NEGATIVES = [
    ("Сегодня Песков заявил, что **удары по территории России** не останутся без ответа.", "ru"),
    ("**Угроза атаки БПЛА** сохраняется в Курской области, сообщил губернатор.", "ru"),
    ("Эксперты [прогнозируют](https://t.me/x/1) новые удары по энергосистеме Украины зимой.", "ru"),
    ("Суд в Ростове **приговорил** обвиняемого в подготовке теракта к 15 годам.", "ru"),
    ("Военный эксперт [считает](https://t.me/x/2), что удары по НПЗ в России продолжатся.", "ru"),
    ("Сегодня в Кремле **обсудили** ответ на удары по территории РФ ракетами ATACMS.", "ru"),
    ("В понедельник Зеленский **попросил** разрешения наносить удары по России дальнобойными ракетами.", "ru"),
    ("Сегодня Минобороны **предупредило** о возможных провокациях с применением беспилотников.", "ru"),
    ("Во вторник в Москве [открылась выставка](https://t.me/x/3) беспилотников и ракет.", "ru"),
    ("Сегодня Россия **пообещала** ответить на удары ВСУ по своей территории.", "ru"),
    ("Сьогодні **Зеленський заявив**, що удари по Україні не залишаться без відповіді.", "uk"),
    ("**Загроза ракетного удару** зберігається по всій Україні, повідомили Повітряні сили.", "uk"),
    ("Експерти [прогнозують](https://t.me/x/4) нові масовані атаки на енергетику взимку.", "uk"),
    ("Суд у Києві **засудив** агента, який готував теракт, до 15 років ув'язнення.", "uk"),
    ("Сьогодні в Кремлі **погрожували** ударами по Україні у відповідь.", "uk"),
    ("Today the Kremlin **warned** that strikes on Russia would not go unanswered.", "en"),
    ("Experts [predict](https://example.com/a) more drone attacks on the power grid this winter.", "en"),
    ("On Monday a court in Rostov **sentenced** a man for plotting a terrorist attack.", "en"),
    ("On Tuesday Ukraine **asked** its allies for permission to strike Russia with long-range missiles.", "en"),
    ("Today Russia **vowed** to retaliate for Ukrainian strikes on its territory.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NEGATIVES)
def test_talk_in_markdown_tells_no_incident(gazetteer, text: str, lang: str) -> None:
    assert reader(gazetteer)(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Ровно год назад **ракетный удар** по Белгороду унёс жизни 25 человек: сегодня в городе почтили память погибших.",
     "ru"),
    ("Рік тому **ракетний удар** по Краматорську забрав життя 13 людей: сьогодні місто вшанувало пам'ять загиблих.",
     "uk"),
    ("A year ago a **missile strike** on Kramatorsk killed 13 people; today the city remembered the dead.", "en"),
])
def test_an_anniversary_in_markdown_is_background_only(gazetteer, text: str, lang: str) -> None:
    assert all(e.background for e in reader(gazetteer)(text, lang))
