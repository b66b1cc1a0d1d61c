"""Events not found and events of the wrong kind (issue 10): debris of a downed weapon tells an interception where it
fell as well as the strike; what is destroyed on the ground was struck, not intercepted; and phrasings of drone drops,
mines and shells fired, air defence at work and shooting down in the present tense are incidents. Each report was
written for this test."""

import pytest


def kinds(events):
    return sorted(e.kind for e in events)


# --- debris of a downed weapon: a strike where it fell, and the interception there ---------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Debris from a downed Russian drone fell on a house in Bila Tserkva overnight, damaging the roof, the regional "
     "administration said. No one was injured.", "en"),
    ("Обломки сбитого беспилотника упали на жилой дом в Подольске, повреждена крыша, сообщил глава округа. "
     "Пострадавших нет.", "ru"),
    ("Уламки збитої ракети пошкодили три приватні будинки у Білій Церкві, повідомив начальник ОВА. "
     "Постраждалих немає.", "uk"),
])
def test_debris_of_a_downed_weapon_is_a_strike_and_an_interception_there(read, text, lang):
    events = read(text, lang)
    assert kinds(events) == ["interception", "strike"]
    strike = next(e for e in events if e.kind == "strike")
    downed = next(e for e in events if e.kind == "interception")
    assert downed.place == strike.place and downed.weapon == strike.weapon and not downed.figures
    assert downed.id != strike.id


def test_an_interception_told_in_the_same_oblast_is_the_one_the_debris_came_from(read):
    text = ("Над Київською областю сили ППО збили вісім ракет, повідомив начальник ОВА. Уламки збитої ракети "
            "пошкодили три приватні будинки у Білій Церкві. Постраждалих немає.")
    assert kinds(read(text, "uk")) == ["interception", "strike"]


def test_debris_with_no_interception_word_adds_none(read):
    text = "Уламки ракети пошкодили три приватні будинки у Білій Церкві, повідомив начальник ОВА."
    assert kinds(read(text, "uk")) == ["strike"]


# --- what is destroyed on the ground was struck -----------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Дрон атаковал автомобиль в Грайвороне, водитель ранен. После атак дронов автомобиль был уничтожен, "
     "сообщил губернатор.", "ru"),
    ("Росіяни вдарили керованою авіабомбою по Куп'янську. Внаслідок удару знищено гаражні бокси, пошкоджено "
     "шість автомобілів.", "uk"),
    ("Russian forces attacked Kupiansk with a guided bomb; a warehouse was completely destroyed, the governor said.",
     "en"),
])
def test_a_thing_destroyed_on_the_ground_is_no_interception(read, text, lang):
    assert kinds(read(text, lang)) == ["strike"]


@pytest.mark.parametrize("text, lang", [
    ("Сили ППО знищили 12 ворожих БпЛА над Полтавщиною, повідомили Повітряні сили.", "uk"),
    ("Над Белгородской областью уничтожены четыре беспилотника, сообщило Минобороны.", "ru"),
])
def test_drones_destroyed_in_the_sky_are_still_an_interception(read, text, lang):
    assert kinds(read(text, lang)) == ["interception"]


# --- phrasings the lexicon lacked ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, kind", [
    ("Украинский дрон сбросил взрывчатку на здание администрации в Грайвороне, пострадал мужчина.", "ru", "strike"),
    ("В результате сброса взрывоопасного предмета с БПЛА по легковому автомобилю в Грайвороне ранен водитель.",
     "ru", "strike"),
    ("Російський дрон скинув вибухонебезпечний предмет на подвір'я у Нікополі, поранено жінку.", "uk", "strike"),
    ("Російські військові випустили 15 мін по селу Стара Гута, пошкоджено два будинки.", "uk", "shelling"),
    ("По Грайворону ВСУ выпустили 20 снарядов, повреждены три дома.", "ru", "shelling"),
    ("В Подольске система ПВО сбивает беспилотники, сообщил глава округа.", "ru", "interception"),
    ("Air defence forces are active over Kharkiv, the mayor said, urging residents to stay in shelters.", "en",
     "interception"),
])
def test_phrasings_of_incidents(read, text, lang, kind):
    assert [e.kind for e in read(text, lang)] == [kind]


# --- a city's own count beside the air force's nightly summary is its own interception ----------------------------

def test_a_city_count_beside_the_air_force_summary_is_its_own_interception(read):
    text = ("У ніч на 3 березня росіяни запустили по Україні 90 ударних БпЛА, повідомили Повітряні сили. "
            "Збито 70 дронів.\n"
            "У Львові ППО знищила шість дронів, повідомив міський голова.")
    told = {e.place.key: {k: f.best for k, f in e.figures.items()} for e in read(text, "uk") if e.kind == "interception"}
    assert told == {"Ukraine": {"launched": 90, "intercepted": 70}, "Lviv": {"intercepted": 6}}


# --- an English retelling of Ukraine's Air Force summary: one interception per weapon type -------------------------

def test_an_air_force_summary_in_english_gives_one_interception_per_weapon(read):
    text = ("Overnight, Russian forces launched 40 Shahed attack drones and two Iskander-M ballistic missiles at "
            "Ukraine, the Ukrainian Air Force said. Air defence shot down 35 drones.")
    told = {e.weapon: {k: f.best for k, f in e.figures.items()} for e in read(text) if e.kind == "interception"}
    assert told == {"drone": {"launched": 40, "intercepted": 35}, "ballistic_missile": {"launched": 2}}
