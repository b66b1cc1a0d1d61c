"""Faults an independent review found in kind16 (review16a), each with a report written for the test.

1. Debris that fell *near* a building is no strike only when nothing it did is told: the casualties or damage told in
   the next sentence ("Обломки упали возле дома. Ранены двое.") are that debris' strike, and the interception it
   follows takes no building for a target.
2. An airport closed while air defence downed drones: the interception is where they were downed (the place told with
   the count), not at the airport.
3. Boats with no crew: storage sites, command posts or a pier destroyed were struck on the ground, no interception.
4. ru "ликвидировали наземные беспилотные комплексы": ground robots, no interception."""

import pytest


def _strikes(events):
    return [e for e in events if e.kind == "strike"]


@pytest.mark.parametrize("text, lang, figure, count", [
    ("Вечером над Курском средства ПВО уничтожили беспилотник. Обломки упали возле магазина на улице Ленина. Пострадали "
     "три человека, сообщил губернатор.", "ru", "injured", 3),
    ("Вночі над Харковом сили ППО збили дрон. Уламки впали поблизу дитячого садка в Київському районі. Поранено двох "
     "жінок, повідомив мер.", "uk", "injured", 2),
    ("Днём над Брянском сбит беспилотник. Обломки упали неподалёку от школы. Погиб один человек, сообщил губернатор.",
     "ru", "killed", 1),
])
def test_debris_near_a_building_with_casualties_told_next_is_a_strike(read, text, lang, figure, count):
    events = read(text, lang=lang)
    (strike,) = _strikes(events)
    assert strike.figures[figure].best == count
    assert all(e.target is None for e in events if e.kind == "interception")


@pytest.mark.parametrize("text, lang", [
    ("Вечером над Курском сбит беспилотник. Обломки упали около многоквартирного дома. Повреждены окна и двери, "
     "пострадавших нет, сообщил губернатор.", "ru"),
    ("Вночі над Харковом збито дрон. Уламки впали біля житлового будинку. Пошкоджено вікна та дах, постраждалих немає, "
     "повідомив мер.", "uk"),
])
def test_debris_near_a_building_with_damage_told_next_is_a_strike(read, text, lang):
    events = read(text, lang=lang)
    (strike,) = _strikes(events)
    assert strike.figures["injured"].best == 0
    assert all(e.target is None for e in events if e.kind == "interception")


@pytest.mark.parametrize("text, lang", [
    ("Вечером над Курском сбит беспилотник. Обломки упали около многоквартирного дома. Пострадавших нет, сообщил "
     "губернатор.", "ru"),
    ("Вночі над Харковом збито дрон. Уламки впали біля житлового будинку. Постраждалих немає, повідомив мер.", "uk"),
])
def test_debris_near_a_building_with_nothing_told_next_stays_the_interception(read, text, lang):
    events = read(text, lang=lang)
    assert [e.kind for e in events] == ["interception"]
    assert events[0].target is None


@pytest.mark.parametrize("text, lang, admin1", [
    ("Saratov airport halted flights on Monday while air defence destroyed nine drones over Saratov region, the governor "
     "said.", "en", "Saratov"),
    ("Аэропорт Пензы приостановил работу, ПВО сбила шесть беспилотников над Пензенской областью, сообщил губернатор.",
     "ru", "Penza"),
    ("Аеропорт Самари закрили, а над Самарською областю збито чотири безпілотники, повідомив губернатор.", "uk",
     "Samara"),
])
def test_an_interception_told_with_an_airport_closure_is_where_the_drones_were_downed(read, text, lang, admin1):
    events = read(text, lang=lang)
    (downed,) = [e for e in events if e.kind == "interception"]
    assert downed.place is not None and downed.place.precision == "admin1" and admin1 in (downed.place.name_en or "")


@pytest.mark.parametrize("text", [
    "Российские военные уничтожили места хранения безэкипажных катеров ВСУ под Херсоном, сообщило Минобороны.",
    "Российские войска уничтожили пункт управления БЭК в Николаевской области, сообщило Минобороны.",
    "Удар нанесен по порту Очакова, уничтожены два безэкипажных катера у причала, сообщило Минобороны.",
])
def test_boats_with_no_crew_destroyed_on_the_ground_are_no_interception(read, text):
    events = read(text, lang="ru")
    assert "interception" not in [e.kind for e in events]


def test_ground_robots_liquidated_are_no_interception(read):
    events = read("Российские подразделения ликвидировали наземные беспилотные комплексы ВСУ под Купянском, сообщило "
                  "Минобороны.", lang="ru")
    assert "interception" not in [e.kind for e in events]


def test_debris_on_about_ten_houses_is_no_fall_near_them(read):
    # ru "около" before a number is "about", not "near": the debris fell on the houses
    events = read("Вечером над Курском сбит беспилотник. Обломки упали на территорию около пяти частных домов, сообщил "
                  "губернатор.", lang="ru")
    assert len(_strikes(events)) == 1
