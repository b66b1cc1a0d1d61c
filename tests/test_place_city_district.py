"""A city's district named by its adjective ("Днепровский район", "the Dniprovskyi district") stays in the city the
report names, though a raion of another oblast shares its name (issue 10, class 1); a raion in the oblast the report
names stays that raion. Each report here was written for the test."""


from report_reading import kinds


def test_a_district_after_the_city_named_before_it_is_in_that_city(read):
    events = read("Утро в Херсоне началось с обстрела. Ракета попала в жилой дом в Днепровском районе, погибли "
                  "четыре человека, сообщил глава областной администрации.", "ru")
    assert [p for _, p in kinds(events)] == ["Kherson"]


def test_a_district_said_again_stays_in_the_city(read):
    events = read("Утро в Херсоне: дрон атаковал автобус в Днепровском районе, ранены двое.\n\nВ субботу Днепровский "
                  "район стал целью ракетного удара, погибли четыре человека.", "ru")
    assert events and {p for _, p in kinds(events)} == {"Kherson"}


def test_a_district_named_with_its_city_in_the_genitive_is_in_that_city(read):
    events = read("Дрон атакував маршрутку в Дніпровському районі Херсона, загинули троє людей.", "uk")
    assert [p for _, p in kinds(events)] == ["Kherson"]


def test_a_district_of_a_city_in_english_is_in_that_city(read):
    events = read("A Russian drone hit a bus in the Dniprovskyi district of Kherson on Sunday, killing two people.")
    assert [p for _, p in kinds(events)] == ["Kherson"]


def test_a_raion_of_the_oblast_the_report_names_stays_the_raion(read):
    events = read("В Днепропетровской области дрон атаковал Днепровский район, ранен один человек.", "ru")
    assert [p for _, p in kinds(events)] == ["Dnipro raion"]
