"""Kind decisions counted on test8+test9 (eleventh session, acc-kind11), with reports written for the tests: explosions
heard where air defence worked are that interception even when the interception's sentence names no place of its own;
the wreckage or debris of destroyed buildings downs nothing; a destroyed home is a thing on the ground; air defence
at work told as a noun ("срабатывание систем ПВО", "спрацювання ППО"); the genitive of a city ("мер міста") is no
bridge."""

import pytest

from report_reading import kinds


@pytest.mark.parametrize(("text", "lang"), [
    ("В Белгороде вечером прогремели несколько взрывов. По словам очевидцев, в небе работала система ПВО.", "ru"),
    ("Увечері у Полтаві пролунали вибухи. Як повідомили в ОВА, працюють сили ППО.", "uk"),
])
def test_explosions_where_air_defence_worked_are_one_interception(read, text, lang):
    assert [k for k, _ in kinds(read(text, lang))] == ["interception"]


def test_wreckage_of_destroyed_buildings_is_no_interception(read):
    events = read("A Russian missile struck the centre of Chernihiv on Monday, killing five people, the governor said. "
                  "Rescuers searched the wreckage from destroyed buildings for survivors.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_debris_of_a_destroyed_drone_still_tells_the_interception(read):
    events = read("Debris of a destroyed drone fell on a house in Bucha on Monday, injuring one woman, the mayor said.")
    assert sorted(k for k, _ in kinds(events)) == ["interception", "strike"]


def test_a_destroyed_home_is_no_interception_uk(read):
    events = read("У Харкові внаслідок обстрілу загинув чоловік. Від його знищеної оселі лишилися тільки стіни.", "uk")
    assert [k for k, _ in kinds(events)] == ["shelling"]


def test_a_destroyed_dwelling_is_no_interception_ru(read):
    events = read("В Белгороде в результате обстрела погибла женщина. Спасатели разобрали завалы уничтоженного жилья.",
                  "ru")
    assert [k for k, _ in kinds(events)] == ["shelling"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Вечером в Брянске прогремели взрывы. Власти подтвердили срабатывание систем противовоздушной обороны над городом.",
     "ru"),
    ("Увечері в Сумах пролунали вибухи. Міська рада підтвердила спрацювання систем ППО над містом.", "uk"),
])
def test_air_defence_at_work_told_as_a_noun_is_an_interception(read, text, lang):
    assert "interception" in [k for k, _ in kinds(read(text, lang))]


def test_the_city_of_a_mayor_is_no_bridge_target(read):
    events = read("Ввечері в Житомирі було чути вибухи під час нальоту дронів, повідомив мер міста Сергій Сухомлин. "
                  "У місті працюють сили ППО.", "uk")
    assert [k for k, _ in kinds(events)] == ["interception"]
