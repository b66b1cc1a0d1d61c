"""Wrong places of issue 10 (session 23): the second word of a village's longer name in Russian, an interception's
area beside the finer place where its debris fell, a town's adjective read as a village. Each report here was written
for the test."""

import pytest


def test_a_village_whose_longer_name_opens_with_chervona_is_no_namesake(gazetteer):
    # "Червона Дибровка" in a Russian report on Belgorod Oblast is no Dibrovka of Poltava Oblast
    found = [m.text for m in gazetteer.find("Беспилотник атаковал село Червона Дибровка под Белгородом.", "ru")]
    assert "Дибровка" not in found and found


@pytest.mark.parametrize("text, lang, area, finer", [
    ("За ночь над Ростовской областью уничтожено 30 беспилотников, в Каменском районе обломками повреждено здание.",
     "ru", "Rostov Oblast", "admin2"),
    ("За ніч над Сумською областю знищено 12 безпілотників, у Конотопському районі уламками пошкоджено будинок.",
     "uk", "Sumy Oblast", "admin2"),
    ("Overnight 12 drones were destroyed over the Kursk region, and debris damaged a house in Rylsk.", "en",
     "Kursk Oblast", "city"),
])
def test_an_interception_over_an_area_keeps_it_when_the_damage_is_told_further_on(read, text, lang, area, finer):
    events = read(text, lang)
    downed = [e for e in events if e.kind == "interception"]
    hit = [e for e in events if e.kind == "strike"]
    assert [(e.place.admin1, e.place.precision) for e in downed] == [(area, "admin1")]
    assert hit and all(e.place.precision == finer and e.place.admin1 == area for e in hit)


def test_a_finer_place_told_before_the_count_is_where_it_was_downed(read):
    # "над областью, в Каменском районе, сбит": the district is the count's own place
    events = read("Над Ростовской областью, в Каменском районе, сбит беспилотник.", "ru")
    assert [e.place.precision for e in events if e.kind == "interception"] == ["admin2"]


def test_the_adjective_of_a_town_the_text_names_is_that_town(gazetteer):
    # "Покровського" is the genitive of the village Покровське and the adjective of Покровськ: beside the town, the town
    found = gazetteer.find("Під обстрілом було місто Покровськ. Пошкоджено паркан Покровського управління водогону.", "uk")
    assert {m.candidates[0].place.admin1 for m in found} == {"Donetsk Oblast"}
    assert len({m.candidates[0].place.name for m in found}) == 1


def test_a_village_named_with_its_settlement_word_stays_the_village(gazetteer):
    found = gazetteer.find("Під обстрілом було місто Покровськ, а у селі Покровському пошкоджено будинок.", "uk")
    assert len({m.candidates[0].place.name for m in found}) == 2
