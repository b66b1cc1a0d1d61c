"""An interception told with the damage its debris did in the same clause ("обломки повредили крышу дома") tells a
strike there too (ANNOTATION.md: damage or casualties from falling debris are a strike), as casualties in such a clause
already did; debris that fell and damaged nothing stays the interception's."""


from report_reading import kinds


def test_debris_damage_told_with_the_interception_is_a_strike_too(read):
    events = read("Air defences shot down six drones over the Belgorod region overnight, debris damaged the roof of a "
                  "private house, nobody was hurt, the governor said.")
    assert sorted(k for k, _ in kinds(events)) == ["interception", "strike"]


def test_debris_damage_in_russian(read):
    events = read("В Ростовской области отражена атака беспилотников, обломки повредили крышу частного дома, "
                  "пострадавших нет.", "ru")
    assert sorted(k for k, _ in kinds(events)) == ["interception", "strike"]


def test_debris_damage_in_ukrainian(read):
    events = read("На Київщині сили ППО збили 12 дронів, уламки пошкодили дах приватного будинку, постраждалих немає.",
                  "uk")
    assert sorted(k for k, _ in kinds(events)) == ["interception", "strike"]


def test_debris_that_damaged_nothing_stays_the_interception(read):
    events = read("Над Брянской областью сбиты три беспилотника, на месте падения обломков работают специалисты.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_the_debris_strike_takes_the_weapon_downed_a_sentence_before(read):
    events = read("Над Одещиною сили ППО знищили 20 ударних БпЛА. Внаслідок падіння уламків пошкоджено склад.", "uk")
    assert {(e.kind, e.weapon) for e in events} == {("interception", "drone"), ("strike", "drone")}


def test_the_debris_strike_takes_the_weapon_downed_in_english(read):
    events = read("Air defences destroyed 20 drones over the Odesa region overnight. Falling debris damaged a warehouse "
                  "in Odesa, the governor said.")
    assert ("strike", "drone") in {(e.kind, e.weapon) for e in events}
