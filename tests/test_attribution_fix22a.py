"""Attribution (fix22a, the review of attr22): what a closing dash line and a channel something was published on may
name. The reports are the reviewer's own writing for the review (/tmp/review22-attr22) and a few written for these tests.

Covered:
- a line of a dash and capitalised words signs the post only as a body the kind words know, with nothing before its
  kind word but whose or where it is, or as a personal name by its shape (initials and a surname, a first name and a
  surname, a lone surname); a slogan closing a post ("— Слава Україні", "— Героям Слава", "— Слава ЗСУ", "— Держитесь
  Курчане", "— Stay Safe") signs nothing;
- "published/posted on a channel" names a channel only of Telegram or named in quotes: a canal ("размещены на канале у
  Каховки", "розміщені на каналі Дніпро — Донбас") or the English Channel names no source;
- the channel something was published on is the source of its own sentence, not of the sentences after it.
"""

import pytest

from eventledger.extract.attribution import SourceBook
from report_reading import casualty_event, sources


# -- a dash line: a signer, or a slogan --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("uk", "У Харкові дрон влучив у будинок, поранено трьох людей.\n\n— Слава Україні"),
    ("uk", "Уночі в Сумах дрон влучив у склад, поранено трьох людей.\n\n— Героям Слава"),
    ("uk", "У Харкові збито два дрони, уламки пошкодили будинок, поранено двох людей.\n\n— Слава ЗСУ"),
    ("ru", "В Курске дрон попал в дом, ранены три человека.\n\n— Держитесь Курчане"),
    ("ru", "В Белгороде дрон попал в дом, ранены два человека.\n\n— Вечная Память"),
    ("en", "A drone hit a house in Kharkiv, three people were injured.\n\n— Stay Safe"),
    ("en", "A drone hit a house in Kharkiv, three people were injured.\n\n— Glory To Ukraine"),
])
def test_a_slogan_closing_a_post_signs_nothing(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


@pytest.mark.parametrize("lang, report, name", [
    ("en", "A drone hit a garage in Belgorod.\n\nTwo people were injured.\n\n— Belgorod regional administration",
     "Belgorod regional administration"),
    ("ru", "В Белгороде дрон попал в гараж.\n\nРанены два человека, их госпитализировали.\n\n— Сидоров.", "Сидоров"),
    ("uk", "У Харкові дрон влучив у будинок.\n\nПоранено трьох людей.\n\n— Олег Коваль", "Олег Коваль"),
    ("uk", "У Харкові дрон влучив у будинок.\n\nПоранено трьох людей.\n\n— О. Коваль", "Коваль"),  # (his surname)
])
def test_a_body_or_a_personal_name_still_signs(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


@pytest.mark.parametrize("lang, line, signs", [
    ("uk", "— Слава ЗСУ", False),  # a body's abbreviation after a noun of its own
    ("uk", "— Слава Україні", False),  # a first name, then no surname
    ("uk", "— Харківська ОВА", True),  # an adjective of where, then the body
    ("ru", "— Иван Сидоров", True),
    ("ru", "— Держитесь Курчане", False),
    ("en", "— Glory to the Armed Forces", False),
    ("en", "— Kharkiv city administration", True),
])
def test_signature_reads_the_shape_of_the_name(lang, line, signs):
    assert (SourceBook(line, lang).signature(line).name is not None) is signs


# -- published on a channel, not a canal -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("ru", "Понтоны, которые были размещены на канале у Каховки, уничтожены ударом дрона, ранены два военных."),
    ("uk", "Понтони були розміщені на каналі Дніпро — Донбас, дрон знищив їх, поранено двох військових."),
    ("en", "A patrol boat that was posted in the Channel near Dover was hit by a drone, two sailors were injured."),
])
def test_a_canal_or_a_sea_is_no_channel_that_published(read, lang, report):
    assert {c.source for e in read(report, lang) for c in e.claims} == {None}


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Видео уничтожения двух беспилотников над Курском опубликовано на канале «Курский вестник».",
     "Курский вестник"),
    ("uk", "Відео знищення двох безпілотників над Сумами оприлюднено в Телеграм-каналі «Суми онлайн».", "Суми онлайн"),
])
def test_a_quoted_channel_or_telegrams_in_any_case_still_tells_it(read, lang, report, name):
    (e,) = read(report, lang)
    assert {c.source for c in e.claims if c.figure == "intercepted"} == {name}


# -- the channel's own sentence only -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("ru", "Видео пожара опубликовано в Telegram-канале «Белгород сегодня». В Белгороде дрон попал в подстанцию, ранены "
           "два человека."),
    ("uk", "Відео пожежі на підстанції оприлюднено в телеграм-каналі «Харків живий». У Харкові дрон влучив у "
           "підстанцію, поранено двох людей."),
    ("en", "A video of the fire was published on the Telegram channel Kharkiv Live. A drone hit a substation in Kharkiv, "
           "two people were injured."),
])
def test_the_published_on_channel_tells_no_sentence_after_its_own(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


def test_whoever_told_before_goes_on_after_the_published_on_sentence(read):
    report = ("Губернатор Иван Сидоров сообщил, что в Белгороде дрон попал в дом. Видео опубликовано в Telegram-канале "
              "«Белгород сегодня». Ранены два человека.")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Иван Сидоров"}
