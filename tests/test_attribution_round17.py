"""Attribution, fourteenth session (attr14): an outlet or channel that tells what unnamed eyewitnesses or residents told
it is the claim's source ("Телеграм-канал X со ссылкой на очевидцев пишет о взрывах"), not the eyewitnesses, nor a
phrase running on into its verb; one that cites a named body still gives that body. Shown with short reports written
for this test."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _kind_sources(events):
    return {c.source for e in events for c in e.claims if c.assertion == "kind"}


@pytest.mark.parametrize("text, lang, teller", [
    ("Телеграм-канал Baza со ссылкой на очевидцев пишет о взрывах в Курске.", "ru", "Baza"),
    ("Издание «Курские вести» со ссылкой на местных жителей сообщило о взрывах в Курске.", "ru", "Курские вести"),
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
])
def test_a_teller_citing_a_named_official_gives_the_official(read, text, lang, cited):
    sources = _kind_sources(read(text, lang))
    assert sources and all(s and cited in s for s in sources)
