"""Wrong dates and incidents that were none (date24). Each report here was written for the test.

1. A night told without its preposition ("всю ночь с воскресенья на понедельник", "всю ніч з неділі на понеділок",
   "all night from Sunday to Monday") is a night phrase like "в ночь с ...": dated by the morning it ends, not by
   the first weekday it names.
"""

import datetime as dt

import pytest

from eventledger.extract import dates

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
])
def test_an_incident_beside_them_stays(read, text, lang):
    assert read(text, lang) != []
