"""A place's role read from grammar (issue 10, class 1): a country governed by "with"/"between" (in Russian and
Ukrainian "с"/"з"/"между" with the instrumental case) is a party to something, and a place inside a relative clause on
another place describes that place; neither is where an incident happened. Each report here was written for the test."""

import pytest

from report_reading import kinds


def test_a_country_the_fighting_is_with_is_no_place_of_the_strike(read):
    events = read("Israeli jets struck a house in Nabatieh on Monday, killing two men, as fighting between Israel and "
                  "Hezbollah intensified.")
    assert [place for _, place in kinds(events)] == ["An Nabaţīyah"]


def test_every_country_listed_after_between_is_a_party(read):
    events = read("Ukrainian drones struck an oil depot in Bryansk overnight, injuring one worker. The strikes have "
                  "caused friction between the US and Ukraine.")
    assert kinds(events) == [("strike", "Bryansk")]


def test_a_place_along_with_another_is_still_a_place(read):
    events = read("Russian missiles struck Kharkiv along with Kyiv overnight, killing three people.")
    assert {place for _, place in kinds(events)} >= {"Kharkiv"}


def test_a_country_in_a_relative_clause_describes_the_region_before_it(read):
    events = read("A drone struck a house in Belgorod, which borders Ukraine, injuring two people.")
    assert kinds(events) == [("strike", "Belgorod")]


def test_russian_instrumental_after_s_is_a_party_genitive_is_not(read):
    # "граничащей с Украиной": instrumental, the region's neighbour
    events = read("Беспилотник атаковал нефтебазу в Брянской области, граничащей с Украиной. Пострадали два человека.", "ru")
    assert kinds(events) == [("strike", "Bryansk Oblast")]
    # "рядом с Донецком": near Donetsk, a place all the same
    assert kinds(read("Дрон ударил по дому рядом с Донецком, погибли двое.", "ru")) == [("strike", "Donetsk")]


def test_ukrainian_between_two_countries_names_no_place(read):
    events = read("Російський дрон влучив у будинок у Харкові, поранено двох людей. Війна між Росією та Україною "
                  "триває.", "uk")
    assert kinds(events) == [("strike", "Kharkiv")]


def test_a_dateline_with_its_country_and_day_is_where_the_report_was_filed(read):
    events = read("Lviv, Ukraine, Jun 4 (EFE).- A Russian missile strike on a school in Zaporizhzhia killed two teachers, "
                  "the regional governor said.")
    assert kinds(events) == [("strike", "Zaporizhzhia")]


def test_the_country_after_a_datelines_town_is_where_the_report_was_filed(read):
    # "ODESA, Ukraine (AP) —": Ukraine is the dateline's, not a second place of the strike on Bryansk
    events = read("Wire service\nODESA, Ukraine (AP) — A drone struck a fuel depot in Bryansk overnight, the regional "
                  "governor said. No one was hurt.")
    assert kinds(events) == [("strike", "Bryansk")]


def test_a_russian_dateline_with_its_day_and_agency_ru(read):
    events = read("Москва. 4 июня. ТАСС - Беспилотник атаковал нефтебазу в Брянске, сообщил губернатор. Пострадавших "
                  "нет.", "ru")
    assert kinds(events) == [("strike", "Bryansk")]


def test_the_country_after_a_datelines_town_is_where_the_report_was_filed_too(read):
    # "KYIV, Ukraine (AP) —": neither the town nor its country is where the drone struck
    events = read("Drone hits apartment block in Russian city\n\nKYIV, Ukraine (AP) — A drone crashed into an apartment "
                  "block in Kursk, injuring four people, the regional governor said on Friday.")
    assert kinds(events) == [("strike", "Kursk")]


@pytest.mark.parametrize("text, lang, place", [
    ("A Russian drone strike damaged grain silos in the Odesa region on the Black Sea coast overnight, the governor "
     "said.", "en", "Odesa Oblast"),
    ("Беспилотник атаковал нефтебазу в Туапсе на побережье Черного моря, возник пожар.", "ru", "Tuapse"),
    ("Дрон влучив у склад в Ізмаїлі на березі Дунаю та неподалік узбережжя Чорного моря, поранено двох людей.", "uk",
     "Izmayil"),
])
def test_a_sea_named_for_its_shore_is_no_second_place_of_the_strike(read, text, lang, place):
    assert [p for _, p in kinds(read(text, lang))] == [place]


