"""Figure and attribution errors of the real-news dev splits (issue 10, third round), each class shown with short
reports written for this test, in English, Russian and Ukrainian."""

import pytest

from eventledger.extract.segment import sentences
from report_reading import bounds, casualty_event


# --- sentences glued without a space still end at their period -----------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Є поранений.Про це повідомив очільник ОВА Іван Петренко.", "uk",
     ["Є поранений.", "Про це повідомив очільник ОВА Іван Петренко."]),
    ("Officials said.It was the first strike this week.", "en", ["Officials said.", "It was the first strike this week."]),
    ("Пожар потушен, сообщил журналист.Сотрудники МЧС работают.", "ru",
     ["Пожар потушен, сообщил журналист.", "Сотрудники МЧС работают."]),
])
def test_a_period_between_two_words_ends_a_sentence(text, lang, expected):
    assert [s.text for s in sentences(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("According to Censor.NET, two drones were shot down.", "en"),
    ("Дрон атакував м.Ізюм і с.Лютівка вночі.", "uk"),
])
def test_site_names_and_abbreviations_keep_their_dot(text, lang):
    assert len(sentences(text, lang)) == 1


def test_the_speaker_of_a_glued_sentence_is_the_one_it_names(read):
    text = ("Російські війська обстріляли Херсон з артилерії. Поранено двох людей.Про це повідомив очільник "
            "Херсонської ОВА Олександр Прокудін.")
    claims = [c for c in casualty_event(read(text, "uk")).claims if c.figure == "injured"]
    assert [c.source for c in claims] == ["Олександр Прокудін"]


# --- a toll told as a noun phrase: an aside inside it, or the death named by a noun -------------------------------

@pytest.mark.parametrize("text, lang, figure, expected", [
    ("A missile hit a school in Dnipro on Monday. The death toll in Dnipro, according to officials, has risen to 9.",
     "en", "killed", (9, 9, 9)),
    ("Ракета попала в дом в Харькове. Число пострадавших в результате удара, по уточнённым данным, возросло до 14.",
     "ru", "injured", (14, 14, 14)),
    ("Ракета влучила в будинок у Харкові. Кількість постраждалих через удар, за останніми даними, зросла до 14.",
     "uk", "injured", (14, 14, 14)),
    ("Российские войска нанесли ракетный удар по Виннице. Украинские власти подтверждают гибель 12 человек.",
     "ru", "killed", (12, 12, 12)),
    ("Росія завдала ракетного удару по Вінниці. Влада підтверджує загибель 12 людей.", "uk", "killed", (12, 12, 12)),
])
def test_a_toll_is_read_through_an_aside_and_from_a_noun(read, text, lang, figure, expected):
    assert bounds(casualty_event(read(text, lang)), figure) == expected


# --- "there were no casualties" told with a verb: nobody killed, nobody injured ------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A drone hit a warehouse in Sumy overnight without causing casualties, the regional administration said.", "en"),
    ("Беспилотник атаковал склад в Курске ночью. Пострадавших среди мирных жителей не было, сообщил губернатор.", "ru"),
    ("Дрон атакував склад у Сумах вночі. Серед населення не було постраждалих, повідомив очільник ОВА.", "uk"),
])
def test_no_casualties_told_with_a_verb_are_zero_killed_and_injured(read, text, lang):
    event = casualty_event(read(text, lang))
    assert (bounds(event, "killed"), bounds(event, "injured")) == ((0, 0, 0), (0, 0, 0))


# --- one person told by an age in the singular is a count of one ---------------------------------------------------

@pytest.mark.parametrize("text, lang, figure", [
    ("Russian shelling hit Kherson on Monday; a 63-year-old local resident was killed, governor Oleksandr Prokudin said.",
     "en", "killed"),
    ("ВСУ обстреляли Донецк. В результате обстрела ранена 63-летняя жительница, сообщил Алексей Кулемзин.", "ru",
     "injured"),
    ("Росіяни обстріляли Херсон. Внаслідок обстрілу постраждав 19-річний цивільний, повідомив Олександр Прокудін.",
     "uk", "injured"),
])
def test_a_person_told_by_an_age_is_one(read, text, lang, figure):
    claims = [c for c in casualty_event(read(text, lang)).claims if c.figure == figure]
    assert [c.value for c in claims] == [1] and claims[0].source is not None


def test_ages_in_a_list_are_still_counted_once_each(read):
    text = "Росіяни обстріляли Херсон. Загинули два 70-річні та 57-річний чоловіки."
    assert bounds(casualty_event(read(text, "uk")), "killed") == (3, 3, 3)


# --- weapons counted through adjectives before their noun -----------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Air defences intercepted and destroyed 75 Ukrainian fixed-wing unmanned aerial vehicles over Kursk overnight, "
     "the Russian Defence Ministry said.", "en"),
    ("Средства ПВО перехватили и уничтожили 75 украинских беспилотных летательных аппаратов над Курской областью, "
     "сообщило Минобороны России.", "ru"),
    ("Сили ППО збили 75 російських ударних безпілотників над Київщиною, повідомили Повітряні сили.", "uk"),
])
def test_weapons_counted_through_adjectives(read, text, lang):
    (event,) = [e for e in read(text, lang) if e.kind == "interception"]
    assert bounds(event, "intercepted") == (75, 75, 75)


