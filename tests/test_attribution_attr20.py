"""Attribution (attr20): who told a claim, read from the grammar of the tag and the quotation around it. The reports are
written for these tests and their names invented.

Covered:
- an adverb or auxiliary between a subject set off by commas and its speech verb ("X's governor, Y, first claimed",
  "Глава района, Y, ранее сообщил") leaves the subject the speaker; a place set off by commas before "также
  сообщили" stays no speaker;
- "according to" naming nobody after the sentence's own tag ('"...," Y told a briefing, according to two outlets')
  leaves the tag's speaker; "according to" alone, or a vague level of government, still names nobody;
- a quotation of several sentences closed by an official's tag (or by a tag on its own line after a dash, or with a
  name quoted inside it) is that official's, whoever the outlet carried before; a resident's tag does not take it;
- a channel named after a preposition or a possessive ("в своем телеграм-канале губернатор Y") is where the speaker
  spoke, not the kind of source; a channel alone is still one;
- "начальництво" (the bosses) is no office of one person; an office of a region is not held by the mayor the report
  named (feminine offices were taken out again by fix20c: see test_attribution_fix20c.py);
- a surname of a person named before, then where and when he wrote ("– написал Y в своем канале вечером"), is that
  person."""

import pytest

from eventledger.extract.attribution import classify
from report_reading import casualty_event, sources


# -- an adverb or auxiliary before the verb ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("en", "A drone hit a depot in Kursk overnight. Kursk's governor, Pavel Rudenko, first claimed that three "
           "people were injured.", "Pavel Rudenko"),
    ("en", "A drone hit a depot in Kursk overnight. The town's mayor, Pavel Rudenko, has since confirmed that three "
           "people were injured.", "Pavel Rudenko"),
    ("ru", "Ночью беспилотник атаковал Курск. Глава района, Павел Руденко, ранее сообщил, что ранены три человека.",
     "Павел Руденко"),
    ("uk", "Уночі дрон атакував Суми. Голова громади, Іван Руденко, раніше повідомив, що поранено трьох людей.",
     "Іван Руденко"),
])
def test_an_adverb_between_a_subject_set_off_and_its_verb(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


@pytest.mark.parametrize("lang, report", [
    # a place set off by commas, then "also reported": no speaker (the place is not one)
    ("ru", "Ночью беспилотник атаковал Лиски. В Лисках, городе Воронежской области, также сообщили, что ранены три "
           "человека."),
    ("uk", "Уночі дрон атакував Конотоп. У Конотопі, місті Сумської області, також повідомили, що поранено трьох "
           "людей."),
    # a closing "it" after an adverb is no phrase of what was told
    ("en", "A drone hit a depot in Kursk overnight, injuring three people, it later said."),
    # residents named by a place set off by commas
    ("en", "A drone hit a depot in Lgov overnight. In Lgov, a town near the border, it was also reported that three "
           "people were injured."),
])
def test_no_speaker_is_made_of_a_place_or_a_clause_before_an_adverb(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


# -- "according to" naming nobody --------------------------------------------------------------------------------------

def test_according_to_nobody_after_a_tag_leaves_the_tags_speaker(read):
    report = ('A drone hit a depot in Kursk overnight. "We have three wounded," Rudenko told a briefing, according to '
              'two outlets.')
    assert sources(casualty_event(read(report)), "injured") == {"Rudenko"}


@pytest.mark.parametrize("report", [
    "A drone hit a depot in Kursk overnight. According to preliminary information, three people were wounded.",
    "A drone hit a depot in Kursk overnight. According to local authorities, three people were wounded.",
    # the speech verb inside the phrase of "according to" names no speaker of its own
    "A drone hit a depot in Kursk overnight. According to reports, three people were wounded, the office said.",
])
def test_according_to_nobody_alone_still_names_nobody(read, report):
    assert sources(casualty_event(read(report)), "injured") == {None}


# -- a quotation closed by its tag -------------------------------------------------------------------------------------

def test_a_quotation_of_several_sentences_is_the_officials_whose_tag_closes_it(read):
    report = ("Ночью беспилотник ударил по нефтебазе в Туапсе, сообщил представитель Минобороны Олег Панов. «Загорелся "
              "резервуар. Пострадали два человека. Службы работают на месте», — добавил губернатор края Павел Зорин.")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Павел Зорин"}


def test_a_residents_tag_does_not_take_the_quotation(read):
    report = ("Ночью беспилотник ударил по нефтебазе в Туапсе, сообщил представитель Минобороны Олег Панов. «Загорелся "
              "резервуар. Пострадали два человека. Было страшно», — рассказала местная жительница Анна Орлова.")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Олег Панов"}


def test_a_tag_on_its_own_line_closes_the_quotation_with_a_name_quoted_inside(read):
    report = ("Уночі ворог обстріляв Нікополь, повідомив мер Іван Сидоренко.\n"
              "“Зранку ворог ударив по заводу «Азот». Загинула жінка, поранено двох людей.”,\n"
              "– повідомив голова ОВА Сергій Лисенко.")
    event = casualty_event(read(report, "uk"))
    assert sources(event, "injured") == sources(event, "killed") == {"Сергій Лисенко"}


def test_a_residents_tag_on_its_own_line_does_not_take_the_quotation(read):
    report = ("Уночі ворог обстріляв Нікополь, повідомив мер Іван Сидоренко.\n"
              "“Зранку ворог ударив по місту. Загинула жінка, поранено двох людей.”,\n"
              "– розповіла місцева мешканка Ганна Бойко.")
    assert sources(casualty_event(read(report, "uk")), "injured") == {"Іван Сидоренко"}


# -- a channel where the speaker spoke ---------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, lang, kind", [
    ("в своем телеграм-канале губернатор области Андрей Волков", "ru", "official"),
    ("у Telegram-каналі голова ОВА Іван Петренко", "uk", "official"),
    ("on his Telegram channel Governor Ivan Petrov", "en", "official"),
    # a channel alone, or named as the speaker, is still a channel
    ("Telegram-канал SHOT", "ru", "telegram"),
    ("в телеграм-канале Baza", "ru", "telegram"),
    ("Telegram channel Rybar", "en", "telegram"),
])
def test_a_channel_after_a_preposition_is_where_the_speaker_spoke(phrase, lang, kind):
    assert classify(phrase, lang) == kind


# -- feminine offices and levels ---------------------------------------------------------------------------------------

def test_an_office_of_the_region_is_not_held_by_the_mayor(read):
    report = ("Уночі ворог атакував Полтаву, повідомив мер Іван Сидоренко. \"На щастя, двоє поранених\", - наголосила "
              "очільниця ОВА.")
    assert sources(casualty_event(read(report, "uk")), "injured") != {"Іван Сидоренко"}


# -- a surname, then where he wrote ------------------------------------------------------------------------------------

def test_a_surname_named_before_then_where_he_wrote(read):
    report = ("Ночью беспилотник атаковал Курск, сообщил представитель Минобороны Олег Панов. Мэр города Игорь Карпов "
              "приехал на место.\n"
              "\"Ранены три человека. Работают экстренные службы\",\n"
              "– написал Карпов в своем канале вечером 5 мая.")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Игорь Карпов"}


def test_a_collective_noun_is_no_feminine_office(read):
    # "начальництво" (the bosses) is no office of one person, though it begins as "начальниця" does
    report = ("Уночі дрон атакував Полтаву, повідомив голова ОВА Іван Коваль. Пізніше начальництво поліції уточнило, що "
              "поранено двох людей.")
    assert sources(casualty_event(read(report, "uk")), "injured") == {"начальництво поліції"}
