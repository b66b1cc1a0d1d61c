"""One incident told at two levels of place in one report (issue 10, duplicates): a district and the town it is named
after, a count and the regions it was downed over give one event; another attack, another count stay apart. Reports
written for these tests."""

import pytest

from report_reading import figures, kinds


def test_uk_a_district_and_the_town_it_is_named_after_are_one_strike(read):
    events = read("Уночі ворог атакував Фастівський район дронами, загинув чоловік. У Фастові пошкоджено приватні "
                  "будинки.", "uk")
    assert kinds(events) == [("strike", "Fastiv")]
    assert figures(events[0]) == {"killed": 1}


def test_uk_another_attack_on_the_town_a_district_is_named_after_stays_apart(read):
    events = read("Уночі ворог атакував Фастівський район дронами, загинув чоловік. Вдень ще одна атака дронів "
                  "пошкодила школу у Фастові.", "uk")
    assert len(events) == 2


def test_ru_a_district_with_a_toll_and_its_town_are_one_shelling(read):
    events = read("ВСУ обстреляли Шебекинский городской округ, ранены два человека. В Шебекино снаряд повредил жилой "
                  "дом.", "ru")
    assert kinds(events) == [("shelling", "Shebekino")]
    assert figures(events[0]) == {"injured": 2}


def test_a_national_count_retold_over_the_regions_is_one_interception(read):
    events = read("Air defence shot down 25 of the 30 drones Russia launched overnight, the air force said. The 25 "
                  "drones were downed over the Kharkiv, Sumy and Poltava regions.")
    assert [(e.kind, figures(e)) for e in events] == [("interception", {"intercepted": 25, "launched": 30})]


def test_a_regional_count_below_the_national_one_stays_its_own_interception(read):
    events = read("Air defence shot down 25 drones over Ukraine overnight, the air force said. Eight drones were shot "
                  "down over the Kharkiv and Sumy regions.")
    assert sorted(figures(e)["intercepted"] for e in events) == [8, 25]


def test_the_same_count_downed_on_another_evening_stays_apart(read):
    events = read("Air defence shot down 25 of the 30 drones Russia launched overnight, the air force said. Another 25 "
                  "drones were downed over the Kharkiv, Sumy and Poltava regions on Sunday evening.")
    assert len([e for e in events if e.kind == "interception"]) == 2


def test_uk_a_region_moved_to_its_one_district_is_the_districts_undated_retelling(read):
    # the region's night is named, the district's damage is told with no day: once the region's strike is placed in
    # the district (the one place inside it the report names), the two are the one strike told there
    events = read("У ніч на 9 березня ворог атакував Київщину дронами, постраждала одна людина. У Бориспільському "
                  "районі пошкоджено шість приватних будинків.", "uk")
    assert [(e.kind, e.date, figures(e)) for e in events] == [("strike", "2025-03-09", {"injured": 1})]


def test_ru_the_same_for_a_region_and_its_district(read):
    events = read("В ночь на 9 марта ВСУ атаковали Белгородскую область дронами, ранен один человек. В Шебекинском "
                  "округе повреждены шесть частных домов.", "ru")
    assert kinds(events) == [("strike", "Shebekino")]


def test_uk_another_attack_or_another_night_in_the_district_stays_apart(read):
    another = read("У ніч на 9 березня ворог атакував Київщину дронами, постраждала одна людина. Ще одна атака дронів "
                   "пошкодила шість приватних будинків у Бориспільському районі.", "uk")
    next_night = read("У ніч на 8 березня ворог атакував Київщину дронами, постраждала одна людина. У ніч на 9 березня "
                      "у Бориспільському районі пошкоджено шість приватних будинків.", "uk")
    assert len(another) == 2
    assert sorted(e.date for e in next_night) == ["2025-03-08", "2025-03-09"]


def test_a_count_retold_with_the_air_defences_own_missiles_is_still_one_drone_interception(read):
    # the air force's usual wording: "anti-aircraft missile units" shot the drones down; their missiles are not the
    # weapon of the attack, so the count over the regions is the same drone claim as the national one
    events = read("Air defence shot down 25 of the 30 Shahed drones Russia launched overnight, the air force said. "
                  "Twenty-five drones were shot down over the Kharkiv, Sumy and Poltava regions by aviation, "
                  "anti-aircraft missile units and mobile fire groups.")
    assert [(e.kind, e.weapon, figures(e)) for e in events] == [
        ("interception", "drone", {"intercepted": 25, "launched": 30})]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Над Брянской областью зенитными ракетными войсками сбиты шесть беспилотников, сообщил губернатор."),
    ("uk", "Над Сумщиною зенітними ракетними підрозділами збито шість безпілотників, повідомили в ОВА."),
])
def test_ru_uk_drones_downed_by_anti_aircraft_missile_troops_are_drones(read, lang, text):
    assert [(e.kind, e.weapon) for e in read(text, lang)] == [("interception", "drone")]
