"""Attribution (attr26): a channel's own lead, speech verbs the word lists lacked, quoted names, vague local media.
The reports are written for these tests; their channels, outlets and people are invented.

Covered:
- a Telegram post whose closing invitation line names its channel: what the post tells before the first sentence naming
  anyone is the channel's (eval/ANNOTATORS.md, "a channel's own lead"), also when someone is named further down; what
  the named speaker told stays his, and a post whose footer names no channel credits nobody;
- speech verbs of every language that the word lists lacked ("говорил", "извещает"; "говорив", "сповіщає") name their
  subject as the speaker ("conveyed" stays none: it also means carried, fix20c); the present "говорит/говорят",
  "говорить/говорять" (also "shows, points to") name a speaker only after a person or body, a pronoun before them keeps
  the speaker carried, and the opinion verbs "полагает", "вважає" name none (fix26b); "как говорит X", "як говорить X" name X;
- a name in quotation marks right before the verb ("«Вести-Курск» пишет") is the speaker;
- an opener before the subject of a verb that may take an object ("Утром минобороны объявило, что ...") keeps the
  subject the speaker;
- local media and local channels are vague bodies: no source (eval/ANNOTATORS.md).
"""

import pytest

from report_reading import casualty_event, sources

FOOTER = {"ru": "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)",
          "uk": "⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)"}


# -- a channel's own lead ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, channel", [
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n"
           "Губернатор Павел Орлов сообщил, что на месте работают экстренные службы.\n\n" + FOOTER["ru"], "Вестник Полдня"),
    ("uk", "Уночі дрон атакував житловий будинок у Сумах. Поранено трьох людей.\n\n"
           "Голова ОВА Іван Петренко повідомив, що на місці працюють рятувальники.\n\n" + FOOTER["uk"], "Вартовий"),
    # eyewitnesses named below the lead take only their own sentence
    ("ru", "Ночью беспилотник атаковал склад в Курске, ранены три человека.\n\n"
           "Очевидцы сообщили о двух громких взрывах.\n\n" + FOOTER["ru"], "Вестник Полдня"),
])
def test_a_channels_lead_before_anyone_is_named_is_its_claim(read, lang, report, channel):
    e = casualty_event(read(report, lang))
    assert sources(e, "injured") == {channel}
    assert {c.source_kind for c in e.claims if c.figure == "injured"} == {"telegram"}


@pytest.mark.parametrize("lang, report, speaker", [
    # what the official named in the lead tells is his, not the channel's
    ("ru", "Губернатор Павел Орлов сообщил, что ночью беспилотник атаковал жилой дом в Курске, ранены три человека.\n\n"
           "На месте работают экстренные службы.\n\n" + FOOTER["ru"], "Павел Орлов"),
    ("uk", "Голова ОВА Іван Петренко повідомив, що вночі дрон атакував житловий будинок у Сумах, поранено трьох людей.\n\n"
           + FOOTER["uk"], "Іван Петренко"),
])
def test_the_lead_of_a_named_speaker_stays_his(read, lang, report, speaker):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and speaker in source


def test_a_lead_with_a_footer_naming_no_channel_credits_nobody(read):
    report = ("Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n"
              "Губернатор Павел Орлов сообщил, что на месте работают экстренные службы.\n\n"
              "😄[— Подписаться](https://t.me/+MnOpQr)")
    assert sources(casualty_event(read(report, "ru")), "injured") == {None}


# -- speech verbs, quoted names, openers -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, speaker", [
    ("ru", "Губернатор Курской области говорил, что при ударе дрона по Курску ранены два человека.", "Губернатор Курской области"),
    ("ru", "Губернатор Курской области извещает, что при ударе дрона по Курску ранены два человека.", "Губернатор Курской области"),
    ("uk", "Голова Сумської ОВА говорив, що внаслідок удару дрона по Сумах поранено двох людей.", "Голова Сумської ОВА"),
    ("uk", "Голова Сумської ОВА сповіщає, що внаслідок удару дрона по Сумах поранено двох людей.", "Голова Сумської ОВА"),
    # a name in quotation marks right before its verb
    ("ru", "«Вести-Курск» пишет, что при ударе дрона по Курску ранены два человека.", "Вести-Курск"),
    ("ru", "Издание «Вести-Курск» сообщает, что при ударе дрона по Курску ранены два человека.", "Вести-Курск"),
    ("uk", "«Вісті Сум» пишуть, що внаслідок удару дрона по Сумах поранено двох людей.", "Вісті Сум"),
])
def test_a_speech_verb_names_its_subject(read, lang, report, speaker):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and speaker in source


# -- what shows or what one believes is no report (fix26b) ------------------------------------------------------------

@pytest.mark.parametrize("lang, report, speaker", [
    # "говорит о многом", "говорить про багато": a thing shows, it tells no figure; the official named before keeps it
    ("ru", "Глава района Олег Козлов сообщил, что снаряд попал в магазин в Шебекино. "
           "Количество прилетов говорит о многом: ранены четыре человека.", "Олег Козлов"),
    ("uk", "Голова громади Андрій Мельник повідомив, що снаряд влучив у магазин у Сумах. "
           "Кількість прильотів говорить про багато: поранено чотирьох людей.", "Андрій Мельник"),
    # a pronoun before the present "говорит" leaves the carried speaker
    ("ru", "Житель Шебекино Олег рассказал, что в доме выбиты окна. "
           "Он говорит, что при обстреле Шебекино ранены четыре человека.", "Олег"),
    ("uk", "Житель Сум Олег розповів, що в будинку вибито вікна. "
           "Він говорить, що внаслідок обстрілу Сум поранено чотирьох людей.", "Олег"),
])
def test_a_present_speak_verb_does_not_take_the_speaker_from_the_official(read, lang, report, speaker):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and speaker in source


