"""Wrong kind, seventeenth session (kind17): airports listed after a count and a colon, airports told in brackets,
flights restricted in the present tense, drones "поражены" in the passive, air defence that "отработала", and air
defence thanked for its work. Reports written for these tests (en/ru/uk), each rule with sentences it must not fire on."""

from eventledger.extract.segment import Span, clauses


def kinds_at(events, kind):
    return sorted(e.place.name for e in events if e.kind == kind and e.place is not None)


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


def _clauses(text, lang):
    return [s.text for s in clauses(Span(0, len(text), text), lang)]


# -- a colon after a count of airports opens the list of their names ------------------------------------------------

def test_airports_listed_after_a_colon_are_each_a_restriction(read):
    events = read("The aviation agency said flights were halted because of a drone attack at four airports: Kaluga, "
                  "Tula, Oryol and Kursk.")
    assert len(of_kind(events, "airspace_restriction")) == 4
    assert {"Kaluga", "Tula", "Kursk"} <= set(kinds_at(events, "airspace_restriction"))


def test_airports_listed_in_russian_and_ukrainian(read):
    ru = read("Из-за угрозы беспилотников приостановлены полёты в трёх аэропортах: Калуги, Брянска и Курска.", "ru")
    assert len(of_kind(ru, "airspace_restriction")) == 3
    uk = read("Через атаку дронів обмеження на польоти запровадили у трьох аеропортах: Калуги, Брянська та Курська.", "uk")
    assert len(of_kind(uk, "airspace_restriction")) == 3


def test_a_colon_still_ends_a_clause_elsewhere():
    # not after airports: a list of districts is no restriction's, and the colon splits as before
    assert len(_clauses("Damage was recorded in three districts of the city: Darnytskyi, Dniprovskyi and Obolonskyi.",
                        "en")) == 2
    assert len(_clauses("Пошкодження зафіксовано у трьох районах: Дарницькому, Дніпровському та Оболонському.", "uk")) == 2
    # after airports, but what follows tells something (a verb), not a list of names
    assert len(_clauses("The agency's notice on the airports: Kaluga and Tula are closed.", "en")) == 2
    assert len(_clauses("Сообщение ведомства об аэропортах: Калуга и Тула закрыты.", "ru")) == 2
    # words after the list: it does not run to the sentence's end
    assert len(_clauses("Flights were halted at three airports: Kaluga, Tula and Oryol, after the drone attack.",
                        "en")) == 2
    # one name is no list
    assert len(_clauses("Restrictions were imposed at one more airport: Kaluga.", "en")) == 2
    # the list the colon opens is the clause's own
    assert len(_clauses("Flights were halted at three airports: Kaluga, Kaliningrad (Khrabrovo), and Tula.", "en")) == 1


def test_a_name_in_brackets_after_a_city_is_its_airport(read):
    events = read("Из-за атаки беспилотников ограничения на полёты ввели в аэропортах Сочи (Адлер) и Анапы "
                  "(Витязево).", "ru")
    places = kinds_at(events, "airspace_restriction")
    assert len(places) == 2
    assert not any("Витязево" in p for p in places)


def test_brackets_outside_restrictions_are_untouched(read):
    # a strike told with a district in brackets keeps reading its places as before (the rule is a restriction's)
    events = read("Витязево (Анапа) атаковал беспилотник, повреждён жилой дом, пострадавших нет.", "ru")
    assert of_kind(events, "airspace_restriction") == []
    assert of_kind(events, "strike")


# -- flights restricted told in the present tense ---------------------------------------------------------------------

def test_arrivals_and_departures_are_restricted(read):
    events = read("Arrivals and departures at Kaluga airport are temporarily restricted after a drone attack, the "
                  "aviation agency said. Earlier, similar restrictions were imposed at airports in Tula, Oryol and "
                  "Kursk.")
    assert len(of_kind(events, "airspace_restriction")) == 4


def test_other_things_restricted_are_no_airport(read):
    assert of_kind(read("Access to the beach is restricted after the storm."), "airspace_restriction") == []
    assert of_kind(read("Departures of trains are restricted after the drone attack on the station in Kharkiv."),
                   "airspace_restriction") == []


# -- ru: drones "поражены" in the passive -------------------------------------------------------------------------------

def test_drones_struck_in_the_sky_told_in_the_passive(read):
    events = read("Утром над Белгородской областью поражены пять БПЛА. Пострадавших нет, сообщил губернатор.", "ru")
    assert [e.kind for e in events] == ["interception"]


def test_a_drone_depot_struck_is_no_interception(read):
    events = read("По данным Минобороны, поражён склад БПЛА противника под Харьковом.", "ru")
    assert of_kind(events, "interception") == []


