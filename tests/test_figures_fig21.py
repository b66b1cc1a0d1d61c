"""fig21: figures that reached no event or the wrong one on fresh reports. Reports written for this test (en/ru/uk).

1. A group told without its size, then a count of a part of it ("є постраждалі, серед яких троє дітей", "есть
   пострадавшие, среди них двое детей", "there were injured people, including three children"): the part is the
   group's lower bound, not a bare "at least one". A counted group keeps its count ("поранено дев'ятьох, серед них
   двоє дітей" is nine), and a part with a figure of its own stays that figure.
2. A stated zero told after an interception and before any incident that could harm is the interception's, not an
   incident the report tells only later; of two interceptions told before it, the one told last.
"""

import pytest


def _claims(events, name):
    return sorted((c.value, c.lower_bound) for e in events for c in e.claims if c.figure == name)


@pytest.mark.parametrize("text, lang, figure, value", [
    ("Вночі росіяни вдарили дронами по Сумах. Є постраждалі, серед яких троє дітей.", "uk", "injured", 3),
    ("Вночі росіяни вдарили дронами по Сумах. Є загиблі, серед них двоє дітей.", "uk", "killed", 2),
    ("Ночью дроны атаковали Белгород. Есть пострадавшие, среди них двое детей.", "ru", "injured", 2),
    ("Russian drones struck Sumy overnight. There were injured people, including three children.", "en", "injured", 3),
])
def test_a_part_of_a_group_told_without_its_size_is_its_lower_bound(read, text, lang, figure, value):
    events = read(text, lang)
    assert _claims(events, figure) == [(value, True)]
    assert events[0].figures[figure].best == value and events[0].figures[figure].high is None


@pytest.mark.parametrize("text, lang, figure, claims", [
    # the group has a count: the part is inside it, no figure of its own
    ("Вночі росіяни вдарили дронами по Сумах. Поранено дев'ятьох, серед них двоє дітей.", "uk", "injured", [(9, False)]),
    ("Ночью дроны атаковали Белгород. Пострадали пять человек, среди них двое детей.", "ru", "injured", [(5, False)]),
    ("Russian drones struck Sumy overnight, injuring nine people, including two children.", "en", "injured", [(9, False)]),
])
def test_a_part_of_a_counted_group_changes_nothing(read, text, lang, figure, claims):
    assert _claims(read(text, lang), figure) == claims


def _where(events, name):
    return sorted((e.kind, e.place.name if e.place else None) for e in events for c in e.claims if c.figure == name)


@pytest.mark.parametrize("text, lang", [
    ("Air defences shot down two drones over the Tula region, Governor Dmitry Ivanov said. The attack did not result "
     "in any casualties. Later, drones attacked the village of Chaltyr in the Rostov region, injuring two people.", "en"),
    ("Над Тульской областью сбиты два беспилотника, сообщил губернатор. Пострадавших нет. Позднее дроны атаковали "
     "Ростов, ранены два человека.", "ru"),
    ("Над Сумщиною збито два дрони, повідомив голова ОВА. Постраждалих немає. Пізніше дрони атакували Харків, "
     "поранено двох людей.", "uk"),
])
def test_a_zero_after_an_interception_is_not_a_later_strikes(read, text, lang):
    events = read(text, lang)
    zeros = [e for e in events for c in e.claims if c.figure == "injured" and c.value == 0]
    assert zeros and all(e.kind == "interception" for e in zeros)
    strikes = [e for e in events if e.kind != "interception" and "injured" in e.figures]
    assert strikes and all(e.figures["injured"].best == 2 for e in strikes)


def test_a_zero_after_two_interceptions_is_the_last_ones(read):
    text = ("Air defences shot down two drones over the Tula region overnight, the governor said. "
            "In the Volgograd region, air defences repelled a drone attack on energy facilities, Governor Andrei "
            "Petrov said; no injuries were recorded. Later, drones attacked the village of Chaltyr in the Rostov "
            "region, injuring two people.")
    events = read(text, "en")
    zeros = [e for e in events for c in e.claims if c.figure == "injured" and c.value == 0]
    assert zeros and {e.place.name for e in zeros} <= {"Volgograd Oblast", "Волгоградская область"}


