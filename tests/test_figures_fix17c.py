"""Figures, fix17c: what review17d found in figattr17's rules, each with reports written for this test (en/ru/uk).
A toll that rose is never a count of buildings, however many words stand before the building word, nor a year's total;
"no/without/без X and" denies only a damage NOUN after it, never damage told by a verb; a Russian passive launch
("были запущены") gives way to the interception of the same clause ("... и сбиты"); "another" reads one weapon only as
the head noun ("another drone over", not "another drone factory"); a weapon named by a phrase and told as one more
("кроме того", "also") adds to the count told before and makes no second event; a boat is no weapon downed."""

import pytest

from eventledger.extract import incidents


def _claims(events, figure):
    return sorted(c.value for e in events for c in e.claims if c.figure == figure)


@pytest.mark.parametrize("text, lang, figure", [
    ("Снаряд разорвался у школы в Горловке. Число пострадавших панельных домов за день выросло до 23, сказал глава.",
     "ru", "injured"),
    ("Снаряд разорвался у школы в Горловке. Количество пострадавших от обстрела зданий увеличилось до 23, сказал "
     "глава.", "ru", "injured"),
    ("Снаряд розірвався біля школи в Нікополі. Кількість постраждалих багатоповерхових будинків зросла до 23, сказав "
     "голова.", "uk", "injured"),
    ("Снаряд розірвався біля школи в Нікополі, загинула пенсіонерка. Загалом від початку року число загиблих мешканців "
     "громади зросло до 87, сказав голова.", "uk", "killed"),
])
def test_buildings_and_year_totals_are_no_toll_that_rose(read, text, lang, figure):
    assert [v for v in _claims(read(text, lang), figure) if v > 1] == []


@pytest.mark.parametrize("text, lang, figure, value", [
    ("Снаряд разорвался у школы в Горловке. Число пострадавших жильцов выросло до 7, сказал глава.", "ru", "injured",
     7),
    ("Снаряд розірвався біля школи в Нікополі. Число поранених містян зросло до 7, сказав голова.", "uk", "injured", 7),
])
def test_a_toll_of_people_that_rose_still_counts(read, text, lang, figure, value):
    assert _claims(read(text, lang), figure) == [value]


@pytest.mark.parametrize("text, lang", [
    ("The shelling cut off water to the district and destroyed a garage, the mayor said.", "en"),
    ("The drone fell without exploding and damaging anything else, then it set a shed alight.", "en"),
    ("A shell landed with no warning and damaged a bakery, the mayor said.", "en"),
    ("Снаряд упал без взрыва и разрушил сарай, рассказал глава поселка.", "ru"),
    ("Обошлось без раненых и повреждены гаражи, рассказал глава поселка.", "ru"),
    ("Обстрел оставил поселок без воды и повредил котельную, рассказал глава.", "ru"),
    ("Снаряд залишив село без води та пошкодив котельню, розповів староста.", "uk"),
    ("Минулося без поранених і зруйновано гараж, розповів староста.", "uk"),
])
def test_damage_told_by_a_verb_after_a_denied_noun_stays_damage(text, lang):
    assert incidents.damaged(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The mayor said the shelling of the suburb caused no casualties or damage.", "en"),
    ("Обстрел окраины прошел без раненых и пожаров, рассказал глава.", "ru"),
    ("Обстріл околиці минув без поранених та руйнувань, розповів староста.", "uk"),
])
def test_damage_nouns_denied_with_a_harm_stay_denied(text, lang):
    assert not incidents.damaged(text, lang)


def test_debris_strike_kept_when_damage_is_told_by_a_verb(read):
    text = ("Над Брянском зенитчики сбили дрон, его обломки рухнули на парковку у рынка, обошлось без раненых и "
            "повреждены две машины, рассказал губернатор.")
    assert "strike" in {e.kind for e in read(text, "ru")}


@pytest.mark.parametrize("text, value", [
    ("Утром шесть дронов были запущены по Брянску и сбиты расчетами ПВО, рассказал губернатор.", 6),
    ("Вечером ещё 7 ракет были выпущены по Туапсе, но перехвачены над морем, рассказал глава района.", 7),
])
def test_russian_passive_launch_gives_way_to_the_interception(read, text, value):
    events = read(text, "ru")
    assert _claims(events, "intercepted") == [value] and _claims(events, "launched") == []


def test_russian_passive_launch_with_a_count_downed_of_its_own(read):
    events = read("Девять дронов были запущены по Брянску, сбиты пять, рассказал губернатор.", "ru")
    assert _claims(events, "launched") == [9]


@pytest.mark.parametrize("text", [
    "Sappers destroyed another drone assembly plant near Horlivka on Tuesday, the army said.",
    "Gunners intercepted another missile strike aimed at Mykolaiv on Tuesday, the army said.",
    "Sappers destroyed another rocket launcher and a truck near Horlivka on Tuesday, the army said.",
])
def test_another_weapon_word_before_a_noun_is_no_weapon_downed(read, text):
    assert _claims(read(text, "en"), "intercepted") == []


@pytest.mark.parametrize("text", [
    "Gunners downed another drone over Mykolaiv on Tuesday, the army said.",
    "Gunners shot down another drone, the army said of the attack on Mykolaiv on Tuesday.",
])
def test_another_drone_as_the_head_noun_is_one(read, text):
    assert _claims(read(text, "en"), "intercepted") == [1]


@pytest.mark.parametrize("text, lang", [
    ("Зенитчики уничтожили над Брянском 7 дронов. Помимо этого, над городом был сбит летательный аппарат самолетного "
     "типа.", "ru"),
    ("Gunners downed 7 drones over Lipetsk on Tuesday. In addition, an unmanned aerial vehicle was shot down near the "
     "city.", "en"),
])
def test_a_phrase_weapon_told_as_one_more_makes_no_second_event(read, text, lang):
    events = [e for e in read(text, lang) if e.kind == "interception"]
    assert len(events) == 1 and _claims(events, "intercepted") == [7]


def test_a_boat_is_no_weapon_downed(read):
    assert _claims(read("Морпіхи знищили ворожий морський катер біля Кінбурнської коси у вівторок.", "uk"),
                   "intercepted") == []