def test_a_list_of_towns_opening_a_paragraph_is_no_dateline(read):
    events = read("Kharkiv, Sumy and Odesa (the three cities) - were struck by drones overnight, killing two people.")
    assert {place for _, place in kinds(events)} == {"Kharkiv", "Sumy", "Odesa"}


@pytest.mark.parametrize("text, lang, capital", [
    ("Air defence worked over the Kyiv region overnight, the military said. Debris of a downed drone damaged a house in "
     "the capital, injuring two people.", "en", "Kyiv"),
    ("Уночі сили ППО збивали дрони над Київщиною. Уламки пошкодили інфраструктуру столиці, постраждав один чоловік.",
     "uk", "Kyiv"),
    ("Ночью ПВО отражала атаку беспилотников на Московскую область. Обломки упали на жилой дом в столице, пострадали "
     "двое.", "ru", "Moscow"),
])
def test_the_capital_unnamed_is_the_capital_of_the_country_the_report_is_about(read, text, lang, capital):
    assert ("strike", capital) in kinds(read(text, lang))


def test_a_capital_spoken_of_in_a_clause_with_a_place_of_its_own_changes_nothing(read):
    assert kinds(read("A missile hit a school in Kharkiv, killing two. The capital was not attacked.")) == [
        ("strike", "Kharkiv")]


def test_places_a_bracket_lists_after_a_launch_site_are_launch_sites_too(read):
    # "(Kursk, Oryol)" names where else the drones were launched from, not places they struck
    events = read("Overnight Russia attacked Odesa with 12 Shahed drones launched from Primorsko-Akhtarsk (Kursk, "
                  "Oryol). A warehouse was damaged.")
    assert kinds(events) == [("strike", "Odesa")]


def test_a_country_by_its_initials_before_a_noun_is_whose_not_where(read):
    # "A UK maritime security company": whose company, not a strike in the United Kingdom
    events = read("Houthi forces attacked two ships in the Red Sea on Monday.\nA UK maritime security company reported "
                  "that a cargo ship was hit by a drone but sustained no injuries.")
    assert {place for _, place in kinds(events)} == {"Red Sea"}


def test_a_country_by_its_initials_after_a_preposition_is_where(read):
    events = read("A drone attack hit a base in the US on Sunday, killing two soldiers.")
    assert [place for _, place in kinds(events)] == ["United States"]


@pytest.mark.parametrize("text, lang, place", [
    ("Беспилотник атаковал нефтебазу в Брянске, сообщает Telegram-канал «Смоленск сегодня». Пострадавших нет.", "ru",
     "Bryansk"),
    ("Дрон атакував підприємство у Сумах, пише канал «Полтава Онлайн». Постраждалих немає.", "uk", "Sumy"),
])
def test_a_place_in_a_quoted_name_with_other_words_is_no_place_of_the_incident(read, text, lang, place):
    assert [e.place.name_en for e in read(text, lang)] == [place]


def test_a_place_in_a_quoted_sentence_is_where_the_speaker_says_it_happened(read):
    # guillemets around speech, not a name: the town in it is the strike's
    events = read("Губернатор сообщил о последствиях обстрела.\n\n«Вечером снаряд попал в жилой дом в Шебекино, ранена "
                  "женщина», — написал он.", "ru")
    assert [e.place.name_en for e in events] == ["Shebekino"]


def test_a_place_alone_in_guillemets_is_itself(read):
    events = read("Ограничения на полеты введены в аэропорту «Калуга».", "ru")
    assert [e.place.name_en for e in events] == ["Kaluga"]


@pytest.mark.parametrize("text, lang, place", [
    ("A Russian drone strike damaged a grain terminal in Ukraine's Mykolaiv region on the Black Sea coast, the "
     "governor said.", "en", "Mykolaiv Oblast"),
    ("Беспилотник повредил склад в Туапсе на побережье Черного моря, сообщили власти.", "ru", "Tuapse"),
])
def test_a_sea_named_for_its_coast_is_no_place_of_the_strike(read, text, lang, place):
    assert [e.place.name_en for e in read(text, lang) if e.place] == [place]


