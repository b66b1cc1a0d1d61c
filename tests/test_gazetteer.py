"""The gazetteer, used as the extraction stages use it: find places in a text, then read the best candidate.

The gazetteer is built once per machine from installed packages (about half a minute) and cached under
$EVENTLEDGER_HOME; every sentence here is written for these tests.
"""

from __future__ import annotations


import pytest

from eventledger.geo import Candidate, Gazetteer, GazetteerError, PlaceMatch


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def best(gaz: Gazetteer, text: str, lang: str = "en", **kw) -> dict[str, Candidate]:
    """Each matched span's text -> its best candidate."""
    return {m.text: m.candidates[0] for m in gaz.find(text, lang, **kw)}


# --- English -------------------------------------------------------------------------------------------------------

def test_izhevsk_is_the_city_in_the_udmurt_republic(gaz):
    izhevsk = best(gaz, "A factory in Izhevsk was hit overnight.")["Izhevsk"]
    assert izhevsk.feature == "city" and izhevsk.admin1_code == "RU.80"
    place = izhevsk.place
    assert (place.country, place.admin1, place.precision) == ("RU", "Udmurt Republic", "city")
    assert place.lat == pytest.approx(56.85, abs=0.02) and place.lon == pytest.approx(53.20, abs=0.02)
    assert place.geonames_id == 554840


def test_engels_and_saratov_are_cities_of_saratov_oblast(gaz):
    found = best(gaz, "People in Saratov and Engels heard blasts, the governor of Saratov Oblast wrote.")
    assert set(found) == {"Saratov", "Engels", "Saratov Oblast"}
    assert found["Engels"].place.country == "RU" and found["Engels"].admin1_code == "RU.67"
    assert found["Saratov"].place.admin1 == "Saratov Oblast"
    assert found["Saratov Oblast"].feature == "admin1" and found["Saratov Oblast"].place.precision == "admin1"


def test_an_airport_is_one_span_with_its_codes(gaz):
    for text, span in [("Flights were halted at Izhevsk Airport on Tuesday.", "Izhevsk Airport"),
                       ("Restrictions were lifted at the airport of Izhevsk.", "airport of Izhevsk")]:
        airport = best(gaz, text)[span]
        assert airport.feature == "airport"
        assert (airport.place.icao, airport.place.iata, airport.place.precision) == ("USII", "IJK", "point")
    assert gaz.airport("USII") == gaz.airport("ijk")
    assert gaz.airport("USII").place.key == "Izhevsk Airport"
    assert gaz.airport("ZZZZ") is None


def test_crimea_is_a_ukrainian_subdivision(gaz):
    crimea = best(gaz, "Drones were downed over Crimea.")["Crimea"]
    assert (crimea.feature, crimea.place.country, crimea.admin1_code) == ("admin1", "UA", "UA.11")
    sevastopol = best(gaz, "Sirens sounded in Sevastopol.")["Sevastopol"]
    assert (sevastopol.feature, sevastopol.place.country) == ("city", "UA")


def test_an_oblast_is_one_span(gaz):
    matches = gaz.find("The acting governor of Rostov Oblast said a raid was repelled.")
    assert [m.text for m in matches] == ["Rostov Oblast"]
    rostov = matches[0].candidates[0]
    assert (rostov.feature, rostov.place.country, rostov.admin1_code) == ("admin1", "RU", "RU.61")
    assert rostov.place.lat is not None  # from the places inside it
    assert best(gaz, "Shelling hit the Kharkiv region.")["Kharkiv region"].admin1_code == "UA.07"
    assert best(gaz, "Officials of the Udmurt Republic spoke.")["Udmurt Republic"].admin1_code == "RU.80"


def test_seas_have_no_country(gaz):
    found = best(gaz, "Drones were shot down over the Black Sea, the Sea of Azov and the Azov Sea area.")
    assert set(found) == {"Black Sea", "Sea of Azov", "Azov Sea"}
    for sea in found.values():
        assert sea.feature == "sea" and sea.place.precision == "sea" and sea.place.country is None
    assert found["Sea of Azov"].place == found["Azov Sea"].place


def test_common_words_are_not_places(gaz):
    text = "From the start, Mark said most of it was over. Most drones fell. Bar owners left."
    assert gaz.find(text) == []
    assert gaz.find("police said the plant was hit") == []


