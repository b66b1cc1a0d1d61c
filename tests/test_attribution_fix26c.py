"""Attribution (fix26c): a speech tag closing its paragraph ("..., сообщил губернатор X.", "..., said governor X")
tells the paragraph's sentences before it, ahead of a channel's own lead and of a speaker carried on from before; a lead
with no tag stays the channel's. The reports are written for these tests; their channels and people are invented.
"""

import pytest

from report_reading import casualty_event, sources

FOOTER = {"ru": "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)",
          "uk": "⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)",
          "en": "❗️ [Subscribe to Noon Herald](https://t.me/+AbCdEf)"}
# a second authority below, so that no single-authority reading credits the post for the tag
MINISTRY = {"ru": "\n\nНочью над регионом сбиты 12 беспилотников, сообщили в Минобороны.",
            "uk": "\n\nУночі над регіоном збито 12 дронів, повідомили в Повітряних силах.",
            "en": "\n\nTwelve drones were downed over the region overnight, the defence ministry said."}


@pytest.mark.parametrize("lang, lead, speaker", [
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека. "
           "На месте работают экстренные службы, сообщил губернатор Павел Орлов.", "Павел Орлов"),
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. В Курске ранены двое, — сообщил губернатор Павел Орлов.",
     "Павел Орлов"),
    ("uk", "Уночі дрон атакував житловий будинок у Сумах. Поранено трьох людей. "
           "На місці працюють рятувальники, повідомив голова ОВА Іван Петренко.", "Іван Петренко"),
    ("en", "A drone hit a house in Kursk overnight. Three people were injured. "
           "Emergency crews are at the scene, said governor Pavel Orlov.", "Pavel Orlov"),
])
def test_a_tag_closing_the_lead_paragraph_is_its_source_not_the_channel(read, lang, lead, speaker):
    e = casualty_event(read(lead + MINISTRY[lang] + "\n\n" + FOOTER[lang], lang))
    assert all(c.source is not None and speaker in c.source for c in e.claims)
    assert {c.source_kind for c in e.claims if c.figure == "injured"} == {"official"}


@pytest.mark.parametrize("lang, report", [
    ("ru", "Беспилотники атаковали область.\n\nВ Курске дрон попал в жилой дом. Ранены три человека. "
           "На месте работают экстренные службы, сообщил губернатор Павел Орлов."),
    ("uk", "Дрони атакували область.\n\nУ Сумах дрон влучив у житловий будинок. Поранено трьох людей. "
           "На місці працюють рятувальники, повідомив голова ОВА Іван Петренко."),
])
def test_a_tag_closing_a_later_paragraph_tells_its_figures(read, lang, report):
    e = casualty_event(read(report + MINISTRY[lang] + "\n\n" + FOOTER[lang], lang))
    assert {c.source_kind for c in e.claims if c.figure == "injured"} == {"official"}


@pytest.mark.parametrize("lang, channel", [("ru", "Вестник Полдня"), ("uk", "Вартовий"), ("en", "Noon Herald")])
def test_a_lead_with_no_tag_stays_the_channels(read, lang, channel):
    lead = {"ru": "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.",
            "uk": "Уночі дрон атакував житловий будинок у Сумах. Поранено трьох людей.",
            "en": "A drone hit a house in Kursk overnight. Three people were injured."}[lang]
    e = casualty_event(read(lead + MINISTRY[lang] + "\n\n" + FOOTER[lang], lang))
    assert sources(e, "injured") == {channel}


def test_a_tag_in_the_middle_of_its_paragraph_leaves_the_lead_to_the_channel(read):
    # the lead paragraph goes on after the tagged sentence: the tag tells its own sentence only
    report = ("Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека. "
              "Над городом слышали взрывы, сообщил губернатор Павел Орлов. Жители вышли на улицы."
              + MINISTRY["ru"] + "\n\n" + FOOTER["ru"])
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Вестник Полдня"}
