"""Communities (громади) and summary lines of oblast administrations (eleventh session, acc-uk11). Reports written
for these tests."""

import pytest


@pytest.mark.parametrize("text, lang, town", [
    # "-анський"/"-янський" of a town in -а/-я: Буча, Ворожба, Ічня
    ("У Бучанській громаді внаслідок падіння уламків дрона пошкоджено приватний будинок.", "uk", "Bucha"),
    ("Ворожбянська громада: ворожий дрон атакував автомобіль, поранено водія.", "uk", "Vorozhba"),
    ("Ічнянська громада зазнала удару безпілотника, пошкоджено склад.", "uk", "Ichnia"),
    # "-енський" of a town in -ни or -не: Ромни
    ("Росіяни вдарили дроном по Роменській громаді, поранено жінку.", "uk", "Romny"),
    # a word whose likeliest reading is a surname ("боярська") is read as the adjective too: Боярка
    ("У Боярській громаді через атаку безпілотника загорівся склад.", "uk", "Boyarka"),
    # the same in Russian: "-янский" of a town in -а
    ("В Ворожбянской громаде дрон ударил по автомобилю, ранен мужчина.", "ru", "Vorozhba"),
])
def test_a_community_named_after_its_town(read, text, lang, town):
    assert town in [e.place.name_en for e in read(text, lang) if e.place]


def test_a_line_that_opens_with_its_place_keeps_every_clause(read):
    # the second clause of the first line names no place: it is the first line's, not the next line's
    events = read("Минулої доби ворог атакував громади Сумщини.\n\n"
                  "Буринська громада – загинув чоловік; поранена жінка (удар дрона по автомобілю).\n\n"
                  "Сумська громада – пошкоджено гараж (удар БпЛА).", "uk")
    by_place = {e.place.name_en: e for e in events if e.place and e.place.precision == "city"}
    assert "Buryn" in by_place
    assert by_place["Buryn"].figures["injured"].best == 1
    assert "injured" not in (by_place["Sumy"].figures if "Sumy" in by_place else {})


def test_a_line_that_opens_with_its_place_ru(read):
    events = read("Белгородский губернатор рассказал о последствиях атак за сутки.\n\n"
                  "Валуйский округ – ранен мужчина; повреждён частный дом (удар FPV-дрона).\n\n"
                  "Шебекинский округ – повреждена линия электропередачи (атака беспилотника).", "ru")
    by_place = {e.place.name_en: e for e in events if e.place}
    assert "Valuyki" in by_place and by_place["Valuyki"].figures["injured"].best == 1
    assert "injured" not in (by_place["Shebekino"].figures if "Shebekino" in by_place else {})


@pytest.mark.parametrize("text, lang, town", [
    # a region, then the town's district the strike hit in it: the region does not lie in the town's district
    ("Вночі ворог атакував дронами. Під ударами опинилася Черкаська область, зокрема район Умані.", "uk", "Uman"),
    ("Ночью противник атаковал дронами. Под удар попала Курская область, особенно район Рыльска.", "ru", "Ryl’sk"),
])
def test_a_region_then_the_district_of_a_town_in_it(read, text, lang, town):
    assert town in [e.place.name_en for e in read(text, lang) if e.place]