@pytest.mark.parametrize("text, lang", [
    ("Rebels fired two missiles at a tanker off the coast of Eritrea on Tuesday, the navy said. The group says its "
     "attacks are a response to the war against Hamas in Gaza.", "en"),
    ("A drone struck a fuel depot in Belgorod overnight, the governor said. Kyiv has stepped up such attacks since "
     "Moscow launched its military operation in Ukraine.", "en"),
    ("Беспилотник атаковал склад в Белгороде ночью, сообщил губернатор. Такие атаки участились на фоне конфликта на "
     "Украине.", "ru"),
    ("Дрон влучив у склад у Харкові вночі, повідомив голова ОВА. Такі удари тривають від початку вторгнення в "
     "Україну.", "uk"),
])
def test_the_scene_of_a_war_named_in_passing_is_no_place_of_an_incident(read, text, lang):
    places = [p for _, p in kinds(read(text, lang))]
    assert not {"Gaza", "Gaza Strip", "Ukraine"} & set(places)
    assert places


@pytest.mark.parametrize("text, lang, place, offset_km", [
    ("Houthi rebels fired a missile at a tanker in the Red Sea 40 nautical miles west of Mokha, Yemen, on Sunday, "
     "damaging the ship, the military said.", "en", "Mocha", 74.08),
    ("Houthi rebels fired a missile at a tanker in the Red Sea off the coast of Mokha, Yemen, on Sunday, damaging the "
     "ship, the military said.", "en", "Mocha", None),
    ("A Russian drone hit a cargo ship in the Black Sea 20 nautical miles south of Odesa on Sunday, damaging the "
     "vessel, the navy said.", "en", "Odesa", 37.04),
])
def test_a_sea_with_an_offset_from_a_coastal_place_is_placed_at_the_offset(read, text, lang, place, offset_km):
    [event] = read(text, lang)
    assert event.place.name_en == place and event.place.precision == "admin2"
    assert (event.place.offset.km and round(event.place.offset.km, 2)) == offset_km


@pytest.mark.parametrize("text, lang, absent", [
    ("A Russian drone hit a warehouse in Dnipro overnight, injuring two people, the Lviv Post reported.", "en", "Lviv"),
    ("A missile hit a warehouse in Zaporizhzhia on Monday, damaging a church of the Moscow Patriarchate nearby.", "en",
     "Moscow"),
])
def test_a_place_inside_an_outlet_or_church_name_is_no_place_of_an_incident(read, text, lang, absent):
    places = [p for _, p in kinds(read(text, lang))]
    assert places and absent not in places


def test_a_capital_that_reported_is_the_state_telling_not_the_place(read):
    events = read("Moscow said the drone attacks hit border regions, the day after Kyiv reported what it called the "
                  "largest drone attack on Ukraine since the war began.")
    assert "Kyiv" not in [place for _, place in kinds(events)]


def test_a_capital_that_has_increasingly_aimed_strikes_is_the_state_acting(read):
    events = read("Explosions were heard in Sevastopol late on Thursday. The blasts came after a week in which Kyiv has "
                  "increasingly aimed strikes deep behind Russian lines.")
    assert "Kyiv" not in [place for _, place in kinds(events)]


def test_a_capital_where_a_drone_was_reported_is_still_the_place(read):
    events = read("A drone hit a residential building in Kyiv overnight, injuring three people, the mayor reported.")
    assert kinds(events) == [("strike", "Kyiv")]


def test_a_place_in_an_apposition_on_another_describes_it(read):
    # "X, located within the city of Y", "X, a village 15 km south of Y": Y says where X lies; X is where it happened
    events = read("Debris from a drone fell on a house in the village of Myskhako, located within the coastal city of "
                  "Novorossiysk, on Tuesday. Nobody was hurt.")
    assert [place for _, place in kinds(events)] == ["Myskhako"]
    events = read("Artillery shelled Starye Atagi, a village 20 km south of Grozny, wounding six residents.")
    assert [place for _, place in kinds(events)] == ["Staryye Atagi"]


