"""A whole country told after a town's incident as the war's backdrop (twenty-first session, en21): beside an incident
the report places at a town, district or region, a strike, explosion or clash told only at a whole country after the
first sentence, with nothing counted in its own clauses, is no incident ("The blasts come amid air raids across
Ukraine"). A country-wide incident with its own count, one the lead tells, and a report whose only incident is at the
country stay. The mechanism reads no words, so it serves ru and uk alike. Each report here was written for the test."""

from report_reading import kinds


def test_aircraft_used_against_the_country_are_no_strike_there(read):
    events = read("Explosions were heard at an air base near Millerovo on Sunday night, residents said.\n\n"
                  "Black smoke rose over the airfield, a base for bombers used against Ukraine in the war.")
    assert kinds(events) == [("explosion", "near Millerovo")]


def test_threats_over_explosions_in_the_country_are_no_explosion_there(read):
    events = read("A drone hit a warehouse in Poltava overnight, injuring two guards, the regional governor said.\n\n"
                  "Earlier, officials in Moscow made threats to Ukraine over the explosions in Russia.")
    assert kinds(events) == [("strike", "Poltava")]


def test_a_country_keeping_up_its_assaults_is_no_clash(read):
    events = read("An Israeli drone struck a car in the town of Tyre on Monday, killing one man, the health ministry "
                  "said.\n\nIsrael has kept up its assaults on Lebanese territory, especially in the south.")
    assert kinds(events) == [("strike", "Tyre")]


def test_ru_and_uk_reports_of_a_town_are_read_as_before(read):
    # (the rule reads no words; in Russian and Ukrainian the acting country is read by its case before it asks)
    assert kinds(read("Ночью беспилотник атаковал склад в Курске, пострадали два охранника, сообщил губернатор.\n\n"
                      "Ранее украинские дроны уже атаковали объекты на территории России.", lang="ru")) == [
        ("strike", "Kursk")]
    assert kinds(read("Вночі дрон влучив у склад у Полтаві, двоє охоронців поранені, повідомив голова ОВА.\n\n"
                      "Раніше російські дрони вже атакували об'єкти в Україні.", lang="uk")) == [("strike", "Poltava")]


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_a_country_wide_attack_with_its_own_count_stays(read):
    events = read("A drone hit a warehouse in Poltava overnight, injuring two guards.\n\n"
                  "In all, Russia fired 60 drones and 4 missiles at Ukraine overnight, the air force said.")
    assert ("strike", "Poltava") in kinds(events)
    assert any(place == "Ukraine" for _, place in kinds(events))


def test_a_report_whose_only_incident_is_at_the_country_keeps_it(read):
    events = read("Officials said on Monday that a missile strike had hit an energy facility in Ukraine overnight.\n\n"
                  "Repairs are under way, the ministry added.")
    assert kinds(events) == [("strike", "Ukraine")]


# -- someone serving at the front is the war's backdrop (combat_deaths) -------------------------------------------------

def test_a_husband_fighting_at_the_front_is_no_place_of_the_strike(read):
    events = read("A missile hit a hospital in Sumy on Friday, killing two nurses, the governor said. One nurse's husband, "
                  "who is fighting on the front line in the Donbas region, called the attack a crime.")
    assert kinds(events) == [("strike", "Sumy")]


def test_the_phrase_reads_in_every_language():
    from eventledger.extract import incidents

    assert incidents.scene_of_a_war("her husband is fighting on the front line in ", "en")
    assert incidents.scene_of_a_war("её муж воюет на передовой на ", "ru")
    assert incidents.scene_of_a_war("її чоловік воює на передовій на ", "uk")
    # (negative: a weapon that struck there makes it an incident's place)
    assert not incidents.scene_of_a_war("a soldier serving at the front line near ", "en", " was killed when a missile hit his trench")


# -- alerts told as a state over places (weak_non_events) ---------------------------------------------------------------

def test_alarms_active_over_a_region_tell_no_strike_there(read):
    events = read("A drone hit a warehouse in Kharkiv on Monday morning, the mayor said.\nAir raid alarms were in effect "
                  "in the Poltava region during the drone attack.")
    assert kinds(events) == [("strike", "Kharkiv")]


def test_an_alarm_clause_with_its_own_toll_still_tells_its_strike(read):
    # (negative: the clause's own casualties make it an incident, as for every weak non-event)
    events = read("Air raid alarms were active in Poltava when a missile hit a school, killing two teachers.")
    assert kinds(events) == [("strike", "Poltava")]
