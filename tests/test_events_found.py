"""Incidents told in words the lexicon lacked are found: Ukrainian masculine past tenses ("ППО збив", "дрон влучив"),
a weapon told before its verb with words between ("two drones flying over Odesa were destroyed"), what air defence
hit, a fragment that fell, damage a missile caused, a drone that fell ("аппарат упал"), an airport that serves no
flights. Reports we wrote, in each language where the class occurs."""

from __future__ import annotations

import pytest

from tests.report_reading import figures, kinds, reader


@pytest.mark.parametrize(("text", "lang", "kind", "place"), [
    # Ukrainian verbs in the masculine past end in -в, not -ли
    ("Уночі підрозділ ППО збив ворожий безпілотник над Полтавою.", "uk", "interception", "poltava"),
    ("Цієї ночі зенітники знищив над Черкасами ворожий БПЛА, повідомив голова ОВА.", "uk", "interception", "cherkasy"),
    ("Українські військові ліквідували ворожий БПЛА над Житомиром.", "uk", "interception", "zhytomyr"),
    ("Ворожий дрон влучив у багатоповерхівку в Сумах, пошкоджено вікна.", "uk", "strike", "sumy"),
    ("Окупант вдарив дронами по Нікополю, пошкоджено приватний будинок.", "uk", "strike", "nikopol"),
    # English: the weapon before its verb, and what air defence hit
    ("Two more Russian cruise missiles and two drones flying over Mykolaiv were destroyed by the military.", "en",
     "interception", "mykolaiv"),
    ("Another four drones of the enemy were hit by the anti-aircraft defense over Poltava.", "en", "interception",
     "poltava"),
    ("Air defense systems destroyed 13 rockets over Belgorod, the ministry said.", "en", "interception", "belgorod"),
    # ... and what fell or was damaged
    ("In Chernihiv, a fragment of a destroyed drone fell on a school, without causing casualties.", "en", "strike",
     "chernihiv"),
    ("Russian missiles were shot down, while two ballistic missiles did, causing minor damage to a plant in Dnipro.",
     "en", "strike", "dnipro"),
    # Russian: the drone told before "упал"
    ("Беспилотный летательный аппарат упал рядом с газовой станцией в Коломне, на месте работают сапёры.", "ru",
     "strike", "kolomna"),
    # an airport that serves no flights is restricted
    ("Аэропорт Ярославля временно не обслуживает рейсы, сообщили в Росавиации.", "ru", "airspace_restriction", None),
])
def test_an_incident_in_words_the_lexicon_lacked_is_found(gazetteer, text: str, lang: str, kind: str,
                                                          place: str | None) -> None:
    found = kinds(reader(gazetteer)(text, lang))
    assert any(k == kind and (place is None or (p or "").casefold().startswith(place)) for k, p in found), found


@pytest.mark.parametrize(("text", "lang"), [
    # "ліквідували" a fire, or the aftermath, is no interception
    ("Рятувальники ліквідували пожежу на складі в Полтаві.", "uk"),
    ("У Полтаві триває ліквідація наслідків негоди.", "uk"),
    # damage a storm caused is no strike
    ("The storm caused heavy damage to houses in Odesa.", "en"),
])
def test_the_same_words_elsewhere_are_no_incident(gazetteer, text: str, lang: str) -> None:
    assert kinds(reader(gazetteer)(text, lang)) == []


def test_a_warring_state_attacking_is_a_sign_of_war(gazetteer) -> None:
    """ "Attacked" has everyday senses, so alone it needs a weapon or an armed force nearby; a state at war as the one
    attacking is such a sign, while a critic attacking a film is not."""
    read = reader(gazetteer)
    assert kinds(read("Ukraine attacked an oil refinery in the city of Syzran overnight, the regional governor said.")) \
        == [("strike", "Syzran")]
    assert kinds(read("Россия атаковала нефтебазу в Одессе ночью, сообщил губернатор.", "ru")) == [("strike", "Odesa")]
    assert kinds(read("The critic attacked the new film at a festival in Odesa, the newspaper said.")) == []


@pytest.mark.parametrize(("text", "lang"), [
    # an appeal to residents
    ("Власти Подольска призвали жителей не выкладывать видео работы ПВО. «При обнаружении обломков звоните по "
     "телефону 112 и не трогайте их», — сказал глава округа.", "ru"),
    ("Влада Полтави закликала мешканців не публікувати відео роботи ППО.", "uk"),
    # an air-raid alert declared, whatever it was declared for
    ("Воздушная тревога из-за атаки БПЛА объявлена в Курске.", "ru"),
    ("У Полтаві оголошено повітряну тривогу через загрозу атаки дронів.", "uk"),
    ("An air raid alert was declared in Poltava because of a drone attack threat.", "en"),
    # a crime: a bomb under a businessman's car
    ("В Хабаровске у машины бизнесмена произошёл взрыв, сам он не пострадал. Возбуждено уголовное дело о покушении "
     "на убийство.", "ru"),
])
def test_an_appeal_an_alert_or_a_crime_is_no_incident(gazetteer, text: str, lang: str) -> None:
    assert kinds(reader(gazetteer)(text, lang)) == []


