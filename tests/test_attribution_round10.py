"""Attribution errors of the real-news pool (issue 10, eighth session): a headline naming nobody is the outlet's own
line; "Об этом сообщил X" closes the paragraph X told; an outlet relaying an official ("..., пишет УНН") is not the
one who told it. Shown with short reports written for this test."""

import pytest

from report_reading import casualty_event, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _sources(event, figure, start=0, end=None):
    return {c.source for c in event.claims if c.figure == figure and c.start >= start and (end is None or c.start < end)}


# --- a headline that names nobody is the outlet's own line, whoever the body quotes -------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Three civilians injured in drone strike on Sumy\n\n"
     "A Russian drone struck a school in Sumy on Monday, injuring three civilians, Governor Hryhorov said.", "en",
     "Governor Hryhorov"),
    ("Три человека ранены при атаке беспилотника на Белгород\n\n"
     "Беспилотник атаковал школу в Белгороде, ранены три человека. Об этом сообщил губернатор Вячеслав Гладков.",
     "ru", "Вячеслав Гладков"),
    ("Троє людей поранені внаслідок атаки дрона на Суми\n\n"
     "Російський дрон атакував школу в Сумах, поранено трьох людей. Про це повідомив голова ОВА Олег Григоров.",
     "uk", "Олег Григоров"),
])
def test_a_headline_naming_nobody_has_no_source(read, text, lang, source):
    event = casualty_event(read(text, lang))
    heading_end = text.index("\n")
    assert _sources(event, "injured", 0, heading_end) <= {None}
    assert _sources(event, "injured", heading_end) == {source}


def test_a_one_sentence_lead_is_no_headline(read):
    # a first paragraph ending with a full stop is the lead: the one authority the report quotes told it
    text = ("A Russian drone struck a school in Sumy on Monday, injuring three civilians.\n\n"
            "Governor Hryhorov said the drone hit the school at noon.")
    assert _sources(casualty_event(read(text, "en")), "injured") == {"Governor Hryhorov"}


# --- "Об этом сообщил X" closes the paragraph X told, not only its last sentence ------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Беспилотник атаковал школу в Белгороде. В результате атаки погиб мужчина. Ранены три человека. Об этом сообщил "
     "губернатор Белгородской области Вячеслав Гладков.", "ru", "Вячеслав Гладков"),
    ("Російський дрон атакував школу в Сумах. Загинув чоловік. Поранено трьох людей. Про це повідомив голова Сумської "
     "ОВА Олег Григоров.", "uk", "Олег Григоров"),
])
def test_a_pointer_back_closes_its_paragraph(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "killed") == {source}
    assert _sources(event, "injured") == {source}


def test_a_pointer_back_does_not_reach_the_paragraph_before(read):
    text = ("Беспилотник атаковал школу в Белгороде, погиб мужчина, сообщает местный телеграм-канал.\n\n"
            "Ранены три человека. Об этом сообщил губернатор Вячеслав Гладков.")
    event = casualty_event(read(text, "ru"))
    assert "Вячеслав Гладков" not in _sources(event, "killed")
    assert _sources(event, "injured") == {"Вячеслав Гладков"}


# --- an outlet relaying an official: the official told it ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, source, outlet", [
    ("Беспилотник атаковал школу в Белгороде, ранены три человека. Об этом сообщил губернатор Вячеслав Гладков, "
     "пишет РБК.", "ru", "Вячеслав Гладков", "РБК"),
    ("Російський дрон атакував школу в Сумах, поранено трьох людей. Про це повідомив голова ОВА Олег Григоров, "
     "передає УНН.", "uk", "Олег Григоров", "УНН"),
])
def test_an_outlet_relaying_an_official_is_not_the_source(read, text, lang, source, outlet):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured") == {source}


def test_an_outlet_alone_is_still_the_source(read):
    text = "Беспилотник атаковал школу в Белгороде, ранены три человека, пишет РБК."
    assert _sources(casualty_event(read(text, "ru")), "injured") == {"РБК"}
