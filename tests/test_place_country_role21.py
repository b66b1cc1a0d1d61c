"""A country's role read from the preposition that governs it (place_roles.country_role, en `country_roles`), in every
English clause: a preposition of place, a verb of attack, a target after a word of attack or "of" after a word of land
make it where; any other preposition makes it whence or whom ("aid workers from Canada", "an attack blamed on
Ukraine"), never where. And a country or capital that a modal or an adverb leads into a verb of its own ("Moscow will
respond", "Moscow usually denies such strikes") is the state acting (place_roles.acting). Reports written for these tests."""

import pytest


def places(events):
    return sorted((e.kind, e.place.key if e.place else None) for e in events)


def role(text, lang="en"):
    from eventledger.extract.place_roles import country_role

    return country_role(text, lang)


@pytest.mark.parametrize("before", [
    "explosions were heard in ", "drones were downed over western ", "a raid far inside ", "the attack on ",
    "strikes against ", "missiles aimed at ", "Russian forces attacked ", "the territory of ", "the south of ",
    "two drones flying towards ", "power cuts across much of ", "the bombardment of ",
])
def test_a_word_of_place_makes_the_country_where(before):
    assert role(before) is True


@pytest.mark.parametrize("before", [
    "aid workers from ", "a drone attack blamed on ", "officials ascribing it to ", "jets used against ",
    "a drone sent from the territory of ", "the army of ", "a threat for ", "a strike by ",
])
def test_any_other_preposition_makes_it_no_place(before):
    assert role(before) is False


@pytest.mark.parametrize("before", ["", "On Monday ", "the governor said ", "officials blamed "])
def test_no_preposition_leaves_it_to_the_verb(before):
    assert role(before) is None


def test_russian_and_ukrainian_read_the_case_instead():
    assert role("по ", "ru") is None and role("з ", "uk") is None


def test_a_country_a_clause_names_as_whence_makes_no_event(read):
    events = read("A Russian missile hit a hotel in Kharkiv on Tuesday, killing two people. Aid workers from Moldova, "
                  "the U.S. and Canada had been staying there for a week.")
    assert places(events) == [("strike", "Kharkiv")]


def test_a_country_an_attack_is_blamed_on_makes_no_event(read):
    events = read("Nobody was hurt when a drone attack blamed on Ukraine set a warehouse on fire in the Bryansk "
                  "region, the governor said.")
    assert ("strike", "Ukraine") not in places(events)


@pytest.mark.parametrize("text", [
    "Moscow will respond to the attack, a Kremlin spokesman said.",
    "Moscow usually denies such strikes, a Kremlin aide said.",
    "Kyiv did not confirm the strike.",
])
def test_a_state_a_modal_or_an_adverb_leads_into_its_verb_is_no_place(read, text):
    assert places(read("A drone hit a fuel depot in Sumy overnight, injuring three people. " + text)) == [
        ("strike", "Sumy")]


@pytest.mark.parametrize("after, acts", [
    (" will respond", True), (" may be targeting power plants", True), (" usually denies such strikes", True),
    (" could be hit again", False), (" was hit overnight", False), (" has had no power", False),
    (" residents heard explosions", False), (" will come under attack", False),
])
def test_the_verb_chain(after, acts):
    from eventledger.extract.place_roles import acting

    assert acting(after, "en") is acts
    assert acting(after, "ru") is False  # (the case tells the subject there: nothing listed)


def test_a_state_named_by_its_capitals_war_is_no_place(read):
    events = read("A drone struck an air base in Millerovo, well behind Moscow's front lines, on Monday. Two aircraft "
                  "were damaged.")
    assert places(events) == [("strike", "Millerovo")]


def test_the_place_the_country_is_stays(read):
    assert places(read("Two people were injured when a drone struck a house in western Ukraine overnight.")) == [
        ("strike", "Ukraine")]
    assert places(read("Air defences shot down three drones over Russia's Belgorod region, the governor said.")) == [
        ("interception", "Belgorod Oblast")]


@pytest.mark.parametrize("text, lang", [
    ("Дрон атаковал нефтебазу в Сумах, ранены три человека. Москва обычно отрицает такие удары.", "ru"),
    ("Дрон атакував нафтобазу в Сумах, поранено трьох людей. Москва зазвичай заперечує такі удари.", "uk"),
])
def test_a_capital_in_the_nominative_before_its_verb_acts_ru_uk(read, text, lang):
    assert places(read(text, lang)) == [("strike", "Sumy")]


@pytest.mark.parametrize("after, lang, name, acts", [
    (" зазвичай заперечує такі удари", "uk", "Москва", True), (" ответит на удар", "ru", "Москва", True),
    (" атакована дронами", "ru", "Москва", False),  # a short passive participle: it underwent
    (" подверглась атаке", "ru", "Москва", False), (": сбиты два дрона", "ru", "Москва", False),
    (" атакували вночі", "uk", "Київ", False),  # nominative or accusative: not read as the subject
])
def test_the_verb_after_a_capital_by_its_case(after, lang, name, acts):
    from eventledger.extract.place_roles import acting

    assert acting(after, lang, name) is acts
