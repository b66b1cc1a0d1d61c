"""fig23: counts of one attack told both as a strike and an interception, and an attack told by its weapons' count.
Reports written for this test (en/ru/uk).

1. What was launched and what was downed are the interception's, what hit is the strike's (ANNOTATION.md): a
   launched count read in the strike's sentence moves to the interception of the same attack (same place or an area
   holding it, same day, same weapon) when that interception tells what was downed and not what was launched; a hit
   count read in the interception's sentence moves to the strike. Nothing moves between incidents at different places.
2. An attack told by what it was made of ("an attack involving 40 drones", "об атаке более 30 дронов", "про атаку 50
   дронів") is what was launched; an attack repelled ("отражена атака трёх беспилотников") stays the count downed.
3. An attack of one weapon repelled ("отражена атака беспилотника", "відбито атаку безпілотника") is intercepted 1.
   The debris of a downed weapon ("обломки сбитого беспилотника") still gives no count (the convention the debris tests
   keep); a count downed read into a strike goes to the interception of its attack when that tells none.
4. "All of them were shot down", "все они были сбиты", "усі вони були збиті": as many downed as the count of what was
   launched the words point back to (the event's own, else the last one the report told just before them).
"""

import pytest


def _figures(events, kind):
    return {name: f.best for e in events if e.kind == kind for name, f in e.figures.items()}


@pytest.mark.parametrize("text, lang", [
    ("Russia struck the port of Odesa overnight. Russian forces fired eight cruise missiles at the port of Odesa, the "
     "governor said. Air defence shot down five missiles over Odesa, and three hit their targets.", "en"),
    ("Ночью ВСУ ударили по Белгороду, повреждён склад. 12 беспилотников атаковали Белгород. Над Белгородом средства "
     "ПВО сбили девять беспилотников, три попали в склад.", "ru"),
])
def test_launched_goes_to_the_interception_of_the_same_attack(read, text, lang):
    events = read(text, lang)
    assert "launched" in _figures(events, "interception")
    assert "launched" not in _figures(events, "strike")


@pytest.mark.parametrize("text, lang, hit", [
    ("Russia struck the port of Odesa overnight. Russian forces fired eight cruise missiles at the port of Odesa, the "
     "governor said. Air defence shot down five missiles over Odesa, and three hit their targets.", "en", 3),
    ("Уночі росіяни вдарили ракетами по порту Одеси. Ворог випустив по Одесі шість ракет, повідомив очільник ОВА. Над "
     "Одесою сили ППО збили чотири ракети, дві ракети влучили в склад у порту.", "uk", 2),
])
def test_hit_goes_to_the_strike_of_the_same_attack(read, text, lang, hit):
    events = read(text, lang)
    assert _figures(events, "strike").get("hit") == hit
    assert "hit" not in _figures(events, "interception")


def test_a_count_of_another_place_stays_where_it_was_told(read):
    events = read("Russian drones struck Kharkiv overnight, damaging a warehouse. Russian forces launched 12 drones at "
                  "Kharkiv. Air defence shot down 20 drones over Lviv Oblast.", "en")
    assert _figures(events, "strike").get("launched") == 12
    assert "launched" not in _figures(events, "interception")


@pytest.mark.parametrize("text, lang, launched", [
    ("Ukraine's air force said an attack involving 40 drones targeted Kyiv overnight; air defence shot down 31 drones "
     "over Kyiv.", "en", 40),
    ("Губернатор сообщил об атаке более 30 дронов на Курскую область. Над Курской областью сбиты 25 беспилотников.",
     "ru", 30),
    ("Повітряні сили повідомили про атаку 50 дронів на Україну. Над Україною збито 41 безпілотник.", "uk", 50),
])
def test_an_attack_told_by_its_weapons_count_is_launched(read, text, lang, launched):
    assert _figures(read(text, lang), "interception").get("launched") == launched


@pytest.mark.parametrize("text, lang", [
    ("Силами ПВО отражена атака трёх беспилотников, летевших на Москву, сообщил мэр.", "ru"),
    ("Над Києвом відбито атаку трьох дронів, повідомив мер.", "uk"),
])
def test_an_attack_repelled_is_the_count_downed(read, text, lang):
    figures = _figures(read(text, lang), "interception")
    assert figures.get("intercepted") == 3 and "launched" not in figures


