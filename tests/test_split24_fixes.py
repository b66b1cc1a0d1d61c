"""Three misfires of the split24 grouping rules, fixed as classes (fix24s). The reports are our own.

- A later time ("Через час", "Two hours later") opens a new incident only when a new attack is told at once, the weapon
  as its doer or after the attack verb; a later report, update, toll or consequence of the strike told before, its
  weapon named further in, joins it (`_told_later`).
- A dash or bulleted item naming a town and a building is damage only in a list told as damage (a damage word in the
  item or in the line opening the list, or that line telling the attack): hospitals, shelters, schools gone to remote
  lessons are not incidents (`_told_as_damage`).
- Debris that fell "outside the town", hitting nothing and hurting nobody, stays with the attack told before it
  (`_harmless`).
"""

from __future__ import annotations

import pytest

from eventledger.model import Event


def strikes(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind in ("strike", "shelling", "explosion")]


RETOLD_LATER = {
    "ru_report": "Дрон ударил по общежитию в Курске. Спустя два часа мэр написал, что после атаки беспилотника ранены четверо.",
    "en_report": "A drone struck a dormitory in Sumy at dawn. Three hours later, police said the drone strike had injured four.",
    "en_toll": "A missile hit a warehouse in Odesa overnight. Several hours later, the toll of the missile strike rose to four injured.",
    "uk_report": "Дрон влучив у гуртожиток у Сумах. Через дві години поліція повідомила, що через атаку дрона поранено чотирьох.",
    "uk_update": "Ракета влучила у склад в Одесі. Через годину після цього стало відомо, що ракетний удар пошкодив ще три будинки.",
    "ru_fire": "Беспилотник атаковал склад в Туапсе. Через несколько часов пламя после удара дрона охватило соседний ангар, пострадали двое.",
}


@pytest.mark.parametrize("case", sorted(RETOLD_LATER))
def test_a_strike_retold_later_stays_one(read, case):
    assert len(strikes(read(RETOLD_LATER[case], case[:2]))) == 1


NEW_LATER = {
    "ru": "Утром беспилотник атаковал рынок в Курске, ранен продавец. Спустя два часа дрон врезался в автобус, ранены трое.",
    "uk": ("Зранку дрон атакував ринок у Сумах, поранено продавця. Через дві години вдарила ракета по автобусу на околиці, "
           "поранено трьох."),
    "en": ("A drone attacked a market in Sumy in the morning, injuring a vendor. Two hours later, a drone hit a bus on the "
           "outskirts, injuring three."),
}


@pytest.mark.parametrize("lang", sorted(NEW_LATER))
def test_a_new_attack_later_is_still_a_second_incident(read, lang):
    events = strikes(read(NEW_LATER[lang], lang))
    assert len(events) == 2
    assert events[1].figures["injured"].best == 3


NOT_DAMAGE_LISTS = {
    "ru_hospitals": ("Дрон атаковал Суджу, ранены четверо, сообщил губернатор.\nРаненых доставили:\n"
                     "г. Льгов – центральная больница;\nг. Суджа – районная больница."),
    "ru_schools": ("Беспилотник атаковал Валуйки, ранен мужчина.\nВ понедельник на удалённое обучение уходят:\n"
                   "• Уразово – школа № 2;\n• Шебекино – лицей."),
    "uk_shelters": ("Росіяни обстріляли Херсон, поранено жінку, повідомив голова ОВА.\nПрацюють укриття:\n"
                    "• Миколаїв – школа № 5;\n• Снігурівка – будинок культури."),
    "en_shelters": ("Russian shelling hit Kherson, injuring a woman, the governor said.\nHeating points:\n"
                    "- Mykolaiv – school No. 5\n- Snihurivka – the library"),
}


@pytest.mark.parametrize("case", sorted(NOT_DAMAGE_LISTS))
def test_a_list_that_is_no_damage_makes_no_incident(read, case):
    assert len(strikes(read(NOT_DAMAGE_LISTS[case], case[:2]))) == 1


DAMAGE_LISTS = {
    "ru": ("Утром ВСУ обстреляли Грайворон и Головчино, сообщил губернатор.\nПовреждены:\n"
           "• с. Головчино – магазин, 3 автомобиля;\n• г. Грайворон – частный дом."),
    "uk": ("Зранку росіяни обстріляли Куп'янськ і Ківшарівку, повідомив голова ОВА.\nПошкоджено:\n"
           "• с. Ківшарівка – магазин, 3 автівки;\n• м. Куп'янськ – приватний будинок."),
}


@pytest.mark.parametrize("lang", sorted(DAMAGE_LISTS))
def test_a_list_told_as_damage_still_places_its_items(read, lang):
    assert len(strikes(read(DAMAGE_LISTS[lang], lang))) == 2


def test_harmless_debris_outside_the_town_stays_with_the_attack(read):
    events = strikes(read("Ночью дроны атаковали Брянск, ранена женщина. Обломки беспилотника упали за пределами "
                          "города, пострадавших нет.", "ru"))
    assert len(events) == 1
    assert events[0].figures["injured"].best == 1


def test_a_hit_in_another_district_stays_its_own(read):
    events = strikes(read("Днём в Брянске дрон атаковал автомобиль, ранен водитель. В другом районе города "
                          "беспилотник попал в аптеку, пострадавших нет.", "ru"))
    assert len(events) == 2
