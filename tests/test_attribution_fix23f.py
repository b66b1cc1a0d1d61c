"""Attribution (fix23f): a closing footer credits a post's channel only when it is that channel's own.
The posts are written for these tests; their channels and people are invented.

Covered:
- a web page's "Subscribe to X on Telegram: https://t.me/x" blurb, a bare address, credits nobody: only a markdown link
  or an @handle closes a Telegram post;
- a footer recommending someone else's channel (a partner line above it or on it, "По материалам:" above a handle)
  credits nobody (`channel_partners`, ru/uk/en);
- "Источник: @handle", "Джерело: @handle", "Source: @handle" name a source, so the footer takes nothing;
- a closing dash-and-verb line signs a post only for an office, a military body, an outlet or a channel (not a
  volunteer or a war correspondent), the signer named in the nominative as written;
- links, emphasis and symbols are read by one helper each (`markup`).
"""

import pytest

from eventledger.extract.attribution import SourceBook
from eventledger.extract.channel_footer import footer_channel
from eventledger.extract.markup import blanked, delinked, is_symbol, unmarked
from report_reading import casualty_event, sources

RU = "Ночью беспилотник атаковал жилой дом в Курске. Ранены три человека.\n\n"
UK = "Уночі дрон атакував житловий будинок у Сумах. Поранено трьох людей.\n\n"
EN = "A drone struck an apartment block in Kursk overnight. Three people were injured.\n\n"


@pytest.mark.parametrize("lang, post", [
    # a bare address: a news page's blurb
    ("en", EN + "Subscribe to Kursk Evening on Telegram: https://t.me/kursk_evening"),
    ("en", EN + "Subscribe to Kursk Evening on Telegram: t.me/kursk_evening"),
    ("ru", RU + "Подписывайтесь на Вестник Полдня в Telegram: https://t.me/vestnik_poldnya"),
    ("uk", UK + "Підписуйтесь на Вартовий у Telegram: https://t.me/vartovyi"),
    # someone else's channel: a partner line above the footer, or on it
    ("ru", RU + "Подписывайтесь на наших партнёров:\n[Подписывайся на Звезда Севера](https://t.me/zvezda)"),
    ("ru", RU + "Рекомендуем канал друзей: [Подписаться на Звезда Севера](https://t.me/zvezda)"),
    ("uk", UK + "Підписуйтесь на наших партнерів:\n[Підписуйся на Хвиля](https://t.me/khvylia)"),
    ("uk", UK + "Радимо канал друзів: [Підписатися на Хвиля](https://t.me/khvylia)"),
    ("en", EN + "Our partners: [Subscribe to Frontline Wire](https://t.me/frontline_wire)"),
    ("en", EN + "We recommend:\n[Subscribe to Frontline Wire](https://t.me/frontline_wire)"),
    # a handle under a credit line
    ("ru", RU + "По материалам:\n@kursk_vecher"),
    ("uk", UK + "За матеріалами:\n@sumy_vechir"),
    ("en", EN + "Source:\n@kursk_evening"),
])
def test_a_blurb_or_someone_elses_footer_names_no_channel(lang, post):
    assert footer_channel(post, lang) is None


@pytest.mark.parametrize("lang, post, name", [
    # the post's own footer still names it
    ("en", EN + "[Subscribe to Frontline Wire](https://t.me/frontline_wire)", "Frontline Wire"),
    ("en", EN + "@frontline_wire", "frontline_wire"),
    ("ru", RU + "Наш канал:\n@kursk_vecher", "kursk_vecher"),
    ("ru", RU + "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)", "Вестник Полдня"),
])
def test_a_posts_own_footer_still_names_it(lang, post, name):
    found = footer_channel(post, lang)
    assert found is not None and found[0] == name


@pytest.mark.parametrize("lang, report", [
    ("ru", RU + "Источник: @kursk_vecher\n\n❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)"),
    ("uk", UK + "Джерело: @sumy_vechir\n\n⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)"),
    ("en", EN + "Source: @kursk_evening\n\n🔔 [Subscribe to Frontline Wire](https://t.me/frontline_wire)"),
])
def test_a_source_line_naming_a_handle_stops_the_footer(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") != {
        "Вестник Полдня", "Вартовий", "Frontline Wire"}
    book = SourceBook(report, lang)
    assert any(s.name and s.name.startswith(("kursk_", "sumy_")) and s.kind == "telegram" for s in book.known.values())


@pytest.mark.parametrize("lang, line", [
    ("uk", "— повідомив волонтер Петро Коваль."),
    ("ru", "— сообщил военкор Иван Петров."),
    ("uk", "— розповіла місцева мешканка Ганна Бойко."),
    ("ru", "— сообщил Иван Петров."),
])
def test_only_an_office_a_body_an_outlet_or_a_channel_signs_with_a_verb(lang, line):
    assert SourceBook("", lang).signature(line).name is None


@pytest.mark.parametrize("lang, line, name, kind", [
    ("uk", "— повідомив голова ОВА Петро Коваль.", "Петро Коваль", "official"),
    ("ru", "— сообщил глава республики Иван Петров.", "Иван Петров", "official"),
    ("ru", "— сообщили в Минобороны.", "Минобороны", "military"),
])
def test_a_signer_is_named_in_the_nominative(lang, line, name, kind):
    signed = SourceBook("", lang).signature(line)
    assert (signed.name, signed.kind) == (name, kind)


def test_one_reading_of_links_emphasis_and_symbols():
    assert " ".join(delinked("по данным [Минобороны](https://t.me/mod) t.me/x").split()) == "по данным Минобороны"
    assert unmarked("**[Минобороны](https://t.me/mod)**") == "Минобороны"
    assert blanked("— __Сергей Волков__") == "—   Сергей Волков  "
    assert is_symbol("❗") and is_symbol("\ufe0f") and not is_symbol("Я")
