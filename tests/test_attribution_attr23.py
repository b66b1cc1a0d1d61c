"""Attribution (attr23): an official's account does not go on into a paragraph that opens on a place the report has not
named before: the outlet turns to another incident ("Tula's governor said ...\n\nIn Tver, a drone hit a block of
flats"), and that paragraph's unattributed figures are the outlet's own (ANNOTATION.md: source null when the report names
nobody). A paragraph going on about the places already named stays his; a military body's summary over many places goes
on. The reports are written for these tests and their names invented.
"""

import pytest


def injured_sources(events) -> set[str | None]:
    return {c.source for e in events for c in e.claims if c.figure == "injured"}


@pytest.mark.parametrize("text, lang", [
    ("The Defence Ministry said 12 drones were shot down over Russian regions overnight. Tula governor Ivan Petrov said "
     "a drone hit a plant in Aleksin, causing a fire.\n\n"
     "In Tver, a drone crashed into a block of flats overnight. Seven people were injured.", "en"),
    ("Минобороны сообщило, что ночью над российскими регионами сбиты 12 беспилотников. Губернатор Тульской области "
     "Иван Петров сообщил, что беспилотник попал в завод в Алексине, начался пожар.\n\n"
     "В Твери ночью беспилотник врезался в многоэтажный дом. Пострадали семь человек.", "ru"),
    ("Міноборони повідомило, що вночі над регіонами збито 12 дронів. Голова Полтавської ОВА Іван Петренко повідомив, "
     "що дрон влучив у завод у Кременчуці, виникла пожежа.\n\n"
     "У Чернігові вночі дрон влучив у багатоповерховий будинок. Постраждали семеро людей.", "uk"),
])
def test_an_officials_account_stops_at_a_paragraph_on_a_new_place(read, text, lang):
    assert injured_sources(read(text, lang)) == {None}


@pytest.mark.parametrize("text, lang, source", [
    ("The Defence Ministry said 12 drones were shot down over Russian regions overnight. Tula governor Ivan Petrov said "
     "a drone hit a plant in Aleksin, causing a fire.\n\n"
     "In Aleksin, two workers were injured.", "en", "Ivan Petrov"),
    ("Минобороны сообщило, что ночью над российскими регионами сбиты 12 беспилотников. Губернатор Тульской области "
     "Иван Петров сообщил, что беспилотник попал в завод в Алексине, начался пожар.\n\n"
     "В Алексине пострадали два работника.", "ru", "Иван Петров"),
    ("Міноборони повідомило, що вночі над регіонами збито 12 дронів. Голова Полтавської ОВА Іван Петренко повідомив, "
     "що дрон влучив у завод у Кременчуці, виникла пожежа.\n\n"
     "У Кременчуці постраждали двоє працівників.", "uk", "Іван Петренко"),
])
def test_an_officials_account_goes_on_about_the_places_named(read, text, lang, source):
    found = injured_sources(read(text, lang))
    assert len(found) == 1 and (only := found.pop()) and only.endswith(source)


@pytest.mark.parametrize("text, lang, source", [
    ("The Defence Ministry said a drone hit a fuel depot in Aleksin overnight.\n\n"
     "In Tver, a drone crashed into a block of flats. Seven people were injured.", "en", "Defence Ministry"),
    ("Минобороны сообщило, что ночью беспилотник попал в нефтебазу в Алексине.\n\n"
     "В Твери беспилотник врезался в многоэтажный дом. Пострадали семь человек.", "ru", "Минобороны"),
])
def test_a_military_bodys_summary_goes_on_over_new_places(read, text, lang, source):
    found = injured_sources(read(text, lang))
    assert len(found) == 1 and (only := found.pop()) and source in only

