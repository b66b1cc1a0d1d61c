"""Attribution, fifteenth session (attr15). Shown with short reports written for these tests.

1. A speaker named after what he told, in either order ("..., said Governor X" and "..., Governor X said"), closes it:
   the report's only authority so named tells his paragraph from its start. Named before what he tells ("Governor X
   said ...", "X заявил, что ..."), he opens it: the sentences of the paragraph before him stay the outlet's (the
   pool's gold reads both ways so, attr15's section of eval/real_news/README.md).
2. A teller citing someone: a cited authority named by name or office is the source ("TASS reported, citing regional
   governor X", "сославшись на губернатора X", "посилаючись на голову ОВА X"); cited unnamed people or a level of
   government leave the teller ("X reported, citing rescuers", "со ссылкой на экстренные службы")."""

import pytest

from report_reading import casualty_event, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _sources(event, figure):
    return {c.source for c in event.claims if c.figure == figure}


# --- 1. a closing tag in either order -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("A drone hit a warehouse in Kursk overnight. Two workers were injured. "
     "Both are in hospital in a stable condition, Governor Ivan Petrov said.", "en", "Governor Ivan Petrov"),
    ("A drone hit a warehouse in Kursk overnight. Two workers were injured. "
     "Both are in hospital in a stable condition, Governor Ivan Petrov said on Telegram.", "en", "Governor Ivan Petrov"),
    ("Беспилотник атаковал склад в Курске. Пострадали два человека. "
     "Обоих госпитализировали, их состояние стабильное, губернатор Иван Петров заявил.", "ru", "Иван Петров"),
    ("Дрон атакував склад у Сумах. Поранено двох людей. "
     "Обох госпіталізували, їхній стан стабільний, голова ОВА Іван Петренко повідомив у Telegram.", "uk", "Іван Петренко"),
])
def test_a_speaker_named_before_his_verb_at_the_end_closes_his_paragraph(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured") == {source}
    assert _sources(event, "hospitalized") == {source}


@pytest.mark.parametrize("text, lang, source", [
    ("A drone hit a warehouse in Kursk overnight. Two workers were injured. "
     "Governor Ivan Petrov said both are in hospital in a stable condition.", "en", "Governor Ivan Petrov"),
    ("A drone hit a warehouse in Kursk overnight. Two workers were injured. On Monday evening, "
     "Governor Ivan Petrov said in a statement that both are in hospital.", "en", "Governor Ivan Petrov"),
    ("Беспилотник атаковал склад в Курске. Пострадали два человека. "
     "Губернатор Иван Петров заявил, что обоих госпитализировали.", "ru", "Иван Петров"),
    ("Дрон атакував склад у Сумах. Поранено двох людей. "
     "Голова ОВА Іван Петренко повідомив, що обох госпіталізували.", "uk", "Іван Петренко"),
])
def test_a_speaker_who_opens_what_he_tells_leaves_the_sentences_before_him(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured") == {None}
    assert _sources(event, "hospitalized") == {source}


# --- 2. citing ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Shelling of Shebekino killed two civilians overnight, TASS reported, "
     "citing regional governor Ivan Petrov.", "en", "regional governor Ivan Petrov"),
    ("Три человека погибли при обстреле Шебекино, сообщило РИА Новости, сославшись на губернатора Ивана Петрова.",
     "ru", "Иван Петров"),
    ("Троє людей загинули внаслідок обстрілу Сум, повідомило Суспільне, посилаючись на голову ОВА Івана Петренка.",
     "uk", "Іван Петренко"),
])
def test_a_cited_authority_is_the_source(read, text, lang, source):
    assert _sources(casualty_event(read(text, lang)), "killed") == {source}


