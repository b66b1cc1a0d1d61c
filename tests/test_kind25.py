"""Wrong kind and weapon, twenty-fifth session (kind25). Reports written for these tests (en/ru/uk), with reports each
rule must not fire on.

1. A blast or a "shelling" that people made at the place - assailants who drove up and opened fire, a home-made bomb
   left in a car, a shootout on the border - is an armed attack (`other`), with no weapon (extract/armed_attacks.py);
   a blast beside a drone, a shell or air defence stays what it was, and so does a blast with no assailant named.
2. An armed clash has no weapon: an aircraft word beside a village taken ("the monument of a MiG-29", "an aviation
   company's building") names no weapon the clash was fought with (extract/events.py).
3. An airport's Kovyor plan told nearby is a sign of the air war for a generic event word: loud sounds heard beside it
   are explosions (`air_war_closures`, events._read_clause); it proves no report one of war by itself.
4. Missiles of several types, a type named only as one among them ("ракетами разного типа, среди них баллистическая",
   "понад 40 ракет, зокрема й балістичних"), are missiles of no one type (`mixed_missiles`: incidents.weapon and
   weapons_named.specific_missiles); a type named alone stays."""

import pytest


def kinds(events):
    return sorted((e.kind, e.weapon) for e in events)


# -- 1. an attack by people at the place -------------------------------------------------------------------------------

# (a report with no sign of war at all - no armed force, weapon or terrorist - and a blast with a toll is a crime or an
# accident, which makes no event, as before: events.build_events)
@pytest.mark.parametrize("text, lang", [
    ("Нападение террористов на завод в Казани. Преступники подъехали ко входу на машине, после этого прогремел взрыв. "
     "Погибли два охранника.", "ru"),
    ("Самодельное взрывное устройство было спрятано под сиденьем автомобиля в Самаре. Когда водитель открыл дверь, "
     "раздался взрыв.", "ru"),
    ("Напад терористів на завод в Одесі. Злочинці під'їхали до входу автомобілем, після цього пролунав вибух. "
     "Загинули двоє охоронців.", "uk"),
    ("Terrorists at a factory in Izmir: the assailants drove up to the entrance, then an explosion went off. "
     "Two guards were killed.", "en"),
])
def test_a_blast_the_assailants_made_at_the_place_is_an_armed_attack(read, text, lang):
    assert kinds(read(text, lang)) == [("other", None)]


@pytest.mark.parametrize("text, lang", [
    ("Перестрелка на границе в Белгородской области. Со стороны Украины произошел обстрел российских пограничников, "
     "пострадавших нет, сообщил губернатор.", "ru"),
    ("Перестрілка на кордоні в Сумській області. З боку Росії стався обстріл українських прикордонників, "
     "постраждалих немає, повідомив голова ОВА.", "uk"),
])
def test_a_shelling_told_in_a_shootout_is_an_armed_clash(read, text, lang):
    assert kinds(read(text, lang)) == [("other", None)]


@pytest.mark.parametrize("text, lang, kind", [
    # a drone named beside the assailants: the blast of the air war stays (the drone's strike)
    ("Злоумышленники, по данным губернатора, запустили беспилотник по нефтебазе в Брянске, прогремел взрыв.", "ru",
     "strike"),
    # shells named: a shelling, whatever the headline calls it
    ("Перестрелка на границе в Курской области. Со стороны Украины произошел артиллерийский обстрел села Горналь, "
     "ранен мужчина, сообщил губернатор.", "ru", "shelling"),
    # no assailant named: the blast is a blast
    ("В Белгороде прогремел взрыв, сообщил губернатор.", "ru", "explosion"),
])
def test_a_blast_or_shelling_with_a_weapon_from_afar_or_no_assailant_stays(read, text, lang, kind):
    assert [e.kind for e in read(text, lang)] == [kind]


# -- 2. an armed clash has no weapon -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Морпехи зачистили село Мартыновка Курской области — оттуда до памятника МиГ-29 около трёх километров.", "ru"),
    ("Теракт возле здания авиационной компании в Анкаре, погибли три человека.", "ru"),
])
def test_an_armed_clash_has_no_weapon(read, text, lang):
    assert kinds(read(text, lang)) == [("other", None)]


# -- 3. an airport's Kovyor plan is a sign of the air war ---------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("В аэропорту Казани введён план «Ковёр».\n\nРейсы задерживаются.\n\nЖители Зеленодольска сообщают о громких "
     "звуках в небе.", "ru"),
    ("В аеропорту Казані запровадили план «Килим».\n\nРейси затримуються.\n\nЖителі Зеленодольська повідомляють про "
     "гучні звуки в небі.", "uk"),
    ("The Kovyor plan was declared at Kazan airport.\n\nFlights are delayed.\n\nResidents of Zelenodolsk report loud "
     "bangs in the sky.", "en"),
])
def test_loud_sounds_told_beside_a_kovyor_plan_are_explosions(read, text, lang):
    assert sorted(e.kind for e in read(text, lang)) == ["airspace_restriction", "explosion"]


@pytest.mark.parametrize("text, lang", [
    ("Жители Зеленодольска сообщают о громких звуках в небе во время концерта.", "ru"),
])
def test_loud_sounds_with_no_sign_of_war_are_nothing(read, text, lang):
    assert read(text, lang) == []


# -- 4. missiles of several types ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Город Запорожье был атакован ракетами разного типа, среди них баллистическая ракета «Искандер». Разрушен "
     "склад, сообщил губернатор.", "ru"),
    ("Запоріжжя атакували ракетами різних типів, серед них балістична ракета «Іскандер». Зруйновано склад, "
     "повідомив голова ОВА.", "uk"),
    ("Zaporizhzhia was attacked with missiles of various types, among them an Iskander ballistic missile. A warehouse "
     "was destroyed, the governor said.", "en"),
])
def test_a_type_named_among_missiles_of_several_types_leaves_them_missiles(read, text, lang):
    assert [(e.kind, e.weapon) for e in read(text, lang)] == [("strike", "missile")]


@pytest.mark.parametrize("text, lang", [
    ("Город Запорожье был атакован баллистической ракетой «Искандер». Разрушен склад, сообщил губернатор.", "ru"),
    ("Zaporizhzhia was attacked with an Iskander ballistic missile. A warehouse was destroyed, the governor said.", "en"),
])
def test_a_type_named_alone_stays(read, text, lang):
    assert [(e.kind, e.weapon) for e in read(text, lang)] == [("strike", "ballistic_missile")]
