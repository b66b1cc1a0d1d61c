"""Fixes to kind25's rules (fix25k). Reports written for these tests (en/ru/uk).

1. "Criminals" is also what officials call the attacking army: it names assailants at the place only in the blast's own
   sentence and not qualified as an army ("военные преступники из ВСУ", "російські злочинці", "war criminals"), so a
   shelling or a blast told beside such words, or below a headline with them, stays a shelling or a blast
   (`assailant_criminals`, `army_called_criminals`); test_kind25's assailants who drove up stay an armed attack.
2. A salvo of one type told with its breakdown ("10 баллистических ракет, из них 6 сбиты", "крилатими ракетами, зокрема
   «Калібрами»") keeps its type: `mixed_missiles` needs a missile word with no type of its own.
3. A mortar spelt with "ё" ("из миномётов") is artillery, as with "е".
4. A shelling made an armed attack joins the clash told at the same place that day: one fight, not two events.
5. An airport's Kovyor plan makes loud sounds explosions, no other generic word: a plane damaged while towed is no
   strike."""

import pytest


def kinds(events):
    return sorted((e.kind, e.weapon) for e in events)


# -- 1. "criminals" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, kind", [
    ("Военные преступники снова обстреляли Донецк. Ранены три человека, сообщил глава города.", "ru", "shelling"),
    ("Російські злочинці знову обстріляли Херсон. Поранено трьох людей, повідомив голова ОВА.", "uk", "shelling"),
    ("Russian war criminals shelled Kherson again. Three people were injured, the governor said.", "en", "shelling"),
    ("Преступники из ВСУ снова бьют по Донецку\n\nВ Донецке прогремел взрыв, ранены три человека, сообщил "
     "глава города.", "ru", "explosion"),
])
def test_criminals_the_army_is_called_leave_a_shelling_or_blast_as_it_was(read, text, lang, kind):
    assert [e.kind for e in read(text, lang)] == [kind]


# -- 2. a salvo of one type -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, weapon", [
    ("Над Харьковом ночью сбиты 8 баллистических ракет, из них 2 упали в поле, сообщили в Воздушных силах.", "ru",
     "ballistic_missile"),
    ("Одесу атакували крилатими ракетами, зокрема «Калібрами». Пошкоджено склад, повідомив голова ОВА.", "uk",
     "cruise_missile"),
    ("Air defence shot down 9 cruise missiles, of which 7 over Kyiv, the Air Force said.", "en", "cruise_missile"),
])
def test_a_salvo_of_one_type_with_its_breakdown_keeps_its_type(read, text, lang, weapon):
    assert {e.weapon for e in read(text, lang)} == {weapon}


@pytest.mark.parametrize("text, lang", [
    ("Днепр атакован ракетами разных типов, среди них баллистическая. Разрушен склад, сообщил губернатор.", "ru"),
    ("Київ атакували понад 30 ракетами, зокрема й балістичними. Зруйновано склад, повідомив мер.", "uk"),
])
def test_missiles_of_several_types_stay_missiles(read, text, lang):
    assert {e.weapon for e in read(text, lang)} == {"missile"}


# -- 3. a mortar spelt with ё -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("mortar", ["миномётов", "минометов"])
def test_a_mortar_with_yo_or_ye_is_artillery(read, mortar):
    text = f"Перестрелка на границе: ВСУ обстреляли из {mortar} село Тёткино, ранен мужчина, сообщил губернатор."
    assert ("shelling", "artillery") in kinds(read(text, "ru"))


# -- 4. an armed attack joins the clash at its place ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("В посёлке Глушково идёт бой с ДРГ противника. Перестрелка продолжается, посёлок также подвергся обстрелу, ранена "
     "женщина, сообщил губернатор.", "ru"),
    ("У селищі Глушково триває бій з ДРГ ворога. Перестрілка триває, селище також зазнало обстрілу, поранено жінку, "
     "повідомив губернатор.", "uk"),
])
def test_a_shelling_made_an_armed_attack_joins_the_clash_at_the_same_village(read, text, lang):
    assert kinds(read(text, lang)) == [("other", None)]


# -- 5. the Kovyor plan and generic words ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("В аэропорту Казани ввели план «Ковёр». Самолёт повреждён при буксировке, сообщили в аэропорту.", "ru"),
    ("В аеропорту Казані запровадили план «Килим». Літак пошкоджено під час буксирування, повідомили в аеропорту.",
     "uk"),
])
def test_the_kovyor_plan_makes_no_strike_of_other_damage(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["airspace_restriction"]