def test_an_incident_told_after_an_alert_is_still_found(gazetteer) -> None:
    text = "В Курске объявили воздушную тревогу. Позже беспилотник атаковал жилой дом в Курске, пострадал мужчина."
    assert ("strike", "Kursk") in kinds(reader(gazetteer)(text, "ru"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia has regularly bombed Kharkiv throughout the full-scale invasion of Ukraine.", "en"),
    ("Шебекино регулярно подвергается атакам ВСУ.", "ru"),
    ("Найчастіше ударів завдають по Нікополю, розташованому неподалік Запорізької області.", "uk"),
    ("Russia launched waves of missile strikes on Kharkiv over the winter.", "en"),
    ("Over the course of the conflict, Belgorod has been subjected to repeated artillery, rocket and drone attacks.",
     "en"),
    ("Курская область неоднократно подвергалась атакам беспилотников.", "ru"),
    ("Російські війська неодноразово обстрілювали Херсон.", "uk"),
    # a front's tally of the day's assaults repelled is many clashes, no one incident
    ("Нагадаємо, за добу українські захисники на Покровському напрямку відбили 52 ворожі атаки.", "uk"),
    ("За сутки на Покровском направлении подразделения отразили 40 атак противника.", "ru"),
    ("Ukrainian forces repelled 52 Russian attacks near Pokrovsk over the past day, the General Staff said.", "en"),
])
def test_what_is_done_habitually_is_no_one_incident(gazetteer, text: str, lang: str) -> None:
    assert kinds(reader(gazetteer)(text, lang)) == []


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Air defence forces shot down 12 Shahed drones over Ukraine overnight, the Air Force said. Three cruise missiles "
     "were also shot down.", "en", "Ukraine"),
    ("Вночі над Україною сили ППО збили 12 шахедів, повідомили Повітряні сили. Також збито три крилаті ракети.", "uk",
     "Ukraine"),
    ("Ночью над Россией силы ПВО сбили 12 беспилотников, сообщило Минобороны. Также сбиты три крылатые ракеты.", "ru",
     "Russia"),
])
def test_one_interception_per_weapon_type(gazetteer, text: str, lang: str, country: str) -> None:
    """ANNOTATION.md: several weapon types in one claim, each with its own figures, are one interception each."""
    events = reader(gazetteer)(text, lang)
    assert sorted((e.kind, e.weapon, e.place.key if e.place else None, figures(e)["intercepted"]) for e in events) == [
        ("interception", "cruise_missile", country, 3), ("interception", "drone", country, 12)]


def test_counts_of_one_weapon_stay_one_interception(gazetteer) -> None:
    events = reader(gazetteer)("Air defence shot down 16 of 17 Shahed drones launched at Ukraine overnight. The drones "
                               "were launched from Kursk.", "en")
    assert [(e.kind, e.weapon) for e in events] == [("interception", "drone")]


@pytest.mark.parametrize(("text", "lang", "place", "injured"), [
    ("Late Thursday, two people were injured in Belgorod in an attempted airstrike, during which 10 air targets were "
     "shot down by air defense systems.", "en", "Belgorod", 2),
    ("Над Курском сбиты 10 беспилотников, при падении обломков одного из них пострадал один человек.", "ru", "Kursk", 1),
    ("Над Сумами сили ППО збили 5 дронів, при падінні уламків одного з них поранено двох людей.", "uk", "Sumy", 2),
])
def test_casualties_told_with_an_interception_are_a_strike(gazetteer, text: str, lang: str, place: str,
                                                           injured: int) -> None:
    """Nobody is hurt by an interception (ANNOTATION.md: casualties from what fell are a strike): the clause gives
    both, the interception its count and a strike at the same place the casualties."""
    events = {e.kind: e for e in reader(gazetteer)(text, lang)}
    assert set(events) == {"interception", "strike"}
    assert events["strike"].place.key == events["interception"].place.key == place
    assert figures(events["strike"]) == {"injured": injured} and "injured" not in figures(events["interception"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Three people were killed in an air strike late on Monday in Kharkiv, officials said. Another strike late on "
     "Monday hit a building in Kharkiv, killing two women.", "en"),
    ("ВСУ нанесли удар по промзоне в Белгороде, погибли два человека. Ещё один удар нанесён по жилому дому в "
     "Белгороде, ранены трое.", "ru"),
    ("Ворог завдав удару по підприємству в Сумах, загинули двоє людей. Ще один удар було завдано по житловому "
     "будинку в Сумах, поранено трьох.", "uk"),
])
def test_another_strike_at_the_same_place_is_its_own_incident(gazetteer, text: str, lang: str) -> None:
    events = reader(gazetteer)(text, lang)
    assert [e.kind for e in events] == ["strike", "strike"] and events[0].place.key == events[1].place.key
    assert figures(events[0]) != figures(events[1])


def test_another_strike_with_nothing_of_its_own_is_the_one_told(gazetteer) -> None:
    text = 'Odesa was hit by a missile attack, two people were killed. "Odesa. Another missile strike.", the spokesman said.'
    assert [(e.kind, figures(e)) for e in reader(gazetteer)(text, "en")] == [("strike", {"killed": 2})]


def test_an_attack_anticipated_is_no_incident(gazetteer) -> None:
    text = "Residents were told to turn off lights in anticipation of another attack on Kharkiv."
    assert kinds(reader(gazetteer)(text, "en")) == []