def test_an_apposition_followed_by_a_list_keeps_the_next_place(read):
    events = read("Russian shelling hit Sumy, a city near the border, and Kharkiv, injuring four.")
    assert {place for _, place in kinds(events)} == {"Sumy", "Kharkiv"}


def test_a_place_a_direction_is_told_from_describes_the_place_before(read):
    events = read("A drone attack on the town of Wad Madani, southeast of the capital Khartoum, killed two people on "
                  "Wednesday.")
    assert [place for _, place in kinds(events)] == ["Wad Medani"]


@pytest.mark.parametrize("text, absent", [
    ("A drone hit a market in Bannu on Sunday, killing three people, a security official in the northwestern city of "
     "Peshawar said.", "Peshawar"),
    ("Explosions shook Voronezh overnight. Hours before the explosions, authorities in Lipetsk, Kursk and Mordovia "
     "issued warnings to residents.", "Kursk"),
])
def test_the_seat_of_a_body_that_speaks_is_no_place_of_the_incident(read, text, absent):
    # (acc-place13) "officials in X said": whose officials, not where
    places = [p for _, p in kinds(read(text))]
    assert places and absent not in places


@pytest.mark.parametrize("text, lang", [
    ("Дрон атакував автомобіль у Херсоні вночі. Як повідомила патрульна поліція Херсонської області, під удар дрона "
     "потрапив автомобіль, пошкоджено також магазин.", "uk"),
    ("Дрон атаковал автомобиль в Херсоне ночью. Как сообщили в ГУ МЧС по Херсонской области, под удар дрона попал "
     "автомобиль, поврежден также магазин.", "ru"),
    ("Дрон атаковал автомобиль в Херсоне ночью. Как сообщила полиция Херсонской области, под удар дрона попал "
     "автомобиль, поврежден также магазин.", "ru"),
])
def test_the_region_of_a_police_or_rescue_body_is_no_second_place_of_the_strike(read, text, lang):
    assert [place for _, place in kinds(read(text, lang))] == ["Kherson"]


def test_a_region_whose_authorities_speak_still_places_an_unplaced_incident(read):
    events = read("A drone struck a house overnight, injuring two people, authorities in the Bryansk region said.")
    assert kinds(events) == [("strike", "Bryansk Oblast")]


@pytest.mark.parametrize("text, lang", [
    ("A missile hit a cafe in Kramatorsk on Friday, killing four people. The town was hit as people gathered for the "
     "funeral of a soldier who had been killed in combat near Bakhmut.", "en"),
    ("Ракета попала в кафе в Краматорске в пятницу, погибли четыре человека. Удар пришелся на похороны бойца, который "
     "погиб в бою под Бахмутом.", "ru"),
    ("Ракета влучила в кафе у Краматорську в пʼятницю, загинули четверо людей. Удар стався під час похорону бійця, "
     "який загинув у бою під Бахмутом.", "uk"),
])
def test_a_soldiers_death_in_combat_is_no_place_of_an_incident(read, text, lang):
    # (not near Bakhmut either: the war's scene is read before an offset)
    places = [e.place.name_en for e in read(text, lang) if e.place]
    assert places and "Bakhmut" not in places


@pytest.mark.parametrize("text, lang", [
    ("Ukrainian drones struck a fuel depot in Rostov on Wednesday, injuring one worker, the latest of Kyiv's repeated "
     "hits against Russian oil facilities since Moscow's full-scale offensive into Ukraine.", "en"),
    ("A drone struck a fuel depot in Rostov on Wednesday, injuring one worker. Kyiv's SBU security service carried out "
     "the attack, a source said.", "en"),
    ("Беспилотник атаковал нефтебазу в Ростове в среду, ранен один рабочий. Губернатор назвал атаку военным "
     "преступлением Киева.", "ru"),
])
def test_a_state_that_owns_the_attack_is_no_place_of_it(read, text, lang):
    places = [p for _, p in kinds(read(text, lang))]
    assert places and not {"Kyiv", "Ukraine"} & set(places)


def test_a_state_held_responsible_is_no_place_of_the_attack(read):
    places = [p for _, p in kinds(read("A drone struck a base in Tanf on Tuesday, injuring two soldiers. Officials "
                                       "said Iran is responsible for the attack."))]
    assert "Iran" not in places
