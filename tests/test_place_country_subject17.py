"""English has no case to tell a subject by: a country right before a verb in the past tense is the state acting, not
the place of the incident (incidents.the_subject, en `subject_verbs`/`undergone_verbs`), unless a word of place governs
it (place_roles.governs_country). Reports written for these tests."""

import pytest


def places(events):
    return [(e.kind, e.place.key if e.place else None) for e in events]


def test_a_country_that_killed_is_not_where(read):
    assert places(read("Israel killed two Hezbollah fighters in a drone strike, the army said.")) == [("strike", None)]


def test_the_place_told_elsewhere_in_the_sentence_is_kept(read):
    assert places(read("Israel killed an Islamic Jihad commander in an air strike on Tuesday, medics in Gaza said.")) == [
        ("strike", "Gaza")]


@pytest.mark.parametrize("text, place", [
    # a word of place before the country: a prepositional phrase, not the subject
    ("A US missile strike on an airbase in central Syria killed nine civilians, state media reported.", "Syria"),
    # a verb that tells what the country underwent
    ("Lebanon suffered a wave of Israeli air strikes overnight that killed 12 people.", "Lebanon"),
    ("Russia came under a massive drone attack overnight that wounded five people.", "Russia"),
    # an interception over the country itself
    ("Israel intercepted a missile fired from Yemen, the army said.", "Israel"),
])
def test_a_country_that_is_where_stays(read, text, place):
    assert [p for _, p in places(read(text))] == [place]


def test_russian_and_ukrainian_keep_reading_the_case(read):
    # (unchanged: the nominative tells the subject there)
    assert places(read("Україна зазнала масованої атаки дронів, поранено п'ятьох людей.", "uk")) == [("strike", "Ukraine")]
