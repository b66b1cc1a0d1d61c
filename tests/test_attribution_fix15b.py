"""Attribution fixes after the fifteenth session's review (fix15b). Shown with short reports written for these tests.

1. A citing word ("citing", "сославшись на", "пославшись на") gives a source only in a clause that reports something
   ("TASS reported, citing governor X") and only when a person or body follows it at once: "ordered an evacuation,
   citing the Defence Ministry's warning" and "сославшись на предупреждение Минобороны" name no source.
2. The authority a teller cites told his own sentence only: the teller goes on into the sentences after it.
3. "Later in Kharkiv, Mayor X said: ..." opens what he tells, it does not close the sentences before.
4. Dash items of a list ("- сбиты 12 беспилотников") are no quotation that a tag after the list closes."""

import pytest

from report_reading import sources


def _event_at(events, place):
    (e,) = [e for e in events if e.kind in ("strike", "shelling") and e.place and e.place.name_en == place]
    return e


# --- 1. a citing word in a clause that reports nothing, or before a thing of someone's ------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The governor ordered the evacuation of children from Shebekino, citing the Russian Defence Ministry's warning of "
     "further shelling. A drone hit a house in Shebekino, injuring two people.", "en"),
    ("Губернатор отменил занятия в школах Белгородской области, сославшись на предупреждение Минобороны России об "
     "угрозе новых атак. Днём беспилотник атаковал частный дом в Шебекино, ранены двое.", "ru"),
    ("Голова ОВА скасував заняття у школах Сумської області, пославшись на попередження Міноборони про загрозу нових "
     "атак. Вдень дрон атакував приватний будинок у Шостці, поранено двох людей.", "uk"),
])
def test_citing_in_a_clause_that_reports_nothing_names_no_source(read, text, lang):
    (event,) = [e for e in read(text, lang) if e.kind in ("strike", "shelling")]
    assert sources(event, "injured") == {None}


@pytest.mark.parametrize("text, lang, source", [
    ("A drone hit a house in Shebekino, injuring two people, TASS reported, citing the Russian Defence Ministry's "
     "daily summary.", "en", "TASS"),
    ("Беспилотник атаковал частный дом в Шебекино, ранены двое, сообщило РИА Новости, сославшись на сводку Минобороны "
     "России.", "ru", "РИА Новости"),
])
def test_citing_a_thing_of_a_body_leaves_the_teller(read, text, lang, source):
    (event,) = [e for e in read(text, lang) if e.kind in ("strike", "shelling")]
    assert sources(event, "injured") == {source}


# --- 2. the cited authority does not go on past his sentence ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, cited, teller, first, second", [
    ("Shelling of Shebekino killed two people overnight, TASS reported, citing regional governor Ivan Petrov. "
     "A drone hit a house in Grayvoron, injuring one man.", "en", "regional governor Ivan Petrov", "TASS",
     "Shebekino", "Grayvoron"),
    ("Два человека погибли при обстреле Шебекино, сообщило РИА Новости, сославшись на губернатора Ивана Петрова. "
     "Беспилотник атаковал дом в Грайвороне, ранен мужчина.", "ru", "Иван Петров", "РИА Новости",
     "Shebekino", "Grayvoron"),
    ("Двоє людей загинули внаслідок обстрілу Сум, повідомило Суспільне, пославшись на голову ОВА Івана Петренка. "
     "Дрон атакував будинок у Шостці, поранено чоловіка.", "uk", "Іван Петренко", "Суспільне", "Sumy", "Shostka"),
])
def test_the_cited_authority_tells_only_his_sentence(read, text, lang, cited, teller, first, second):
    events = read(text, lang)
    assert sources(_event_at(events, first), "killed") == {cited}
    assert sources(_event_at(events, second), "injured") == {teller}


# --- 3. a colon after the speaker's verb opens what he tells ---------------------------------------------------------

@pytest.mark.parametrize("text, lang, source, first", [
    ("A drone hit a warehouse in Kupiansk overnight. Later on Monday in Kharkiv, Mayor Ivan Petrov said: three "
     "people were hurt in the city.", "en", "Mayor Ivan Petrov", "Kupyansk"),
    ("Ночью беспилотник атаковал склад в Купянске. Позже в понедельник в Харькове мэр Иван Петров заявил: в городе "
     "ранены три человека.", "ru", "Иван Петров", "Kupyansk"),
])
def test_a_colon_after_the_verb_opens_what_he_tells(read, text, lang, source, first):
    events = read(text, lang)
    assert {c.source for e in events for c in e.claims if c.figure == "injured"} == {source}
    assert {c.source for c in _event_at(events, first).claims if c.assertion == "kind"} == {None}


# --- 4. a dash list is no quotation ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Итоги ночи в регионе:\n- над Белгородской областью сбиты 12 беспилотников\n"
     "- в Шебекино повреждены два частных дома\n- в Грайвороне ранен мужчина\n"
     "Все службы работают на месте, - сообщил губернатор Иван Петров.", "ru"),
    ("Підсумки ночі в області:\n- над Сумщиною збито 12 дронів\n- у Шостці пошкоджено два приватні будинки\n"
     "- у Конотопі поранено чоловіка\nУсі служби працюють на місці, - повідомив голова ОВА Іван Петренко.", "uk"),
])
def test_dash_items_of_a_list_are_no_quotation_closed_by_the_tag(read, text, lang):
    # every item is told alike: the last one is not credited to the tag after the list while the others are not
    events = read(text, lang)
    told = {c.source for e in events if e.kind in ("strike", "shelling") for c in e.claims}
    assert told == {None}
