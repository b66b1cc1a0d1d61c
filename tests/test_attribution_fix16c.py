"""Attribution, review of attr16 (fix16c): who a bare office ("the governor", "глава региона") stands for. Reports
written for these tests; every name in them is invented.

- A comma after an office sets off its holder's name only when that name closes its own phrase: capitals after the
  comma that go on into a verb or a noun are the next clause, whether a person ("По словам губернатора, Пётр Лаврин
  распорядился ...") or an outlet ("the mayor said, Poltava Daily reported").
- A person told as having held the office before ("former", "бывший", "колишній") is not who the office stands for now.
- An office told with its level of government ("the head of the Regional Military Administration") does not stand for a
  person named as the head of another level's body (the city's).
- "Gov." is a governor only as an abbreviation before a name, not inside a web address (".gov.ua")."""

import pytest

from report_reading import casualty_event, sources


# --- a comma after an office, then capitals that open the next clause ------------------------------------------------

@pytest.mark.parametrize("text, lang, figure, office, not_holder", [
    ("A drone hit a garage in Poltava at night and injured one man, the mayor said. According to the mayor, Taras "
     "Melnyk's crew cleared the rubble by morning.", "en", "injured", "mayor", "Melnyk"),
    ("A drone hit a shop in Poltava overnight, injuring three people, the governor said, Poltava Daily reported.",
     "en", "injured", "governor", "Poltava Daily"),
    ("Беспилотник ударил по гаражу в Брянске, ранен один человек, сообщил губернатор. По словам губернатора, Пётр "
     "Лаврин распорядился выплатить помощь пострадавшим.", "ru", "injured", "губернатор", "Лаврин"),
    ("Дрон влучив у гараж у Полтаві, поранено одну людину, повідомив мер. За словами мера, Тарас Мельник доручив "
     "допомогти постраждалим.", "uk", "injured", "мер", "Мельник"),
])
def test_capitals_after_the_comma_that_go_on_are_no_holder(read, text, lang, figure, office, not_holder):
    told = sources(casualty_event(read(text, lang)), figure)
    assert told and all(office in (s or "") and not_holder not in (s or "") for s in told)


# --- a former holder of the office ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Mykola Bondar said a drone hit a warehouse in Poltava overnight, injuring three people. Former Poltava Governor "
     "Stepan Lys, now a senator, came to see the damage. Later the governor said one of the injured was in hospital.",
     "en", "Mykola Bondar"),
    ("Пётр Лаврин сообщил, что ночью беспилотник ударил по складу в Брянске, ранены три человека. Склад осмотрел и "
     "бывший губернатор области Семён Крылов. Позднее глава региона уточнил, что один из раненых госпитализирован.",
     "ru", "Пётр Лаврин"),
    ("Микола Бондар повідомив, що вночі дрон влучив у склад у Полтаві, поранено трьох людей. Склад оглянув і колишній "
     "голова Полтавської ОВА Степан Лис. Пізніше очільник області уточнив, що один із поранених у лікарні.",
     "uk", "Микола Бондар"),
])
def test_a_former_holder_is_not_who_the_office_stands_for(read, text, lang, source):
    assert sources(casualty_event(read(text, lang)), "hospitalized") == {source}


# --- an office of one level of government, a holder named at another -----------------------------------------------

def test_the_regional_head_is_not_the_city_head(read):
    text = ("Governor Mykola Bondar said a drone hit a house in Poltava overnight, injuring two people. According to the "
            "head of the Poltava City Military Administration Taras Melnyk, a kindergarten was damaged too. The head of "
            "the Regional Military Administration said one of the injured was in hospital.")
    (told,) = sources(casualty_event(read(text, "en")), "hospitalized")
    assert "Melnyk" not in (told or "")


# --- "Gov." ---------------------------------------------------------------------------------------------------------

def test_a_gov_web_address_is_no_governor(read):
    text = ("A drone hit a house in Poltava, injuring two people, Governor Mykola Bondar said. Eight drones were downed "
            "over the region, the government portal rada.gov.ua reported.")
    (interception,) = [e for e in read(text, "en") if e.kind == "interception"]
    assert sources(interception, "intercepted") == {"government portal rada.gov.ua"}
