"""One incident told twice became two events (issue 10, duplicates), in three ways the joining of mentions did not
read: two interception tellings with no count at a region and its city, each by its own teller; an attack told only
as an attempt on a city that is a region of its own, met by air defence in the region around it; and one night told
on two days ("late on 13 August" and "overnight on 14 August"). The negatives keep what stays two: two counts told by
their own tellers, a strike that hit the capital, another attack on the next night. Reports written for this test."""

from datetime import datetime, timezone

import pytest

from report_reading import kinds

from eventledger.extract.pipeline import extract
from eventledger.model import Event, Report


# --- interception tellings with no count


def test_en_a_region_and_its_city_told_without_counts_are_one_interception(read):
    events = read("Overnight, air defences repelled a drone attack on the Volgograd region, the defence ministry said. "
                  "Volgograd governor Andrei Bocharov said air defences repelled a drone attack on the city overnight.")
    assert [k for k, _ in kinds(events)].count("interception") == 1


def test_ru_the_ministrys_and_the_governors_tellings_without_counts_are_one_interception(read):
    events = read("Ночью силы ПВО отразили атаку беспилотников на Воронежскую область, сообщило Минобороны. Губернатор "
                  "Александр Гусев сообщил, что над Воронежем ночью работала ПВО, отражена атака дронов.", "ru")
    assert kinds(events) == [("interception", "Voronezh Oblast")]


def test_uk_the_air_forces_and_the_governors_tellings_without_counts_are_one_interception(read):
    events = read("Вночі сили ППО відбили атаку дронів на Дніпропетровську область, повідомили в Повітряних силах. "
                  "Начальник ОВА Сергій Лисак повідомив, що над Дніпром вночі працювала ППО, атаку дронів відбито.", "uk")
    assert kinds(events) == [("interception", "Dnipropetrovsk Oblast")]


def test_ru_a_governors_own_count_beside_the_ministrys_stays_its_own(read):
    events = read("Минобороны России сообщило, что ночью над Брянской областью сбиты 12 беспилотников. Губернатор "
                  "Брянской области Александр Богомаз сообщил, что над Брянском сбиты пять беспилотников.", "ru")
    assert [k for k, _ in kinds(events)].count("interception") == 2


# --- an attack on a capital met in the region around it


