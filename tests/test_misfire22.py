"""Misfires the twenty-first stop's reviewers left open (misfire22). Each report here was written for the test.

1. The country-wide backdrop (events._backdrop) kept an event only for a count or the lead's place: an incident in
   another country, told with a day of its own ("... in Russia overnight") or opened as one more incident with a
   target of its own ("Separately, an explosion damaged a rail bridge in Belarus"; "Кроме того, ..."; "Окремо, ..."),
   is an incident, not the war's backdrop (events._incident_apart, incidents.opened_apart); a campaign going on
   ("Separately, Russia has kept up its strikes on ...", "Since Friday, ... every night": incidents.ongoing_campaign)
   and a backdrop with no day or target are still dropped.
2. A stated zero told after an interception is the interception's (ANNOTATION.md), and the strike of its debris told
   next, at the same place and day, with no harm of its own, gets a copy (events._debris_after_zeros): the interception's
   count of drones downed no longer keeps the zero from it.
3. An impersonal report ("It is reported that", "Сообщается", "Повідомляється") right after the outlet's own account
   (a sentence with no speech verb opening with its journalists or correspondents: attribution.outlet_own,
   `outlet_people`) relays nobody: its figures have no source (ANNOTATION.md: null when the report names nobody), not
   the official named before; right after the official's own words it is still his.
4. A date line more than a day before publication heads a section of a roundup, and so does every date line below it,
   though it is of the day before publication (dates.stamps): the last section ("9 March" over "8 March", published on
   the 10th) keeps its own day instead of being read as the page's stamp. A last section opening with "Yesterday, 9
   March, ..." below an undated one no longer lends its day to it (done in date23: a test below).
"""

import datetime as dt

import pytest

from eventledger.extract import attribution, dates, incidents
from report_reading import figures, kinds, sources


# -- 1. a country-level incident told apart from the backdrop -----------------------------------------------------------

@pytest.mark.parametrize("text, lang, country", [
    ("A drone hit a warehouse in Poltava overnight, injuring two guards, the governor said.\n\n"
     "Russian drones struck an airfield in Russia on Saturday night, the governor said.", "en", "Russia"),
    ("Ночью дроны атаковали порт в Одессе, сообщил глава ОВА.\n\n"
     "Вчера вечером в Беларуси взрыв повредил военный аэродром, сообщили местные каналы.", "ru", "Belarus"),
    ("Вночі дрони атакували нафтобазу в Сумах, повідомив голова ОВА.\n\n"
     "У суботу в Росії дрони атакували військовий аеродром, повідомили місцеві канали.", "uk", "Russia"),
])
def test_a_country_level_incident_with_a_day_of_its_own_stays(read, text, lang, country):
    assert any(kind in ("strike", "explosion") and place == country for kind, place in kinds(read(text, lang)))


@pytest.mark.parametrize("text, lang", [
    ("Drones hit a fuel depot in Sumy overnight, the governor said.\n\n"
     "Separately, a blast damaged a power plant in Moldova, police said.", "en"),
    ("Дроны атаковали нефтебазу в Сумах, сообщил глава ОВА.\n\n"
     "Кроме того, взрыв повредил электростанцию в Молдове, сообщила полиция.", "ru"),
    ("Дрони атакували нафтобазу в Сумах, повідомив голова ОВА.\n\n"
     "Окремо, вибух пошкодив електростанцію в Молдові, повідомила поліція.", "uk"),
])
def test_an_incident_opened_apart_with_a_target_stays(read, text, lang):
    assert any(place == "Moldova" for _, place in kinds(read(text, lang)))


@pytest.mark.parametrize("text, lang", [
    # (negative: opened apart, but a campaign going on, or nothing hit of its own)
    ("Drones hit a fuel depot in Sumy overnight, injuring one guard, the governor said.\n\n"
     "Separately, Russia has kept up its strikes on energy facilities across Ukraine.", "en"),
    ("Drones hit a fuel depot in Sumy overnight, injuring one guard, the governor said.\n\n"
     "Separately, attacks went on across Ukraine.", "en"),
    ("Дроны атаковали нефтебазу в Сумах, ранен охранник, сообщил глава ОВА.\n\n"
     "Кроме того, Россия продолжает удары по энергетике Украины.", "ru"),
    ("Дрони атакували нафтобазу в Сумах, поранено охоронця, повідомив голова ОВА.\n\n"
     "Крім того, Росія продовжує удари по енергетиці України.", "uk"),
    # (... nor a campaign told with its day: "since Friday", "every night")
    ("Drones hit a fuel depot in Sumy overnight, injuring one guard, the governor said.\n\n"
     "Since Friday, Russia has attacked energy facilities across Ukraine every night.", "en"),
    ("Дроны атаковали нефтебазу в Сумах, ранен охранник, сообщил глава ОВА.\n\n"
     "С пятницы Россия каждую ночь атакует энергетические объекты Украины.", "ru"),
    ("Дрони атакували нафтобазу в Сумах, поранено охоронця, повідомив голова ОВА.\n\n"
     "З п'ятниці Росія щоночі атакує енергетичні об'єкти України.", "uk"),
])
def test_a_campaign_opened_apart_is_still_the_backdrop(read, text, lang):
    assert kinds(read(text, lang)) == [("strike", "Sumy")]


