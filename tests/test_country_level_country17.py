"""Events placed at a whole country or sea (seventeenth session, country17): a country that is the subject of an attack
verb or of a statement is the state acting, not where the incident was ("Russia pounded Kherson", "Russia makes a
statement"). A report whose only incident is told at a country keeps it there. (A rule dropping a country or sea told
only as a campaign's range, "across Ukraine", was deleted after review: it dropped a report's only incident.) Each
report here was written for the test."""

from report_reading import kinds


# -- the country acting: the subject of an attack verb or of a statement -------------------------------------------------

def test_the_country_pounding_a_town_is_no_place_of_the_shelling(read):
    events = read("Overnight, Russia pounded Kherson with artillery, the regional governor said. Shells hit a school "
                  "and two homes; two people were killed.")
    assert kinds(events) == [("shelling", "Kherson")]


def test_the_country_bombarding_in_the_present_is_no_place_either(read):
    events = read("Russia bombards Sumy with drones for a second night. The drones hit a dormitory and injured four "
                  "students, the regional governor said.")
    assert all(place != "Russia" for _, place in kinds(events))
    assert ("strike", "Sumy") in kinds(events)


def test_the_country_making_a_statement_on_a_strike_is_no_place(read):
    events = read("Russia made a statement about the missile strike on Sumy that injured four people on Friday.")
    assert kinds(events) == [("strike", "Sumy")]


def test_a_country_after_in_before_the_verb_stays_the_place(read):
    # (negative: "in Ukraine" says where; the verb after it does not make Ukraine the state acting)
    events = read("Air defence units in Ukraine downed 40 of the 55 drones launched overnight, the air force said.")
    assert ("interception", "Ukraine") in kinds(events)


def test_the_country_struck_before_an_attack_verb_is_not_the_state_acting():
    # (negative: "a strike on Lebanon hits a car": Lebanon is where the strike was, the verb's subject is the strike)
    from eventledger.extract import incidents

    assert not incidents.is_actor(" hits a car near Tyre", "en", "An Israeli drone strike on ")
    assert not incidents.is_actor(" strikes the power grid", "en", "A Russian missile attack against ")
    assert incidents.is_actor(" bombarded Mykolaiv overnight", "en", "At night, ")


def test_a_strike_on_a_country_that_kills_keeps_the_country(read):
    events = read("A drone strike on Lebanon leaves three dead near the border, medics say.")
    assert kinds(events) == [("strike", "Lebanon")]


def test_the_country_with_its_partners_as_one_subject_is_the_state_acting(read):
    events = read("Coalition warplanes struck the port of Hodeidah on Saturday, destroying two warehouses. The raids "
                  "follow weeks in which Iran and its proxy forces threatened shipping lanes.")
    assert kinds(events) == [("strike", "Hodeidah")]


def test_two_countries_joined_by_and_are_no_partners():
    # (negative: "Russia and Belarus" names two states; the partners are forces, allies, militias, proxies, troops)
    from eventledger.extract import incidents

    assert not incidents.is_actor(" and Belarus said", "en", "")
    assert not incidents.is_actor(" and its allies said", "en", "air defence in ")
    assert incidents.is_actor(" or its proxy militias are responsible", "en", "officials say ")


# -- only a country-level incident: kept ---------------------------------------------------------------------------------

def test_a_report_whose_only_incident_is_told_at_the_country_keeps_it(read):
    events = read("Ukraine's air force said on Sunday it shot down 40 of 55 drones Russia launched overnight.")
    assert kinds(events) == [("interception", "Ukraine")]


def test_a_nationwide_attack_with_a_count_across_the_country_is_kept(read):
    events = read("A massive Russian missile attack across Ukraine killed at least 28 people on Monday, officials said.")
    assert kinds(events) == [("strike", "Ukraine")]


def test_two_countries_separate_counts_stay_apart(read):
    events = read("Ukraine's air force said on Sunday it shot down 40 of 55 drones Russia launched overnight. Russia's "
                  "defence ministry said on Sunday it destroyed 30 Ukrainian drones over the Belgorod region overnight.")
    assert ("interception", "Ukraine") in kinds(events)
    assert ("interception", "Belgorod Oblast") in kinds(events)


# -- a nationwide strike and a sea: kept ------------------------------------------------------------------------------------

def test_a_strike_at_a_sea_told_with_a_place_in_it_is_kept(read):
    events = read("Houthi forces fired two missiles at a cargo ship in the Red Sea on Monday, damaging its hull.")
    assert ("strike", "Red Sea") in kinds(events)


def test_ru_a_nationwide_strike_with_a_count_is_kept(read):
    events = read("В понедельник Россия нанесла массированный ракетный удар по всей Украине, погибли 20 человек.", "ru")
    assert kinds(events) == [("strike", "Ukraine")]


def test_uk_a_nationwide_strike_with_a_count_is_kept(read):
    events = read("У понеділок росія завдала масованого ракетного удару по всій Україні, загинули 20 людей.", "uk")
    assert kinds(events) == [("strike", "Ukraine")]


def test_a_nationwide_attack_told_across_the_country_with_no_count_is_kept(read):
    # (review17e: the deleted range rule dropped this report's only incident)
    events = read("Russia launched a massive missile and drone attack across Ukraine overnight, damaging energy "
                  "facilities in eight regions.")
    assert ("strike", "Ukraine") in kinds(events)


# -- a territory at war named as the war's backdrop ----------------------------------------------------------------------

def test_aggression_named_by_a_leader_keeps_the_strikes_place(read):
    # (review17e: "aggression" as a war's scene left this strike with no place; it was taken out again)
    events = read("An Israeli drone strike killed three people in a car on Monday, in what the president called a new "
                  "aggression against Lebanon.")
    assert ("strike", "Lebanon") in kinds(events)


def test_military_actions_in_a_territory_are_the_wars_backdrop(read):
    events = read("The Houthis say their raids on shipping aim to end the military actions in Gaza. On Monday a missile "
                  "hit a tanker off Hodeidah, injuring two sailors.")
    assert all(place != "Gaza" for _, place in kinds(events))


def test_a_strike_told_in_the_territory_stays_there(read):
    # (negatives: a strike told in Gaza, and the scene with an incident told after it: "where an air strike killed")
    assert kinds(read("An Israeli air strike hit a school in Gaza on Monday, killing 12 people, medics said.")) == [
        ("strike", "Gaza")]
    assert kinds(read("The war in Gaza, where an air strike killed 12 people on Monday, drew protests.")) == [
        ("strike", "Gaza")]
