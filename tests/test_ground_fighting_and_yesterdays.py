"""Two classes the ledger judges found (issue 10), each shown with reports written for this test:

- ground fighting (an assault on positions, an encirclement, villages retaken, soldiers taken prisoner) told only with a
  generic word of attack is an armed clash (`other`, ANNOTATION.md), not a strike; a remote weapon named keeps it a
  strike (`ground_fighting` in lang/<code>/events.yaml, extract/incidents.trigger);
- "yesterday's" told as an adjective ("вчерашнего авиаудара", "вчорашнього удару", "yesterday's strike") dates the
  incident the day before the post (`days_ago` in lang/<code>/dates.yaml)."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.dates import find_dates
from eventledger.extract.pipeline import extract
from eventledger.model import Report
from report_reading import kinds

MORNING = datetime(2024, 11, 23, 6, 0, tzinfo=timezone.utc)  # 09:00 in Moscow and Kyiv, 23 Nov


@pytest.mark.parametrize("text, lang", [
    ("Украинские военные этой ночью атаковали позиции российской армии у села Новоивановка Курской области. Девять "
     "украинских солдат взяты в плен, сообщил командир подразделения.", "ru"),
    ("Российские подразделения атаковали позиции ВСУ у Курахово и заняли окраину села, сообщили в Генштабе.", "ru"),
    ("Российские военные после продолжительных атак закрепились в Любимовке Курской области, сообщили в ВС РФ.", "ru"),
    ("Російські війська після тривалих атак закріпилися у Вовчанську, повідомив речник ЗСУ.", "uk"),
    ("Російські війська атакували позиції ЗСУ біля Курахового, троє окупантів потрапили в полон, повідомили в "
     "Генштабі.", "uk"),
    ("Russian troops attacked Ukrainian positions near Kurakhove on Monday and took 12 prisoners, the General Staff "
     "said.", "en"),
])
def test_an_assault_on_positions_with_prisoners_is_an_armed_clash(read, text, lang):
    assert {k for k, _ in kinds(read(text, lang))} == {"other"}


@pytest.mark.parametrize("text, lang", [
    ("Дрон атаковал позиции у села Новоивановка Курской области, двое военных взяты в плен, сообщил командир.", "ru"),
    ("Ударний дрон атакував позиції біля Курахового, є полонені, повідомили в Генштабі.", "uk"),
    ("Russian drones attacked Ukrainian positions near Kurakhove and troops took 12 prisoners, the General Staff said.",
     "en"),
    ("Украинские военные атаковали Белгород, пострадали три человека, сообщил губернатор.", "ru"),
])
def test_a_remote_weapon_or_no_ground_fighting_keeps_the_strike(read, text, lang):
    assert "strike" in {k for k, _ in kinds(read(text, lang))}


@pytest.mark.parametrize("text, lang", [
    ("Власти Запорожской области сообщили, что в результате вчерашнего российского авиаудара погиб один человек.",
     "ru"),
    ("У Запорізькій ОВА повідомили, що внаслідок вчорашнього російського авіаудару загинула одна людина.", "uk"),
    ("Officials in Zaporizhzhia said yesterday's Russian air strike killed one person.", "en"),
])
def test_yesterdays_strike_is_dated_the_day_before(text, lang):
    events = extract(Report(text=text, published=MORNING, language=lang))
    assert events and {e.date for e in events} == {"2024-11-22"}


@pytest.mark.parametrize("text, lang, day", [
    ("позавчерашний обстрел", "ru", "2024-11-21"),
    ("позавчорашній обстріл", "uk", "2024-11-21"),
    ("last night's attack", "en", "2024-11-23"),
])
def test_the_adjectives_of_other_days(text, lang, day):
    assert [m.date for m in find_dates(text, lang, MORNING)] == [day]


# 22:43 UTC on 17 Nov: 01:43 on 18 Nov in Moscow, 00:43 in Kyiv (English keeps the UTC day, and its one clause of
# "..., where on Sunday evening ..." still gives the nearer weekday: left as it is)
SMALL_HOURS = datetime(2024, 11, 17, 22, 43, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, lang, published", [
    ("Сразу после полуночи россияне нанесли еще один ракетный удар по Сумам, где вечером воскресенья ракета убила "
     "десять человек.", "ru", SMALL_HOURS),
    ("Одразу після опівночі росіяни завдали ще одного ракетного удару по Сумах, де ввечері неділі ракета вбила десять "
     "людей.", "uk", SMALL_HOURS),
])
def test_a_strike_told_after_midnight_is_of_the_day_that_began(text, lang, published):
    """The weekday of the evening before, told in a clause about the earlier strike, does not date the new one."""
    events = extract(Report(text=text, published=published, language=lang))
    assert [e.date for e in events if e.kind == "strike"] == ["2024-11-18"]


NIGHT_OF_30_OCT = datetime(2024, 10, 29, 21, 49, tzinfo=timezone.utc)  # 00:49 on 30 Oct in Moscow (UTC+3)
KYIV_NIGHT_OF_30_OCT = datetime(2024, 10, 29, 22, 49, tzinfo=timezone.utc)  # 00:49 on 30 Oct in Kyiv (UTC+2 in winter)


@pytest.mark.parametrize("text, lang, place, published", [
    ("ВСУ атаковали город Льгов Курской области. Во дворе жилого дома начался пожар.\n\nПредварительно, повреждены "
     "фасад многоэтажки и несколько машин. Обсуждается эвакуация жильцов.\n\n28 октября ВСУ уже пытались атаковать "
     "местный завод. Тогда по дрону отработала ПВО.", "ru", "Льгов", NIGHT_OF_30_OCT),
    ("Російські війська атакували місто Суми. У дворі житлового будинку спалахнула пожежа.\n\nЗа попередніми даними, "
     "пошкоджено фасад багатоповерхівки і кілька авто.\n\n28 жовтня росіяни вже намагалися атакувати місцевий завод. "
     "Тоді дрон збила ППО.", "uk", "Суми", KYIV_NIGHT_OF_30_OCT),
    ("Russian forces attacked the city of Sumy. A fire broke out in the yard of a residential building.\n\nA block of "
     "flats and several cars were damaged, officials said.\n\nOn October 28 Russian forces had already tried to attack "
     "a local plant.", "en", "Sumy", datetime(2024, 10, 30, 8, 0, tzinfo=timezone.utc)),
])
def test_a_day_told_after_the_lead_is_of_an_earlier_attack(text, lang, place, published):
    """The day of an attack recalled in a paragraph after the lead does not date the headline's incident: it keeps the
    publication day (the readers' day)."""
    events = extract(Report(text=text, published=published, language=lang))
    (lead,) = [e for e in events if e.anchor == 0]
    assert (lead.kind, lead.place.name if lead.place else None, lead.date) == ("strike", place, "2024-10-30")


@pytest.mark.parametrize("text", [
    "Военные сбили беспилотник над Курском\n\n28 октября силы ПВО сбили беспилотник над Курском, сообщил губернатор.",
    # a bold headline closed on a line of its own, then the lead with its day
    "**Военные сбили беспилотник над Курском\n**\nНакануне силы ПВО сбили беспилотник над Курском, сообщил губернатор.",
    # a headline of two sentences, then the lead with its day
    "ВСУ впервые попытались атаковать Курск новым беспилотником. Военные сбили его из ружья.\n\nВчера днем военные "
    "заметили беспилотник над Курском и сбили его.",
])
def test_a_headline_still_takes_the_leads_day(text):
    events = extract(Report(text=text, published=datetime(2024, 10, 29, 8, 0, tzinfo=timezone.utc), language="ru"))
    assert events and {e.date for e in events} == {"2024-10-28"}
