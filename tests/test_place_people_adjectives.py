"""A town named like an adjective, said before a word for people, is that adjective ("Мирный житель" is a civilian, not
the town of Mirny in Yakutia), while the same adjective before a place noun still names a place (issue 10, class 3).
Each report here was written for the test."""


def _admin1s(events):
    return {e.place.admin1 for e in events if e.place}


def test_a_civilian_is_no_town(read):
    # a headline run into its text without a full stop: the capital letter no longer marks a sentence's start
    events = read("Беспилотники атаковали Ростовскую область Мирный житель погиб при падении обломков, сообщил "
                  "губернатор. Еще двое ранены, повреждены три дома.", "ru")
    assert events and _admin1s(events) == {"Rostov Oblast"}


def test_civilians_in_the_plural_are_no_town_either(read):
    events = read("Дроны атаковали Саратовскую область Мирные жители пострадали при падении обломков: ранены "
                  "четыре человека, сообщил губернатор.", "ru")
    assert events and _admin1s(events) == {"Saratov Oblast"}