def test_ru_an_attempt_on_moscow_met_over_ramenskoye_is_the_interception(read):
    events = read("ВСУ пытались атаковать Москву беспилотниками. Сегодня утром силы ПВО сбили три беспилотника над "
                  "Раменским, сообщил мэр.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_uk_an_attempt_on_kyiv_met_over_brovary_is_the_interception(read):
    events = read("Росіяни намагалися атакувати Київ дронами. Вночі сили ППО збили чотири дрони над Броварами.", "uk")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_en_a_strike_that_hit_moscow_stays_beside_an_interception_around_it(read):
    events = read("A drone hit an apartment block in Moscow overnight, injuring two residents, the mayor said. Air "
                  "defences shot down five drones over Ramenskoye.")
    assert sorted(k for k, _ in kinds(events)) == ["interception", "strike"]


# --- one night told on two days


def test_en_the_evening_of_one_day_and_overnight_on_the_next_are_one_night(on_the_14th):
    text = ("Drones attacked Volgograd on the evening of August 13, the governor said. Ukraine struck the oil refinery "
            "in Volgograd with drones overnight on August 14, causing a fire.")
    events = [e for e in on_the_14th(text, "en") if e.kind == "strike"]
    assert [(e.place.key if e.place else None, e.date) for e in events] == [("Volgograd", "2025-08-14")]


def test_uk_late_evening_and_the_night_after_are_one_night(on_the_14th):
    text = ("Пізно ввечері 13 серпня дрони атакували Суми. У ніч на 14 серпня безпілотники влучили в підстанцію в "
            "Сумах, спалахнула пожежа.")
    events = [e for e in on_the_14th(text, "uk") if e.kind == "strike"]
    assert [e.date for e in events] == ["2025-08-14"]


def test_ru_evening_and_the_night_after_are_one_night(on_the_14th):
    text = ("Вечером 13 августа беспилотники атаковали Белгород, сообщил губернатор. В ночь на 14 августа дроны "
            "ударили по подстанции в Белгороде, начался пожар.")
    events = [e for e in on_the_14th(text, "ru") if e.kind == "strike"]
    assert [e.date for e in events] == ["2025-08-14"]


def test_uk_two_nights_told_one_after_another_stay_two(on_the_14th):
    text = ("Минулої ночі, 12 серпня, дрони атакували Одесу, поранено двох людей. А в ніч на 14 серпня ворог знову "
            "завдав ще одного удару по Одесі, загинула жінка.")
    events = [e for e in on_the_14th(text, "uk") if e.kind == "strike"]
    assert len(events) == 2


@pytest.fixture(scope="module")
def on_the_14th(gazetteer):
    def read(text: str, lang: str) -> list[Event]:
        return extract(Report(text=text, published=datetime(2025, 8, 14, 9, 0, tzinfo=timezone.utc), language=lang),
                       gazetteer)
    return read


# --- a town's count told only as a lower bound, retold by its region's toll


def test_ru_a_headlines_deaths_reported_agree_with_the_governors_toll(read):
    events = read("Белгород подвергся обстрелу, сообщается о погибших\n\nГубернатор Белгородской области сообщил, что в "
                  "результате обстрела погибли пять человек, ещё 12 получили ранения.", "ru")
    assert kinds(events) == [("shelling", "Belgorod")]


def test_uk_a_headlines_deaths_reported_agree_with_the_regions_toll(read):
    events = read("Окупанти обстріляли Херсон, повідомляють про загиблих\n\nНачальник Херсонської ОВА повідомив, що "
                  "внаслідок обстрілу Херсонщини загинули троє людей, ще семеро поранені.", "uk")
    assert kinds(events) == [("shelling", "Kherson")]


def test_en_a_headlines_deaths_reported_agree_with_the_regions_toll(read):
    events = read("Russian shelling hits Kherson, deaths reported\n\nRussian shelling of the Kherson region killed three "
                  "people and wounded seven, the regional governor said.")
    assert kinds(events) == [("shelling", "Kherson")]


# --- a headline at a capital retold by the body in the region around it


def test_ru_a_headline_at_moscow_is_the_bodys_strike_in_ramenskoye(read):
    events = read("Москву атаковали беспилотники, горят дома\n\nВ Раменском обломки беспилотника повредили два частных "
                  "дома, ранен мужчина.", "ru")
    assert kinds(events) == [("strike", "Ramenskoye")]


def test_uk_a_headline_at_kyiv_is_the_bodys_strike_in_brovary(read):
    events = read("Росія атакувала Київ дронами, горять будинки\n\nУ Броварах уламки дрона пошкодили два приватні "
                  "будинки, поранено чоловіка.", "uk")
    assert kinds(events) == [("strike", "Brovary")]


def test_ru_a_strike_told_in_moscow_in_the_body_stays_beside_one_around_it(read):
    events = read("Беспилотник попал в жилой дом в Москве, ранены двое. В Раменском обломки беспилотника повредили "
                  "частный дом.", "ru")
    assert kinds(events) == [("strike", "Moscow"), ("strike", "Ramenskoye")]


# --- one night told on two days only when one side tells nothing of its own (the evening's strike with its own toll and
# the night's with its own toll are two incidents at one place)


def test_en_the_attack_began_late_on_the_13th_and_struck_overnight_is_one_night(on_the_14th):
    text = ("The drone attack on Chernihiv began late on the 13th, the mayor said. Overnight on August 14, drones struck "
            "Chernihiv, two people were hurt.")
    events = [e for e in on_the_14th(text, "en") if e.kind == "strike"]
    assert [e.date for e in events] == ["2025-08-14"]


def test_en_an_evening_strike_and_a_night_strike_each_with_a_toll_stay_two(on_the_14th):
    text = ("A drone hit a shop in Mykolaiv late on August 13, wounding three people. Overnight on August 14, Russian "
            "drones attacked Mykolaiv, killing a woman.")
    events = [e for e in on_the_14th(text, "en") if e.kind == "strike"]
    assert sorted(e.date for e in events) == ["2025-08-13", "2025-08-14"]


def test_ru_an_evening_strike_and_a_night_strike_each_with_a_toll_stay_two(on_the_14th):
    text = ("Вечером 13 августа дрон ударил по магазину в Николаеве, ранены три человека. В ночь на 14 августа "
            "беспилотники атаковали Николаев, погибла женщина.")
    events = [e for e in on_the_14th(text, "ru") if e.kind == "strike"]
    assert sorted(e.date for e in events) == ["2025-08-13", "2025-08-14"]


def test_uk_an_evening_strike_and_a_night_strike_each_with_a_toll_stay_two(on_the_14th):
    text = ("Увечері 13 серпня дрон влучив у магазин у Миколаєві, поранено трьох людей. У ніч на 14 серпня дрони "
            "атакували Миколаїв, загинула жінка.")
    events = [e for e in on_the_14th(text, "uk") if e.kind == "strike"]
    assert sorted(e.date for e in events) == ["2025-08-13", "2025-08-14"]


def test_en_in_late_july_is_no_evening():
    from eventledger.extract.events import _day_parts
    assert _day_parts("Drones hit the port late on Tuesday.", "en") == {"evening"}
    assert _day_parts("Drones hit the port late on 13 August.", "en") == {"evening"}
    assert not _day_parts("Drones have hit the port since late May.", "en")
    assert not _day_parts("Drones hit the port in late July.", "en")


# --- interception tellings with no count at two parts of the day are two waves


def test_ru_a_morning_and_an_evening_uncounted_interception_stay_two(read):
    events = read("Утром силы ПВО отразили атаку беспилотников на Курскую область, сообщило Минобороны. Вечером "
                  "губернатор Александр Хинштейн сообщил, что над Курском работает ПВО.", "ru")
    assert [k for k, _ in kinds(events)].count("interception") == 2


def test_uk_a_morning_and_an_evening_uncounted_interception_stay_two(read):
    events = read("Вранці сили ППО відбили атаку дронів на Сумську область, повідомили в Повітряних силах. Увечері "
                  "начальник ОВА Олег Григоров повідомив, що над Сумами працює ППО.", "uk")
    assert [k for k, _ in kinds(events)].count("interception") == 2


def test_en_a_morning_and_an_evening_uncounted_interception_stay_two(read):
    events = read("In the morning, air defences repelled a drone attack on the Kursk region, the defence ministry said. "
                  "In the evening, Kursk governor Alexander Khinshtein said air defences were repelling an attack on "
                  "the city.")
    assert [k for k, _ in kinds(events)].count("interception") == 2


def test_en_nobody_hurt_and_the_refinery_named_twice_are_no_facts_of_its_own(on_the_14th):
    text = ("Drones attacked the Rosneft refinery in Syzran late on August 13, nobody was hurt, the governor said. "
            "Overnight on August 14, drones struck the oil refinery in Syzran, sparking a fire.")
    events = [e for e in on_the_14th(text, "en") if e.kind == "strike"]
    assert [e.date for e in events] == ["2025-08-14"]


def test_ru_a_house_in_the_evening_and_a_school_at_night_stay_two(on_the_14th):
    text = ("Вечером 13 августа беспилотник попал в жилой дом в Херсоне. В ночь на 14 августа дрон атаковал школу в "
            "Херсоне.")
    events = [e for e in on_the_14th(text, "ru") if e.kind == "strike"]
    assert sorted(e.date for e in events) == ["2025-08-13", "2025-08-14"]


def test_uk_a_house_in_the_evening_and_a_school_at_night_stay_two(on_the_14th):
    text = ("Увечері 13 серпня дрон влучив у житловий будинок у Херсоні. У ніч на 14 серпня дрон атакував школу в "
            "Херсоні.")
    events = [e for e in on_the_14th(text, "uk") if e.kind == "strike"]
    assert sorted(e.date for e in events) == ["2025-08-13", "2025-08-14"]