@pytest.mark.parametrize("lang, report, speaker", [
    # the present "говорит/говорят" after a person or body is speech
    ("ru", "Очевидцы говорят, что при обстреле Шебекино ранены четыре человека.", "Очевидцы"),
    ("ru", "В МЧС говорят, что при обстреле Шебекино ранены четыре человека.", "МЧС"),
    ("uk", "Очевидці говорять, що внаслідок обстрілу Сум поранено чотирьох людей.", "Очевидці"),
    ("uk", "У ДСНС говорять, що внаслідок обстрілу Сум поранено чотирьох людей.", "ДСНС"),
])
def test_a_present_speak_verb_after_a_person_or_body_names_it(read, lang, report, speaker):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and speaker in source


@pytest.mark.parametrize("lang, report", [
    ("ru", "Аналитики полагают, что при обстреле Шебекино ранены четыре человека."),
    ("uk", "Аналітики вважають, що внаслідок обстрілу Сум поранено чотирьох людей."),
])
def test_an_opinion_verb_names_no_speaker(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


def test_an_opinion_after_an_officials_report_is_not_a_claim_of_its_holder(read):
    report = ("Голова громади Андрій Мельник повідомив, що снаряд влучив у магазин у Сумах. Поранено чотирьох людей. "
              "Аналітик вважає, що обстріл був навмисним.")
    claimed = {c.source for c in casualty_event(read(report, "uk")).claims}
    assert claimed and not any(s and "Аналітик" in s for s in claimed)


@pytest.mark.parametrize("lang, report, speaker", [
    ("ru", "Как говорит глава района Олег Козлов, при обстреле Шебекино ранены четыре человека.", "Олег Козлов"),
    ("uk", "Як говорить голова громади Андрій Мельник, внаслідок обстрілу Сум поранено чотирьох людей.", "Андрій Мельник"),
])
def test_as_says_names_the_speaker_after_it(read, lang, report, speaker):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and speaker in source


@pytest.mark.parametrize("lang, report, speaker", [
    ("ru", "Ранее утром минобороны России объявило, что ночью над Брянской областью был сбит один беспилотник.",
     "минобороны России"),
    ("ru", "Утром губернатор Брянской области объявил, что ночью над Брянском был сбит один беспилотник.",
     "губернатор Брянской области"),
    ("uk", "Зранку голова Сумської ОВА оголосив, що вночі над Сумами було збито один безпілотник.", "голова Сумської ОВА"),
])
def test_an_opener_before_the_subject_of_an_object_taking_verb(read, lang, report, speaker):
    claims = [c for e in read(report, lang) for c in e.claims if c.figure == "intercepted"]
    assert claims and {c.source for c in claims} == {speaker}


# -- vague local media -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("ru", "Местные СМИ пишут, что при ударе дрона по Курску ранены два человека."),
    ("ru", "По данным местных телеграм-каналов, при ударе дрона по Курску ранены два человека."),
    ("uk", "Місцеві ЗМІ пишуть, що внаслідок удару дрона по Сумах поранено двох людей."),
    ("en", "Two people were injured in a drone strike on Sidon, according to local media reports."),
    ("en", "Local media said two people were injured in a drone strike on Sidon."),
])
def test_local_media_name_no_source(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


# -- an airport's restriction is not a carried official's --------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("ru", "Восемь беспилотников сбиты на подлете к Москве, — Собянин.\n\n"
           "С 08:03 введены временные ограничения на работу аэропортов Внуково и Жуковский."),
    ("ru", "Мэр Москвы Сергей Собянин сообщил, что восемь беспилотников сбиты на подлете к Москве.\n\n"
           "В аэропорту Внуково объявлен план «Ковёр»."),
    ("uk", "Вісім дронів збито на підльоті до Києва, повідомив мер Петро Коваленко.\n\n"
           "В аеропорту Бориспіль запроваджено тимчасові обмеження на польоти."),
])
def test_a_carried_officials_account_leaves_an_airports_restriction_unattributed(read, lang, report):
    events = read(report, lang)
    intercepted = [c.source for e in events for c in e.claims if c.figure == "intercepted"]
    restricted = [c.source for e in events if e.kind == "airspace_restriction" for c in e.claims]
    assert intercepted and all(s is not None for s in intercepted)
    assert restricted and set(restricted) == {None}


def test_an_aviation_body_carried_on_keeps_the_next_restriction(read):
    report = ("В аэропорту Калуги введены временные ограничения на полеты, сообщили в Росавиации.\n\n"
              "Ограничения также введены в аэропорту Пулково.")
    restricted = [c.source for e in read(report, "ru") if e.kind == "airspace_restriction" for c in e.claims]
    assert restricted and None not in restricted
