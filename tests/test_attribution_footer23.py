"""Attribution (footer23): a Telegram channel's own post, and markdown around names.
The posts are written for these tests; their channels and people are invented.

Covered:
- a post's closing invitation line ("❗️ [Подписывайся на X](link)", "[X. Підписатися](link)", "[Subscribe to X](link)",
  "@x", a "send news" line below it) names its channel: the claims a post naming nobody else tells are the channel's,
  kind `telegram`;
- a post that names a source (an official, an outlet it relays, a signing line): the footer's channel never takes what
  that source told; a line naming no channel, a news page's plain "subscribe" blurb, credits nobody; the post's own lead,
  before anyone is named, is the channel's (attr26 covers it);
- markdown marks never reach a source name ("— __Собянин__", "[Минобороны](link) сообщило").
"""

import pytest

from eventledger.extract.attribution import Source
from eventledger.extract.channel_footer import footer_channel
from eventledger.extract.markup import unmarked
from report_reading import casualty_event, sources


# -- the channel a closing line names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, footer, name", [
    ("ru", "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)", "Вестник Полдня"),
    ("ru", "🎯[ Подписывайся на KORN](https://t.me/korn_news)\n\n📩 [Прислать новость](https://t.me/korn_bot)", "KORN"),
    ("ru", "[👉 Гром Live. Подписаться](https://t.me/+XyZ)", "Гром Live"),
    ("ru", "🔴 [Подписаться](https://t.me/gromlive) | [Прислать новость](https://t.me/grom_bot)", None),
    ("uk", "⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)", "Вартовий"),
    # a name told after a preposition is named in the nominative
    ("ru", "🔴 [Подписаться на Звезду Севера](https://t.me/zvezda_severa)", "Звезда Севера"),
    ("uk", "🔴 [Підписатися на Хвилю](https://t.me/khvylia)", "Хвиля"),
    ("uk", "[Вартовий. Підписатися](https://t.me/vartovyi)", "Вартовий"),
    ("en", "🔔 [Subscribe to Frontline Wire](https://t.me/frontline_wire)", "Frontline Wire"),
    ("en", "@frontline_wire", "frontline_wire"),
    ("en", "[Subscribe to our channel](https://t.me/frontline_wire)", None),
])
def test_a_closing_invitation_line_names_its_channel(lang, footer, name):
    post = "Первая строка поста.\n\nВторая строка поста.\n\n" + footer
    found = footer_channel(post, lang)
    assert (found[0] if found else None) == name
    if found:
        assert post[found[1]:].startswith(footer.split("\n")[0])


@pytest.mark.parametrize("lang, post", [
    # a plain text blurb of a news page links nowhere
    ("uk", "Уночі дрон влучив у будинок.\n\nПідписуйтесь на Вартовий у Telegram"),
    # an invitation inside the post's last sentence is no line of its own
    ("ru", "Ночью дрон попал в дом, ранены двое, подробности в канале [Подписаться на Гром](https://t.me/grom) и у нас "
           "на сайте, где мы собираем все новости дня о ночной атаке"),
])
def test_no_channel_without_a_closing_link_line(lang, post):
    assert footer_channel(post, lang) is None


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n"
           "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)", "Вестник Полдня"),
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n"
           "🎯[ Подписывайся на KORN](https://t.me/korn_news)\n\n📩 [Прислать новость](https://t.me/korn_bot)", "KORN"),
    ("uk", "Уночі дрон атакував житловий будинок у Сумах. Поранено трьох людей.\n\n"
           "⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)", "Вартовий"),
    ("en", "A drone struck an apartment block in Kursk overnight. Three people were injured.\n\n"
           "🔔 [Subscribe to Frontline Wire](https://t.me/frontline_wire)", "Frontline Wire"),
])
def test_a_channels_own_post_is_its_claim(read, lang, report, name):
    e = casualty_event(read(report, lang))
    assert sources(e, "injured") == {name}
    assert {c.source_kind for c in e.claims if c.figure == "injured"} == {"telegram"}


@pytest.mark.parametrize("lang, report, name", [
    # an official signs the post
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n— Павел Орлов.\n\n"
           "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)", "Павел Орлов"),
    # the post relays a channel: that channel stays the source
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске, ранены три человека, пишет канал «Северный ветер».\n\n"
           "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)", "Северный ветер"),
    ("uk", "Уночі дрон атакував житловий будинок у Сумах, поранено трьох людей, повідомив голова ОВА Іван Петренко.\n\n"
           "⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)", "Іван Петренко"),
    ("en", "A drone struck an apartment block in Kursk overnight, injuring three people, Governor Ivan Petrov said.\n\n"
           "🔔 [Subscribe to Frontline Wire](https://t.me/frontline_wire)", "Ivan Petrov"),
])
def test_a_footer_never_takes_a_named_sources_claim(read, lang, report, name):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and name in source


@pytest.mark.parametrize("lang, report", [
    # a line inviting with no channel's name
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n"
           "😄[— Подписаться](https://t.me/+MnOpQr)"),
])
def test_a_post_naming_someone_else_or_no_channel_keeps_its_words_unattributed(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


# -- markdown never reaches a name -------------------------------------------------------------------------------------

@pytest.mark.parametrize("marked, plain", [
    ("__Собянин__", "Собянин"), ("__Собянин", "Собянин"), ("**Минобороны РФ**", "Минобороны РФ"),
    ("[Минобороны](https://t.me/mod_russia/123)", "Минобороны"), ("[Іван Петренко]", "Іван Петренко"),
    ("kub_mash", "kub_mash"), ("Ivan Petrov", "Ivan Petrov"),
])
def test_markdown_comes_off_a_name(marked, plain):
    assert unmarked(marked) == plain
    assert Source(marked, "official").name == plain


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Ночью сбиты пять беспилотников, летевших на Москву, — __Сергей Волков__", "Сергей Волков"),
    ("uk", "Уночі над Києвом збито п'ять дронів, — **Іван Петренко**", "Іван Петренко"),
])
def test_a_closing_dash_in_markup_names_its_speaker_bare(read, lang, report, name):
    events = read(report, lang)
    found = {c.source for e in events for c in e.claims if c.figure == "intercepted"}
    assert found == {name}


# -- a closing line of a dash, a speech verb and its speaker signs the post ----------------------------------------------
# (a Russian and Ukrainian channel's way to sign; English posts close with the name alone, "— Governor Ivan Petrov")

@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Беспилотник упал на заводской цех в Ижевске. Один человек пострадал.\n\n"
           "— сообщил глава республики Иван Петров.\n\n❗ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)",
     "Иван Петров"),
    ("uk", "Уночі дрон влучив у цех заводу в Сумах. Одна людина постраждала.\n\n"
           "— повідомив голова ОВА Іван Петренко.\n\n⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)", "Іван Петренко"),
])
def test_a_dash_a_speech_verb_and_a_speaker_sign_the_post(read, lang, report, name):
    (source,) = sources(casualty_event(read(report, lang)), "injured")
    assert source is not None and name in source