@pytest.mark.parametrize("text, lang, figure, value", [
    # 3. ru/uk: a verb of killing or wounding in the active voice or as a gerund before its count, as en's "killing
    # three", "wounding five"
    ("Росіяни обстріляли Херсон, поранивши п'ятьох людей.", "uk", "injured", 5),
    ("Росіяни обстріляли Херсон, вбивши двох людей.", "uk", "killed", 2),
    ("Российские войска обстреляли Херсон, ранив пятерых человек.", "ru", "injured", 5),
    ("ВСУ обстреляли Горловку, убив двух человек.", "ru", "killed", 2),
    ("Russian forces shelled Kherson, wounding five people.", "en", "injured", 5),
])
def test_a_verb_of_harm_before_its_count(read, text, lang, figure, value):
    assert _claims(read(text, lang), figure) == [(value, False)]


@pytest.mark.parametrize("text, lang", [
    # 4. a part of the weapons counted before, with its verb before it ("shot down 44 of them", "збила 44 з них"); the
    # verb is not the whole count's ("64 дрона, ПВО сбила 44": the 64 were launched, not downed); en infinitives
    ("Russia launched 64 drones at Ukraine overnight; air defences shot down 44 of them.", "en"),
    ("Russia launched 64 drones at Ukraine overnight; air defences managed to intercept 44 of them.", "en"),
    ("Россия выпустила по Украине 64 дрона, ПВО сбила 44 из них.", "ru"),
    ("Росія випустила по Україні 64 дрони, ППО збила 44 з них.", "uk"),
])
def test_a_part_of_the_weapons_downed(read, text, lang):
    events = read(text, lang)
    assert _claims(events, "launched") == [(64, False)]
    assert _claims(events, "intercepted") == [(44, False)]


def test_an_infinitive_of_downing_before_a_count_of_weapons(read):
    events = read("Air defences were able to shoot down nine missiles over Kyiv.", "en")
    assert _claims(events, "intercepted") == [(9, False)]


@pytest.mark.parametrize("text, lang, best", [
    # 5. more of the same adds to the count told before it in the event
    ("A drone struck Sumy on Monday. A woman was killed. Another person died in hospital later.", "en", 2),
    ("A drone struck Sumy on Monday, killing two people. Two more people died in hospital later.", "en", 4),
    ("Беспилотник атаковал Белгород. Погиб мужчина. Еще один человек скончался в больнице.", "ru", 2),
    ("Беспилотник атаковал Белгород, погибли два человека. Позже в больнице скончались еще двое.", "ru", 4),
    ("Дрон атакував Суми. Загинув чоловік. Ще одна людина померла в лікарні.", "uk", 2),
    ("Дрон атакував Суми, загинули двоє людей. Згодом у лікарні померли ще двоє.", "uk", 4),
])
def test_more_of_the_same_adds_up(read, text, lang, best):
    events = read(text, lang)
    assert [e.figures["killed"].best for e in events if "killed" in e.figures] == [best]


@pytest.mark.parametrize("text, lang, figure, best", [
    # ... not with no count of its figure before it, nor a state told "still", nor a retold addition twice
    ("A drone struck Sumy on Monday, killing a woman. Another person was injured.", "en", "injured", 1),
    ("Беспилотник атаковал Белгород, погибли два человека. Ещё трое ранены.", "ru", "injured", 3),
    ("Дрон атакував Суми, поранено трьох людей. Ще двоє перебувають у лікарні.", "uk", "injured", 3),
    ("A drone struck Sumy on Monday, killing one man. Another person died later. 'Another person died in hospital,' "
     "the governor said.", "en", "killed", 2),
])
def test_more_of_the_same_with_nothing_to_add_to(read, text, lang, figure, best):
    events = read(text, lang)
    assert [e.figures[figure].best for e in events if figure in e.figures] == [best]