def test_opened_apart_reads_each_languages_openers():
    assert incidents.opened_apart("Separately, a blast hit a depot.", "en")
    assert incidents.opened_apart("In a separate incident, a drone hit a depot.", "en")
    assert incidents.opened_apart("Кроме того, взрыв повредил склад.", "ru")
    assert incidents.opened_apart("Окремо, вибух пошкодив склад.", "uk")
    assert not incidents.opened_apart("A blast hit a depot, separately from the first.", "en")
    assert incidents.ongoing_campaign("Окремо, Росія продовжує удари по складах.", "uk")
    assert incidents.ongoing_campaign("С пятницы Россия каждую ночь атакует склады.", "ru")
    assert not incidents.ongoing_campaign("Separately, a blast hit a depot in Belarus overnight.", "en")


# -- 2. a stated zero after an interception reaches the debris told next -----------------------------------------------
# (the interception keeps its zero, ANNOTATION.md; the debris strike of the same drone gets a copy: events._debris_after_zeros)

def _harm(e) -> dict[str, int]:
    return {k: v for k, v in figures(e).items() if k in ("killed", "injured")}


@pytest.mark.parametrize("text, lang", [
    ("Над Орлом ночью сбиты два беспилотника, пострадавших нет. Обломки повредили гараж и забор.", "ru"),
    ("Над Житомиром вночі збито два дрони, постраждалих немає. Уламки пошкодили гараж і паркан.", "uk"),
    ("Two drones were downed over Oryol overnight, with no casualties. Falling debris damaged the roof of a house.", "en"),
])
def test_the_debris_of_a_downed_drone_gets_the_zero(read, text, lang):
    events = read(text, lang)
    (downed,) = [e for e in events if e.kind == "interception"]
    (debris,) = [e for e in events if e.kind == "strike"]
    assert _harm(downed).get("injured") == 0 and _harm(debris).get("injured") == 0


@pytest.mark.parametrize("text, lang", [
    # (negative: the debris hurt someone, or the next incident is no debris, or another place's)
    ("Над Орлом ночью сбит беспилотник, пострадавших нет. Обломки повредили дом, ранена женщина.", "ru"),
    ("Над Житомиром вночі збито дрон, постраждалих немає. Уламки пошкодили будинок, поранено жінку.", "uk"),
    ("A drone was downed over Oryol overnight, with no casualties. Debris damaged a house, injuring a woman.", "en"),
])
def test_debris_that_hurt_someone_keeps_its_own_count(read, text, lang):
    (debris,) = [e for e in read(text, lang) if e.kind == "strike"]
    assert _harm(debris).get("injured") == 1


@pytest.mark.parametrize("text, lang", [
    ("Над Орлом ночью сбит беспилотник, пострадавших нет. Позже ракета попала в склад в Курске.", "ru"),
    ("Над Житомиром вночі збито дрон, постраждалих немає. Пізніше ракета влучила у склад у Києві.", "uk"),
    ("A drone was downed over Oryol overnight, with no casualties. Later a missile hit a warehouse in Kursk.", "en"),
])
def test_a_later_strike_elsewhere_gets_no_zero(read, text, lang):
    strikes = [e for e in read(text, lang) if e.kind == "strike"]
    assert strikes and all(not _harm(e) for e in strikes)


# -- 3. an impersonal report right after the outlet's own account is no official's ------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Governor Ivan Petrenko said a drone hit a house in Sumy, killing a man. Our correspondent saw three burnt cars "
     "outside. It is reported that two more people were injured.", "en"),
    ("Губернатор Иван Петров сообщил, что дрон атаковал дом в Белгороде, погиб мужчина. Корреспонденты издания видели на "
     "месте три сгоревших автомобиля. Сообщается, что ранены ещё два человека.", "ru"),
    ("Голова ОВА Іван Петренко повідомив, що дрон атакував будинок у Сумах, загинув чоловік. Журналісти видання бачили "
     "на місці три згорілі автівки. Повідомляється, що поранено ще двох людей.", "uk"),
])
def test_it_is_reported_after_the_outlets_own_account_is_the_outlets(read, text, lang):
    (strike,) = [e for e in read(text, lang) if e.kind == "strike"]
    assert None in sources(strike, "injured") and not any(s and "Петр" in s or s and "Petr" in s
                                                         for s in sources(strike, "injured"))
    assert sources(strike, "killed") - {None}  # (the official's own count stays his)