def test_a_shared_name_is_resolved_by_the_other_places_in_the_text(gaz):
    donetsk = best(gaz, "Shells hit Pokrovsk, Donetsk Oblast.")["Pokrovsk"]
    yakutia = best(gaz, "A fire broke out in Pokrovsk, Yakutia.")["Pokrovsk"]
    assert (donetsk.place.country, donetsk.admin1_code) == ("UA", "UA.05")
    assert (yakutia.place.country, yakutia.admin1_code) == ("RU", "RU.63")
    # Kirovske is the old name of towns in Donetsk Oblast and in Crimea
    assert best(gaz, "Kirovske, Donetsk Oblast, was shelled.")["Kirovske"].admin1_code == "UA.05"
    assert best(gaz, "Explosions near Kirovske in Crimea.")["Kirovske"].admin1_code == "UA.11"


def test_context_countries_break_ties_when_the_text_gives_none(gaz):
    plain = gaz.find("Pokrovsk was quiet.")[0]
    assert {c.place.country for c in plain.candidates} >= {"UA", "RU"}
    ru = best(gaz, "Pokrovsk was quiet.", context_countries=("RU",))["Pokrovsk"]
    assert ru.place.country == "RU"


def test_a_city_region_name_means_the_city(gaz):
    assert best(gaz, "Air defence worked over Moscow.")["Moscow"].feature == "city"
    assert gaz.lookup("Kyiv")[0].feature == "city"


def test_spans_point_into_the_text(gaz):
    text = "Overnight, drones attacked Engels; Saratov Oblast's governor confirmed it."
    for m in gaz.find(text):
        assert isinstance(m, PlaceMatch) and text[m.start:m.end] == m.text


# --- Russian and Ukrainian -----------------------------------------------------------------------------------------

def test_one_city_in_three_spellings(gaz):
    ids = {gaz.lookup("Харьков", lang="ru")[0].place.geonames_id, gaz.lookup("Харків", lang="uk")[0].place.geonames_id,
           gaz.lookup("Kharkiv")[0].place.geonames_id}
    assert ids == {706483}


def test_inflected_russian_names(gaz):
    found = best(gaz, "Губернатор сообщил о взрывах в Ижевске. Над Белгородской областью сбиты беспилотники.", "ru")
    assert found["Ижевске"].place.key == "Izhevsk"
    assert found["Белгородской областью"].place.key == "Belgorod Oblast"
    assert gaz.lookup("Белгородской области", lang="ru")[0].admin1_code == "RU.09"
    seas = best(gaz, "Дроны сбиты над Черным морем и акваторией Азовского моря, а также над Крымом.", "ru")
    assert seas["Черным морем"].place.key == "Black Sea"
    assert seas["акваторией Азовского моря"].place.key == "Sea of Azov"
    assert seas["Крымом"].place.key == "Crimea"
    assert best(gaz, "Ограничения ввели в аэропорту Ижевска.", "ru")["аэропорту Ижевска"].place.icao == "USII"


def test_inflected_ukrainian_names(gaz):
    found = best(gaz, "У Харкові пролунали вибухи. На Курщині збито дрони.", "uk")
    assert found["Харкові"].place.geonames_id == 706483
    assert found["Курщині"].admin1_code == "RU.41"


def test_sentence_initial_function_words_are_not_places(gaz):
    assert gaz.find("По данным штаба, обстрелов не было.", "ru") == []
    assert gaz.find("Мирные жители не пострадали.", "ru") == []
    assert gaz.find("По словам мера, все спокійно.", "uk") == []


# --- lookups and errors --------------------------------------------------------------------------------------------

def test_lookup_filters_by_country_and_subdivision(gaz):
    assert gaz.lookup("Pokrovsk", country="RU")[0].admin1_code == "RU.63"
    assert gaz.lookup("Pokrovsk", admin1="Donetsk Oblast")[0].place.country == "UA"
    assert gaz.lookup("Nowhere-on-Nothing") == []


def test_admin1_by_code(gaz):
    assert gaz.admin1("RU", "80").place.key == "Udmurt Republic"
    assert gaz.admin1("UA", "UA.11").place.country == "UA"
    assert gaz.admin1("RU", "999") is None


def test_bad_input_names_itself(gaz):
    with pytest.raises(GazetteerError, match="string"):
        gaz.find(None)  # type: ignore[arg-type]
    with pytest.raises(GazetteerError, match="'fr'"):
        gaz.find("Paris", "fr")
    with pytest.raises(GazetteerError, match="''"):
        gaz.lookup("")
    with pytest.raises(GazetteerError, match="'X'"):
        gaz.airport("X")


