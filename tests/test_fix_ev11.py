"""What review 11 found the eleventh stop's rules broke, each a reading of the language, not of one outlet:

- a country named in the nominative is the state acting, unless its verb says what it underwent ("Россия подверглась
  атаке", "Україна зазнала удару", "Польща постраждала"): then it is where, and not the attacker either;
- the North Caucasus is a part of Russia where strikes are placed, not a part of the world that places nothing;
- "citizens of" names whose citizens before a country only: a town after it is where they live;
- hospitalisation refused or not needed ("не потребували госпіталізації", "declined to be hospitalized") is no one
  hospitalised.

Each report was written for these tests (the reviewer's, and variants)."""

import pytest

from eventledger.extract import incidents
from report_reading import casualty_event, figures, kinds


def _places(events):
    return {place for _, place in kinds(events)}


# ------------------------------------------------------------------------------ a country that underwent the attack

@pytest.mark.parametrize("text, lang, country", [
    ("Россия подверглась массированной атаке беспилотников и ракет этой ночью. Погибли два человека, пострадали "
     "семеро, сообщили власти.", "ru", "Russia"),
    ("Украина этой ночью подверглась массированному ракетному удару, погибли четыре человека, сообщили спасатели.",
     "ru", "Ukraine"),
    ("Україна зазнала масованої ракетної атаки. Ракети та дрони били по енергетиці, загинули троє людей, повідомило "
     "Міненерго.", "uk", "Ukraine"),
    ("Польща зазнала атаки російських дронів: один з них впав на житловий будинок у селі, постраждалих немає.",
     "uk", "Poland"),
])
def test_a_country_that_underwent_the_attack_is_where(read, text, lang, country):
    events = read(text, lang)
    assert events and all(e.place is not None for e in events)
    assert country in _places(events)


def test_a_country_that_underwent_the_attack_is_not_the_attacker(read):
    e = casualty_event(read("Украина подверглась массированному ракетному удару. В Тернополе погибли три человека, "
                            "сообщил глава ОВА.", "ru"))
    assert e.place.key == "Ternopil" and e.attacker != "Ukraine"
    e = casualty_event(read("Україна зазнала масованого ракетного удару. У Тернополі загинули троє людей, повідомив "
                            "голова ОВА.", "uk"))
    assert e.place.key == "Ternopil" and e.attacker != "Ukraine"


def test_the_subject_acting_is_still_no_place():
    assert incidents.the_subject("Россия", "ru", " атаковала Киев ракетами")
    assert incidents.the_subject("Росія", "uk", " здійснила масовану атаку на Київ")
    assert not incidents.the_subject("Россия", "ru", " подверглась атаке дронов")
    assert not incidents.the_subject("Россия", "ru", " этой ночью была атакована беспилотниками")
    assert not incidents.the_subject("Україна", "uk", " зазнала масованого удару")
    assert not incidents.the_subject("Україна", "uk", " вночі опинилася під ударом")
    assert not incidents.the_subject("Польща", "uk", " постраждала від атаки дронів")


# ------------------------------------------------------------------------------------------------- the North Caucasus

@pytest.mark.parametrize("text, lang", [
    ("Drones struck a fuel depot in the North Caucasus overnight, setting it on fire, regional officials said.", "en"),
    ("Беспилотники атаковали нефтебазу на Северном Кавказе, начался пожар, сообщают местные власти.", "ru"),
    ("Дрони уразили нафтобазу на Північному Кавказі, спалахнула пожежа, повідомили джерела.", "uk"),
])
def test_the_north_caucasus_places_a_strike(read, text, lang):
    events = read(text, lang)
    assert [k for k, _ in kinds(events)] == ["strike"]
    assert all(e.place is not None for e in events)


def test_a_continent_still_places_nothing(read):
    events = read("A Russian drone hit a fuel depot in Enerhodar, near Europe's largest nuclear plant, officials said.")
    assert "Europe" not in _places(events)


# ---------------------------------------------------------------------------------------------------- citizens of

@pytest.mark.parametrize("text, lang, town", [
    ("Two citizens of Belgorod were injured when a drone hit their car, Governor Vyacheslav Gladkov said.", "en",
     "Belgorod"),
    ("Двое граждан Шебекино ранены при атаке беспилотника на автомобиль, сообщил губернатор Вячеслав Гладков.", "ru",
     "Shebekino"),
    ("Двоє громадян Бєлгорода поранені внаслідок удару дрона по автомобілю, повідомив губернатор.", "uk", "Belgorod"),
])
def test_a_town_after_citizens_of_is_where(read, text, lang, town):
    assert _places(read(text, lang)) == {town}


def test_a_country_after_citizen_of_is_still_whose(read):
    events = read("A 40-year-old citizen of Georgia was killed when a Russian drone hit a bus in Kherson, Governor "
                  "Oleksandr Prokudin said.")
    assert _places(events) == {"Kherson"}
    assert incidents.is_nationality("двое граждан ", "ru") and incidents.is_nationality("a citizen of ", "en")


# ---------------------------------------------------------------------------------- hospitalisation refused or not needed

@pytest.mark.parametrize("text, lang, injured", [
    ("Уламки дрона пошкодили будинок у Запоріжжі, поранено трьох людей, двоє з них не потребували госпіталізації, "
     "повідомив Іван Федоров.", "uk", 3),
    ("Унаслідок обстрілу Херсона поранено п'ятьох людей, двоє з них відмовилися від госпіталізації, повідомив "
     "Олександр Прокудін.", "uk", 5),
    ("Беспилотник атаковал дом в Белгороде, ранены трое, двое из них не нуждались в госпитализации, сообщил "
     "Вячеслав Гладков.", "ru", 3),
    ("Shelling hit Kherson on Monday, wounding two people; both of them declined to be hospitalized, Governor "
     "Oleksandr Prokudin said.", "en", 2),
    ("A Russian drone hit a house in Kharkiv overnight, injuring four people; two of them did not need "
     "hospitalisation, Governor Oleh Syniehubov said.", "en", 4),
])
def test_hospitalisation_refused_or_not_needed_is_no_one_hospitalised(read, text, lang, injured):
    found = figures(casualty_event(read(text, lang)))
    assert found["injured"] == injured
    assert found.get("hospitalized", 0) == 0


@pytest.mark.parametrize("text, lang, expected", [
    ("Росіяни обстріляли Херсон: поранено трьох людей, двох із них госпіталізовано, повідомив Олександр Прокудін.",
     "uk", 2),
    ("A missile struck Odesa, injuring five people, two of whom were hospitalized, Governor Oleh Kiper said.", "en", 2),
])
def test_hospitalised_is_still_hospitalised(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))).get("hospitalized") == expected
