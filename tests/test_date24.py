"""Wrong dates and incidents that were none (date24). Each report here was written for the test.

1. A night told without its preposition ("всю ночь с воскресенья на понедельник", "всю ніч з неділі на понеділок",
   "all night from Sunday to Monday") is a night phrase like "в ночь с ...": dated by the morning it ends, not by
   the first weekday it names.
2. No incident (twenty-five short reports): a life under daily shelling or the risk of it, an analyst's "consistently
   attacks", a forecast whose relative clause has a past verb, an airport saying it works as usual, a police matter
   ("бомбил на такси", a bribe, a manhunt), a rumoured blast ("сообщения о взрыве") that the next sentence denies or
   explains.
3. A past day ("за сутки", "за минулу добу") told in a post of the afternoon or evening, readers' time, is the post's
   own day; a morning summary's is the day before (the gold's convention), and a day without its time stays so.
4. A later sentence's "накануне" about a village "возле <city>" after a lead about that city: the city there only
   tells where the village lies, so that sentence tells another incident and the lead keeps the publication day
   (date23's known misfire; incidents.locates_another).
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from eventledger.extract import dates
from eventledger.extract.pipeline import extract
from eventledger.model import Report

PUBLISHED = dt.date(2025, 3, 10)  # a Monday


# -- 1. a night told without its preposition -------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Очевидцы говорят, что обстрелы шли всю ночь с воскресенья на понедельник.", "ru"),
    ("Жители рассказали, что ночью с воскресенья на понедельник над городом летали дроны.", "ru"),
    ("Мешканці кажуть, що обстріли тривали всю ніч з неділі на понеділок.", "uk"),
    ("Residents said the shelling went on all night from Sunday to Monday.", "en"),
])
def test_a_night_without_its_preposition_is_dated_by_its_morning(text, lang):
    found = dates.find_dates(text, lang, PUBLISHED)
    assert [d.date for d in found] == ["2025-03-10"]


# -- 2. no incident: reports that tell none ---------------------------------------------------------------------------
# Twenty short reports written for this test: a life under shelling, a risk run, a forecast or an analyst's account of
# how a side fights, a denial that an airport closed, an interview, a police matter. None tells an incident of a place
# and a day.

NO_INCIDENT = [
    ("Из села Ивановка эвакуировали последнюю жительницу. Пенсионерка два месяца прожила под ежедневными обстрелами "
     "и не хотела уезжать.", "ru"),
    ("Бабушка решила остаться дома под обстрелами, потому что боялась дороги.", "ru"),
    ("Волонтеры поехали за ней, несмотря на риск оказаться под обстрелом.", "ru"),
    ("По оценке разведки, с которой ознакомилась газета, Россия, вероятно, увеличит число атак дронов на позиции в "
     "ближайшие дни.", "ru"),
    ("Сочетая дроны и авиацию, Россия последовательно атакует энергетическую инфраструктуру, считают аналитики.", "ru"),
    ("Жители Белгорода живут под постоянными обстрелами уже второй год.", "ru"),
    ("Аналитики ожидают, что армия усилит удары по мостам зимой.", "ru"),
    ("Із села Іванівка евакуювали останню мешканку. Пенсіонерка два місяці прожила під щоденними обстрілами.", "uk"),
    ("Бабуся вирішила залишитися вдома під обстрілами, бо боялася дороги.", "uk"),
    ("Волонтери поїхали по неї, попри ризик потрапити під обстріл.", "uk"),
    ("За оцінкою розвідки, з якою ознайомилася газета, Росія, ймовірно, збільшить кількість атак дронів найближчими "
     "днями.", "uk"),
    ("Поєднуючи дрони та авіацію, Росія послідовно атакує енергетичну інфраструктуру, вважають аналітики.", "uk"),
    ("Мешканці прикордонних сіл живуть під постійними обстрілами вже другий рік.", "uk"),
    ("She lived for two months under daily shelling and did not want to leave the village.", "en"),
    ("Volunteers drove in to fetch her despite the risk of coming under fire.", "en"),
    ("Combining drones and aircraft, Russia consistently attacks energy infrastructure, the analysts say.", "en"),
    ("Residents of the border villages have lived under regular shelling for two years.", "en"),
    ("Аэропорт заявил, что работает штатно, несмотря на слухи о введении плана «Ковер».", "ru"),
    ("Аеропорт повідомив, що працює в штатному режимі, попри чутки про закриття неба.", "uk"),
    ("The airport said it was operating normally despite rumours that its airspace had been closed.", "en"),
    # a police matter: slang for driving a cab, a bribe and a manhunt
    ("Мужчина бомбил на такси в районе Раменок, пока его не остановили инспекторы.", "ru"),
    ("Водитель, задержанный за попытку дать взятку, протаранил автомобиль ДПС в Раменках и обстрелял полицейских.",
     "ru"),
    # a rumoured blast that the next sentence denies or explains
    ("В пабликах Севастополя утром появились сообщения о взрыве в районе аэропорта. Глава города отрицает: идет "
     "тренировка расчетов.", "ru"),
    ("У пабліках Севастополя вранці з'явилися повідомлення про вибух у районі аеропорту. Голова міста це заперечує.",
     "uk"),
    ("Local channels carried reports of an explosion near the airport in Sevastopol on Monday. The governor denied it.",
     "en"),
]


@pytest.mark.parametrize("text, lang", NO_INCIDENT)
def test_a_report_telling_no_incident_gives_no_event(read, text, lang):
    assert read(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # (negative: the same words beside an incident of a day keep it)
    ("Ночью дроны атаковали нефтебазу в Белгороде, пострадали двое, сообщил губернатор.", "ru"),
    ("Вночі дрони атакували нафтобазу в Сумах, постраждали двоє, повідомив голова ОВА.", "uk"),
    ("Село Ивановка попало под обстрел утром, ранен один человек, сообщил глава района.", "ru"),
    ("Drones struck a fuel depot in Belgorod overnight, injuring two, the governor said.", "en"),
    ("Утром в Севастополе появились сообщения о взрыве в районе аэропорта. Губернатор подтвердил, что пострадали двое "
     "военных.", "ru"),
])
def test_an_incident_beside_them_stays(read, text, lang):
    assert read(text, lang) != []


# -- 3. a past day told in an afternoon post ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, zone", [
    ("Обстановка на 10 марта.\n\nПВО за сутки сбила 12 беспилотников над Белгородской областью.", "ru", "Europe/Moscow"),
    ("За минулу добу сили ППО збили 12 безпілотників над Сумською областю.", "uk", "Europe/Kyiv"),
])
@pytest.mark.parametrize("hour, day", [(19, "2025-03-10"), (14, "2025-03-10"), (8, "2025-03-09")])
def test_a_past_day_in_an_afternoon_post_is_the_post_day(gazetteer, text, lang, zone, hour, day):
    published = dt.datetime(2025, 3, 10, hour, 0, tzinfo=ZoneInfo(zone))
    events = extract(Report(text=text, published=published, language=lang), gazetteer)
    assert [(e.kind, e.date) for e in events] == [("interception", day)]


def test_a_past_day_with_no_time_of_publication_is_the_day_before():
    found = dates.past_day_of_an_afternoon(dates.find_dates("ПВО за сутки сбила 12 дронов.", "ru", PUBLISHED),
                                           PUBLISHED, "ru")
    assert [d.date for d in found] == ["2025-03-09"]


# -- 4. a village near the lead's city, told with the day before -------------------------------------------------------

@pytest.mark.parametrize("text, lang, lead, village", [
    ("Дроны атаковали Белгород, пострадали двое.\n\nНакануне дрон сбросил взрывчатку на село Разумное возле "
     "Белгорода, ранен мужчина.", "ru", "Belgorod", "Razumnoye"),
    ("Дрони атакували Суми, постраждали двоє.\n\nНапередодні дрон скинув вибухівку на село Стецьківка біля Сум, "
     "поранено чоловіка.", "uk", "Sumy", "Стецьківка"),
    ("Drones attacked Belgorod, injuring two.\n\nYesterday a drone dropped explosives on the village of Razumnoye near "
     "Belgorod, wounding a man.", "en", "Belgorod", "Razumnoye"),
])
def test_a_village_near_the_lead_city_does_not_lend_its_day(read, text, lang, lead, village):
    told = {(e.place.key if e.place else None): e.date for e in read(text, lang)}
    assert told[lead] == "2025-03-10" and told[village] == "2025-03-09"


@pytest.mark.parametrize("text, lang", [
    # (negative: the later sentence tells the lead's city itself, so its day is the lead's)
    ("Дроны атаковали Белгород, пострадали двое.\n\nАтака на Белгород произошла накануне вечером.", "ru"),
    ("Drones attacked Belgorod, injuring two.\n\nThe attack on Belgorod happened yesterday evening.", "en"),
])
def test_the_lead_city_retold_with_its_day_takes_it(read, text, lang):
    assert [e.date for e in read(text, lang) if e.place and e.place.key == "Belgorod"] == ["2025-03-09"]