def test_the_donbas_is_an_area(gaz):
    donbas = best(gaz, "Fighting went on in the Donbas.")["Donbas"]
    assert (donbas.feature, donbas.place.precision) == ("area", "region")
    assert best(gaz, "Бои в Донбассе продолжаются.", "ru")["Донбассе"].place.key == "Donbas"


# --- points of countries and subdivisions (geo/centres.py) -----------------------------------------------------------

def _km(place, lat, lon):
    from eventledger.geo.distance import km as distance_km
    return distance_km(place.lat, place.lon, lat, lon)


def test_the_united_states_is_drawn_in_kansas_not_on_the_east_coast(gaz):
    us = best(gaz, "The United States sent more aid.")["United States"].place
    assert us.precision == "country"
    assert _km(us, 39.83, -98.58) < 150  # the geographic centre of the 48 states, near Lebanon, Kansas


def test_russia_is_drawn_in_siberia_not_in_the_arctic(gaz):
    ru = best(gaz, "Russia denied it.")["Russia"].place
    # its main landmass's area centroid lies near 65 N; maps (and the reference point) put Russia at 60 N 100 E
    assert 58 < ru.lat < 62 and 95 < ru.lon < 105
    assert gaz.lookup("Krasnoyarsk Krai")[0].place.admin1 == "Krasnoyarsk Krai"


def test_new_york_state_is_drawn_upstate_and_alberta_in_alberta(gaz):
    state = next(c.place for c in gaz.lookup("New York") if c.feature == "admin1")
    assert _km(state, 40.71, -74.01) > 150  # not on the city, though one package puts it there
    assert state.lat > 42
    alberta = next(c.place for c in gaz.lookup("Alberta") if c.feature == "admin1")
    assert 49 < alberta.lat < 60 and -120 < alberta.lon < -110


def test_a_midpoint_across_the_antimeridian_stays_near_it():
    from eventledger.geo.centres import medoid, midpoint

    lat, lon = midpoint((-17.0, 179.0), (-17.0, -179.0))  # Fiji either side of 180
    assert lat == pytest.approx(-17.0, abs=0.1) and abs(lon) == pytest.approx(180.0, abs=0.1)
    # one estimate far off is outvoted by the two that agree
    assert medoid([(43.0, -75.5), (40.7, -74.0), (43.2, -75.8)]) in {(43.0, -75.5), (43.2, -75.8)}


# --- build 9: hyphenated names in oblique cases, districts, capitals, namesakes in the text's subdivision ----------

def test_hyphenated_names_are_found_in_oblique_cases(gaz):
    found = best(gaz, "Пожар на нефтебазе в Славянске-на-Кубани потушили к утру.", "ru")
    assert found["Славянске-на-Кубани"].place.geonames_id == 492094
    found = best(gaz, "Сирены звучали в Каменске-Шахтинском и в Ростове-на-Дону.", "ru")
    assert found["Каменске-Шахтинском"].place.key == "Kamensk-Shakhtinsky"
    assert found["Ростове-на-Дону"].place.key == "Rostov-on-Don"
    found = best(gaz, "Уночі вибухи пролунали в Кам'янці-Подільському.", "uk")
    assert found["Кам'янці-Подільському"].admin1_code == "UA.09"  # Khmelnytskyi Oblast


def test_a_district_is_the_one_in_the_subdivision_the_text_names(gaz):
    found = best(gaz, "Дроны атаковали Кубань: обломки упали в Красноармейском районе.", "ru")
    district = found["Красноармейском районе"]
    assert (district.feature, district.admin1_code) == ("admin2", "RU.38")  # Krasnodar Krai, not Chechnya
    found = best(gaz, "Обломки упали в Красноармейском районе Саратовской области.", "ru")
    assert found["Красноармейском районе"].admin1_code == "RU.67"


def test_a_district_without_listed_places_is_drawn_at_the_town_it_is_named_after(gaz):
    yeysk = gaz.lookup("Ейский район", lang="ru")[0]
    assert (yeysk.feature, yeysk.admin1_code, yeysk.place.precision) == ("admin2", "RU.38", "admin2")
    assert yeysk.place.lat == pytest.approx(46.7, abs=0.1) and yeysk.place.lon == pytest.approx(38.3, abs=0.1)
    # a name with stress marks in the source ("Туапси́нский райо́н") is found without them
    assert gaz.lookup("Туапсинский район", lang="ru")[0].admin1_code == "RU.38"


