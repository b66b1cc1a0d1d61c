"""Wrong kind, twenty-third session (kind23). Reports written for these tests (en/ru/uk), with sentences each rule must
not fire on.

1. Two incidents of different kinds joined by "and" in one clause, each at its own place ("вибухи у районі A та роботу
   ППО в районі B"), are two events, each of its own kind (extract/kind_joints.py); a list of places under one verb,
   and a second verb with no place of its own, stay one clause.
2. A place "under fire" ("the town is again under enemy fire", "Покровськ знову під ворожим вогнем", "город находится
   под вражеским огнём") is shelled, as one that "came under fire" is: not an armed clash's "enemy fire"; a person
   under the fire of critics is nothing.
3. Aerospace forces, bombers and warplanes are aircraft ("ВКС ударили по колонне", "бомбардувальники завдали удару",
   "warplanes struck a convoy"): a strike by aircraft, not a shelling because a shell is named beside it.
4. An attack told as the cause of an airport's restriction, at a place of its own ("План «Ковёр» ввели в аэропорту
   после атаки беспилотников на <город>"), is an incident of its own kind beside the closure; a threat of an attack,
   or an attack with no place of its own, is none.
5. Loud sounds heard ("громкие звуки", "гучні звуки", "loud booms"), in a report of war, are explosions; at a concert,
   nothing (a generic word: it needs signs of war nearby).
6. Debris that damaged something, told in a sentence with no place of its own right after a downing ("Над Севастополем
   сбиты шесть ракет. В результате падения обломков повреждены 12 строений."), is a strike where the paragraph has
   just told the downing (ANNOTATION.md: debris that hits something is a strike at that place), not dropped as
   placeless; debris that fell and harmed nothing makes none."""

from eventledger.extract.kind_joints import by_kind
from eventledger.extract.segment import Span


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


def names(events):
    return {(e.kind, e.place.key if e.place else None) for e in events}


# -- 1. two kinds, two places, one clause ----------------------------------------------------------------------------

def test_uk_explosions_in_one_district_and_air_defence_in_another_are_two_events(read):
    events = read("Сьогодні під час повітряної тривоги повідомили про вибухи у Синельниківському районі та роботу ППО "
                  "в Чернігівському районі.", "uk")
    explosions, interceptions = of_kind(events, "explosion"), of_kind(events, "interception")
    assert len(explosions) == 1 and len(interceptions) == 1
    assert explosions[0].place.key != interceptions[0].place.key
    assert not interceptions[0].areas  # not one claim over both districts


def test_ru_explosions_in_one_city_and_downed_drones_over_another_are_two_events(read):
    events = read("Ночью в Курске прогремели взрывы, а над Белгородом силы ПВО сбили два беспилотника.", "ru")
    explosions, interceptions = of_kind(events, "explosion"), of_kind(events, "interception")
    assert len(explosions) == 1 and len(interceptions) == 1
    assert explosions[0].place.name == "Курск" and interceptions[0].place.name == "Белгород"


def test_en_drone_hit_in_one_city_and_drones_downed_over_another_are_two_events(read):
    events = read("Overnight a drone hit an oil depot in Kursk and air defence shot down two drones over Belgorod.")
    strikes, interceptions = of_kind(events, "strike"), of_kind(events, "interception")
    assert len(strikes) == 1 and len(interceptions) == 1
    assert strikes[0].place.name == "Kursk" and interceptions[0].place.name == "Belgorod"


def test_the_speaker_of_the_whole_clause_tells_both_parts(read):
    events = read("Губернатор Иван Петров сообщил, что в Курске прогремели взрывы, а над Белгородом силы ПВО сбили "
                  "два беспилотника.", "ru")
    assert {e.kind for e in events} >= {"explosion", "interception"}
    for e in events:
        assert all(c.source and "Петров" in c.source for c in e.claims), e


# -- negatives: one kind, or no place of its own ---------------------------------------------------------------------

def _clause(text):
    return Span(0, len(text), text)


class _Named:
    """A place match as the clause splitter reads it: where it begins, and that the gazetteer read it."""

    def __init__(self, start, end):
        self.start, self.end, self.candidates = start, end, [object()]


def _at(text, *words):
    return [_Named(text.index(w), text.index(w) + len(w)) for w in words]


