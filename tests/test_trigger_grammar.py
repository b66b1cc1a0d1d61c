"""How the grammar around an event word decides whether something happened (issue 10, class 5 "things that are not
incidents", and events not found or of the wrong kind): a phrasal verb of being fired on is an incident, a modal or a
purpose is not, a launcher named alone fires nothing, and guns shell whatever verb tells it. Each report was written
for this test."""

import pytest


# --- a place that "came under fire" or was "covered with fire" was shelled ----------------------------------------

@pytest.mark.parametrize("text", [
    "Nikopol came under artillery fire overnight, the regional military administration said.",
    "Russian troops shelled the district overnight. In the morning Nikopol came under fire again, injuring two people.",
    "Russian occupiers covered the centre of Nikopol with massive fire, injuring two people, the governor said.",
])
def test_a_place_that_came_under_fire_was_shelled(read, text):
    assert [(e.kind, e.place.name if e.place else None) for e in read(text)] == [("shelling", "Nikopol")]


def test_coming_under_fire_from_critics_is_no_incident(read):
    assert read("The mayor of Nikopol came under fire from critics on Tuesday over the new budget.") == []


# --- a modal or a purpose tells what could or should happen, not what did -----------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Zelensky urged allies to send more air defence systems so that Russian missiles can no longer strike Kharkiv.",
     "en"),
    ("Ukraine seeks to hit Russian airfields in Kursk with long-range drones, the minister said.", "en"),
    ("Kyiv must not attack Belgorod with Western missiles, the Kremlin spokesman said.", "en"),
    ("Зеленский призвал союзников прислать системы ПВО, чтобы российские ракеты больше не могли ударить по Харькову.",
     "ru"),
    ("Зеленський закликав союзників надати системи ППО, щоб російські ракети більше не могли вдарити по Харкову.", "uk"),
])
def test_a_strike_that_could_or_should_happen_is_no_event(read, text, lang):
    assert [e for e in read(text, lang) if e.kind in ("strike", "shelling")] == []


# --- a launcher named with no fire is no shelling ------------------------------------------------------------------

def test_a_launcher_seized_or_positioned_fires_nothing(read):
    events = read("A rebel leader boasted on Thursday about seizing 18 Grad systems from the Ukrainian military near "
                  "Donetsk. Residents said rebels had positioned a Grad launcher near their building in Donetsk.")
    assert [e for e in events if e.kind == "shelling"] == []


def test_grad_fire_is_shelling(read):
    events = read("Russian forces hit Nikopol with Grad fire overnight, wounding two people.")
    assert [e.kind for e in events] == ["shelling"]


# --- guns shell, whatever the verb; a shell in a report of missiles is one of the missiles -------------------------

