"""Attribution (attr22): who a channel's lead line, a closing dash line and a channel a sentence was published on name.
The reports are written for these tests and their names invented.

Covered:
- a lead line dressed in a channel's markup ("**⚡️Минобороны РФ:**", "⚡️Governor Ivan Petrov:") names its speaker as the
  bare lead does, and a lead standing alone on its line, the first line too, opens the words on the lines below;
- a line that is only a dash and a name ("— Собянин.") signs what the post told above it, back to the last speaker a
  sentence named; the words after it are the outlet's; a dashed list of names, a line of dialogue, signs nothing;
- a channel a sentence's news was published on ("Видео ... опубликовано в Telegram-канале X", "оприлюднено в
  телеграм-каналі X", "was published on the Telegram channel X") is its source; not a sentence's after it.
"""

import pytest

from eventledger.extract.attribution import SourceBook
from report_reading import casualty_event, sources


# -- a lead line in a channel's markup ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, line, name", [
    ("ru", "**⚡️Минобороны РФ:** за ночь сбиты три беспилотника", "Минобороны РФ"),
    ("ru", "⚡Губернатор Курской области Павел Орлов: ранены двое", "Павел Орлов"),
    ("uk", "**⚡️Голова ОВА Іван Петренко:**", "Іван Петренко"),
    ("en", "🔴 __Governor Ivan Petrov__: two people were injured", "Governor Ivan Petrov"),
])
def test_a_lead_in_markup_names_its_speaker(lang, line, name):
    assert SourceBook(line, lang).line_lead(line).name == name


@pytest.mark.parametrize("lang, line", [("ru", "**⚡️Фото:** последствия удара"), ("en", "🔴 Details: two injured"),
                                        ("uk", "  • Печерський: уламки впали на дах")])
def test_markup_makes_no_speaker_of_other_leads(lang, line):
    assert SourceBook(line, lang).line_lead(line).name is None


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "В Курске дрон попал в дом.\n\n⚡️Губернатор Павел Орлов:\nЗа ночь в Курске ранены три человека.", "Павел Орлов"),
    ("uk", "Уночі дрон атакував Суми.\n\n**⚡️Голова ОВА Іван Петренко:**\nУ Сумах поранено трьох людей.", "Іван Петренко"),
    ("en", "A drone hit a house in Kursk.\n\n⚡️Governor Ivan Petrov:\nThree people were injured in Kursk overnight.",
     "Governor Ivan Petrov"),
])
def test_a_lead_alone_on_its_line_opens_the_words_below(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "**⚡️Губернатор Павел Орлов:**\n«Дрон попал в дом в Курске, ранены три человека».", "Павел Орлов"),
    ("uk", "**⚡️Голова ОВА Іван Петренко:**\n«Дрон влучив у будинок у Сумах, поранено трьох людей».", "Іван Петренко"),
    ("en", "⚡️Governor Ivan Petrov:\n\"A drone hit a house in Kursk, three people were injured.\"", "Governor Ivan Petrov"),
])
def test_a_heading_that_is_only_a_lead_opens_the_post(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


def test_a_headline_with_its_own_words_still_names_nobody_below(read):
    report = "Минобороны РФ: ночью сбиты беспилотники\n\nВ Курске дрон попал в дом, ранены три человека."
    assert sources(casualty_event(read(report, "ru")), "injured") == {None}


# -- a line signing what was told above it -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, name", [
    ("ru", "В Курске дрон попал в дом.\n\nРанены три человека.\n\n— Орлов.", "Орлов"),
    ("uk", "У Сумах дрон влучив у будинок.\n\nПоранено трьох людей.\n\n– Іван Петренко", "Іван Петренко"),
    ("en", "A drone hit a house in Kursk.\n\nThree people were injured.\n\n— Governor Ivan Petrov", "Governor Ivan Petrov"),
])
def test_a_dash_line_signs_the_post_above_it(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


def test_a_dash_line_signs_back_to_the_last_named_speaker_only(read):
    report = "В Курске дрон попал в дом, ранены двое, сообщил губернатор Павел Орлов.\n\nВ Белгороде дрон попал в " \
             "гараж, ранены пять человек.\n\n— Минобороны РФ"
    events = read(report, "ru")
    assert {c.source for e in events for c in e.claims if c.figure == "injured"} == {"Павел Орлов", "Минобороны РФ"}


def test_after_a_dash_line_the_post_is_the_outlets(read):
    report = "Ещё два беспилотника сбили над Курском.\n\n— Орлов.\n\nВ Белгороде дрон попал в дом, ранены три человека."
    assert sources(casualty_event(read(report, "ru")), "injured") == {None}


@pytest.mark.parametrize("lang, report", [
    ("ru", "В Курске дрон попал в дом, ранены трое.\n\n— Запас таких изделий у нас имеется."),
    ("ru", "В Курске дрон попал в дом, ранены трое.\n\n— Ещё антироссийских санкций."),
    ("en", "A drone hit a house in Kursk, injuring three people.\n\nSources:\n— Reuters\n— Governor Ivan Petrov"),
])
def test_a_dialogue_line_or_a_dashed_list_signs_nothing(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}



# -- published on a channel --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Видео уничтожения двух беспилотников над Курском было опубликовано в Telegram-канале «Курский вестник».",
     "Курский вестник"),
    ("uk", "Відео знищення двох безпілотників над Сумами оприлюднено в телеграм-каналі «Суми онлайн».", "Суми онлайн"),
    ("en", "A video of two drones shot down over Kursk was published on the Telegram channel Kursk Herald.", "Kursk Herald"),
])
def test_the_channel_a_sentence_was_published_on_tells_it(read, lang, report, name):
    (e,) = read(report, lang)
    assert {c.source for c in e.claims if c.figure == "intercepted"} == {name}


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Губернатор Павел Орлов сообщил, что над Курском сбиты два беспилотника. Видео опубликовано в его "
           "Telegram-канале.", "Павел Орлов"),
    ("ru", "Видео было опубликовано в ночь на 5 мая. Над Курском сбиты два беспилотника.", None),
])
def test_publication_names_no_channel_but_its_own(read, lang, report, name):
    (e,) = read(report, lang)
    assert {c.source for c in e.claims if c.figure == "intercepted"} == {name}