@pytest.mark.parametrize("text, lang, source", [
    ("A missile hit Kherson overnight and three people were killed, Interfax said, citing rescue services.",
     "en", "Interfax"),
    ("A missile hit Kherson overnight and three people were killed, Interfax said, citing local officials.",
     "en", "Interfax"),
    ("Три человека погибли при обстреле Шебекино, сообщило РИА Новости со ссылкой на экстренные службы.",
     "ru", "РИА Новости"),
    ("Три человека погибли при обстреле Шебекино, сообщило РИА Новости, ссылаясь на представителей экстренных служб.",
     "ru", "РИА Новости"),
    ("Троє людей загинули внаслідок обстрілу Сум, повідомило Суспільне, пославшись на рятувальників.",
     "uk", "Суспільне"),
])
def test_citing_unnamed_people_leaves_the_teller(read, text, lang, source):
    assert _sources(casualty_event(read(text, lang)), "killed") == {source}


def test_citing_something_that_names_no_one_names_no_source(read):
    text = ("Two workers were injured when a drone struck a depot in Kursk overnight, citing no warning before the blast. "
            "The company suspended work at the site.")
    event = casualty_event(read(text, "en"))
    assert _sources(event, "injured") == {None}


# --- 3. a quotation over two paragraphs closed by its tag ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Сирени лунають у більшості областей.\nСьогодні росіяни атакували Чернігів.\n"
     "- Дві ракети влучили в район вокзалу, зруйновано склад. Двоє людей загинули, шістьох поранено.\n"
     "Решту розповімо пізніше, - повідомив голова Чернігівської ОВА Іван Петренко.", "uk", "Іван Петренко"),
    ("Сирены звучат в большинстве областей.\nСегодня был атакован Курск.\n"
     "- Две ракеты попали в район вокзала, разрушен склад. Двое погибли, шестеро ранены.\n"
     "Подробности сообщим позже, - сообщил губернатор Иван Петров.", "ru", "Иван Петров"),
])
def test_a_dash_quotation_closed_by_its_tag_on_the_next_line_is_his(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "killed") == {source}


def test_a_quotation_over_two_paragraphs_closed_by_its_tag_is_his(read):
    text = ("Drones attacked Kursk overnight.\n\n“Two drones came down on houses near the\n\nrailway station. Four "
            "people were injured; two are in hospital,” Governor Ivan Petrov said.")
    event = casualty_event(read(text, "en"))
    assert _sources(event, "injured") == {"Governor Ivan Petrov"}
    # a quotation closed in its own paragraph does not reach the tag's (the lead stays the outlet's)
    text = "Drones attacked Kursk overnight, and four people were injured.\n\n“We will rebuild,” Governor Ivan Petrov said."
    event = casualty_event(read(text, "en"))
    assert _sources(event, "injured") == {None}



# --- 4. a noun pointing back before "reported by" (as "Об атаке сообщил", "Про атаку повідомив") ------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Two drones came down on a depot in Sumy. Two people were injured. "
     "The strike has been reported by the city military administration.", "en", "city military administration"),
    ("Shelling damaged a school in Rylsk, Kursk region; three civilians were hurt. "
     "The incident has been confirmed by Governor Ivan Petrov.", "en", "Governor Ivan Petrov"),
    ("Беспилотник атаковал жилой дом в Курске. Пострадали три человека. "
     "Об атаке сообщил губернатор Иван Петров.", "ru", "Иван Петров"),
    ("Дрон атакував житловий будинок у Сумах. Поранено трьох людей. "
     "Про атаку повідомив голова ОВА Іван Петренко.", "uk", "Іван Петренко"),
])
def test_a_noun_pointing_back_names_the_teller_of_the_sentences_before(read, text, lang, source):
    assert _sources(casualty_event(read(text, lang)), "injured") == {source}


def test_the_attack_told_by_someone_else_is_no_pointer(read):
    # "The attack was carried out by drones": no speech verb, nothing pointed back at
    text = "Two people were injured in Sumy overnight. The attack was carried out by drones launched from Russia."
    assert _sources(casualty_event(read(text, "en")), "injured") == {None}
