"""The misfires an independent review found in en21's rules, each narrowed (twenty-first session, fix21e): the
country-wide backdrop (a stated zero is a count, never the headline's incident); a capital's "has/had" alone is no state
acting; serving at the front needs a person as subject; troops in the clause keep "assault on" a clash; an alarm's
state leaves a strike told in a clause of its own; a list going on is read from each language's words. Two narrowings
the review asked for cost validation and are not done; their tests stand as strict xfails. Each report here was written
for the test."""

import pytest

from eventledger.extract import incidents, place_within
from report_reading import figures, kinds

# Measured and not done (fix21e): keeping a country other than the placed incidents' cost validation 10 false events
# (120 -> 130; test17+19 53 -> 59); the figures right after a backdrop going with it cost validation 2 attributions.
# misfire22 keeps a country-level event told with a day of its own, or opened as one more incident ("Separately, ...")
# with a target (events._incident_apart; tests/test_misfire22.py): the Belarus reports and the figures told after a
# dated strike pass; a clash with neither (the Lebanon report) is still read as the backdrop.
_MEASURED_NOT_DONE = pytest.mark.xfail(strict=True, reason="measured in fix21e: cost validation, not done")


# -- 1. the backdrop: a stated zero, the headline's incident (another country: measured, not done) -------------------

def test_an_incident_in_another_country_than_the_towns_stays(read):
    events = read("A drone hit a fuel depot in Kursk overnight, the governor said.\n\n"
                  "Separately, an explosion damaged a rail bridge in Belarus, local media reported.")
    assert ("strike", "Kursk") in kinds(events) and ("explosion", "Belarus") in kinds(events)


@_MEASURED_NOT_DONE
def test_a_clash_in_another_country_stays(read):
    events = read("Israeli soldiers clashed with gunmen in Nablus on Monday, the army said.\n\n"
                  "Fighting also broke out in Lebanon, where militants battled Israeli soldiers near the border.")
    assert any(place == "Lebanon" for _, place in kinds(events))


def test_ru_and_uk_an_explosion_in_another_country_stays(read):
    assert any(place == "Belarus" for _, place in kinds(read(
        "Дрон атаковал склад в Курске, сообщил губернатор.\n\nКроме того, взрыв повредил железнодорожный мост в "
        "Беларуси, сообщили местные СМИ.", lang="ru")))
    assert any(place == "Belarus" for _, place in kinds(read(
        "Дрон атакував склад у Полтаві, повідомив голова ОВА.\n\nОкремо, у Білорусі вибух пошкодив залізничний міст, "
        "повідомили місцеві медіа.", lang="uk")))


def test_a_stated_zero_is_a_count_of_its_own(read):
    events = read("Drones hit a warehouse in Poltava overnight, injuring three guards, the governor said.\n\n"
                  "A missile also struck a transformer station in Ukraine, but nobody was hurt, the grid operator said.")
    assert ("strike", "Ukraine") in kinds(events)


def test_the_headlines_incident_at_the_country_stays(read):
    events = read("Blast hits power plant in Moldova\n\nDrones also struck a warehouse in Odesa, the governor said. A "
                  "blast hit a power plant in Moldova, police said.")
    assert ("strike", "Odesa") in kinds(events) and any(place == "Moldova" for _, place in kinds(events))


def test_the_backdrops_figures_go_with_it(read):
    # (the dropped backdrop's following figures are lent to no town's incident told before it)
    events = read("Drones hit a warehouse in Poltava overnight, the governor said.\n\nLater on Monday a missile struck a "
                  "factory in Ukraine. Three workers were injured, the company said.")
    poltava = [e for e in events if e.place and e.place.key == "Poltava"]
    assert poltava and all("injured" not in figures(e) for e in poltava)


def test_the_same_country_as_backdrop_is_still_dropped(read):
    # (negative: the rule's own class, the towns' country after the lead, nothing counted)
    events = read("A drone hit a warehouse in Poltava overnight, injuring two guards, the governor said.\n\n"
                  "The attack comes amid a wave of Russian strikes across Ukraine.")
    assert kinds(events) == [("strike", "Poltava")]


