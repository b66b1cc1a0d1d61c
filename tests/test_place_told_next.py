"""An incident told with no place, and where it was in the next sentence pointing back at it ("The incident took place
in ..."), is there (issue 10, class 1): not at the city the report names most often for another incident, nor merged
into that incident. A bare district told before any city is a region's district, not one of a city named later. Each
report here was written for the test."""


from report_reading import kinds


def test_the_incident_took_place_in_a_district_named_next(read):
    events = read("Overnight a drone dropped explosives on the roof of a police station, the governor said. The incident "
                  "took place in the Trubchevsky district. No one was hurt. Earlier, a drone crashed on a farm near "
                  "Taganrog, damaging a barn and a car in Taganrog.")
    assert ("strike", "Trubchevskiy Rayon") in kinds(events)
    assert len(events) == 2


def test_russian_report_places_the_incident_where_the_next_sentence_says(read):
    events = read("Ночью украинский беспилотник атаковал здание полиции. Инцидент произошёл в Трубчевском районе, "
                  "сообщил губернатор. Никто не пострадал. Ранее в Таганроге обломки дрона повредили крышу дома и "
                  "автомобиль.", "ru")
    assert ("strike", "Trubchevskiy Rayon") in kinds(events)
    assert len(events) == 2


def test_ukrainian_report_places_the_incident_where_the_next_sentence_says(read):
    events = read("Вночі дрон скинув вибухівку на будівлю пошти, поранено одного чоловіка. Інцидент стався у "
                  "Шосткинському районі. Раніше у Харкові уламки дрона пошкодили дах будинку та автомобіль.", "uk")
    assert kinds(events) == [("strike", "Shostka Raion"), ("strike", "Kharkiv")]


def test_a_next_sentence_that_does_not_point_back_leaves_the_incident_as_told(read):
    told_back = read("Overnight a drone hit a warehouse, injuring one worker. The incident happened in the Trubchevsky "
                     "district.")
    not_told_back = read("Overnight a drone hit a warehouse, injuring one worker. Officials in the Trubchevsky district "
                         "met on Monday.")
    assert kinds(told_back) == [("strike", "Trubchevskiy Rayon")]
    assert ("strike", "Trubchevskiy Rayon") not in kinds(not_told_back)
