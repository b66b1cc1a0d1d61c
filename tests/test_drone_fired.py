"""A drone that fired or dropped the munition is the strike's weapon (incidents.weapon, `drone_fired` of the language
files): "the drone fired two missiles at a house" is a drone strike, and a drone strike told before it at the same
place is the same one, not a second strike by missiles."""


from report_reading import kinds


def test_the_drone_that_fired_the_missiles_is_the_weapon(read):
    events = read("A US drone strike killed three suspected militants in North Waziristan on Tuesday, officials said. "
                  "The drone fired two missiles at a house in the village.")
    assert [(k, e.weapon) for (k, _), e in zip(kinds(events), events)] == [("strike", "drone")]


def test_missiles_and_a_drone_each_striking_stay_two(read):
    # (no drone fired the missiles: two weapons, two incidents)
    events = read("On Sunday a missile hit an apartment block in Kharkiv, injuring two people. A drone also struck a "
                  "warehouse in Kharkiv.")
    assert [e.weapon for e in events] == ["missile", "drone"]


def test_a_drone_that_fired_a_missile_in_russian(read):
    events = read("В Шебекино украинский дрон выпустил ракету по автомобилю, в результате удара ранен водитель, "
                  "сообщил губернатор.", "ru")
    assert [e.weapon for e in events] == ["drone"]


def test_a_drone_that_dropped_a_bomb_in_ukrainian(read):
    events = read("Російський дрон скинув авіабомбу на приватний будинок у Херсоні, поранено жінку, повідомила ОВА.",
                  "uk")
    assert [e.weapon for e in events] == ["drone"]
