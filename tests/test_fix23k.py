"""Review of kind23 (fix23k). Reports written for these tests (en/ru/uk), with sentences each rule must still fire on.

1. "Under fire" is a shelling only where a place, a position or people in it are fired on: a person or an office under
   fire (its subject), or fire of questions, lawmakers or criticism, or "over his handling of ...", is criticism
   (`figurative_fire` in lang/<code>/events.yaml).
2. A loud sound heard (`sound_triggers`) is no explosion when its sentence or the next gives it a cause that is no attack
   (thunder, fireworks, a planned demolition, drills, a sonic boom: `sound_causes` with `accident_causes`) or denies it
   was an explosion.
3. Explosions and air defence at work, joined by "and" over a city and its own region, stay one clause: the explosions
   air defence is told beside are its interception (ANNOTATION.md), not an explosion beside it."""


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


# -- 1. a person under fire is criticised ----------------------------------------------------------------------------

def test_a_minister_or_army_chief_under_fire_is_no_shelling(read):
    for text, lang in (("The defence minister was under fire in Odesa on Monday over his handling of the war.", "en"),
                       ("The army chief is under fire from lawmakers in Kharkiv after the war report.", "en"),
                       ("Министр обороны в Белгороде оказался под огнём вопросов депутатов о ходе войны.", "ru"),
                       ("Губернатор в Курске снова под огнём: депутаты требуют отчёта о военных расходах.", "ru"),
                       ("Міністр оборони в Одесі опинився під вогнем запитань депутатів щодо війни.", "uk"),
                       ("Очільник ОВА у Сумах знову під вогнем журналістів через укриття для армії.", "uk")):
        assert not read(text, lang), text


def test_a_place_or_positions_under_fire_stay_shelled(read):
    for text, lang in (("Russian forces shelled the area. The village of Vovchansk was under heavy fire, the governor said.", "en"),
                       ("The mayor said Kupiansk came under artillery fire overnight.", "en"),
                       ("Губернатор сообщил, что Шебекино снова под огнём противника.", "ru"),
                       ("Позиции бригады оказались под огнём артиллерии противника у Покровска.", "ru"),
                       ("Голова ОВА повідомив, що Нікополь знову під ворожим вогнем.", "uk")):
        events = read(text, lang)
        assert of_kind(events, "shelling"), (text, events)


# -- 2. a loud sound explained -------------------------------------------------------------------------------------

def test_loud_sounds_explained_as_weather_fireworks_or_drills_are_no_explosion(read):
    for text, lang in (("Loud booms heard in Odesa overnight were thunder, the military administration said.", "en"),
                       ("Residents of Sumy reported loud bangs during the air raid alert. The military said these were "
                        "planned demolitions of old munitions by sappers.", "en"),
                       ("Громкие звуки в Белгороде вечером были салютом, а не взрывами, сообщили военные.", "ru"),
                       ("Жители Курска слышали громкие хлопки во время тревоги. В штабе пояснили, что это учения.", "ru"),
                       ("Гучні звуки в Одесі вночі спричинила гроза, а не вибухи, пояснили військові.", "uk"),
                       ("У Сумах під час тривоги чули гучні звуки. У ОВА пояснили: це планове знищення боєприпасів.", "uk")):
        assert not of_kind(read(text, lang), "explosion"), text


def test_loud_sounds_with_no_other_cause_stay_explosions(read):
    for text, lang in (("Loud booms were heard in Odesa during the air raid alert, the military administration said.", "en"),
                       ("В Белгороде во время тревоги слышны громкие хлопки, работает ПВО.", "ru"),
                       ("У Харкові під час тривоги чути гучні звуки, повідомили військові.", "uk")):
        events = read(text, lang)
        assert events, text


# -- 3. explosions and air defence over a city and its region ------------------------------------------------------

def test_explosions_and_air_defence_over_a_city_and_its_region_are_one_interception(read):
    for text, lang in (("Explosions were heard in Odesa and air defence was working in the Odesa region overnight.", "en"),
                       ("В Белгороде прогремели взрывы, и в Белгородской области работала ПВО.", "ru"),
                       ("У Сумах пролунали вибухи, і на Сумщині працювала ППО.", "uk")):
        events = read(text, lang)
        assert len(events) == 1 and events[0].kind == "interception", (text, events)


def test_explosions_and_air_defence_over_two_cities_stay_two_events(read):
    events = read("Explosions were heard in Kursk and air defence shot down two drones over Belgorod, officials said.")
    assert len(of_kind(events, "explosion")) == 1 and len(of_kind(events, "interception")) == 1