def test_a_city_regions_districts_are_not_raions(gaz):
    # Kyiv's Shevchenkivskyi district is one of many of that name: not a district entity of its own
    assert all(c.feature != "admin2" for c in gaz.lookup("Shevchenkivskyi Raion"))


def test_a_national_capital_is_preferred_among_namesakes(gaz):
    washington = best(gaz, "Officials in Washington said the talks would resume.")["Washington"]
    assert (washington.feature, washington.admin1_code) == ("city", "US.DC")
    moscow = best(gaz, "Flights between Baltimore and Moscow were cancelled.")["Moscow"]
    assert moscow.place.country == "RU"
    # the text's own places still decide: the state of Washington
    state = best(gaz, "Wildfires spread across Washington; Spokane and Yakima were under evacuation orders.")
    assert state["Washington"].feature == "admin1" and state["Washington"].admin1_code == "US.WA"


def test_georgia_is_the_us_state_in_a_text_about_american_places(gaz):
    us = best(gaz, "Georgia's governor spoke in Atlanta and Savannah.")["Georgia"]
    assert (us.feature, us.admin1_code) == ("admin1", "US.GA")
    caucasus = best(gaz, "Russian troops crossed into Georgia from South Ossetia towards Gori and Tbilisi.")["Georgia"]
    assert (caucasus.feature, caucasus.place.country) == ("country", "GE")
    assert best(gaz, "Georgia held elections.")["Georgia"].feature == "country"


def test_namesakes_follow_the_subdivisions_the_other_names_may_be_in(gaz):
    # none of these names is unique, but only Georgia has a Gainesville, a Hall County and a Dahlonega together
    found = best(gaz, "Rain fell on Gainesville and Dahlonega; Hall County closed two roads.")
    assert found["Gainesville"].admin1_code == "US.GA"
    assert found["Hall County"].admin1_code == "US.GA"


def test_a_small_town_named_with_its_state_is_found(gaz):
    found = best(gaz, "The mayor of Paris, Tennessee, spoke on Monday.")
    assert (found["Paris"].admin1_code, found["Paris"].place.country) == ("US.TN", "US")


def test_a_subdivision_named_after_a_smaller_city_is_the_subdivision(gaz):
    # Montreal, not Quebec City, is Quebec's largest place: "Quebec" alone is the province; Moscow stays the city
    quebec = best(gaz, "Snow closed schools across Quebec.")["Quebec"]
    assert (quebec.feature, quebec.admin1_code) == ("admin1", "CA.10")
    assert best(gaz, "Snow closed schools across Moscow.")["Moscow"].feature == "city"


def test_the_second_part_of_an_unknown_hyphenated_name_is_not_a_place(gaz):
    assert gaz.find("Fighting went on near the Saur-Mogila hill.") == []  # not Mogila, North Macedonia
    assert [m.text for m in gaz.find("The Kyiv-Moscow line was cut.")] == ["Kyiv", "Moscow"]
    assert [m.text for m in gaz.find("A Kyiv-based analyst said so.")] == ["Kyiv"]


def test_the_peoples_republics_name_their_oblasts(gaz):
    found = best(gaz, "Shelling was reported in the Luhansk People's Republic.")
    assert found["Luhansk People's Republic"].admin1_code == "UA.14"
    found = best(gaz, "Обстрел в Донецкой Народной Республике.", "ru")
    assert found["Донецкой Народной Республике"].admin1_code == "UA.05"


def test_a_former_raion_named_in_russian_or_ukrainian_is_drawn_at_its_town(gaz):
    found = best(gaz, "Обстрел в Ясиноватском районе Донецкой области продолжался всю ночь.", "ru")
    district = found["Ясиноватском районе"]
    assert (district.feature, district.admin1_code, district.place.key) == ("admin2", "UA.05", "Ясиноватский район")
    found = best(gaz, "Обстріли тривали в Ясинуватському районі Донецької області.", "uk")
    assert found["Ясинуватському районі"].admin1_code == "UA.05"
    # a large city's district is one of many of that name: not taken for a raion
    found = best(gaz, "Снаряд попал в Киевском районе Донецка.", "ru")
    assert set(found) == {"Донецка"} and found["Донецка"].admin1_code == "UA.05"


