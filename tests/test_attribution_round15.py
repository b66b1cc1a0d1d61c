"""Attribution, twelfth session: a closing "it added" is the body or outlet that spoke last; a body line led by its
speaker before a colon is his; "the official", "чиновник", "посадовець" is the person who spoke last; the outlet's own
"как мы сообщали", a level of government of an unnamed region ("власти края"), the country as where it was said ("в РФ
заявили") and bare "СМИ" name nobody; a speech verb joined by "and" to an earlier verb is the clause's subject's;
speech verbs of publishing ("Цю інформацію оприлюднила ..."). Shown with short reports written for this test."""

import pytest

from report_reading import sources, speaker


def _figure_sources(events, figure):
    return {c.source for e in events for c in e.claims if c.figure == figure}


# --- "it added": the body or outlet that spoke last ------------------------------------------------------------------------

def test_it_closing_a_quotation_is_the_body_that_spoke_last():
    book, _ = speaker('"A missile struck a warehouse," Ukraine\'s State Emergency Service said.', "en")
    _, said = speaker('"Two people were killed and 11 were injured," it added.', "en", book)
    assert said.name == "Ukraine's State Emergency Service"


def test_it_closing_a_clause_is_the_outlet_that_spoke_last():
    book, _ = speaker("Two people were killed in a strike on a house, the state news agency Petra reported.", "en")
    _, said = speaker("The strike demolished the house, wounding at least nine others, it said.", "en", book)
    assert said.name and said.name.endswith("Petra")


def test_it_with_nobody_before_is_nobody():
    _, said = speaker('"Two people were injured," it added.', "en")
    assert said.name is None


# --- a body line led by its speaker -----------------------------------------------------------------------------------

def test_a_line_led_by_its_speaker_is_his(read):
    text = ("Губернатор Белгородской области Иван Петров: Дежурными силами ПВО над Белгородом уничтожены три "
            "беспилотника.\nПо предварительным данным, пострадавших нет.")
    events = read(text, "ru")
    assert _figure_sources(events, "intercepted") == {"Иван Петров"}


def test_a_byline_leads_no_account(read):
    text = ("Drone attack on Sumy\n\nBy a Staff Reporter: A drone struck a house in Sumy on Monday, injuring two "
            "people.")
    events = read(text, "en")
    assert _figure_sources(events, "injured") == {None}


# --- one official named by no more than that word ------------------------------------------------------------------

@pytest.mark.parametrize("first, second, lang, name", [
    ("Голова ОВА Іван Петренко повідомив про три дрони над Сумами.",
     "Пізніше чиновник уточнив, що сили ППО збили один дрон.", "uk", "Іван Петренко"),
    ("Губернатор Иван Петров сообщил об атаке беспилотников на Белгород.",
     "Ранней ночью 14 января чиновник сообщил, что погиб мужчина.", "ru", "Иван Петров"),
    ("Governor Ivan Petrov said drones attacked Belgorod.",
     "The official noted that one man was injured.", "en", "Ivan Petrov"),
])
def test_the_official_is_the_person_who_spoke_last(first, second, lang, name):
    book, _ = speaker(first, lang)
    _, said = speaker(second, lang, book)
    assert said.name and said.name.endswith(name)


# --- nobody named: the outlet itself, an unnamed region's government, the country, the media at large ----------------

@pytest.mark.parametrize("text, lang", [
    ("Как мы сообщали, сегодня беспилотники атаковали Одессу.", "ru"),
    ("Официально власти края заявили, что атака отражена.", "ru"),
    ("Ранее в РФ заявили об атаке беспилотников на несколько регионов.", "ru"),
    ("Обстрел произошел в центре города, сообщают СМИ.", "ru"),
    ("Влада області повідомила, що атаку відбито.", "uk"),
    ("Як ми повідомляли, вночі дрони атакували Одесу.", "uk"),
])
def test_nobody_named(text, lang):
    _, said = speaker(text, lang)
    assert said.name is None


def test_a_named_region_keeps_its_government():
    _, said = speaker("Власти Брянской области заявили, что атака отражена.", "ru")
    assert said.name is not None


# --- a speech verb joined to an earlier verb of the same subject ------------------------------------------------------

def test_the_subject_of_the_first_verb_said_it():
    _, said = speaker("Ivan Petrov, the regional governor, described the attack as cynical and said it would take a "
                      "long time to repair the damage.", "en")
    assert said.name == "Ivan Petrov"


def test_no_name_opens_the_clause_no_subject():
    book, _ = speaker("Russian forces attacked the city.", "en")
    assert book._coordinated_subject("Russian forces attacked the city and ") is None
    assert book._coordinated_subject("Ivan Petrov toured the site and ") == "Ivan Petrov"


# --- "this information" told by a speech verb of publishing -------------------------------------------------------

@pytest.mark.parametrize("text, lang, name", [
    ("Російські війська обстріляли Херсон, поранено двох жінок. Цю інформацію оприлюднила Херсонська ОВА.", "uk",
     "Херсонська ОВА"),
    ("В Славянске-на-Кубани обломки беспилотника повредили магазин, пострадали два человека. Данную информацию "
     "передаёт пресс-служба оперативного штаба региона.", "ru", "пресс-служба оперативного штаба региона"),
])
def test_this_information_published_by(read, text, lang, name):
    assert _figure_sources(read(text, lang), "injured") == {name}


def test_where_a_correspondent_spoke_from_is_no_source():
    _, said = speaker("С места событий передаёт корреспондент Иван Петров.", "ru")
    assert said.name != "С места событий"