# -- 3. a capital's own "has/had" is no state acting ------------------------------------------------------------------

def test_a_capital_without_power_after_a_strike_is_the_city(read):
    events = read("Kyiv has had no heating for ten hours after a Russian missile struck a boiler house in the city, "
                  "officials said.")
    assert any(place == "Kyiv" for _, place in kinds(events))


def test_a_capital_that_had_no_power_is_the_city(read):
    events = read("A Russian missile struck a boiler house on the edge of the capital overnight. Kyiv had no hot water "
                  "on Tuesday after the strike, the mayor said.")
    assert any(place == "Kyiv" for _, place in kinds(events))


# -- 4. serving at the front: a person as subject, never troops or the fighting -----------------------------------------

def test_fighting_at_the_front_near_a_town_is_a_clash(read):
    events = read("Fighting on the front line near Kurakhove grew fiercer on Monday, with Russian forces launching 30 "
                  "assaults, the General Staff said.")
    assert [kind for kind, _ in kinds(events)] == ["other"]


def test_troops_at_the_front_repelling_an_assault_is_a_clash(read):
    events = read("Ukrainian soldiers stationed on the front line near Siversk repelled a Russian assault on Monday, the "
                  "brigade said.")
    assert [kind for kind, _ in kinds(events)] == ["other"]


def test_a_brigade_at_the_front_is_no_person_serving():
    assert not incidents.scene_of_a_war("Бригада, яка воює на передовій біля ", "uk")
    assert not incidents.scene_of_a_war("Бригада, которая воюет на передовой под ", "ru")
    assert not incidents.scene_of_a_war("Fighting on the front line near ", "en")
    assert not incidents.scene_of_a_war("Ukrainian troops deployed on the front line near ", "en")


def test_a_person_serving_at_the_front_still_names_no_incident():
    assert incidents.scene_of_a_war("Her son, who is serving on the front line near ", "en")
    assert incidents.scene_of_a_war("Её брат служит на передовой под ", "ru")
    assert incidents.scene_of_a_war("Її син служить на передовій біля ", "uk")


# -- 5. troops in the clause keep an "assault on" a clash ---------------------------------------------------------------

def test_troops_launching_an_assault_in_a_report_of_drones_is_a_clash(read):
    events = read("Russian drones attacked Sumy overnight, the mayor said.\n\nSeparately, Russian infantry launched an "
                  "assault on Kupiansk, the army said.")
    assert ("other", "Kupiansk") in [(k, p) for k, p in kinds(events)] or any(
        kind == "other" for kind, _ in kinds(events))
    assert all(not (kind == "strike" and place and place.startswith("Kup")) for kind, place in kinds(events))


# -- 6. an alarm's state leaves a strike told in a clause of its own ---------------------------------------------------

def test_a_strike_told_as_the_alarms_went_on_stands(read):
    events = read("Drone alerts remained active across the Sumy region as Russian drones struck a water plant in "
                  "Shostka, the governor said.")
    assert kinds(events) == [("strike", "Shostka")]


def test_an_alarm_state_alone_tells_no_strike():
    # (negative: the alarm's words alone, or an attack named only as its time)
    assert incidents.alarm_only("Air raid alarms were active in several regions, including Poltava.", "en")
    assert incidents.alarm_only("Air raid alarms were in effect in the Poltava region during the drone attack.", "en")
    assert not incidents.alarm_only("Missile alerts were in effect in Poltava when a missile hit a school.", "en")


# -- 7. a list going on is read from each language's words ------------------------------------------------------------

def test_a_list_goes_on_in_every_language():
    assert place_within._list_goes_on("en").match(" and Kramatorsk")
    assert place_within._list_goes_on("ru").match(" и Краматорск")
    assert place_within._list_goes_on("uk").match(" та Краматорськ")
    assert place_within._list_goes_on("uk").match(", Краматорськ")
    assert not place_within._list_goes_on("en").match(", the governor said")
