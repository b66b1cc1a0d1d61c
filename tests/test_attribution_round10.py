"""Attribution errors of the real-news pool (issue 10, eighth session): a headline naming nobody is the outlet's own
line; "Об этом сообщил X" closes the paragraph X told; an outlet relaying an official ("..., пишет УНН") is not the
one who told it. Shown with short reports written for this test."""

import pytest

from report_reading import casualty_event


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
    # a first paragraph ending with a full stop is the lead, not a headline: the one authority the report quotes told
    # it when a "Source:" line names him for the whole report (a lead above the sentence that first names him is the
    # outlet's own: test_attribution_round16)
    text = ("A Russian drone struck a school in Sumy on Monday, injuring three civilians.\n\n"
            "The drone hit the school at noon.\n\nSource: Sumy regional governor Ivan Hryhorov")
    assert _sources(casualty_event(read(text, "en")), "injured") == {"Ivan Hryhorov"}


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


# --- a pointer back closing a clause of its own sentence ------------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Беспилотник атаковал школу в Белгороде, ранены три человека, об этом сообщил губернатор Вячеслав Гладков.",
     "ru", "Вячеслав Гладков"),
    ("Російський дрон атакував школу в Сумах, поранено трьох людей, про це повідомив голова ОВА Олег Григоров.",
     "uk", "Олег Григоров"),
])
def test_a_pointer_back_inside_the_sentence(read, text, lang, source):
    assert _sources(casualty_event(read(text, lang)), "injured") == {source}


# --- "Earlier, ..." with no speaker: the outlet recalls, and the speaker before does not go on ------------------------

@pytest.mark.parametrize("text, lang, speaker", [
    ("Беспилотник атаковал школу в Белгороде, ранены три человека, сообщил губернатор Вячеслав Гладков.\n\n"
     "Ранее беспилотник атаковал Шебекино, погиб мужчина.", "ru", "Вячеслав Гладков"),
    ("Російський дрон атакував школу в Сумах, поранено трьох людей, повідомив голова ОВА Олег Григоров.\n\n"
     "Раніше дрон атакував Шостку, загинув чоловік.", "uk", "Олег Григоров"),
    ("A Russian drone struck a school in Sumy, injuring three people, Governor Hryhorov said.\n\n"
     "Earlier, a drone struck Shostka, killing a man.", "en", "Governor Hryhorov"),
])
def test_a_sentence_opening_with_earlier_is_the_outlets(read, text, lang, speaker):
    events = read(text, lang)
    killed = {c.source for e in events for c in e.claims if c.figure == "killed"}
    injured = {c.source for e in events for c in e.claims if c.figure == "injured"}
    assert injured == {speaker}
    assert killed == {None}


def test_a_speaker_named_in_a_recalling_sentence_goes_on_through_it(read):
    text = ("A Russian drone struck a house in Shebekino.\n\n"
            "Earlier, Gladkov had said that a man was killed, while two more people were injured.")
    events = read(text, "en")
    assert {c.source for e in events for c in e.claims if c.figure == "injured"} == {"Gladkov"}


