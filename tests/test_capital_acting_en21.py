"""A capital as the subject of a verb of its own is the state acting, whatever the verb (twenty-first session, en21):
"Moscow has yet to comment on the attack", "Kyiv has repeatedly tried to", "Moscow mostly uses drones", "deep behind
Moscow's front lines"; and a capital after "accusing"/"blaming" is the state addressed. A capital with a place
preposition before it, a passive or a verb of what it underwent after it stays a place. English only (Russian and
Ukrainian read a subject by its case). Each report here was written for the test."""

from eventledger.extract import place_roles
from report_reading import kinds


def test_a_capital_yet_to_comment_is_no_place_of_the_strike(read):
    events = read("A missile hit a college in Poltava on Tuesday, killing three cadets, officials said. Moscow has yet "
                  "to comment on the attack.")
    assert kinds(events) == [("strike", "Poltava")]


def test_a_capital_that_mostly_uses_drones_is_the_state(read):
    events = read("Drones struck the port of Izmail overnight, injuring two workers, the governor said.\n\n"
                  "Moscow mostly uses drones in these attacks but sometimes fires missiles.")
    assert all(place != "Moscow" for _, place in kinds(events))


def test_a_capital_accused_is_the_state_addressed(read):
    events = read("Rockets killed two people in Kramatorsk on Saturday, regional officials said, accusing Moscow of "
                  "using cluster munitions in the attack.")
    assert kinds(events) == [("strike", "Kramatorsk")]


def capital_acting(after: str, lang: str, before: str = "") -> bool:
    """The one test of a capital acting as the state (place_roles.acting), for a capital."""
    return place_roles.acting(after, lang, "Moscow", before, capital=True)


def test_the_phrases_read():
    assert capital_acting(" has yet to comment", "en")
    assert capital_acting(" has repeatedly tried to hit", "en")
    assert capital_acting(" mostly uses drones", "en")
    assert capital_acting("’s front lines", "en")
    assert capital_acting("'s frontlines", "en")


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_a_capital_struck_or_governed_by_a_preposition_stays_a_place():
    assert not capital_acting(" has been hit by drones", "en")
    assert not capital_acting(" has not been spared", "en")
    assert not capital_acting(" has suffered a night of attacks", "en")
    assert not capital_acting(" residents heard blasts", "en")
    assert not capital_acting(" outskirts", "en")
    assert not capital_acting(" has said", "en", "the defence ministry in ")
    assert not capital_acting(" has yet to comment", "ru")


def test_a_strike_on_the_capital_keeps_it(read):
    events = read("Kyiv has been hit by a barrage of drones overnight; debris injured three people in the Darnytskyi "
                  "district, the mayor said.")
    assert any(place == "Kyiv" for _, place in kinds(events))


def test_a_capital_that_repelled_an_attack_is_the_city(read):
    # (negative: its defence or what befell it, "capital_defends": the city where the drones were downed and fell)
    events = read("Moscow has repelled a drone attack overnight, the mayor said; debris damaged a house.")
    assert ("interception", "Moscow") in kinds(events) and ("strike", "Moscow") in kinds(events)
    assert not capital_acting(" has again come under fire", "en")
    assert not capital_acting(" has seen a night of attacks", "en")