@pytest.mark.parametrize("text, lang, official", [
    # (negative: right after the official's own words, the impersonal report is still his)
    ("Governor Ivan Petrenko said a drone hit a house in Sumy, killing a man. It is reported that two more people "
     "were injured.", "en", "Petrenko"),
    ("Губернатор Иван Петров сообщил, что дрон атаковал дом в Белгороде, погиб мужчина. Сообщается, что ранены ещё два "
     "человека.", "ru", "Петров"),
    ("Голова ОВА Іван Петренко повідомив, що дрон атакував будинок у Сумах, загинув чоловік. Повідомляється, що "
     "поранено ще двох людей.", "uk", "Петренко"),
])
def test_it_is_reported_after_the_officials_words_stays_his(read, text, lang, official):
    (strike,) = [e for e in read(text, lang) if e.kind == "strike"]
    assert all(s and official in s for s in sources(strike, "injured"))


def test_the_outlets_own_account_opens_with_its_people():
    assert attribution.outlet_own("Our correspondent saw three burnt cars outside.", "en")
    assert attribution.outlet_own("Корреспонденты издания видели на месте сгоревшие машины.", "ru")
    assert attribution.outlet_own("Журналісти видання бачили на місці згорілі автівки.", "uk")
    assert not attribution.outlet_own("Firefighters saw three burnt cars outside.", "en")
    assert not attribution.outlet_own("News of the attack spread quickly.", "en")
    assert not attribution.outlet_own("Новость об атаке быстро разошлась.", "ru")
    assert not attribution.outlet_own("Рятувальники бачили на місці згорілі автівки.", "uk")


# -- 4. a roundup's last section of the day before publication is a section, not the page's stamp ----------------------
# (the fixture publishes on 10 March 2025)

@pytest.mark.parametrize("text, lang", [
    ("Strikes on the regions: a roundup\n\n8 March 2025\nA missile hit Odesa, killing two people.\n\n"
     "9 March 2025\nDrones struck Kharkiv, injuring five people.", "en"),
    ("Хроника обстрелов\n\n8 марта 2025\nРакета попала в Одессу, погибли два человека.\n\n"
     "9 марта 2025\nДроны атаковали Харьков, ранены пять человек.", "ru"),
    ("Хроніка обстрілів\n\n8 березня 2025\nРакета влучила в Одесу, загинули двоє людей.\n\n"
     "9 березня 2025\nДрони атакували Харків, поранено п'ятьох людей.", "uk"),
])
def test_a_roundups_last_section_keeps_its_own_day(read, text, lang):
    days = {e.place.key: e.date for e in read(text, lang) if e.place}
    assert days == {"Odesa": "2025-03-08", "Kharkiv": "2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # (negative: a date line of the day before publication at the page's head, with no section head above it, is
    # still the page's stamp, and dates nothing)
    ("Strikes on the regions\n9 March 2025\nDrones struck Kharkiv, injuring five people.", "en"),
    ("Хроника обстрелов\n9 марта 2025\nДроны атаковали Харьков, ранены пять человек.", "ru"),
    ("Хроніка обстрілів\n9 березня 2025\nДрони атакували Харків, поранено п'ятьох людей.", "uk"),
])
def test_a_stamp_of_the_day_before_at_the_head_is_still_a_stamp(text, lang):
    assert [day.isoformat() for _, _, day, _ in dates.stamps(text, lang, dt.date(2025, 3, 10))] == ["2025-03-09"]


def test_every_date_line_below_a_section_head_is_a_section_head():
    text = "Roundup\n\n8 March 2025\nA missile hit Odesa.\n\n9 March 2025\nDrones struck Kharkiv."
    assert dates.stamps(text, "en", dt.date(2025, 3, 10)) == []


# Measured and not done (misfire22): a section that opens with "Yesterday, 9 March, ..." below an undated first section
# lends its day to the section above through day_told_before's lead day (the headline's rule: with no day told before,
# the lead's first day). Not lending it across a full stop cost test17+19 a found event (a lead sentence dated by the
# "past day" of the sentence after it) and validation 1 found, 1 date; not lending it when the day's sentence tells
# another incident at another place (and none holding the first) left test17+19 as it was but cost validation 1 found,
# 1 false, 1 date, 1 best figure. Neither kept. Done in date23 (events._retold_in): not lent when the day's sentence
# tells only other incidents, of another kind or at places it names, none the first's; validation held.
@pytest.mark.parametrize("text, lang", [
    ("Strikes on the regions: a roundup\n\nA missile hit Odesa, killing two people.\n\n"
     "Yesterday, 9 March, drones struck Kharkiv, injuring five people.", "en"),
    ("Хроника обстрелов\n\nРакета попала в Одессу, погибли два человека.\n\n"
     "Вчера, 9 марта, дроны атаковали Харьков, ранены пять человек.", "ru"),
    ("Хроніка обстрілів\n\nРакета влучила в Одесу, загинули двоє людей.\n\n"
     "Учора, 9 березня, дрони атакували Харків, поранено п'ятьох людей.", "uk"),
])
def test_a_last_sections_yesterday_is_not_lent_to_the_section_above(read, text, lang):
    days = {e.place.key: e.date for e in read(text, lang) if e.place}
    assert days == {"Odesa": "2025-03-10", "Kharkiv": "2025-03-09"}