@pytest.mark.parametrize("text, lang", [
    ("Russian artillery struck Kherson overnight, killing two people.", "en"),
    ("Russian troops pounded Kherson with mortars overnight, killing two people.", "en"),
    ("Российская артиллерия ударила по Херсону, погибли два человека.", "ru"),
    ("Російська артилерія вдарила по Херсону, загинули двоє людей.", "uk"),
])
def test_an_artillery_strike_is_a_shelling(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["shelling"]


@pytest.mark.parametrize("text, lang", [
    ("Russian missiles struck Kharkiv, killing six people. One of the shells hit a car.", "en"),
    ("Ракетный удар по Харькову: погибли шесть человек. Один из снарядов попал прямо в машину.", "ru"),
])
def test_a_shell_in_a_missile_report_is_one_of_the_missiles(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["strike"]


# --- a part of a country is somewhere in particular; the whole country named in talk is not ------------------------

@pytest.mark.parametrize("text, lang", [
    ("The Israeli military carried out strikes in southern Lebanon on Sunday, the army said.", "en"),
    ("Russia launched a massive missile attack on Saturday, targeting energy infrastructure in central and western "
     "Ukraine.", "en"),
    ("Израильские военные в воскресенье нанесли удары на юге Ливана, сообщила армия.", "ru"),
    ("Ізраїльські військові в неділю завдали ударів на півдні Лівану, повідомила армія.", "uk"),
])
def test_a_strike_in_a_part_of_a_country_is_an_event(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["strike"]


@pytest.mark.parametrize("text, lang", [
    ("Russia will answer for the strikes on Ukraine, the minister said.", "en"),
    ("Russian strikes in eastern Ukraine have intensified, analysts said.", "en"),
])
def test_a_country_named_in_talk_is_no_event(read, text, lang):
    assert read(text, lang) == []


# --- a trend over many incidents, or one braced for, is no incident -------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Military experts say drone attacks on Moscow are becoming more frequent.", "en"),
    ("Kharkiv has been increasingly targeted by Russian guided bomb strikes in recent weeks.", "en"),
    ("Residents of Kharkiv are bracing for more Russian missile strikes this winter.", "en"),
    ("The governor of Belgorod said the region must prepare for more drone attacks.", "en"),
    ("Военные эксперты отмечают, что атаки беспилотников на Москву участились.", "ru"),
    ("Украинские беспилотники всё чаще атакуют Белгород, отмечают эксперты.", "ru"),
    ("Військові експерти зазначають, що атаки дронів на Москву почастішали.", "uk"),
    ("Російські дрони дедалі частіше атакують Харків, зазначають експерти.", "uk"),
])
def test_a_trend_or_a_strike_braced_for_is_no_event(read, text, lang):
    assert read(text, lang) == []


# --- a weapon that fell, crashed or was dropped on a place struck it ------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("A Russian drone slammed into an apartment block in Kharkiv overnight, injuring five people.", "en"),
    ("A missile landed near a school in Zaporizhzhia overnight, damaging windows, the governor said.", "en"),
    ("Russia unleashed a barrage of missiles on Kyiv early on Monday, killing four.", "en"),
    ("A guided aerial bomb was dropped on Kharkiv, injuring two people.", "en"),
    ("Two people were wounded when a drone dropped explosives on a car in Kherson.", "en"),
    ("Kamikaze drones rained down on Odesa overnight, setting a warehouse on fire.", "en"),
    ("Российский беспилотник врезался в многоэтажку в Харькове, ранены пять человек.", "ru"),
    ("Ракета упала рядом со школой в Запорожье, выбиты окна.", "ru"),
    ("Російський дрон врізався в багатоповерхівку в Харкові, поранено п'ятьох людей.", "uk"),
    ("Ракета впала поруч зі школою в Запоріжжі, вибито вікна.", "uk"),
    ("Дрон скинув вибухівку на автомобіль у Херсоні, поранено двох людей.", "uk"),
])
def test_a_weapon_that_fell_or_was_dropped_on_a_place_struck_it(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["strike"]


def test_guns_that_opened_fire_on_a_town_shelled_it(read):
    events = read("Russian troops opened fire on Nikopol with heavy artillery, wounding a man.")
    assert [(e.kind, e.place.name if e.place else None) for e in events] == [("shelling", "Nikopol")]


def test_a_car_that_crashed_into_a_bus_is_no_strike(read):
    assert read("A car crashed into a bus in Kyiv on Monday, injuring three people, police said.") == []


# --- a strike denied is no strike; casualties denied are figures of a strike -----------------------------------------

@pytest.mark.parametrize("text", [
    "There were no Russian drone attacks on Kharkiv overnight, the mayor said.",
    "Kharkiv was not attacked by Russian drones overnight, the mayor said.",
    "Kharkiv has never been shelled by Russian artillery, the mayor said.",
])
def test_a_strike_denied_is_no_event(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "There were no injuries in the Russian drone attack on Kharkiv overnight, the mayor said.",
    "No casualties were reported after the drone attack on Kharkiv, the mayor said.",
    "Russian drones attacked Kharkiv overnight, no injuries were reported.",
])
def test_no_casualties_still_tells_the_strike(read, text):
    (event,) = read(text)
    assert (event.kind, event.figures["injured"].best) == ("strike", 0)


# --- an anniversary recalls an incident years back: background, not news ---------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Two years ago today, a Russian missile struck a shopping centre in Kremenchuk, killing 22 people.", "en"),
    ("Ровно год назад российская ракета попала в торговый центр в Кременчуге, погибли 22 человека.", "ru"),
    ("Рівно рік тому російська ракета влучила в торговий центр у Кременчуці, загинули 22 людини.", "uk"),
])
def test_an_anniversary_is_background(read, text, lang):
    (event,) = read(text, lang)
    assert event.background and event.date < "2024-03-12"


def test_todays_strike_beside_an_anniversary_is_news(read):
    events = read("Exactly a year ago today, a Russian missile struck a shopping centre in Kremenchuk, killing 22 "
                  "people. On Monday a drone hit a house in Kremenchuk.")
    assert sorted((e.background, e.weapon) for e in events) == [(False, "drone"), (True, "missile")]


# --- a weapon as the subject of the harm it did struck; one "destroyed" in the sky was intercepted -----------------

@pytest.mark.parametrize("text, lang", [
    ("Ukrainian drones set fire to an oil depot in Russia's Bryansk region overnight, the governor said.", "en"),
    ("A Russian glide bomb damaged a school in Kharkiv region, the governor said.", "en"),
    ("Russian drones injured three people in Sumy overnight, the military administration said.", "en"),
    ("Беспилотник повредил жилой дом в Курске, сообщил губернатор.", "ru"),
    ("Украинские дроны подожгли нефтебазу в Брянске, сообщил губернатор.", "ru"),
    ("Ворожі «Шахеди» понівечили будинки в Бучі, поранено чоловіка.", "uk"),
    ("Російські дрони зруйнували склад у Броварах, повідомила ОВА.", "uk"),
])
def test_a_weapon_that_did_harm_struck(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["strike"]


def test_shell_fragments_that_damaged_houses_belong_to_the_shelling(read):
    events = read("ВСУ обстреляли село Старый Хутор Валуйского округа. Осколки снарядов повредили три частных дома.",
                  "ru")
    assert [e.kind for e in events] == ["shelling"]


def test_drones_destroyed_in_the_sky_were_intercepted(read):
    events = read("Fourteen Shahed drones destroyed in Ukraine's sky last night over Zaporizhzhia, the air force said.")
    assert [e.kind for e in events] == ["interception"]
