"""Incidents told in words the lexicon did not read (issue 10, recall: gold incidents that yielded no event at all, or
an interception read as nothing beside a strike). Reports written for this test."""

import pytest

from eventledger.extract.figures import find_figures
from eventledger.extract.incidents import trigger
from eventledger.extract.numbers import find_quantities
from eventledger.extract.segment import clauses, sentences
from report_reading import kinds


def _figures(text: str, lang: str) -> list[tuple[str, object]]:
    quantities = find_quantities(text, lang)
    return [(f.figure, f.value) for s in sentences(text, lang) for c in clauses(s, lang)
            for f in find_figures(c, [q for q in quantities if s.start <= q.start < s.end], lang)]


# --- an airport stopped for the safety of flights, in a report that names no drone ----------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Росавиация сообщила о временной приостановке работы аэропорта Казани ради обеспечения безопасности полётов.", "ru"),
    ("Росавиация сообщила, что в целях обеспечения безопасности аэропорт Саратова временно не принимает и не "
     "отправляет самолёты.", "ru"),
    ("Росавіація повідомила про тимчасове призупинення роботи аеропорту Казані для забезпечення безпеки польотів.", "uk"),
])
def test_an_airport_stopped_for_flight_safety_is_a_restriction(read, text, lang):
    assert [kind for kind, _ in kinds(read(text, lang))] == ["airspace_restriction"]


def test_restrictive_measures_on_an_airport_are_a_restriction_when_safety_is_the_reason(read):
    text = ("Росавиация ввела ограничения в аэропорту Саратова для обеспечения безопасности полётов. Ранее "
            "ограничительные меры вводились и в аэропорту Пензы.")
    assert [kind for kind, _ in kinds(read(text, "ru"))] == ["airspace_restriction", "airspace_restriction"]


def test_an_airport_stopping_with_neither_war_nor_flight_safety_is_still_no_incident():
    # no war and no safety of flights named around it: the lemma reading of a stop proposes nothing
    assert trigger("Аэропорт Саратова на час прекратил обслуживание рейсов.", "ru", war_nearby=lambda: False) is None
    assert trigger("Аэропорт Саратова на час прекратил обслуживание рейсов.", "ru", war_nearby=lambda: False,
                   safety_nearby=lambda: True).kind == "airspace_restriction"


# --- English: a weapon's hit as a noun, a fire it started, a phrasal verb of downing --------------------------------

@pytest.mark.parametrize("text", [
    "According to the governor, the blaze at the depot was caused by a drone hit.",
    "A drone that crashed into the yard caused a fire at the fuel depot, the governor said.",
    "A warehouse was set on fire by a Ukrainian drone overnight, the governor said.",
])
def test_a_weapon_hit_told_as_a_noun_or_by_the_fire_it_started_is_a_strike(text):
    found = trigger(text, "en")
    assert found is not None and found.kind == "strike"


@pytest.mark.parametrize("text", [
    "The mayor said air defence took the missiles down over the left bank.",
    "Air defence units took down two drones near the city.",
    "The agency reported the repulsion of a missile attack on the port.",
])
def test_downing_told_by_a_phrasal_verb_or_a_noun_is_an_interception(text):
    found = trigger(text, "en")
    assert found is not None and found.kind == "interception"


def test_a_hit_by_air_defence_is_still_an_interception():
    found = trigger("The drone was hit by air defence over the bay.", "en")
    assert found is not None and found.kind == "interception"


def test_nobody_written_as_one_word_is_a_stated_zero():
    assert ("injured", 0) in _figures("The governor said that nobody was injured in the attack.", "en")
    assert ("killed", 0) in _figures("Nobody was killed, the mayor said.", "en")