def test_one_kind_over_a_list_of_places_stays_one_clause():
    text = "Вночі дрони атакували Суми та обстріляли Конотоп."  # (a strike and a shelling: two kinds, two places)
    assert len(by_kind(_clause(text), _at(text, "Суми", "Конотоп"), "uk")) == 2
    text = "Вночі вибухи пролунали в Сумах та в Конотопі."
    assert len(by_kind(_clause(text), _at(text, "Сумах", "Конотопі"), "uk")) == 1
    text = "Explosions were heard in Kursk and in Belgorod."
    assert len(by_kind(_clause(text), _at(text, "Kursk", "Belgorod"), "en")) == 1


def test_a_second_verb_with_no_place_of_its_own_stays_one_clause():
    text = "Над Брянском сбили беспилотник, и его обломки повредили крышу дома."
    assert by_kind(_clause(text), _at(text, "Брянском"), "ru") == [_clause(text)]
    text = "Air defence shot down a drone over Kursk and its debris damaged a roof."
    assert by_kind(_clause(text), _at(text, "Kursk"), "en") == [_clause(text)]


def test_a_list_of_places_joined_by_and_stays_one_clause():
    text = "Flights were halted at airports in southern Russia (Krasnodar, Gelendzhik and Sochi) after a drone attack."
    assert len(by_kind(_clause(text), _at(text, "Krasnodar", "Gelendzhik", "Sochi"), "en")) == 1
    text = "Рейсы задержаны в аэропортах Краснодара, Геленджика и Сочи после атаки беспилотников."
    assert len(by_kind(_clause(text), _at(text, "Краснодара", "Геленджика", "Сочи"), "ru")) == 1
    text = "Рейси затримано в аеропортах Одеси, Миколаєва та Херсона після атаки дронів."
    assert len(by_kind(_clause(text), _at(text, "Одеси", "Миколаєва", "Херсона"), "uk")) == 1


def test_nouns_of_one_cause_joined_by_and_stay_one_clause():
    text = "В результате отражения обстрела Курска и атаки беспилотников обломки упали в Белгороде."
    assert len(by_kind(_clause(text), _at(text, "Курска", "Белгороде"), "ru")) == 1
    text = "Внаслідок відбиття обстрілу Сум та атаки дронів уламки впали в Конотопі."
    assert len(by_kind(_clause(text), _at(text, "Сум", "Конотопі"), "uk")) == 1
    text = "As a result of the interception of missiles over Kursk and the attack of drones, debris fell in Belgorod."
    assert len(by_kind(_clause(text), _at(text, "Kursk", "Belgorod"), "en")) == 1


def test_uk_interception_with_a_place_named_twice_stays_one_clause():
    text = "Над Києвом працювала ППО та над столицею збито шість дронів."  # (one kind both sides)
    assert len(by_kind(_clause(text), _at(text, "Києвом"), "uk")) == 1


# -- 2. a place under fire is shelled --------------------------------------------------------------------------------

def test_a_town_under_enemy_fire_is_shelled_in_three_languages(read):
    for text, lang in (("Russian troops shelled the town again. Kupiansk is again under enemy fire, the governor said.", "en"),
                       ("Російські війська знову обстріляли місто. Куп'янськ знову під ворожим вогнем, повідомив голова ОВА.", "uk"),
                       ("Город Шебекино снова под огнём противника, сообщил губернатор.", "ru"),
                       ("Село опинилося під вогнем окупантів, троє людей поранені.", "uk"),
                       ("Город находится под вражеским огнём, ранены два человека.", "ru")):
        events = read(text, lang)
        assert of_kind(events, "shelling") and not of_kind(events, "other"), text


def test_under_the_fire_of_critics_is_no_incident(read):
    for text, lang in (("The defence minister is under fire from critics over the delays.", "en"),
                       ("Министр обороны оказался под огнём критики из-за задержек.", "ru"),
                       ("Міністр опинився під вогнем критики через затримки.", "uk")):
        assert not read(text, lang), text


# -- 3. aerospace forces and warplanes are aircraft ------------------------------------------------------------------

def test_aerospace_forces_and_warplanes_strike_as_aircraft(read):
    for text, lang in (("ВКС России нанесли удар по колонне боевиков под Идлибом. Видео с моментом прилёта одного из "
                        "снарядов появилось в соцсетях.", "ru"),
                       ("Російські бомбардувальники завдали удару по колоні під Ідлібом, видно момент прильоту снаряда.", "uk"),
                       ("Syrian warplanes struck a rebel convoy near Idlib; a video shows one of the shells landing.", "en")):
        events = read(text, lang)
        strikes = of_kind(events, "strike")
        assert strikes and strikes[0].weapon == "aircraft" and not of_kind(events, "shelling"), (text, events)