# -- ru/uk: air defence "отработала" ------------------------------------------------------------------------------------

def test_air_defence_did_its_work_over_the_city(read):
    ru = read("В ночь на вторник Курск атакован беспилотниками. На улице Мира БПЛА попал в магазин, повреждены окна. "
              "Ночью над Курском отработали средства ПВО. Пострадавших нет.", "ru")
    assert of_kind(ru, "interception") and of_kind(ru, "strike")
    uk = read("Уночі Суми атакували безпілотники. Над містом відпрацювала ППО, пошкоджено дах приватного будинку.", "uk")
    assert of_kind(uk, "interception")


def test_guns_that_worked_on_air_defence_are_no_interception(read):
    assert of_kind(read("Артиллерия отработала по позициям ПВО противника под Херсоном, сообщили в штабе.", "ru"),
                   "interception") == []
    assert of_kind(read("Артилеристи відпрацювали по позиціях ППО ворога на лівому березі, повідомили в штабі.", "uk"),
                   "interception") == []


# -- air defence thanked for its work: no interception of its own (fix17d deleted the rule: thanks are said at ceremonies
# and in speeches as often as after a night's attack) ------------------------------------------------------------------

def test_others_thanked_or_air_defence_paid_for_are_no_interception(read):
    assert of_kind(read("Ночью беспилотники атаковали Курск. Мэр поблагодарил пожарных за слаженную работу.",
                        "ru"), "interception") == []
    assert of_kind(read("Уряд виділив кошти на ППО за минулий рік роботи, повідомив міністр.", "uk"),
                   "interception") == []
    assert of_kind(read("Russian drones attacked Rivne overnight. The mayor thanked the rescuers for their work."),
                   "interception") == []


# -- en: damage told from what took it ("received light damage"), as ru "получили повреждения", uk "зазнали пошкоджень" --

def test_damage_received_beside_a_downing_is_a_strike(read):
    events = read("Air defence downed a drone over Bataysk on Sunday, the mayor said. Two cars and a garage received "
                  "light damage. Nobody was hurt.")
    assert of_kind(events, "interception") and of_kind(events, "strike")
    ru = read("Над Таганрогом ПВО сбила беспилотник. Кровли пяти домов и два автомобиля получили незначительные "
              "повреждения. Пострадавших нет.", "ru")
    assert of_kind(ru, "interception") and of_kind(ru, "strike")


def test_no_damage_received_or_no_war_is_no_strike(read):
    assert of_kind(read("A drone was shot down by air defence over Taganrog. The houses below received no damage, the "
                        "mayor said."), "strike") == []
    assert read("The company's shares suffered heavy damage after the report. The team received little damage.") == []


# -- en: an assault from the air on a place is a strike (the bare "assault on" stays an armed clash's word) -------------

def test_an_air_assault_on_a_city_is_a_strike(read):
    events = read("Russia launched a massive air assault on Odesa before dawn, damaging a warehouse in the port, the "
                  "regional governor said.")
    assert [e.kind for e in events] == ["strike"]
    assert [e.kind for e in read("A shed in a village near Odesa burned after a night-time drone assault on the region, officials said.")] == [
        "strike"]


def test_air_assault_units_and_ground_assaults_are_no_strike(read):
    events = read("Soldiers of the 95th Air Assault Brigade repelled an assault on their positions near Pokrovsk, the "
                  "brigade said.")
    assert of_kind(events, "strike") == []
    assert of_kind(read("Cadets near Lviv rehearsed drone assault tactics at a firing range on Monday, the academy said."),
                   "strike") == []


# -- en: an attack told as an attempt, met by air defence and harming nothing, is the interception (as ru/uk) ----------

def test_an_attempted_attack_that_air_defence_met_is_the_interception(read):
    events = read("Ukrainian drones tried to attack an air base, Russian official says\nThe head of the Kursk region said "
                  "on Friday that three drones had attempted to attack an air base near Kursk. All of them were shot down by "
                  "air defence, he added.")
    assert [e.kind for e in events] == ["interception"]


def test_an_attempt_that_hit_or_harmed_stays_a_strike(read):
    hit = read("Two drones tried to attack an oil depot in the Voronezh region overnight, the governor said. A fire broke "
               "out at the depot and a tank was damaged. Air defence shot down one drone.")
    assert sorted(e.kind for e in hit) == ["interception", "strike"]
    harmed = read("Ukraine tried to attack Belgorod with drones overnight, the governor said. Air defence shot down "
                  "three drones over Belgorod. A house was damaged and two people were injured.")
    assert sorted(e.kind for e in harmed) == ["interception", "strike"]
