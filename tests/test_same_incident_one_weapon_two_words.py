"""One strike told with two words for its weapon (twenty-second session, split22): `same_incident._conflict` no longer
takes them for two weapons. A multiple rocket launcher's rockets are "rockets" / "ракеты" (read as a missile) beside
the launcher (artillery); an air strike's munitions are "a missile" beside "air strikes" (aircraft). Negatives: a drone
and artillery are two weapons, two incidents; two days stay two.
Reports written for these tests in their own words (published at report_reading.PUBLISHED)."""

from report_reading import kinds

_DAMAGE = ("strike", "shelling", "explosion")


def _damage(events):
    return [(k, p) for k, p in kinds(events) if k in _DAMAGE]


# -- rockets of a launcher: the launcher's shelling told again --------------------------------------------------------

def test_en_a_rocket_of_a_launcher_shelling_the_town_is_that_shelling(read):
    events = read("Ukrainian forces shelled Belgorod with Vampire multiple rocket launchers on Monday, the governor said.\n"
                  "A rocket hit a shopping centre in the south of Belgorod, killing two people.")
    assert len(_damage(events)) == 1


def test_ru_a_rocket_of_a_launcher_shelling_the_town_is_that_shelling(read):
    events = read("В понедельник ВСУ обстреляли Белгород из РСЗО «Град», сообщил губернатор.\n"
                  "Ракета попала в торговый центр в южной части Белгорода, погибли два человека.", "ru")
    assert len(_damage(events)) == 1


def test_uk_a_rocket_of_a_launcher_shelling_the_town_is_that_shelling(read):
    events = read("У понеділок росіяни обстріляли Харків з РСЗО «Град», повідомив голова ОВА.\n"
                  "Ракета влучила в торговельний центр у південній частині Харкова, загинули двоє людей.", "uk")
    assert len(_damage(events)) == 1


# -- an air strike's missile: the air strike told again ---------------------------------------------------------------

def test_en_a_missile_of_an_air_strike_on_the_town_is_that_air_strike(read):
    events = read("Israeli air strikes hit Rafah on Sunday, medics said.\n"
                  "A missile struck a house in Rafah, killing seven members of one family.")
    assert len(_damage(events)) == 1


def test_ru_a_missile_of_an_air_strike_on_the_town_is_that_air_strike(read):
    events = read("В воскресенье израильская авиация нанесла удар по Рафаху, сообщили медики.\n"
                  "Ракета попала в дом в Рафахе, погибли семь человек.", "ru")
    assert len(_damage(events)) == 1


def test_uk_a_missile_of_an_air_strike_on_the_town_is_that_air_strike(read):
    events = read("У неділю ізраїльська авіація завдала удару по Рафаху, повідомили медики.\n"
                  "Ракета влучила в будинок у Рафаху, загинули семеро людей.", "uk")
    assert len(_damage(events)) == 1


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_en_a_drone_strike_and_a_shelling_of_two_towns_stay_two(read):
    events = read("A Russian drone hit a warehouse in Kharkiv on Monday, the governor said.\n"
                  "Artillery shelled a market in Kupiansk on Monday, wounding three people.")
    assert len(_damage(events)) == 2


def test_en_an_air_strike_and_a_missile_on_two_days_stay_two(read):
    events = read("Israeli air strikes hit a school in Rafah on Saturday, medics said.\n"
                  "On Sunday a missile struck a house in Rafah, killing seven members of one family.")
    assert len(_damage(events)) == 2
