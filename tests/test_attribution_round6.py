"""Attribution errors of the real-news development pool (issue 10, class 4, sixth session): who tells a claim, shown
with short reports written for this test, in Russian and Ukrainian."""

import pytest

from report_reading import casualty_event


# --- "Об этом глава региона X сообщил": the speaker stands between the pointer back and the verb ------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Беспилотник атаковал нефтебазу в Курске, ранены два человека. Об этом губернатор Курской области Роман "
     "Старовойт сообщил в своём Telegram-канале.", "ru", "Роман Старовойт"),
    ("Росіяни обстріляли Нікополь з артилерії, поранено трьох людей. Про це голова обласної ради Микола Лукашук "
     "повідомив у Telegram.", "uk", "Микола Лукашук"),
    ("Росіяни обстріляли Нікополь з артилерії, поранено трьох людей. Про це повідомив голова Дніпропетровської ОВА "
     "(ОДА) Сергій Лисак.", "uk", "Сергій Лисак"),
])
def test_the_speaker_between_a_pointer_back_and_the_verb_is_the_source(read, text, lang, source):
    # not "в своём Telegram-канале", where he said it, nor an office cut off at a bracketed abbreviation
    claims = casualty_event(read(text, lang)).claims
    assert {c.source for c in claims if c.figure} == {source}


def test_a_later_office_alone_is_the_person_named_with_another_office(read):
    # "глава региона Вячеслав Гладков ... как уточнил губернатор": one man, whichever office the report calls him by
    claims = casualty_event(read(
        "Беспилотник атаковал Грайворон. Об этом глава региона Вячеслав Гладков сообщил в Telegram. Ранены двое мирных "
        "жителей, как уточнил губернатор.", "ru")).claims
    assert {c.source for c in claims if c.figure} == {"Вячеслав Гладков"}


def test_where_it_was_said_or_what_was_told_is_not_a_speaker(read):
    # "Об этом в своём Telegram-канале сообщил X", "О подробностях атаки рассказал X": the speaker follows the verb
    claims = casualty_event(read(
        "Дрон атаковал жилой дом в Белгороде, ранен мужчина. Об этом в своём Telegram-канале сообщил губернатор "
        "Вячеслав Гладков.", "ru")).claims
    assert {c.source for c in claims if c.figure} == {"Вячеслав Гладков"}


# --- "No injuries were reported": a passive speech verb names no speaker ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "No injuries were reported.",
    "Two people have been reported injured.",
])
def test_the_subject_of_a_passive_speech_verb_is_not_a_source(read, sentence):
    # what was reported stands before the verb ("No injuries were"); with no "by X" the outlet tells it
    claims = casualty_event(read(f"Russian forces shelled Nikopol with artillery on Monday. {sentence}")).claims
    assert [c.source for c in claims if c.figure == "injured"] == [None]


# --- who a later "he" or a relay points at ----------------------------------------------------------------------------

def test_an_office_and_full_name_is_the_person_a_later_he_points_back_at(read):
    # "Regional governor Oleksandr Prokudin", like "Kherson Governor Oleksandr Prokudin", is one person ...
    claims = casualty_event(read(
        "Russian forces shelled Kherson on Thursday, city mayor Roman Mrochko said. Regional governor Oleksandr Prokudin "
        "said a woman was killed in her apartment. Eight people were injured, he wrote on Telegram.")).claims
    assert {c.source for c in claims if c.figure} == {"Regional governor Oleksandr Prokudin"}  # not the mayor


def test_an_auxiliary_after_a_surname_is_not_part_of_the_speaker(read):
    # ... and "Prokudin had earlier reported" is still he
    claims = casualty_event(read(
        "Russian forces shelled Bilozerka on Thursday, regional governor Oleksandr Prokudin said. Prokudin had earlier "
        "reported that three people were injured.")).claims
    assert {c.source for c in claims if c.figure == "injured"} == {"regional governor Oleksandr Prokudin"}


def test_a_spaced_hyphen_before_the_verb_is_a_dash(read):
    # '"...", - зазначив він': many sites type a hyphen for the dash before the speaker
    claims = casualty_event(read(
        'Росіяни обстріляли Нікополь з артилерії, повідомив мер міста Олександр Саюк. Голова ОВА Сергій Лисак повідомив '
        'про удар. "Поранено трьох людей", '
        '- зазначив він.', "uk")).claims
    assert {c.source for c in claims if c.figure == "injured"} == {"Сергій Лисак"}


@pytest.mark.parametrize("text, lang, source", [
    ("Беспилотник атаковал Шебекино, ранены два человека. Как передает ТАСС, об этом сообщил губернатор Белгородской "
     "области Вячеслав Гладков.", "ru", "Вячеслав Гладков"),
    ("Росіяни обстріляли Нікополь з артилерії, поранено трьох людей. Як передає Укрінформ, про це у Telegram "
     "повідомив начальник Дніпропетровської ОВА Сергій Лисак.", "uk", "Сергій Лисак"),
])
def test_the_one_an_outlet_relays_is_the_source(read, text, lang, source):
    # "Как передает ТАСС, об этом сообщил X": the agency passes on what X told
    claims = casualty_event(read(text, lang)).claims
    assert {c.source for c in claims if c.figure} == {source}
