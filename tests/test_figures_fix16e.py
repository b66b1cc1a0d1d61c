"""Figures, fixes of the fig16 review (fix16e). Each report is written for this test (en / ru / uk).

A part of the victims told in the same sentence as their total, after a comma ("killed four, among the dead a boy"),
leaves the total; the part gives no count. A verb of interception is told of the weapon of its own clause (a comma
ends it), and a weapon before a singular active verb ("дрон уничтожил") did the destroying."""

import pytest

from report_reading import figures


def _values(events, figure):
    return sorted(c.value for e in events for c in e.claims if c.figure == figure)


@pytest.mark.parametrize("text, lang, figure, values", [
    ("Russian artillery hit a market in Kherson on Tuesday, killing four people and wounding six, among the wounded "
     "are two pensioners, the regional administration said.", "en", "injured", [6]),
    ("A glide bomb struck a street in Sloviansk on Friday and killed two civilians, among the dead was a woman, "
     "the city military administration reported.", "en", "killed", [2]),
    ("В пятницу при обстреле Горловки погибли четыре человека, среди погибших трое мужчин, сообщил мэр города.", "ru",
     "killed", [4]),
    ("У вівторок внаслідок удару по Сумах поранено сімох людей, серед поранених двоє підлітків, повідомила ОВА.", "uk",
     "injured", [7]),
])
def test_a_part_after_a_comma_leaves_the_total(read, text, lang, figure, values):
    assert _values(read(text, lang), figure) == values


def _intercepted(events):
    return [figures(e)["intercepted"] for e in events if "intercepted" in figures(e)]


@pytest.mark.parametrize("text, lang", [
    ("Following a Russian missile strike on Poltava, a Ukrainian plane was shot down near the airfield, the army said.",
     "en"),
    ("Беспилотник ударил по складу в Курской области, был уничтожен грузовик, ранен охранник, сообщил губернатор.",
     "ru"),
    ("Дрон упал во дворе в Брянске, уничтожен сарай, ранена женщина, сообщил губернатор.", "ru"),
    ("Російський безпілотник вдарив по складу в Сумах, знищено вантажівку, повідомила ОВА.", "uk"),
])
def test_a_thing_destroyed_or_another_clauses_weapon_is_no_interception(read, text, lang):
    assert 1 not in _intercepted(read(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("A Russian drone was shot down over Poltava on Tuesday evening, the regional governor said.", "en"),
    ("Ракету сбила ПВО над Белгородом во вторник, сообщил губернатор.", "ru"),
    ("У вівторок над Сумами безпілотник знищено силами ППО, повідомила ОВА.", "uk"),
])
def test_one_weapon_downed_in_its_own_clause_stays_one(read, text, lang):
    assert _intercepted(read(text, lang)) == [1]


def _intercepted_quotes(events):
    return [c.quote for e in events for c in e.claims if c.figure == "intercepted"]


@pytest.mark.parametrize("text, lang, verb", [
    ("Вечером над Курской областью сбили беспилотник. Другой дрон уничтожил грузовик в Рыльске, сообщил губернатор.",
     "ru", "уничтожил"),
    ("Увечері над Сумщиною збили ракету. Потім безпілотник знищив вантажівку в Охтирці, повідомила ОВА.", "uk",
     "знищив"),
])
def test_what_a_weapon_destroyed_is_no_interception(read, text, lang, verb):
    assert not [q for q in _intercepted_quotes(read(text, lang)) if verb in q]


@pytest.mark.parametrize("text, lang", [
    ("Украинский беспилотник уничтожил грузовик в Белгороде.", "ru"),
    ("Ракета уничтожила склад в Курске.", "ru"),
    ("Російський дрон знищив вантажівку в Херсоні.", "uk"),
])
def test_a_singular_active_verb_after_its_weapon_is_no_interception(text, lang):
    from eventledger.extract.one_weapon import weapon_of_one

    verb = next(w for w in text.split() if w.startswith(("уничтож", "знищ")))
    start = text.index(verb)
    assert not weapon_of_one(text, start, start + len(verb), lang)
