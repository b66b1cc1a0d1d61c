"""Counts that are no one claim over several regions (review12, findings 1, 2 and 9): two tellers' counts, each its own
claim (a governor's own count for his region is its own interception event, ANNOTATION.md); a region word set off
before one region's count, which makes no count over several regions of it; and the regions drones were heading for,
which are no areas of the count that downed them.

All reports here are written for these tests (invented people, numbers and wording, real place names)."""

import pytest
from test_multi_region_claims import read  # noqa: F401  (the interceptions of one report, published 22 Nov 2024)

from eventledger.model import Event


def told(events: list[Event]) -> list[tuple[str, str, int]]:
    return sorted((e.place.key, e.place.precision, e.figures["intercepted"].best) for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Вечером над Смоленской областью уничтожено 11 беспилотников, написал губернатор Пётр Варнавин. По данным "
     "Минобороны, ещё 5 дронов перехвачены над Тверской областью.", "ru"),
    ("Над Чернігівщиною ввечері знищено 11 ударних дронів, написав голова ОВА Павло Гречаник. За даними Повітряних "
     "сил, ще 5 дронів перехоплено над Полтавщиною.", "uk"),
])
def test_a_governors_count_and_the_ministrys_count_of_another_region_stay_two_claims(read, text, lang):
    # who told each count stands between them: a regional head's count of his region, then the military's count of
    # another one, are two claims, not one claim over both regions with the sum of the two
    events = read(text, lang)
    assert len(events) == 2
    assert all(e.place.precision == "admin1" for e in events)
    assert sorted(e.figures["intercepted"].best for e in events) == [5, 11]


@pytest.mark.parametrize("text, lang, region", [
    ("Как и в остальных соседних регионах, над Смоленской областью вечером сбиты 6 беспилотников, из них 2 — при "
     "подлёте к областной столице, написал губернатор.", "ru", "Smolensk Oblast"),
    ("Як і в інших сусідніх регіонах, над Чернігівщиною ввечері збито 6 дронів, з них 2 — при підльоті до обласної "
     "столиці, написав голова ОВА.", "uk", "Chernihiv Oblast"),
])
def test_a_region_word_set_off_before_one_regions_count_makes_no_count_over_several_regions(read, text, lang, region):
    # "as in the other regions": a comparison, set off by a comma before the count of one region; the count stays the
    # region's own, not the whole country's with the region as its part
    [e] = read(text, lang)
    assert (e.place.key, e.place.precision, e.figures["intercepted"].best) == (region, "admin1", 6)


@pytest.mark.parametrize("text, lang, region", [
    ("Над Смоленской областью вечером перехвачены 7 беспилотников, летевших в сторону Тверской, Ярославской и "
     "Вологодской областей, написало Минобороны.", "ru", "Smolensk Oblast"),
    ("Над Сумщиною ввечері збито 7 шахедів, які летіли в напрямку Полтавської, Черкаської та Київської областей, "
     "повідомили Повітряні сили.", "uk", "Sumy Oblast"),
])
def test_the_regions_drones_were_heading_for_are_no_areas_of_the_count(read, text, lang, region):
    # where the downed drones flew towards, listed by adjectives before one region word, is no place of the claim
    [e] = read(text, lang)
    assert (e.place.key, e.place.precision, e.figures["intercepted"].best) == (region, "admin1", 7)
    assert [a.place.key for a in e.areas] in ([], ["Smolensk Oblast"])


def test_a_list_of_regions_where_drones_were_downed_still_gives_every_area(read):
    # the case the list rule was written for: the list is where the count was told, not where the drones were going
    [e] = read("Вечером над Тверской, Ярославской и Вологодской областями перехвачены 7 беспилотников, написало "
               "Минобороны.", "ru")
    assert [a.place.key for a in e.areas] == ["Tver Oblast", "Yaroslavl Oblast", "Vologda Oblast"]
