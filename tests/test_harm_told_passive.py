"""Harm told in the passive with its weapon after "by" is a strike ("a roof was obliterated by a falling drone"), and a
home destroyed is a thing on the ground, not a drone downed ("знищеної оселі"). Eleventh stop; each report here was
written for the test."""


from report_reading import kinds


def test_a_roof_obliterated_by_a_drone_is_a_strike_at_the_district(read):
    events = read("A drone was shot down over Taganrog overnight, the governor said.\nMeanwhile, in the village of "
                  "Zhuravka in the Millerovsky district, a private home's roof was obliterated by a falling drone. No "
                  "injuries were reported.")
    assert ("strike", "Millerovsky District") in kinds(events)


def test_a_house_flattened_by_shells_is_a_strike(read):
    events = read("In Kupiansk, a house was flattened by shells on Monday, the regional governor said.")
    assert [kind for kind, _ in kinds(events)] in (["strike"], ["shelling"])


def test_destroyed_by_air_defence_is_still_an_interception(read):
    events = read("Two drones were destroyed by air defence over Kursk overnight, the governor said.")
    assert [kind for kind, _ in kinds(events)] == ["interception"]


def test_a_destroyed_home_is_no_interception_uk(read):
    events = read("У Херсоні під час артобстрілу загинула жінка. Рятувальники деблокували її тіло з-під завалів "
                  "знищеної оселі.", "uk")
    assert "interception" not in [kind for kind, _ in kinds(events)]


def test_a_destroyed_home_is_no_interception_ru(read):
    events = read("В Белгороде после обстрела погиб мужчина. Спасатели достали его из-под завалов уничтоженного "
                  "жилья.", "ru")
    assert "interception" not in [kind for kind, _ in kinds(events)]