# --- a speaker told later by the words told before his name is that person ----------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Беспилотник атаковал Калугу. Об этом проинформировал в своём Telegram-канале представитель Росавиации Артём "
     "Кореняко. Ранее представитель Росавиации сообщил, что сбиты два беспилотника.", "ru", "Артём Кореняко"),
    ("Дрон атакував Харків. Про це повідомив речник Харківської ОВА Іван Петренко. Пізніше речник Харківської ОВА "
     "повідомив, що збито два безпілотники.", "uk", "Іван Петренко"),
    ("A drone attack on Belgorod was repelled, Belgorod region spokesman Ivan Petrov said. Later the region spokesman "
     "said two drones were shot down.", "en", "Belgorod region spokesman Ivan Petrov"),
])
def test_a_speaker_told_by_the_words_before_his_name_is_that_person(read, text, lang, expected):
    (event,) = [e for e in read(text, lang) if e.kind == "interception"]
    assert [c.source for c in event.claims if c.figure == "intercepted"] == [expected]


def test_words_that_described_two_people_describe_nobody_in_particular(read):
    text = ("Беспилотник атаковал Калугу, сообщил представитель Росавиации Артём Кореняко. Позже представитель "
            "Росавиации Иван Петров добавил подробности. Затем представитель Росавиации сообщил, что сбиты два "
            "беспилотника.")
    (event,) = [e for e in read(text, "ru") if e.kind == "interception"]
    assert [c.source for c in event.claims if c.figure == "intercepted"] != ["Артём Кореняко"]


# --- "It said ...": a lone "it" before a speech verb is the body named before --------------------------------------

def test_it_said_is_the_body_named_before(read):
    text = ("Russia's Defence Ministry said air defences destroyed 20 Ukrainian drones overnight over Bryansk. It said "
            "13 drones were shot down over Crimea, two over the Oryol Region.")
    sources = {c.source for e in read(text, "en") for c in e.claims if c.figure == "intercepted"}
    assert sources == {"Russia's Defence Ministry"}


def test_this_was_reported_by_still_names_who_reported_it(read):
    text = "Air defences destroyed 11 Russian drones over Odesa overnight. This was reported on Telegram by the Air Force."
    (event,) = [e for e in read(text, "en") if e.kind == "interception"]
    (source,) = [c.source for c in event.claims if c.figure == "intercepted"]
    assert source.endswith("Air Force")


# --- news agencies named alone are media, so an agency's later, larger toll beside another's is the update ---------

@pytest.mark.parametrize("text, lang", [
    ("Ukrainian forces struck the regional administration building in Kherson on Monday. A driver of the department "
     "chief was killed in the attack, a correspondent of the RIA Novosti news agency reported. The death toll in the strike has risen to three, Interfax "
     "reports.", "en"),
    ("ВСУ нанесли удар по зданию администрации в Херсоне. В результате атаки погиб водитель, сообщает корреспондент агентства РИА Новости. "
     "Число погибших возросло до трёх, сообщает Интерфакс.", "ru"),
])
def test_an_agencys_later_larger_toll_is_the_best(read, text, lang):
    assert bounds(casualty_event(read(text, lang)), "killed") == (1, 3, 3)


# --- a count the source stands behind, even a lower bound, outranks hedged counts ----------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A drone struck a market in Atbara on Tuesday. At least five people were killed, the state governor said. "
     "Unconfirmed reports suggested that 12 people were killed.", "en"),
    ("Беспилотник ударил по рынку в Белгороде. Погибли по меньшей мере пять человек, сообщил губернатор Иван Петров. "
     "По неподтверждённым данным, погибли 12 человек.", "ru"),
    ("Дрон влучив у ринок у Харкові. Загинули щонайменше п'ятеро людей, повідомив Іван Петренко. За "
     "неофіційними даними, нібито загинули 12 людей.", "uk"),
])
def test_a_credible_lower_bound_outranks_hedged_counts(read, text, lang):
    assert bounds(casualty_event(read(text, lang)), "killed") == (5, 5, 12)


# --- weapons counted, then a part of them told in a relative clause ------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Russia attacked Odesa overnight with four sea-launched Kalibr cruise missiles, three of which were intercepted by "
     "air defences, the regional administration said.", "en"),
    ("Россия атаковала Одессу четырьмя ракетами, три из которых были сбиты средствами ПВО, сообщила областная "
     "администрация.", "ru"),
    ("Росія випустила по Одесі чотири ракети, три з яких було збито, повідомила ОВА.", "uk"),
])
def test_the_weapons_before_a_relative_part_are_the_whole(read, text, lang):
    (event,) = [e for e in read(text, lang) if e.kind == "interception"]
    assert (bounds(event, "launched"), bounds(event, "intercepted")) == ((4, 4, 4), (3, 3, 3))


# --- words after a dash that tell an action are a clause, not a speaker ---------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал Шебекино. При атаке пострадали семь мирных жителей. При ночной атаке — пострадали ещё пять "
     "мирных жителей.", "ru"),
    ("Дрон атакував Шебекине. Під час атаки постраждали семеро мирних жителів. Під час нічної атаки — постраждали ще "
     "п'ятеро мирних жителів.", "uk"),
])
def test_a_clause_after_a_dash_names_no_speaker(read, text, lang):
    assert {c.source for c in casualty_event(read(text, lang)).claims if c.figure == "injured"} == {None}


def test_after_a_quotation_the_speaker_follows_the_verb_after_the_dash(read):
    text = ("Беспилотник атаковал аэропорт Калуги. «Дежурными средствами ПВО сбиты два беспилотника», — говорится в "
            "заявлении Минобороны.")
    (event,) = [e for e in read(text, "ru") if e.kind == "interception"]
    (source,) = [c.source for c in event.claims if c.figure == "intercepted"]
    assert "Минобороны" in source
