"""Figures, seventeenth session (figattr17): one weapon named by a fixed phrase ("летательный аппарат", "воздушная
цель", "unmanned aerial vehicle") or as "another drone"; weapons launched told in the Russian passive or after a
gerund; a toll told as a number that rose ("число загиблих зросло до"); damage denied together with harm ("no dead or
damage"). Each report is written for this test (en / ru / uk)."""

import pytest

from eventledger.extract import incidents
from report_reading import figures


def _claims(events, figure):
    return sorted(c.value for e in events for c in e.claims if c.figure == figure)


# -- one weapon named by a phrase, or "another" --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Над Брянском в среду силами ПВО был сбит летательный аппарат, рассказал губернатор журналистам.", "ru"),
    ("Губернатор Брянской области сообщил, что над регионом силами ПВО уничтожен беспилотный летательный аппарат.",
     "ru"),
    ("Зенитчики сбили над Тулой беспилотный аппарат, сообщил мэр в понедельник.", "ru"),
    ("Над Курском сбита воздушная цель, сообщил губернатор в понедельник.", "ru"),
    ("Над Черкасами збито безпілотний літальний апарат, повідомив голова ОВА у понеділок.", "uk"),
    ("Later on Monday the Belgorod governor said air defence units downed another drone near the city.", "en"),
    ("An unmanned aerial vehicle was shot down over Kursk on Monday night, the governor said.", "en"),
])
def test_one_weapon_named_by_a_phrase_is_one_intercepted(read, text, lang):
    assert _claims(read(text, lang), "intercepted") == [1]


@pytest.mark.parametrize("text, lang", [
    # plural phrases, a denied verb, the staff of an office ("аппарат губернатора" is no weapon), a weapon that did it
    ("Над Курском сбиты беспилотные летательные аппараты, сообщил губернатор в понедельник.", "ru"),
    ("Летательный аппарат не был сбит и упал на склад в Курске, сообщил губернатор.", "ru"),
    ("В Курске в понедельник аппарат губернатора был уничтожен критикой депутатов после удара по складу.", "ru"),
    ("Над Черкасами збито безпілотні літальні апарати, повідомив голова ОВА у понеділок.", "uk"),
    ("Unmanned aerial vehicles were shot down over Kursk on Monday night, the governor said.", "en"),
    ("Russian forces launched one drone after another at Kharkiv overnight, the mayor said.", "en"),
])
def test_many_or_no_weapon_gives_no_count_of_one(read, text, lang):
    assert 1 not in _claims(read(text, lang), "intercepted")


# -- weapons launched ----------------------------------------------------------------------------------------------------

def test_weapons_launched_in_the_russian_passive(read):
    text = "Во вторник шесть ракет были выпущены по Николаеву, одну сбили, рассказал глава области журналистам."
    events = read(text, "ru")
    assert _claims(events, "launched") == [6]


def test_russian_passive_launch_is_not_people_released(read):
    # "выпущены" of people is released, not launched: only counted weapons take it
    text = ("В понедельник в Курске после удара дрона по складу из плена были выпущены двое местных жителей, сообщил "
            "губернатор.")
    assert _claims(read(text, "ru"), "launched") == []


@pytest.mark.parametrize("text, lang, launched", [
    ("Ночью противник обстрелял Николаев, применив против города шесть ракет, рассказал мэр журналистам.", "ru", [6]),
    ("Уночі ворог обстріляв Миколаїв, запустивши на місто шість ракет, розповів мер журналістам.", "uk", [6]),
])
def test_weapons_launched_after_a_gerund(read, text, lang, launched):
    assert _claims(read(text, lang), "launched") == launched


@pytest.mark.parametrize("text, lang, figure, values", [
    # the verb after the weapons has no count of its own: it is told of them (as before)
    ("Двенадцать беспилотников, летевших на Курск, ПВО сбила над областью в понедельник, сообщил губернатор.", "ru",
     "intercepted", [12]),
    ("Twelve drones headed for several Russian regions were shot down on Monday, the ministry said.", "en",
     "intercepted", [12]),
    # a launch word right before the list ("пуски семи ... та шести ...") does not lend its figure to the second count
    ("Вночі Росія атакувала Харківщину. Повітряні сили зафіксували пуски семи ударних БпЛА та шести ракет С-300, "
     "повідомило командування. Знищено п'ять шахедів.", "uk", "launched", [7]),
])
def test_weapon_verbs_unchanged_where_the_verb_has_no_count(read, text, lang, figure, values):
    assert _claims(read(text, lang), figure) == values


# -- a toll told as a count that rose --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, figure, value", [
    ("Снаряд попал в магазин в Белгороде. Количество раненых увеличилось до 12, сообщил губернатор.", "ru", "injured",
     12),
    ("Дрон влучив у багатоповерхівку в Сумах. Число поранених зросло до 9, повідомила міська рада.", "uk", "injured", 9),
    ("Дрон влучив у багатоповерхівку в Сумах. Число загиблих збільшилося до 6, повідомила міська рада.", "uk", "killed",
     6),
])
def test_a_toll_told_as_a_number_that_rose(read, text, lang, figure, value):
    assert _claims(read(text, lang), figure) == [value]


@pytest.mark.parametrize("text, lang, figure", [
    # damaged buildings counted ("пострадавших домов", "постраждалих будинків") are no people hurt
    ("Ракета попала в дом в Харькове. Количество пострадавших домов возросло до 15, сообщил мэр.", "ru", "injured"),
    ("Ракета попала в дом в Харькове. Число пострадавших домов возросло до 15, сообщил мэр.", "ru", "injured"),
    ("Ракета влучила в будинок у Харкові. Кількість постраждалих будинків зросла до 15, повідомила ОВА.", "uk",
     "injured"),
    ("Ракета влучила в будинок в Одесі. Число загиблих уточнюється, повідомила ДСНС.", "uk", "killed"),
])
def test_a_number_that_is_no_toll_gives_no_count(read, text, lang, figure):
    assert 15 not in _claims(read(text, lang), figure) and not [v for v in _claims(read(text, lang), figure) if v > 1]


# -- damage denied together with harm ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The governor said the attack on the town left no dead or damage.", "en"),
    ("По словам главы района, ночной налёт на село прошёл без раненых или повреждений.", "ru"),
    ("За словами старости, нічний наліт на село минув без поранених або пошкоджень.", "uk"),
])
def test_damage_denied_with_harm_is_no_damage(text, lang):
    assert not incidents.damaged(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("There were no injuries, and damage to two houses was reported.", "en"),
    ("The strike caused damage to a school; no casualties and damage to cars were reported.", "en"),
    ("Пострадавших нет, но разрушен склад, сообщил губернатор.", "ru"),
    ("Без постраждалих, але пошкоджено будинок, повідомив голова ОВА.", "uk"),
])
def test_damage_told_beside_a_denied_harm_stays_damage(text, lang):
    assert incidents.damaged(text, lang)

