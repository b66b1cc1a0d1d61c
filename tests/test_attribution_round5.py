"""Attribution errors of the real-news dev splits (issue 10, class 4, fifth session): who tells a claim, shown with
short reports written for this test, in English, Russian and Ukrainian."""

import pytest

from report_reading import casualty_event


# --- the outlet recalling its own earlier reporting tells that itself ------------------------------------------------

@pytest.mark.parametrize("text, lang, figure, recalled", [
    ("A Russian missile struck an apartment block in Dnipro on Monday. Regional governor Serhiy Lysak said 12 people "
     "were injured. Previously, eight people were reported injured.", "en", "injured", 8),
    ("Вооружённые силы Украины обстреляли Шебекино из артиллерии. Губернатор Вячеслав Гладков сообщил, что ранены "
     "трое мирных жителей. Напомним, что накануне в Шебекино погиб один человек.", "ru", "killed", 1),
    ("Російські війська вдарили ракетою по Харкову. Мер Харкова Ігор Терехов повідомив, що поранено 12 людей. Раніше "
     "повідомлялося про шістьох поранених.", "uk", "injured", 6),
])
def test_a_recap_by_the_outlet_names_no_source(read, text, lang, figure, recalled):
    # "Напомним, что ...", "Раніше повідомлялося ...", "Previously, ...": the governor or mayor quoted just before does
    # not go on into it, nor is it his as the only official the report quotes
    claims = casualty_event(read(text, lang)).claims
    assert [c.source for c in claims if c.figure == figure and c.value == recalled] == [None]
    assert all(c.source for c in claims if c.figure and c.value != recalled)


# --- every tense of a speech verb names its speaker ----------------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Беспилотник атаковал жилой дом в Брянске. Губернатор Александр Богомаз сообщал, что ранены два человека. "
     "«Пожар потушен, погибших нет», — подчеркнул он.", "ru", "Александр Богомаз"),
    ("Ворог обстріляв Херсон з артилерії. Начальник ОВА Олександр Прокудін повідомляв, що поранено трьох людей.", "uk",
     "Олександр Прокудін"),
    ("Російські дрони атакували Хмельницький. Як повідомляв Укрінформ, внаслідок атаки постраждали двоє людей.", "uk",
     "Укрінформ"),
])
def test_an_imperfective_or_emphatic_speech_verb_names_the_speaker(read, text, lang, source):
    # "сообщал", "повідомляв", "подчеркнул он": not only "сообщил" and "повідомив" tell who speaks
    claims = casualty_event(read(text, lang)).claims
    assert {c.source for c in claims if c.figure} == {source}


def test_residents_named_by_their_town_leave_the_town_a_place(read):
    # "Жителі Ізмаїла повідомляли": the speakers are residents, and Izmail stays where the explosions were heard
    events = read("Уночі 15 лютого російські війська атакували Одесу ударними безпілотниками. Жителі Ізмаїла також "
                  "повідомляли про вибухи в районі порту.", "uk")
    assert [(e.kind, e.place.name) for e in events if e.place] == [("strike", "Одеса"), ("explosion", "Ізмаїл")]


# --- "говорится в заявлении X", "йдеться у повідомленні X": the statement's author is the source -----------------------

@pytest.mark.parametrize("text, lang, source", [
    ("При обстреле Горловки ранены два мирных жителя, говорится в заявлении администрации города.", "ru",
     "администрации города"),
    ("Беспилотник атаковал нефтебазу в Брянской области, пострадавших нет. Об этом сообщается в Telegram-канале "
     "регионального правительства.", "ru", "регионального правительства"),
    ("Внаслідок удару по Сумах поранено чотирьох людей, йдеться у повідомленні Сумської обласної військової "
     "адміністрації.", "uk", "Сумської обласної військової адміністрації"),
])
def test_the_author_of_a_statement_told_impersonally_is_the_source(read, text, lang, source):
    claims = casualty_event(read(text, lang)).claims
    assert {c.source for c in claims if c.figure} == {source}
