"""The whole family of an event's words in each language, and the same construction in all three (issue 10, recall on
fresh reports: lists written from the old pool's texts missed synonyms, other inflections, other constructions).
Sentences written for this test."""

import pytest

from eventledger.extract.incidents import trigger


def _kind(text: str, lang: str, war: bool = True) -> str | None:
    found = trigger(text, lang, war_nearby=lambda: war)
    return found.kind if found else None


# --- a shell bursting at a place --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Снаряд розірвався біля школи.", "uk"),
    ("Розриви боєприпасів спричинили пожежу.", "uk"),
])
def test_a_shell_bursting_is_a_shelling(text, lang):
    assert _kind(text, lang) == "shelling"


# --- bombing, in every form, not the bomber -------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Росіяни розбомбили міст.", "uk"),
    ("Ворожа авіація бомбила село.", "uk"),
    ("Бомбардування міста тривало всю ніч.", "uk"),
    ("Israeli jets bombed the camp.", "en"),
])
def test_bombing_is_a_strike(text, lang):
    assert _kind(text, lang) == "strike"


@pytest.mark.parametrize("text, lang", [
    ("Над морем пролетів стратегічний бомбардувальник.", "uk"),
])
def test_a_bomber_flying_is_no_incident(text, lang):
    assert _kind(text, lang) is None


# --- the other verbs of hitting a place, and the weapon going off -----------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Ракета поцілила в цивільне підприємство.", "uk"),
    ("Дрон вибухнув біля входу до магазину.", "uk"),
    ("Ворог випустив по Україні 44 дрони.", "uk"),
    ("Ракета прилетіла в житловий будинок.", "uk"),
    ("Вночі прилетіло в багатоповерхівку.", "uk"),
    ("Another missile fired towards a car in the city.", "en"),
    ("A naval drone rammed the tanker.", "en"),
    ("A vehicle was directly hit by fire from across the border.", "en"),
])
def test_other_verbs_of_hitting_are_a_strike(text, lang):
    assert _kind(text, lang) == "strike"


@pytest.mark.parametrize("text, lang", [
    ("Його виступ вразив усіх.", "uk"),
])
def test_striking_in_the_sense_of_amazing_needs_signs_of_war(text, lang):
    assert _kind(text, lang, war=False) is None


def test_a_visitor_flying_in_is_no_strike():
    assert _kind("Прем'єр-міністр прилетів до Києва з візитом.", "uk") is None


# --- downing told with the family's other verbs, and the forms the stems missed -------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Мобільні вогневі групи підбили два дрони.", "uk"),
    ("Сили ППО уразили 12 ворожих дронів.", "uk"),
    ("16 Shaheds were destroyed over the southern regions.", "en"),
    ("Air defense destroyed 22 targets overnight.", "en"),
])
def test_downing_told_with_other_verbs_is_an_interception(text, lang):
    assert _kind(text, lang) == "interception"


@pytest.mark.parametrize("text, lang", [
    ("Сили оборони уразили склад ракет.", "uk"),
])
def test_what_is_struck_on_the_ground_is_no_interception(text, lang):
    assert _kind(text, lang) != "interception"


@pytest.mark.parametrize("text, lang", [
    ("Уламки підбитого дрона пошкодили будинок.", "uk"),
])
def test_the_debris_of_a_downed_drone_is_a_strike(text, lang):
    assert _kind(text, lang) == "strike"


@pytest.mark.parametrize("text, lang, kind", [
    ("Під час нальоту дронів пошкоджено склад.", "uk", "strike"),
    ("При атаці постраждали двоє людей.", "uk", "strike"),
])
def test_forms_the_stems_missed(text, lang, kind):
    assert _kind(text, lang) == kind


@pytest.mark.parametrize("text, lang", [
    ("Жінка отримала мінно-вибухові травми.", "uk"),
    ("У потерпілих діагностовано вибухові поранення.", "uk"),
])
def test_a_blast_injury_is_no_explosion(text, lang):
    assert _kind(text, lang) is None


# --- English: the family's other verbs and forms, the plural "air defences", electronic warfare's share -------------

@pytest.mark.parametrize("text", [
    "Russia is striking Kharkiv with drones every night.",
    "Russia pummelled the city with missiles.",
    "Drones battered the port of Izmail overnight.",
    "The drones were targeting the Zaporizhzhia region.",
    "A missile barrage on Kyiv killed three people.",
    "Russia fired a barrage of drones at Odesa.",
])
def test_english_verbs_and_nouns_of_striking(text):
    assert _kind(text, "en") == "strike"


@pytest.mark.parametrize("text", [
    "A striking resemblance between the two paintings was noted.",
    "The coast was battered by a storm.",
])
def test_english_generic_words_need_signs_of_war(text):
    assert _kind(text, "en", war=False) is None


def test_an_artillery_barrage_is_a_shelling():
    assert _kind("An artillery barrage hit four apartment buildings.", "en") == "shelling"


@pytest.mark.parametrize("text", [
    "Air defences were working over Kyiv for three hours.",
    "Of the 75 drones, 74 were destroyed by air defences.",
    "Air defences took out 25 drones overnight.",
    "Mobile fire groups knocked out 12 Shaheds.",
    "Electronic warfare jammed 20 drones.",
    "Another 20 drones were lost from radar.",
])
def test_english_downing_in_more_words(text):
    assert _kind(text, "en") == "interception"


def test_knocking_out_the_power_is_no_interception():
    assert _kind("The strike knocked out the power in the city.", "en") == "strike"


def test_flights_halted_in_the_passive_are_a_restriction():
    assert _kind("Flights were halted at the airport after the drone attack.", "en") == "airspace_restriction"