# --- a headline that names its source the way headlines do ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Governor: Three wounded as drone strikes building in Sumy\n\n"
     "A drone struck an apartment block in Sumy on Monday, the city council said.", "en", "Governor"),
    ("Three civilians injured in drone strike on Sumy - police\n\n"
     "A drone struck an apartment block in Sumy on Monday.", "en", "police"),
    ("Губернатор: три человека ранены при атаке беспилотника на Белгород\n\n"
     "Беспилотник атаковал жилой дом в Белгороде.", "ru", "Губернатор"),
    ("Троє людей поранені внаслідок атаки дрона на Суми – поліція\n\n"
     "Російський дрон атакував житловий будинок у Сумах.", "uk", "поліція"),
])
def test_a_headline_names_its_source_before_a_colon_or_after_a_dash(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured", 0, text.index("\n")) == {source}


@pytest.mark.parametrize("text, lang", [
    ("Фото: три человека ранены при атаке беспилотника на Белгород\n\n"
     "Беспилотник атаковал жилой дом в Белгороде.", "ru"),
    ("Троє людей поранені внаслідок атаки дрона на Суми — які наслідки\n\n"
     "Російський дрон атакував житловий будинок у Сумах.", "uk"),
    # (a bare "officials" names no body: eleventh session, vague_sources)
    ("Three civilians injured in drone strike on Sumy - officials\n\n"
     "A drone struck an apartment block in Sumy on Monday.", "en"),
])
def test_a_headline_label_or_teaser_is_no_source(read, text, lang):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured", 0, text.index("\n")) <= {None}


def test_a_headlines_source_does_not_go_on_into_the_body(read):
    text = ("Governor: Three wounded as drone strikes building in Sumy\n\n"
            "A drone struck an apartment block in Sumy on Monday, killing a man.")
    event = casualty_event(read(text, "en"))
    assert _sources(event, "killed") <= {None}


# --- "Про це 29 грудня начальник ОВА X повідомив": when and where before the office ---------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Як інформує УМ, про це 29 грудня начальник Одеської ОВА Максим Марченко повідомив у Телеграмі. Російський дрон "
     "атакував школу в Ізмаїлі, поранено трьох людей.", "uk", "Максим Марченко"),
    ("Как передает РБК, об этом 29 декабря губернатор Белгородской области Вячеслав Гладков сообщил в Telegram. "
     "Беспилотник атаковал школу в Белгороде, ранены три человека.", "ru", "Вячеслав Гладков"),
])
def test_when_and_where_before_the_office_after_a_pointer(read, text, lang, source):
    assert _sources(casualty_event(read(text, lang)), "injured") == {source}


# --- "According to Gusev, ... He stated": a lone surname is the person a pronoun points back at -----------------------

def test_a_pronoun_points_back_at_a_lone_surname(read):
    text = ("A drone crashed on the grounds of an oil depot in Voronezh overnight. According to Gusev, electronic "
            "warfare systems suppressed the drones. He stated that three people were injured.")
    assert _sources(casualty_event(read(text, "en")), "injured") == {"Gusev"}


# --- "Як повідомив голова ОВА X, ..., передає УНН": the official first, the outlet relaying him last ----------------

def test_an_official_told_first_is_not_replaced_by_the_outlet_relaying_him(read):
    text = ("Російський дрон атакував школу в Херсоні. Як повідомив голова ОВА Олександр Прокудін, поранено трьох людей, "
            "передає УНН.")
    assert _sources(casualty_event(read(text, "uk")), "injured") == {"Олександр Прокудін"}


def test_an_outlet_relaying_an_official_told_after_it(read):
    text = ("Беспилотник атаковал школу в Белгороде. Как передает ТАСС, губернатор Вячеслав Гладков сообщил, что ранены "
            "три человека.")
    assert _sources(casualty_event(read(text, "ru")), "injured") == {"Вячеслав Гладков"}


# --- "Олександр Старух, голова ЗОВА повідомляє": a name set off before the office ------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Російська ракета влучила в школу в Запоріжжі. Водночас Олександр Старух, голова ОВА повідомляє, що поранено трьох "
     "людей.", "uk", "Олександр Старух"),
    ("Беспилотник атаковал школу в Белгороде. Между тем Вячеслав Гладков, губернатор области сообщил, что ранены три "
     "человека.", "ru", "Вячеслав Гладков"),
])
def test_a_name_set_off_before_the_office_speaks(read, text, lang, source):
    assert _sources(casualty_event(read(text, lang)), "injured") == {source}


def test_a_place_before_an_office_and_name_is_not_a_name_set_off(read):
    # "In Kharkiv, mayor Ihor Terekhov said": the words before the comma are a place, the speaker ends with his name
    text = "A Russian drone struck a school in Kharkiv. In Kharkiv, mayor Ihor Terekhov said three people were injured."
    assert _sources(casualty_event(read(text, "en")), "injured") == {"mayor Ihor Terekhov"}