# --- Ukrainian and Russian: air defence told at work with a verb of acting -----------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Вибухи у місті. Діють сили протиповітряної оборони.", "uk"),
    ("Мер закликав мешканців перебувати в укриттях, а сили протиповітряної оборони розпочали дії.", "uk"),
    ("Збиття дронів фіксували у трьох областях.", "uk"),
    ("В городе слышны взрывы, действуют силы ПВО.", "ru"),
])
def test_air_defence_acting_is_an_interception(text, lang):
    found = trigger(text, lang, lambda: True)
    assert found is not None and found.kind in ("interception", "explosion")
    assert any(trigger(clause.text, lang).kind == "interception"
               for s in sentences(text, lang) for clause in clauses(s, lang) if trigger(clause.text, lang))


def test_debris_of_a_downing_told_before_it_hit_is_a_strike_not_an_interception():
    found = trigger("Під час збиття одного з ворожих дронів уламками поранено жінку.", "uk")
    assert found is not None and found.kind == "strike"


# --- Ukrainian: the impersonal passive with a person in the accusative ---------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Дрони пошкодили будинки, поранено чоловіка.", "injured"),
    ("Внаслідок удару поранено 62-річну жінку.", "injured"),
    ("Внаслідок обстрілу вбито водія.", "killed"),
])
def test_one_person_in_the_accusative_after_an_impersonal_passive_is_one(text, figure):
    assert (figure, 1) in _figures(text, "uk")


def test_a_count_after_the_impersonal_passive_is_still_the_count():
    assert _figures("Внаслідок удару поранено двох людей.", "uk") == [("injured", 2)]


# --- Russian and Ukrainian: the harm told with no weapon word ------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("После атаки беспилотников в селе Никольском выбило окна в частном доме, посекло забор.", "ru"),
    ("Упавшие обломки БПЛА посекли автомобиль в деревне Ивановке.", "ru"),
    ("Після атаки дронів у селі Миколаївка вибило вікна в приватному будинку, посікло паркан.", "uk"),
])
def test_windows_blown_out_and_shrapnel_cuts_are_a_strike(text, lang):
    found = trigger(text, lang, lambda: True)
    assert found is not None and found.kind == "strike"


def test_the_harm_words_alone_need_signs_of_war():
    # "выбило окна" from a gas blast or a storm, with nothing of war around it, proposes nothing
    assert trigger("Ветром выбило окна в школе.", "ru", war_nearby=lambda: False) is None


# --- the governor's own account beside the ministry's total --------------------------------------------------------

def test_a_governors_own_interception_beside_the_ministrys_total_is_its_own_event(read):
    text = ("Минобороны России сообщило, что дежурные средства ПВО уничтожили 12 беспилотников над Брянской, Курской и "
            "Тамбовской областями. Губернатор Тамбовской области Евгений Первышев сообщил, что беспилотник был сбит "
            "над Мичуринском.")
    told = [(kind, place) for kind, place in kinds(read(text, "ru")) if kind == "interception"]
    assert len(told) == 2


def test_one_speaker_retelling_an_interception_at_another_level_is_one_event(read):
    text = ("Губернатор Тамбовской области Евгений Первышев сообщил, что над регионом сбит беспилотник. По его словам, "
            "беспилотник был сбит над Мичуринском, пострадавших нет.")
    assert [kind for kind, _ in kinds(read(text, "ru"))].count("interception") == 1


# --- a strike told with a figure and no place, in a report that names one region ----------------------------------

def test_a_placeless_strike_with_figures_is_in_the_one_region_the_report_names(read):
    text = ("В результате падения обломков одного из дронов повреждён частный жилой дом. Проживающая в доме семья не "
            "пострадала. Всего за ночь над Ростовской областью были сбиты 9 беспилотников.")
    told = kinds(read(text, "ru"))
    assert ("strike", None) not in told
    assert any(kind == "strike" and place is not None for kind, place in told)


@pytest.mark.parametrize("text, kind", [
    ("Officials said the attack drones launched overnight were mostly destroyed over the Odesa region.", "interception"),
    ("A rocket detonated off the side of a tanker sailing in the Gulf of Aden, the agency said.", "strike"),
    ("The missile detonated a few miles from the ship's bow.", "strike"),
])
def test_an_adverb_before_destroyed_and_a_weapon_that_detonated(text, kind):
    found = trigger(text, "en")
    assert found is not None and found.kind == kind


