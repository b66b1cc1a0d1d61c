"""A country named as the one acting ("Russia was attacking the city", "Russia on Monday struck", "shelling by the
Armed Forces of Ukraine", "обстрел со стороны Украины") is the attacker, not where the incident was (issue 10, class 1:
a side mention taken as the event's place). Each report here was written for the test."""


from report_reading import kinds


def test_a_country_attacking_in_the_progressive_is_the_attacker(read):
    events = read("Explosions were heard in Poltava on Sunday evening. Russia was attacking the city with drones, and "
                  "two people were injured, the regional governor said.")
    assert events and {p for _, p in kinds(events)} == {"Poltava"}


def test_a_country_striking_on_a_weekday_is_the_attacker(read):
    events = read("Russia on Monday struck the Ukrainian city of Poltava with a ballistic missile, killing two people "
                  "and injuring nine, the regional governor said.")
    assert events and {p for _, p in kinds(events)} == {"Poltava"}


def test_the_armed_forces_of_a_country_are_the_attacker(read):
    events = read("A man died in the village of Glotovo after shelling by the Armed Forces of Ukraine, the governor of "
                  "the Belgorod region said.")
    assert events and "Ukraine" not in {p for _, p in kinds(events)}


def test_shelling_from_a_countrys_side_is_the_attacker_in_russian(read):
    events = read("Село Глотово в Белгородской области попало под обстрел со стороны Украины, ранен мужчина, "
                  "сообщил губернатор.", "ru")
    assert events and "Ukraine" not in {p for _, p in kinds(events)}
