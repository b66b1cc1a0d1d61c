"""Districts listed before one district word ("у Деснянському, Оболонському та Подільському районах") are all districts
of the same city, not the villages or far towns that share their bare adjective (issue 10, class 1). Each report here
was written for the test."""


def _places(events):
    return {e.place.admin1 for e in events if e.place}


def test_a_list_of_kyiv_districts_stays_in_kyiv(read):
    events = read("Вночі росіяни атакували Київ дронами. Уламки впали в Деснянському, Оболонському та Подільському "
                  "районах, пошкоджено житлові будинки, поранено трьох людей, повідомив Кличко.", "uk")
    assert events and _places(events) == {"Kyiv"}


def test_a_list_of_districts_of_the_city_named_after_it_is_in_that_city(read):
    events = read("Ночью Киев атаковали беспилотники: обломки упали в Деснянском и Подольском районах Киева, "
                  "ранены четыре человека.", "ru")
    assert events and _places(events) == {"Kyiv"}
