"""One incident per report (issue 10, duplicates): a headline, a lead and a body that tell one incident at different
levels of place, or without a day of their own, give one event; incidents with facts of their own stay apart. Each
rule of `extract/same_incident.py` shown with a report written for this test."""


from report_reading import figures, kinds


def test_a_headline_in_a_country_is_the_bodys_strike_in_its_city(read):
    events = read("Drone attack kills five in Sudan\n\nFive people were killed when a drone struck a market in "
                  "Khartoum on Monday, a medical group said. Twelve others were wounded.")
    assert kinds(events) == [("strike", "Khartoum")]
    assert figures(events[0]) == {"killed": 5, "injured": 12}
    # every claim of both tellings is kept, each with its span
    assert sorted(c.quote for c in events[0].claims if c.figure == "killed") == ["Five people were killed", "kills five"]


def test_a_lead_in_a_region_is_the_quotes_strike_in_its_town(read):
    events = read("Three people were injured in a missile strike in the Belgorod region on Monday, officials said. "
                  "\"A missile hit a shop in Shebekino, three people were injured,\" the governor said.")
    assert kinds(events) == [("strike", "Shebekino")]
    assert figures(events[0]) == {"injured": 3}


def test_two_towns_of_one_region_each_with_its_own_facts_stay_two(read):
    events = read("Russian drones attacked the Kharkiv region overnight. In Izium a drone hit a house, injuring two "
                  "people. In Kupiansk a shell killed one man.")
    assert sorted(place for _, place in kinds(events)) == ["Izyum", "Kupyansk"]


def test_a_region_with_a_figure_the_town_lacks_is_the_regions_own_account(read):
    events = read("Two people were killed in Russian shelling of the Kherson region over the past day, the governor said. "
                  "The enemy fired 27 shells at the city of Kherson, damaging a school.")
    assert len(events) == 2


def test_a_district_of_a_city_that_is_a_region_of_its_own_is_that_city(read):
    events = read("Russian drones attacked Kyiv overnight, injuring three people, the city administration said. Drone "
                  "debris damaged a warehouse in Solomyanka.")
    assert kinds(events) == [("strike", "Kyiv")]


def test_explosions_near_a_citys_airport_are_the_explosions_heard_in_the_city(read):
    events = read("Взрывы слышны в Донецке, сообщают жители. Жители центра города говорят о взрывах в стороне "
                  "Донецкого аэропорта.", "ru")
    assert [e.kind for e in events] == ["explosion"]


def test_a_retelling_with_no_day_of_its_own_is_the_incident_told_there(read):
    events = read("On Sunday Russian forces struck Kharkiv with guided bombs, the governor said on Monday. Two people "
                  "were injured. According to the mayor, the attack on Kharkiv damaged the windows of a school.")
    assert kinds(events) == [("strike", "Kharkiv")]
    assert events[0].date == "2025-03-09"


def test_two_weapons_named_at_one_place_are_two_incidents(read):
    events = read("On Sunday a missile hit an apartment block in Kharkiv, injuring two people. A drone also struck a "
                  "warehouse in Kharkiv.")
    assert [e.weapon for e in events] == ["missile", "drone"]


def test_a_count_over_a_region_and_the_same_count_near_a_town_are_one_interception(read):
    events = read("Air defences shot down 30 drones over the Rostov region overnight, the defence ministry said. A "
                  "local channel reported that the 30 drones were downed on their way to Morozovsk.")
    interceptions = [e for e in events if e.kind == "interception"]
    assert len(interceptions) == 1
    assert interceptions[0].place.key == "Rostov Oblast"  # a count covers an area: the coarser place stays
    assert figures(interceptions[0]) == {"intercepted": 30}


def test_a_governors_own_count_beside_a_national_total_stays_its_own_interception(read):
    events = read("Air defences shot down 60 drones over Ukraine overnight, the air force said. Governor Ivan Petrov "
                  "said 13 drones were destroyed over the Mykolaiv region.")
    assert sorted(figures(e)["intercepted"] for e in events if e.kind == "interception") == [13, 60]


def test_ru_headline_in_a_region_is_the_strike_in_its_town(read):
    events = read("Беспилотник атаковал нефтебазу в Брянской области\n\nВ Новозыбкове беспилотник атаковал нефтебазу, "
                  "пострадали два человека, сообщил губернатор.", "ru")
    assert kinds(events) == [("strike", "Novozybkov")]
    assert figures(events[0]) == {"injured": 2}


def test_uk_headline_in_an_oblast_is_the_strike_in_its_city(read):
    events = read("Ворог атакував Дніпропетровщину: є поранені\n\nУ Павлограді дрон влучив у житловий будинок, "
                  "поранено трьох людей, повідомив начальник ОВА.", "uk")
    assert kinds(events) == [("strike", "Pavlohrad")]
    assert figures(events[0]) == {"injured": 3}


def test_ru_a_sentence_naming_no_place_or_day_tells_of_the_incident_told_before_it(read):
    events = read("Вечером в субботу российская ракета попала в жилой дом в Харькове, ранены пять человек. По словам "
                  "мэра, удар повредил окна школы.", "ru")
    assert kinds(events) == [("strike", "Kharkiv")]
    assert events[0].date == "2025-03-08" and figures(events[0]) == {"injured": 5}


def test_the_same_town_struck_on_two_days_or_with_another_weapon_stays_apart(read):
    two_days = read("Вечером в субботу российская ракета попала в жилой дом в Харькове, ранены пять человек. В "
                    "воскресенье беспилотник атаковал склад в Харькове, пострадавших нет.", "ru")
    assert [(e.weapon, e.date) for e in two_days] == [("missile", "2025-03-08"), ("drone", "2025-03-09")]
    another_weapon = read("On Saturday evening a Russian missile hit an apartment block in Kharkiv, injuring five people. "
                          "Later a drone hit a warehouse.")
    assert [e.weapon for e in another_weapon] == ["missile", "drone"]
