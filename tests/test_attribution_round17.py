"""Attribution, fourteenth session (attr14): an outlet or channel that tells what unnamed eyewitnesses or residents told
it is the claim's source ("Телеграм-канал X со ссылкой на очевидцев пишет о взрывах"), not the eyewitnesses, nor a
phrase running on into its verb (with the citing words before the verb or set off by
commas); one that cites a named body still gives that body. Shown with short reports written
for this test."""

import pytest


def _kind_sources(events):
    return {c.source for e in events for c in e.claims if c.assertion == "kind"}


@pytest.mark.parametrize("text, lang, teller", [
    ("О трёх взрывах над Курском ночью рассказал канал Baza со ссылкой на очевидцев.", "ru", "Baza"),
    ("Издание «Курские вести» со ссылкой на жителей окраин написало о двух взрывах в Курске.", "ru", "Курские вести"),
    # the comma form: "X, ссылаясь на очевидцев, пишет"
    ("Канал Baza, ссылаясь на очевидцев, рассказал о трёх взрывах над Курском.", "ru", "Baza"),
    ("Канал Труха, посилаючись на очевидців, розповів про три вибухи над Сумами.", "uk", "Труха"),
    ("Телеграм-канал Труха з посиланням на очевидців пише про вибухи в Сумах.", "uk", "Труха"),
    ("The Baza channel, citing eyewitnesses, wrote of explosions in Kursk.", "en", "Baza"),
])
def test_a_teller_citing_eyewitnesses_is_the_source(read, text, lang, teller):
    sources = _kind_sources(read(text, lang))
    assert sources and all(s and teller in s for s in sources)


@pytest.mark.parametrize("text, lang, cited", [
    ("Об этом сообщает агентство «Курские вести» со ссылкой на губернатора Ивана Петрова: в Курске сбиты два беспилотника.",
     "ru", "Петров"),
    ("Про це повідомляє видання «Сумські вісті» з посиланням на голову ОВА Івана Петренка: у Сумах пролунали вибухи.",
     "uk", "Петренк"),
    # "ссылаясь на" anyone but unnamed witnesses leaves the sentence's own speaker
    ("Над Курском сбиты два беспилотника. Об этом пишет канал Baza, ссылаясь на сотрудников экстренных "
     "служб.", "ru", "Baza"),
    ("У Сумах пролунали два вибухи. Про це пише канал Труха, посилаючись на працівників екстрених служб.",
     "uk", "Труха"),
])
def test_a_teller_citing_a_named_official_gives_the_official(read, text, lang, cited):
    sources = _kind_sources(read(text, lang))
    assert sources and all(s and cited in s for s in sources)