# --- a list of weapon counts with commas: each count gets the verb of the list -------------------------------------

@pytest.mark.parametrize("text, lang, values", [
    ("The general said 37 cruise missiles, 29 Shahed drones and one reconnaissance drone were shot down.", "en", [37, 29, 1]),
    ("Air defence shot down 37 cruise missiles, 29 Shahed drones and one reconnaissance drone.", "en", [37, 29, 1]),
    ("Над областью сбиты 12 беспилотников, 3 ракеты и 2 управляемые авиабомбы.", "ru", [12, 3, 2]),
    ("12 безпілотників, 3 ракети і 2 КАБи були збиті над областю.", "uk", [12, 3, 2]),
])
def test_every_count_of_a_comma_list_of_weapons_is_intercepted(text, lang, values):
    assert sorted(v for f, v in _figures(text, lang) if f == "intercepted") == sorted(values)


def test_a_comma_before_a_count_of_no_weapon_shares_nothing():
    assert _figures("Russia launched 50 drones, 30 were shot down.", "en") == [("launched", 50), ("intercepted", 30)]
    assert ("intercepted", 3) not in _figures("Сбиты 12 беспилотников, 3 человека ранены.", "ru")


def test_a_comma_list_of_weapons_makes_one_interception_per_weapon(read):
    text = "Air defence forces shot down 37 cruise missiles, 29 Shahed drones and two reconnaissance drones over Kyiv."
    weapons = sorted(e.weapon for e in read(text, "en") if e.kind == "interception")
    assert weapons == ["cruise_missile", "drone"]


@pytest.mark.parametrize("text, lang, figure", [
    ("В Горловке ранен шестилетний малыш.", "ru", "injured"),
    ("В результате обстрела погибла девочка.", "ru", "killed"),
    ("У Горлівці поранено хлопчика.", "uk", "injured"),
])
def test_a_child_named_by_a_word_for_a_small_child_is_one(text, lang, figure):
    assert (figure, 1) in _figures(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Вчера житель приграничного села наступил на мину и потерял ногу.", "ru"),
    ("В лесу на неразорвавшемся боеприпасе подорвался грибник.", "ru"),
    ("У лісі на невідомому вибуховому пристрої підірвався 40-річний чоловік.", "uk"),
    ("Чоловік загинув при поводженні з вибухонебезпечним предметом.", "uk"),
])
def test_a_mine_or_munition_set_off_by_a_person_is_other(text, lang):
    found = trigger(text, lang, lambda: True)
    assert found is not None and found.kind == "other"


@pytest.mark.parametrize("text, lang, kind", [
    ("The governor stated the explosions came from the city's air-defense systems.", "en", "interception"),
    ("Минобороны отчиталось об одном сбитом беспилотнике над областью.", "ru", "interception"),
    ("За сутки противник 12 раз применял артиллерию по приграничным сёлам.", "ru", "shelling"),
    ("Беспилотники трижды сбрасывали взрывные устройства на село.", "ru", "strike"),
])
def test_air_defence_explosions_reported_downings_and_daily_tallies(text, lang, kind):
    found = trigger(text, lang, lambda: True)
    assert found is not None and found.kind == kind


def test_casualties_not_found_are_a_stated_zero():
    assert ("injured", 0) in _figures("По официальной информации, пострадавших не выявлено.", "ru")
    assert ("injured", 1) not in _figures("По официальной информации, пострадавших не выявлено.", "ru")


def test_a_country_possessing_the_infrastructure_struck_is_where(read):
    text = ("Russia launched a massive missile attack on Saturday, targeting Ukraine's energy infrastructure, the "
            "authorities said.")
    assert ("strike", "Ukraine") in kinds(read(text, "en"))


def test_a_country_possessing_its_ministry_is_still_whose(read):
    text = "Russia's Defence Ministry said its forces struck a fuel depot in Kramatorsk overnight."
    assert [place for _, place in kinds(read(text, "en"))] == ["Kramatorsk"]
