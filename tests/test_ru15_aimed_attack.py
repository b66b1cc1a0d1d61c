"""Russian and Ukrainian attacks told by what they aimed at, and air defence destroying what the sentence named before
(fifteenth session, ru15). "Целью атаки стали заводы" names what was aimed at, as an attempt does: met by air defence
the same day at the same place, with no hit, damage or toll told, the attack is that interception (ANNOTATION.md: a
strike is what hit something; "целью удара стал X" names what the strike hit, and stays a strike: fix15d). "ПВО
обнаружила беспилотник и уничтожила его" and "произвела его уничтожение" tell the downing with a pronoun or a noun (Ukrainian reads "знищили" and "знищення" alone already: its tests keep parity).
Airports that take in and send out nothing, told in Rosaviatsia's other wordings, are airspace restrictions. Every
report here is written for the test."""

import pytest

from report_reading import figures, kinds, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _kinds(events):
    return sorted(k for k, _ in kinds(events))


def test_an_attack_told_by_its_aim_and_met_by_air_defence_is_the_interception(read):
    events = read("В среду Чувашия подверглась атаке беспилотников. По словам главы республики, целью атаки стали "
                  "предприятия региона. Над Чувашией силы ПВО сбили шесть дронов. Пострадавших нет.", "ru")
    assert _kinds(events) == ["interception"]
    assert figures(events[0])["intercepted"] == 6


def test_an_attack_told_by_its_aim_in_ukrainian(read):
    events = read("У середу Черкащина зазнала атаки безпілотників. Ціллю атаки стали підприємства області. Над "
                  "Черкащиною сили ППО збили шість дронів. Постраждалих немає.", "uk")
    assert _kinds(events) == ["interception"]
    assert figures(events[0])["intercepted"] == 6


def test_an_aim_that_was_hit_stays_a_strike(read):
    events = read("Вечером беспилотники атаковали Брянск, целью удара стала подстанция. В Брянске ранены два человека. "
                  "Над Брянском силы ПВО сбили три дрона.", "ru")
    assert _kinds(events) == ["interception", "strike"]


def test_air_defence_destroying_what_the_sentence_named_before(read):
    events = read("Над Курском дежурные силы ПВО обнаружили беспилотник. Губернатор сообщил, что ПВО заметила в небе над "
                  "Курском беспилотник и уничтожила его.", "ru")
    assert _kinds(events) == ["interception"]


def test_the_destruction_told_as_a_noun_after_a_verb_of_doing(read):
    events = read("По словам губернатора, дежурный наряд ПВО заметил в небе над Тамбовом беспилотник и произвёл его "
                  "уничтожение.", "ru")
    assert kinds(events) == [("interception", "Tambov")]


def test_the_destruction_told_as_a_noun_in_ukrainian(read):
    events = read("За словами голови ОВА, мобільна група ППО помітила над Черкасами безпілотник і здійснила його "
                  "знищення.", "uk")
    assert kinds(events) == [("interception", "Cherkasy")]


def test_an_airport_limit_told_as_a_short_participle(read):
    events = read("Росавиация сообщила: для воздушных судов в Туле введены меры, ограничен впуск и выпуск самолётов.", "ru")
    assert [k for k, _ in kinds(events)] == ["airspace_restriction"]


def test_an_airport_that_takes_in_and_sends_out_nothing(read):
    events = read("Аэропорт Ярославля временно не принимает и не отправляет воздушные суда.", "ru")
    assert [k for k, _ in kinds(events)] == ["airspace_restriction"]


def test_airports_that_stopped_work(read):
    events = read("Аэропорты Саратова и Пензы сегодня утром ненадолго приостановили работу.", "ru")
    assert {k for k, _ in kinds(events)} == {"airspace_restriction"}
    events = read("Все упомянутые аэропорты временно приостановили приём и отправку авиарейсов в Саратове.", "ru")
    assert [k for k, _ in kinds(events)] == ["airspace_restriction"]


def test_a_plant_that_stopped_work_is_no_airport(read):
    events = read("После удара беспилотника в Саратове завод приостановил работу, пострадавших нет.", "ru")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_a_recalled_count_of_another_wave_is_its_own_interception(read):
    # today's account tells a morning (by the clock) and carries it to its breakdown; the recalled count is the night's
    events = read("Днём губернатор Смоленской области Иванов рассказал о работе ПВО: в 9:10 над регионом был сбит "
                  "первый беспилотник, позже над Смоленской областью сбиты ещё четыре, всего пять. Напомним, ранее "
                  "губернатор писал, что ночью над Смоленской областью ПВО перехватила двенадцать дронов.", "ru")
    downed = sorted(figures(e).get("intercepted") for e in events if e.kind == "interception")
    assert 12 in downed and len(downed) == 2


def test_a_recalled_count_equal_to_todays_is_the_same_interception(read):
    events = read("Утром силы ПВО сбили три беспилотника над Смоленской областью. Напомним, ранее губернатор сообщал о "
                  "перехвате трёх беспилотников над Смоленской областью.", "ru")
    assert kinds(events) == [("interception", "Smolensk Oblast")]
    assert figures(events[0]) == {"intercepted": 3}
