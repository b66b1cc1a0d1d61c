"""A place told as what an incident happened close to ("в непосредственной близости от Суджи", "у безпосередній
близькості від Суджі", "not far from Sudzha") is the incident's landmark, an offset from it (offset_patterns of
lang/<code>/places.yaml), not where anything came from ("от", "від", "from" alone are origins); and a village of the
same clause read as a far namesake gives way to it (place_within.far_in_clause). Reports written for these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


@pytest.mark.parametrize("text, lang, where", [
    ("Дрон атаковал автомобиль в непосредственной близости от Суджи, ранен водитель.", "ru",
     ["в непосредственной близости от Суджи"]),
    ("Дрон атаковал автомобиль неподалёку от Суджи, ранен водитель.", "ru", ["неподалёку от Суджи"]),
    ("Дрон атакував автомобіль у безпосередній близькості від Суджі, поранено водія.", "uk",
     ["у безпосередній близькості від Суджі"]),
    ("A drone hit a car not far from Sudzha, wounding the driver.", "en", ["not far from Sudzha"]),
    ("A drone hit a car in the immediate vicinity of Sudzha, wounding the driver.", "en",
     ["in the immediate vicinity of Sudzha"]),
])
def test_a_town_an_incident_was_close_to_is_its_landmark(read, text, lang, where):
    assert places(read(text, lang)) == where


def test_a_far_namesake_beside_the_landmark_is_read_in_its_region(read):
    events = read("Дрон атаковал автомобиль в Махновке, в непосредственной близости от Суджи, ранен водитель.", "ru")
    assert {e.place.admin1 for e in events} == {"Kursk Oblast"}  # not the Makhnivka of Vinnytsia Oblast