def test_drones_named_beside_aerospace_forces_stay_drones(read):
    events = read("Силы ПВО и ВКС сбили над Брянской областью 12 беспилотников.", "ru")
    assert [e.weapon for e in of_kind(events, "interception")] == ["drone"]


# -- 4. the attack that closed an airport ----------------------------------------------------------------------------

def test_attack_told_as_the_cause_of_a_closure_is_its_own_event(read):
    for text, lang, kind in (('План "Ковёр" ввели в аэропорту Махачкалы после атаки беспилотников на Каспийск.', "ru", "strike"),
                             ("Аеропорт Бориспіль закрили після ракетного удару по Броварах.", "uk", "strike"),
                             ("Kazan airport suspended flights after a drone attack on Yelabuga.", "en", "strike")):
        events = read(text, lang)
        restrictions, attacks = of_kind(events, "airspace_restriction"), of_kind(events, kind)
        assert len(restrictions) == 1 and len(attacks) == 1, (text, events)
        assert restrictions[0].place.key != attacks[0].place.key  # the town attacked is not a restricted place


def test_a_threat_or_an_attack_with_no_place_adds_no_event(read):
    for text, lang in (("Аэропорт Внуково ограничил полеты из-за угрозы атаки беспилотников на Москву.", "ru"),
                       ("Kazan airport suspended flights after a drone attack overnight.", "en"),
                       ("Аеропорт Львова призупинив роботу через загрозу ракетного удару.", "uk")):
        events = read(text, lang)
        assert {e.kind for e in events} == {"airspace_restriction"}, (text, events)


# -- 5. loud sounds heard -------------------------------------------------------------------------------------------

def test_loud_sounds_in_a_report_of_war_are_explosions(read):
    for text, lang, words in (("В Курской области продолжается атака беспилотников ВСУ. Жители Льгова сообщают о громких звуках.", "ru", "громких звуках"),
                              ("Триває атака ворожих дронів на Сумщину. Мешканці Конотопа повідомляють про гучні звуки.", "uk", "гучні звуки"),
                              ("Ukrainian drones attacked the Kursk region overnight. Residents of Lgov reported loud booms.", "en", "loud booms")):
        events = read(text, lang)
        told = [e for e in events if any(words in c.quote for c in e.claims)]
        assert told and told[0].kind in ("explosion", "strike"), (text, events)  # (heard where drones attacked: the strike)


def test_loud_sounds_with_no_war_are_nothing(read):
    for text, lang in (("На концерте в Курске зрители жаловались на громкие звуки.", "ru"),
                       ("Мешканці Сум скаржаться на гучні звуки з нічного клубу.", "uk"),
                       ("Residents of Kursk complained about loud noises from a nightclub.", "en")):
        assert not read(text, lang), text


# -- 6. debris damage told with no place of its own ------------------------------------------------------------------

def test_placeless_debris_damage_after_a_downing_is_a_strike_there(read):
    for text, lang in (("Над Севастополем сбиты шесть ракет. В результате падения обломков повреждены 12 строений.", "ru"),
                       ("Над Києвом збито шість ракет. Внаслідок падіння уламків пошкоджено 12 будівель.", "uk"),
                       ("Six rockets were shot down over Sevastopol. As a result of the debris falling, 12 structures "
                        "were damaged in a gardening community.", "en")):
        events = read(text, lang)
        interceptions, strikes = of_kind(events, "interception"), of_kind(events, "strike")
        assert len(interceptions) == 1 and len(strikes) == 1, (text, events)
        assert strikes[0].place.key == interceptions[0].place.key


def test_debris_that_harmed_nothing_is_no_strike(read):
    for text, lang in (("Над Севастополем сбиты шесть ракет. Обломки упали в море, никто не пострадал.", "ru"),
                       ("Над Києвом збито шість ракет. Уламки впали на пустир, ніхто не постраждав.", "uk"),
                       ("Six rockets were shot down over Sevastopol. The debris fell into the sea.", "en")):
        assert not of_kind(read(text, lang), "strike"), text
