"""fix17d: review17c's findings on kind17. Air defence thanked is no interception; a bracket listing airports after a
region keeps them all; the reporting side's own strikes on air defence, or on drones on the ground, are no interception;
damage none of the things took, or a war's total of damage, is no strike; a long list of hyphenated names is read
fast. Every report here was written for these tests."""

import time

from eventledger.extract.segment import _lists_names


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


def places(events, kind):
    return sorted(e.place.name for e in events if e.kind == kind and e.place is not None)


# -- 1: thanks to air defence, at a ceremony or in a speech, is no interception ------------------------------------------

def test_air_defence_thanked_at_a_ceremony_is_no_interception(read):
    assert read("На церемонии в честь профессионального праздника мэр Курска поблагодарил ветеранов ПВО за "
                "многолетнюю службу и работу.", "ru") == []
    assert read("Під час засідання уряду прем'єр подякував силам ППО за роботу протягом року та попросив партнерів "
                "про нові системи.", "uk") == []
    assert read("At a ceremony in Odesa, the governor thanked air defence crews for their work and handed out medals.") == []


def test_air_defence_thanked_after_an_attack_keeps_the_attack(read):
    events = read("Ночью беспилотники атаковали Курск. Мэр поблагодарил расчёты ПВО за слаженную работу.", "ru")
    assert of_kind(events, "strike")


# -- 2: a bracket that lists airports after a region names each of them ---------------------------------------------------

def test_a_bracketed_list_after_a_region_keeps_every_airport(read):
    ru = read("Из-за угрозы беспилотников закрыли аэропорты Поволжья (Казань, Самара и Нижнекамск), сообщила "
              "Росавиация.", "ru")
    assert places(ru, "airspace_restriction") == sorted(["Казань", "Самара", "Нижнекамск"])
    en = read("Flights were halted at airports in southern Russia (Krasnodar, Gelendzhik and Sochi) after a drone "
              "attack, the aviation agency said.")
    assert len(of_kind(en, "airspace_restriction")) == 3
    assert "Krasnodar" in places(en, "airspace_restriction")


def test_a_lone_name_in_brackets_after_a_city_is_still_its_airport(read):
    events = read("Из-за атаки беспилотников ограничения на полёты ввели в аэропортах Сочи (Адлер) и Анапы "
                  "(Витязево).", "ru")
    assert len(of_kind(events, "airspace_restriction")) == 2


# -- 3: the reporting side's own strikes on air defence, or on drones parked on the ground, are no interception ---------

def test_drone_crews_striking_air_defence_are_no_interception(read):
    assert of_kind(read("Расчёты ударных дронов отработали зенитный комплекс противника ПВО под Лиманом, "
                        "сообщили в штабе группировки.", "ru"), "interception") == []
    assert of_kind(read("Операторы FPV отработали комплекс ПВО противника у Покровска, сообщили в Минобороны.", "ru"),
                   "interception") == []
    assert of_kind(read("Возле Бахмута позиции ПВО противника отработали наши операторы дронов, сообщили в штабе.",
                        "ru"), "interception") == []
    assert of_kind(read("Пілоти дронів бригади відпрацювали комплекс ППО ворога поблизу Мелітополя, повідомили в "
                        "штабі.", "uk"), "interception") == []
    assert of_kind(read("Біля Мелітополя позиції ППО ворога відпрацювали наші пілоти дронів, повідомили в штабі.",
                        "uk"), "interception") == []


def test_air_defence_that_did_its_work_is_still_an_interception(read):
    assert of_kind(read("Ночью над Курском отработали средства ПВО, сообщил губернатор.", "ru"), "interception")
    assert of_kind(read("Вночі над Сумами відпрацювали сили ППО, повідомила ОВА.", "uk"), "interception")


def test_drones_struck_on_the_ground_are_no_interception(read):
    events = read("Ударами артиллерии под Лиманом поражены три БПЛА противника на земле и пункт управления, "
                  "сообщило Минобороны.", "ru")
    assert of_kind(events, "interception") == []


def test_drones_struck_in_the_air_are_still_an_interception(read):
    assert of_kind(read("Над Белгородской областью дежурными средствами ПВО поражены пять БПЛА, сообщило "
                        "Минобороны.", "ru"), "interception")


# -- 4: damage nothing took, or a war's total of damage, is no strike ---------------------------------------------------

def test_damage_that_nothing_took_is_no_strike(read):
    events = read("Air defence downed nine drones over Kursk region overnight, the governor said. No residential "
                  "buildings in the city of Kursk received damage, he added.")
    assert of_kind(events, "strike") == []
    events = read("Air defence downed nine drones over Kursk region overnight, the governor said. None of the "
                  "schools in Kursk sustained damage.")
    assert of_kind(events, "strike") == []
    events = read("Air defence downed nine drones over Kursk region overnight, the governor said. None of the "
                  "schools in Kursk were damaged.")
    assert of_kind(events, "strike") == []


def test_damage_over_the_war_is_no_strike(read):
    assert read("Odesa's port has suffered serious damage during the war, its director said on Friday, appealing for "
                "investment.") == []
    assert read("Sumy has sustained heavy damage since the start of the full-scale invasion, the mayor told "
                "reporters.") == []


def test_damage_on_a_day_of_the_war_is_still_a_strike(read):
    events = read("Two warehouses in the port of Odesa were damaged over the weekend in Russia’s war on Ukraine, "
                  "the governor said.")
    assert of_kind(events, "strike")


def test_damage_taken_in_an_attack_is_still_a_strike(read):
    events = read("Russian drones attacked Odesa overnight. Two warehouses in the port sustained damage, the "
                  "governor said.")
    assert of_kind(events, "strike")


# -- 5: a long list of hyphenated names is read in linear time ------------------------------------------------------------

def test_a_long_list_of_hyphenated_names_is_fast():
    names = ", ".join(["Petropavlovsk-Kamchatsky"] * 20) + " and Tula, the agency said"
    began = time.perf_counter()
    assert not _lists_names("Flights were halted at 24 airports", names, "en")
    assert _lists_names("Flights were halted at 24 airports", ", ".join(["Ust-Kamenogorsk-Severny"] * 20) + " and Tula.",
                        "en")
    assert time.perf_counter() - began < 0.1


def test_air_defence_told_in_the_singular_that_did_its_work_is_an_interception(read):
    assert of_kind(read("Ночью беспилотники атаковали Курск. Над городом отработала система противовоздушной обороны.",
                        "ru"), "interception")
    assert of_kind(read("Вночі дрони атакували Суми. Над містом відпрацювала система протиповітряної оборони.", "uk"),
                   "interception")
