"""A city that is a region of its own lies inside the region named after it (Moscow in the Moscow Oblast, Kyiv in the
Kyiv Oblast), though the gazetteer gives them different admin1 codes: one count told over the region and on the
approaches to the city is one interception (issue 10, duplicates within a report); strikes with tolls of their own
stay apart. Reports written for this test."""

import pytest

from report_reading import figures


@pytest.mark.parametrize("text, lang", [
    ("Над Московской областью ночью сбиты восемь беспилотников. Мэр Москвы Сергей Собянин сообщил, что ПВО сбили "
     "восемь дронов, летевших на Москву.", "ru"),
    ("Над Київщиною вночі збито вісім ракет, повідомили у Повітряних силах. За словами голови КМВА, вісім ракет збили "
     "на підльоті до Києва.", "uk"),
])
def test_a_count_over_the_region_and_over_its_capital_city_is_one_interception(read, text, lang):
    events = [e for e in read(text, lang) if e.kind == "interception"]
    assert [(e.place.key, figures(e)) for e in events] in (
        [("Moscow Oblast", {"intercepted": 8})], [("Kyiv Oblast", {"intercepted": 8})])


def test_uk_strikes_in_the_region_and_in_its_city_each_with_a_toll_stay_two(read):
    events = read("Вночі ворог атакував Київщину: у Броварах поранено двох людей. У Києві уламки пошкодили школу, "
                  "поранено трьох людей.", "uk")
    assert sorted(figures(e)["injured"] for e in events if e.kind == "strike") == [2, 3]