@pytest.mark.parametrize("text, lang, downed", [
    # 6. one weapon downed with no count: en "struck down" as the other verbs of downing; ru/uk a weapon before a past
    # verb of another gender is its object ("беспилотник сбила система ПВО"), one of the same gender its subject
    ("A drone was struck down over Belgorod overnight.", "en", [(1, False)]),
    ("Украинский беспилотник сбила система ПВО над Белгородом.", "ru", [(1, False)]),
    ("Ворожий безпілотник збила ППО над Вінницею.", "uk", [(1, False)]),
    ("Беспилотник уничтожил автомобиль в Белгороде.", "ru", []),
    ("Дрон знищив автомобіль у Сумах.", "uk", []),
])
def test_one_weapon_downed(read, text, lang, downed):
    assert _claims(read(text, lang), "intercepted") == downed


@pytest.mark.parametrize("text, lang", [
    # 7. "no one was killed" after a count of injured speaks of the incidents told before them too; a zero of the
    # injured after it does not
    ("Вранці росіяни обстріляли Ізюм, пошкоджено будинок. Також обстріляли Балаклію, поранено трьох людей. "
     "Загиблих немає.", "uk"),
    ("Утром ВСУ обстреляли Шебекино, повреждён дом. Также обстреляли Грайворон, ранены три человека. Погибших нет.", "ru"),
    ("On Monday morning Russian forces shelled Izium, damaging a house. They also shelled Balakliia, injuring three "
     "people. No one was killed.", "en"),
])
def test_no_deaths_after_a_count_of_injured(read, text, lang):
    events = read(text, lang)
    assert len(events) == 2 and all(e.figures.get("killed") and e.figures["killed"].best == 0 for e in events)


def test_no_injured_after_a_count_of_injured(read):
    events = read("Вранці росіяни обстріляли Ізюм, пошкоджено будинок. Також обстріляли Балаклію, поранено трьох "
                  "людей. Постраждалих більше немає.", "uk")
    assert [bool(e.figures) for e in events] == [False, True]


@pytest.mark.parametrize("text, lang", [
    # 8. one drone told downed with no place of its own is downed where the report has just told the attack, as an
    # interception told with no count, not a count over the whole country
    ("Ukraine struck the airfield in Yeysk overnight, a base for aircraft used against Ukraine, residents said. Russian "
     "officials in Moscow denied the strike. Residents of Yeysk reported two explosions. According to a Telegram "
     "channel, the drone was struck down.", "en"),
    ("Ночью Украина атаковала аэродром в Ейске, сообщили жители. Российские чиновники в Москве опровергли удар. Жители "
     "Ейска слышали два взрыва. По данным телеграм-канала, беспилотник был сбит.", "ru"),
])
def test_one_drone_downed_where_the_attack_was_told(read, text, lang):
    downed = [e for e in read(text, lang) if e.kind == "interception"]
    assert len(downed) == 1 and downed[0].figures["intercepted"].best == 1
    assert downed[0].place is not None and downed[0].place.precision != "country"


@pytest.mark.parametrize("text, lang", [
    # 9. ru/uk: one person told in hospital with no verb ("Він у лікарні", "Он в больнице"), as en "He is in hospital"
    ("Уранці дрон атакував Дніпро. Поранено чоловіка. Він у лікарні.", "uk"),
    ("Утром дрон атаковал Белгород. Ранен мужчина. Он в больнице.", "ru"),
    ("A drone struck Dnipro in the morning. A man was injured. He is in hospital.", "en"),
])
def test_one_person_in_hospital_with_no_verb(read, text, lang):
    assert _claims(read(text, lang), "hospitalized") == [(1, False)]