def test_a_town_named_by_its_adjective_before_a_site_is_that_town_or_its_airport(gaz):
    found = best(gaz, "Дрон попал в курскую многоэтажку, ранены двое.", "ru")
    assert found["курскую"].place.name == "Kursk" and found["курскую"].feature == "city"
    found = best(gaz, "Снаряд упал в Ахтырской громаде.", "ru")
    assert found["Ахтырской"].place.name == "Okhtyrka"
    airport = best(gaz, "Утром в казанском аэропорту ввели ограничения.", "ru")["казанском аэропорту"]
    assert airport.feature == "airport" and airport.place.icao == "UWKD"
    # the sites named after the noun are the places; an adjective of no town, or of the country, names none
    found = best(gaz, "В московских аэропортах Внуково и Домодедово ввели ограничения.", "ru")
    assert set(found) == {"Внуково", "Домодедово"}
    assert best(gaz, "Раненых доставили в городскую больницу, дрон упал на российский аэродром.", "ru") == {}


def test_a_small_namesake_never_beats_a_country_or_state_by_its_own_name(gaz):
    found = best(gaz, "Farmers in Texas sell cotton to China; Dallas and Houston ship it.")
    assert found["China"].feature == "country" and found["Texas"].feature == "admin1"
    assert best(gaz, "Tornadoes hit Kansas and Missouri; Chicago, Illinois, got rain.")["Kansas"].feature == "admin1"


def test_two_subdivisions_joined_by_a_comma_are_a_list_in_russian(gaz):
    found = best(gaz, "Ночью беспилотники сбиты над Кубанью, Крымом и Ростовской областью.", "ru")
    assert found["Кубанью"].admin1_code == "RU.38" and found["Крымом"].admin1_code == "UA.11"


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_an_inflected_ukrainian_name_is_found_whichever_apostrophe_is_typed(gaz, apostrophe):
    found = gaz.find(f"Вибух пролунав у Куп{apostrophe}янську.", "uk")
    assert [(m.candidates[0].place.country, m.candidates[0].place.admin1) for m in found] == [("UA", "Kharkiv Oblast")]


def test_an_adjective_after_a_word_for_a_village_is_the_village(gaz):
    # the Russian dictionary reads these as adjectives ("northern", "reasonable"), not as places
    found = best(gaz, "Дрон атаковал автомобиль в поселке Разумное Белгородской области, ранен водитель.", "ru")
    assert found["Разумное"].admin1_code == "RU.09"
    found = best(gaz, "Вечером обломки беспилотника упали на поселок Северный, повреждены окна.", "ru")
    assert "Северный" in found
    # the same words elsewhere stay words
    assert "Разумное" not in best(gaz, "Власти назвали это разумное решение после атаки на Белгород.", "ru")
    assert "Северный" not in best(gaz, "Северный ветер разнёс дым над Курском.", "ru")
    # the first word of a longer name is not a village of its own ("Старый Хутор"), and a region named right after
    # holds the village or it is none ("Новое Белгородской области": no Novoye of Belgorod Oblast in the gazetteer)
    assert "Старый" not in best(gaz, "Дрон сбросил взрывчатку на село Старый Хутор, ранен мужчина.", "ru")
    assert "Новое" not in best(gaz, "Трое ранены в селе Новое Белгородской области после атаки дрона.", "ru")


def test_zipf_of_hyphen_joined_words_agrees_with_wordfreq_from_zipf_4(gaz):
    """A hyphen-joined word with one word rarer than Zipf 4 is 0 without wordfreq (their joint frequency is below the
    rarest word's); the others are wordfreq's own value."""
    from wordfreq import zipf_frequency

    for word, lang in [("Zorvansk-Plydovo", "en"), ("well-known", "en"), ("long-term", "en"), ("north-east", "en"),
                       ("Ростов-на-Дону", "ru"), ("из-за", "ru"), ("будь-який", "uk"), ("Крупнів-Запольський", "uk")]:
        wordfreq = zipf_frequency(word.casefold(), lang)
        ours = gaz.zipf(word, lang)
        assert (ours >= 4) == (wordfreq >= 4) and (ours == wordfreq or wordfreq < 4), (word, lang, ours, wordfreq)
    assert gaz.zipf("Zorvansk-Plydovo", "en") == 0.0
