"""English has no case to tell a subject by: a country right before a verb in the past tense may be the state acting
(incidents.the_subject, en `subject_verbs`/`undergone_verbs`). It gives way to another place of its clause; alone it
stays the clause's place, since the verb may tell what the country went through ("Lebanon grieved"); the subject of
a verb of killing (`subject_killing_verbs`) is the killer, never the place. A word of place before the country makes
it a place whatever follows (place_roles.governs_country). Reports written for these tests."""

import pytest


def places(events):
    return [(e.kind, e.place.key if e.place else None) for e in events]


def test_a_country_that_killed_is_not_where(read):
    assert places(read("Israel killed three Hezbollah members in a drone strike on a car, the army said.")) == [
        ("strike", None)]


def test_the_place_told_elsewhere_in_the_sentence_is_kept(read):
    assert places(read("Israel killed a Hamas commander in an air strike on Tuesday, rescuers in Gaza said.")) == [
        ("strike", "Gaza")]


@pytest.mark.parametrize("text, place", [
    # a word of place before the country: a prepositional phrase, not the subject
    ("An American drone strike on a convoy in northern Iraq killed five fighters, officials reported.", "Iraq"),
    # a verb that tells what the country underwent
    ("Lebanon endured a night of Israeli air strikes that killed eight people.", "Lebanon"),
    ("Russia came under a massive drone attack overnight that wounded five people.", "Russia"),
    # an interception over the country itself
    ("Israel shot down a drone launched from Yemen, the army said.", "Israel"),
])
def test_a_country_that_is_where_stays(read, text, place):
    assert [p for _, p in places(read(text))] == [place]


@pytest.mark.parametrize("text, place", [
    # a verb in "-ed" of what the country went through, with no other place in its clause: the country is where
    ("Ukraine buried its dead after a Russian glide bomb wounded 14 people, officials reported.", "Ukraine"),
    ("Lebanon counted the cost on Sunday after Israeli strikes wounded 30 people.", "Lebanon"),
    ("Ukraine reeled on Monday after a Russian missile barrage wounded 40 people.", "Ukraine"),
    # a headline's passive with no "by" after it
    ("Syria battered overnight as air strikes wounded 11 people, state media said.", "Syria"),
])
def test_a_country_that_is_its_clauses_only_place_stays(read, text, place):
    assert places(read(text)) == [("strike", place)]


def test_russian_and_ukrainian_keep_reading_the_case(read):
    # (unchanged: the nominative tells the subject there)
    assert places(read("Росія зазнала масованої атаки дронів, поранено трьох людей.", "uk")) == [("strike", "Russia")]
