"""Geoparsing as a reader of war news uses it: find the places of a text, resolve each to one entry, say how precise.

Every sentence here is written for these tests; the village names in the "gazetteer lacks it" tests are invented.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.geo import Gazetteer, GazetteerError
from eventledger.geo.build import GazetteerBuildError, _Builder, _Entity
from eventledger.geo.geonames_dump import add_dump_places, dump_rows
from eventledger.geo.geoparse import GeoparseError, geoparse, read_spans, resolve_spans
from eventledger.geo.distance import km as distance_km
from eventledger.geo.offsets import place_with_offset


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def places(gaz: Gazetteer, text: str, lang: str = "en") -> dict[str, object]:
    return {m.text: m for m in geoparse(text, lang, gazetteer=gaz)}


# --- ambiguous names, resolved by the text around them ------------------------------------------------------------

def test_pokrovsk_is_the_one_in_the_subdivision_the_text_names(gaz):
    donetsk = places(gaz, "Shelling continued near Pokrovsk, Donetsk Oblast.")["Pokrovsk"]
    yakutia = places(gaz, "A fuel depot burned in Pokrovsk, Sakha Republic.")["Pokrovsk"]
    assert (donetsk.place.country, donetsk.place.admin1) == ("UA", "Donetsk Oblast")
    assert (yakutia.place.country, yakutia.place.admin1) == ("RU", "Sakha Republic")
    assert all(c.place.admin1 == "Donetsk Oblast" for c in donetsk.candidates)  # the qualifier leaves only its own
    alone = places(gaz, "Shelling continued near Pokrovsk.")["Pokrovsk"]
    assert {c.place.country for c in alone.candidates} == {"UA", "RU"}  # without it, the runner-up is there to see


def test_other_places_of_the_text_pull_a_namesake_towards_them(gaz):
    found = places(gaz, "Flooding closed roads in Alexandria and Pineville, in Rapides Parish, on Friday.")
    assert found["Alexandria"].place.admin1 == "Louisiana"
    assert found["Rapides Parish"].place.precision == "admin2"


def test_a_country_named_by_its_own_name_is_the_country(gaz):
    assert places(gaz, "Talks were held in Georgia last week.")["Georgia"].place.precision == "country"
    assert places(gaz, "US officials said more air defence was coming.")["US"].place.key == "United States"


# --- common words are not places -----------------------------------------------------------------------------------

def test_a_common_word_at_a_sentence_start_is_not_a_town(gaz):
    assert "Mobile" not in places(gaz, "Mobile fire groups shot down most of the drones.")
    assert "Paris" in places(gaz, "Paris called for a ceasefire.")  # a big city is still one at a sentence start
    assert "Mobile" in places(gaz, "The storm reached Mobile on Tuesday.")


# --- Russian and Ukrainian: inflected forms ------------------------------------------------------------------------

def test_inflected_russian_and_ukrainian_names_reach_their_places(gaz):
    ru = places(gaz, "Над Белгородской областью и в Курске сбиты беспилотники.", "ru")
    assert ru["Белгородской областью"].place.key == "Belgorod Oblast"
    assert ru["Курске"].place.key == "Kursk"
    uk = places(gaz, "У Харкові та на Сумщині лунали вибухи.", "uk")
    assert uk["Харкові"].place.key == "Kharkiv"
    assert uk["Сумщині"].place.precision == "admin1"


# --- offsets: an area near a place, not the place ------------------------------------------------------------------

def test_fifteen_km_north_of_a_town_moves_the_point_and_lowers_the_precision(gaz):
    text = "Debris fell 15 km north of Kupiansk overnight."
    match = next(m for m in gaz.find(text) if m.text == "Kupiansk")
    offset = place_with_offset(text, match)
    town = match.candidates[0].place
    assert offset.precision == "admin2" and offset.key == "15 km north of Kupiansk"
    assert distance_km(town.lat, town.lon, offset.lat, offset.lon) == pytest.approx(15, abs=0.1)
    assert offset.lat > town.lat and offset.lon == pytest.approx(town.lon)


@pytest.mark.parametrize("text, lang, name, moved", [
    ("Fighting went on south of Krasnohorivka, Donetsk Oblast.", "en", "Krasnohorivka", False),
    ("Бои идут под Курском.", "ru", "Курском", False),
    ("Дрон впал за 10 км на південь від Сум.", "uk", "Сум", True),
    ("Беспилотник упал в 20 км к югу от Белгорода.", "ru", "Белгорода", True),
])
def test_offset_phrases_in_three_languages(gaz, text, lang, name, moved):
    mention = places(gaz, text, lang)[name]
    assert mention.offset is not None and mention.offset.precision == "admin2"
    assert (mention.offset.lat != mention.place.lat) is moved
    assert mention.place.precision == "city"  # the town itself is still reported as the town


def test_no_offset_phrase_no_offset(gaz):
    assert places(gaz, "Drones hit Engels.")["Engels"].offset is None


# --- seas, airports, facilities ------------------------------------------------------------------------------------

def test_seas_have_no_country(gaz):
    sea = places(gaz, "Два дрона сбиты над Черным морем.", "ru")["Черным морем"]
    assert (sea.place.precision, sea.place.country) == ("sea", None)
    assert places(gaz, "A tanker was hit in the Mediterranean Sea.")["Mediterranean Sea"].place.precision == "sea"


def test_airports_and_airbases_resolve_to_their_own_point(gaz):
    airport = places(gaz, "Flights were suspended at Kazan Airport.")["Kazan Airport"]
    assert (airport.feature, airport.place.precision, airport.place.iata) == ("airport", "point", "KZN")
    base = places(gaz, "Satellite images showed damage at Engels-2.")["Engels-2"]
    assert (base.place.icao, base.place.precision) == ("XWSG", "point")
    assert places(gaz, "Дроны атаковали аэродром Морозовск.", "ru")["аэродром Морозовск"].place.icao == "URRM"


def test_a_refinery_resolves_to_its_city(gaz):
    plant = places(gaz, "A fire broke out at the Ryazan refinery after the attack.")["Ryazan refinery"]
    city = gaz.lookup("Ryazan")[0].place
    assert (plant.feature, plant.place) == ("city", city)  # the plant's own point is not known: it is the city


# --- a place the gazetteer lacks: the coarser level the text names, never a guess -----------------------------------

@pytest.mark.parametrize("text, lang, village, level", [
    ("Shelling damaged houses in the village of Zzyzxivka in Kharkiv Oblast.", "en", "Zzyzxivka", "Kharkiv Oblast"),
    ("Удар пришёлся по селу Мухоморовка Белгородской области.", "ru", "Мухоморовка", "Belgorod Oblast"),
    ("Обстріляли село Вигаданівка на Харківщині.", "uk", "Вигаданівка", "Kharkiv Oblast"),
])
def test_an_unknown_village_falls_to_the_subdivision_named(gaz, text, lang, village, level):
    mention = places(gaz, text, lang)[village]
    assert (mention.how, mention.place.key, mention.place.precision) == ("coarser", level, "admin1")


def test_a_namesake_outside_the_named_subdivision_is_not_taken(gaz):
    # there is a Zarichne elsewhere in Ukraine, none in Kharkiv Oblast in the gazetteer
    mention = places(gaz, "Shelling hit the village of Zarichne in Kharkiv Oblast.")["Zarichne"]
    assert mention.place.precision == "admin1" and mention.how == "coarser"


def test_an_unknown_village_with_no_level_named_stays_unresolved(gaz):
    mention = places(gaz, "Shelling damaged houses in the village of Zzyzxivka.")["Zzyzxivka"]
    assert mention.place is None and mention.how == "unresolved"


# --- toponyms given --------------------------------------------------------------------------------------------------

def test_given_spans_are_resolved_in_order_with_nationality_words(gaz):
    text = "Syrian and Turkish officials met in Ankara, then flew to the U.S."
    spans = [(0, 6), (11, 18), (36, 42), (61, 65)]
    got = resolve_spans(text, spans, gazetteer=gaz)
    assert [m.place.key for m in got] == ["Syria", "Turkey", "Ankara", "United States"]


def test_bad_spans_and_bad_toponym_files_name_the_problem(gaz, tmp_path):
    with pytest.raises(GazetteerError, match="outside the text"):
        resolve_spans("Kyiv", [(0, 40)], gazetteer=gaz)
    bad = tmp_path / "spans.jsonl"
    bad.write_text('{"start": 0}\n', encoding="utf-8")
    with pytest.raises(GeoparseError, match="spans.jsonl:1"):
        read_spans(bad)


# --- the command ---------------------------------------------------------------------------------------------------

def test_the_geoparse_command_prints_json_lines(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Drones hit Engels; debris fell near Saratov.", encoding="utf-8")
    result = CliRunner().invoke(app, ["geoparse", str(report)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["text"] for d in lines] == ["Engels", "Saratov"]
    assert lines[1]["offset"]["precision"] == "admin2"
    assert set(lines[0]["resolved"]) >= {"name", "country", "admin1", "geonames_id", "lat", "lon", "precision"}

    spans = tmp_path / "spans.jsonl"
    spans.write_text('{"start": 11, "end": 17}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["geoparse", str(report), "--toponyms", str(spans)])
    assert result.exit_code == 0 and json.loads(result.output)["resolved"]["name"] == "Engels"


def test_the_geoparse_command_rejects_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["geoparse", str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and "none.txt" in result.output


# --- the richer source: a GeoNames dump ----------------------------------------------------------------------------

def _dump_line(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str, pop: int) -> str:
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), fclass, "PPL" if fclass == "P" else "STM",
                      "UA", "", "07", "", "", "", str(pop), "", "150", "Europe/Kyiv", "2024-01-01"])


def test_a_geonames_dump_adds_its_small_villages(tmp_path):
    dump = tmp_path / "UA.txt"
    dump.write_text("\n".join([
        _dump_line(99000001, "Vyhadanivka", "Вигаданівка,Выгадановка", 49.9, 36.9, "P", 120),
        _dump_line(99000002, "Vyhadana River", "", 49.8, 36.8, "H", 0),
    ]) + "\n", encoding="utf-8")
    b = _Builder()
    b.add(_Entity("city", "Kharkiv", "UA", "UA.07", 50.0, 36.25, 1_430_000, 706483))
    assert add_dump_places(b, dump) == 1  # the river is not a populated place
    village = b.entities[-1]
    assert (village.name, village.population, village.admin1_code, village.findable) == ("Vyhadanivka", 120, "UA.07", True)
    assert {n for n, e in b.names if e == len(b.entities) - 1} >= {"vyhadanivka", "вигаданівка"}

    zipped = tmp_path / "UA.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        z.write(dump, "UA.txt")
    assert len(list(dump_rows(zipped))) == 2


def test_a_file_that_is_not_a_geonames_dump_is_refused(tmp_path):
    bad = tmp_path / "UA.txt"
    bad.write_text("name,lat,lon\nKharkiv,50,36\n", encoding="utf-8")
    with pytest.raises(GazetteerBuildError, match="UA.txt:1"):
        list(dump_rows(bad))


# --- Russian-style and g-for-h spellings of Ukrainian places (geo/translit.py) ---------------------------------------

def test_russian_spellings_of_ukrainian_towns_reach_them_when_the_text_is_about_ukraine(gaz):
    town = geoparse("Fighting near Uglegorsk continued.", gazetteer=gaz, context_countries=("UA",))
    assert [(m.text, m.place.key, m.place.country) for m in town] == [("Uglegorsk", "Vuhlehirsk", "UA")]
    # without the context, Uglegorsk on Sakhalin keeps its own name
    assert places(gaz, "Fighting near Uglegorsk continued.")["Uglegorsk"].place.country == "RU"


def test_a_two_word_ukrainian_name_is_not_swallowed_by_a_short_foreign_one(gaz):
    found = geoparse("Shelling of Gola Prystan, Kherson Region.", gazetteer=gaz, context_countries=("UA",))
    gola = next(m for m in found if m.text.startswith("Gola"))
    assert gola.text == "Gola Prystan" and gola.place.key == "Hola Prystan" and gola.place.country == "UA"


def test_latin_variants_follow_how_reports_write_cyrillic_names():
    from eventledger.geo.translit import latin_variants

    assert {"Aleksandrovka", "Alexandrovka"} <= latin_variants("Александровка")
    assert {"Troitskoe", "Troitskoye"} <= latin_variants("Троицкое")
    assert {"Novaya Kakhovka"} <= latin_variants("Новая Каховка")
    assert {"Krasny Yar", "Krasnyy Yar"} <= latin_variants("Красный Яр")
    assert {"Vuhledar", "Vugledar"} <= latin_variants("Вугледар")  # Ukrainian, with g for г as well as h
    assert latin_variants("Kyiv") == set() and latin_variants("") == set()


# --- abbreviations, continents ------------------------------------------------------------------------------------

def test_canadian_and_australian_abbreviations_name_their_provinces_and_states(gaz):
    text = "Crews from Red Deer, Alta., and Kamloops, B.C., flew to Cairns, Qld."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Alta.", "B.C.", "Qld")]
    got = [m.place.key for m in resolve_spans(text, spans, gazetteer=gaz)]
    assert got == ["Alberta", "British Columbia", "Queensland"]


def test_a_continent_named_by_its_nationality_word_or_the_eu(gaz):
    text = "European ministers met in Brussels; the EU and African leaders agreed."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("European", "EU", "African")]
    got = [(m.place.key, m.place.precision) for m in resolve_spans(text, spans, gazetteer=gaz)]
    assert got == [("Europe", "region"), ("Europe", "region"), ("Africa", "region")]
    assert "European" not in places(gaz, text)  # a nationality word is a toponym only when given as one


def test_a_list_of_states_or_countries_is_not_read_as_one_inside_the_next(gaz):
    text = "Cases were reported in Idaho, Illinois, Indiana and Ohio, and abroad in Canada, Australia and France."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Idaho", "Illinois", "Canada", "Australia")]
    idaho, illinois, canada, australia = resolve_spans(text, spans, gazetteer=gaz)
    assert (idaho.feature, idaho.place.admin1) == ("admin1", "Idaho")
    assert (canada.feature, canada.place.country) == ("country", "CA")
    assert illinois.place.admin1 == "Illinois" and australia.place.country == "AU"


def test_nationality_words_of_two_words_subdivisions_and_areas(gaz):
    text = "Sri Lankan troops met Ohioans and North American delegates; a Cuban band played."
    words = ("Sri Lankan", "Ohioans", "North American", "Cuban")
    found = resolve_spans(text, [(text.index(w), text.index(w) + len(w)) for w in words], gazetteer=gaz)
    assert [(m.feature, m.place.key) for m in found] == [
        ("country", "Sri Lanka"), ("admin1", "Ohio"), ("area", "North America"), ("country", "Cuba")]


def test_an_abbreviation_without_its_last_full_stop(gaz):
    text = "A U.S billionaire flew to the station."
    (us,) = resolve_spans(text, [(2, 5)], gazetteer=gaz)
    assert (us.feature, us.place.country) == ("country", "US")


def test_a_town_whose_name_looks_like_a_nationality_word_stays_the_town(gaz):
    def given(text: str, word: str):
        (m,) = resolve_spans(text, [(text.index(word), text.index(word) + len(word))], gazetteer=gaz)
        return m.feature, m.place.key

    assert given("Ferries left Calais at dawn.", "Calais") == ("city", "Calais")
    assert given("In Canaan the mayor spoke.", "Canaan") == ("city", "Canaan")
    assert given("German visitors came.", "German") == ("country", "Germany")
    assert given("Canadian visitors came.", "Canadian") == ("country", "Canada")


def test_a_district_the_gazetteer_lacks_is_drawn_at_the_town_it_is_named_after(gaz):
    # the raions of before 2020, in their Russian-style spellings: Yasynuvata, Starobesheve
    found = geoparse("Shelling was reported in the Yasinovatsky district, Donetsk region.", gazetteer=gaz,
                     context_countries=("UA",))
    district = next(m for m in found if m.text == "Yasinovatsky district")
    assert (district.feature, district.place.admin1, district.place.precision) == ("admin2", "Donetsk Oblast", "admin2")
    assert district.place.lat == pytest.approx(48.13, abs=0.1) and district.place.lon == pytest.approx(37.86, abs=0.1)
    # a village named with it is taken near that town, or falls to the district: never a namesake far away
    (village, *_) = geoparse("Novokaterynivka village, Starobeshivskiy district, Donetsk region", gazetteer=gaz,
                             context_countries=("UA",))
    assert village.place.admin1 == "Donetsk Oblast"
    # a city's district is not taken for a raion
    assert all(m.feature != "admin2" for m in geoparse("A shell hit the Kievsky district of Donetsk.", gazetteer=gaz))