@pytest.mark.parametrize("text, lang", [
    ("Над Брянском отражена атака беспилотника, сообщил губернатор.", "ru"),
    ("Над Києвом відбито атаку безпілотника.", "uk"),
])
def test_an_attack_of_one_repelled_is_one(read, text, lang):
    assert _figures(read(text, lang), "interception").get("intercepted") == 1


@pytest.mark.parametrize("text, lang", [
    # the interception the debris tells of keeps no count (tests/test_recall_kinds.py, test_report_classes.py)
    ("Обломки сбитого беспилотника упали на крышу дома в Курске, сообщил губернатор.", "ru"),
    ("Обломки сбитых беспилотников упали на крышу дома в Курске.", "ru"),
    ("Уламки збитого дрона впали на дах будинку в Сумах.", "uk"),
    ("Уламки збитих дронів впали на дах будинку в Сумах.", "uk"),
])
def test_the_debris_of_a_downed_weapon_gives_no_count(read, text, lang):
    assert all("intercepted" not in e.figures for e in read(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Ночью 14 беспилотников атаковали Курскую область. Все они были сбиты, сообщил губернатор.", "ru"),
    ("За ночь по Курской области выпустили 14 беспилотников. Все они были успешно сбиты силами ПВО.", "ru"),
    ("Уночі ворог запустив 14 дронів на Київщину. Усі вони були збиті, повідомив голова ОВА.", "uk"),
    ("Уночі 14 дронів атакували Київщину. Усі вони були знищені, повідомив голова ОВА.", "uk"),
    ("Overnight Russia launched 14 drones at Kyiv Oblast. All of them were shot down, the air force said.", "en"),
])
def test_all_of_them_downed_is_as_many_as_launched(read, text, lang):
    figures = _figures(read(text, lang), "interception")
    assert (figures.get("launched"), figures.get("intercepted")) == (14, 14)


@pytest.mark.parametrize("text, lang", [
    ("Ночью по селу выпустили 5 беспилотников, все дома уничтожены.", "ru"),
    ("Уночі по селу випустили 5 дронів, усі будинки знищені.", "uk"),
    ("Russia launched 5 drones at the village overnight; all the houses were destroyed.", "en"),
])
def test_all_of_something_else_destroyed_is_no_count_downed(read, text, lang):
    assert all("intercepted" not in e.figures for e in read(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Ночью ВСУ выпустили 12 ракет по городу. Повреждены 20 домов, все они были уничтожены полностью.", "ru"),
    ("Уночі ворог випустив 12 ракет по місту. Пошкоджено 20 будинків, усі вони були знищені вщент.", "uk"),
    ("Russia fired 12 missiles at the city overnight. 20 houses were hit; all of them were destroyed.", "en"),
])
def test_all_of_them_after_another_count_are_those_not_the_weapons(read, text, lang):
    assert all("intercepted" not in e.figures for e in read(text, lang))


@pytest.mark.parametrize("text, lang, count", [
    ("В ходе ночной атаки 5 дронов были сбиты над Курском, сообщил губернатор.", "ru", 5),
    ("Во время атаки 12 беспилотников сбиты над Белгородом.", "ru", 12),
    ("Під час нічної атаки 5 дронів було збито над Сумами, повідомив голова ОВА.", "uk", 5),
    ("During the attack 5 drones were shot down over Kursk, the governor said.", "en", 5),
])
def test_a_count_told_during_an_attack_is_what_its_verb_says(read, text, lang, count):
    figures = _figures(read(text, lang), "interception")
    assert figures.get("intercepted") == count and "launched" not in figures


@pytest.mark.parametrize("text, lang", [
    ("За сутки по Шебекинскому округу совершены атаки 22 беспилотников. 16 из них сбиты.", "ru"),
])
def test_attacks_made_by_so_many_weapons_are_launched(read, text, lang):
    figures = _figures(read(text, lang), "interception")
    assert (figures.get("launched"), figures.get("intercepted")) == (22, 16)
