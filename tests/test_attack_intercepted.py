"""An attack told only as an attack ("launched a drone attack on Bryansk", "атаковали Белгород", "наліт на Суми"), with
no hit, toll, damage or target of its own, where air defence met it that day, is the interception that stopped it
(ANNOTATION.md: a strike is what hit something); the same words beside a hit, a toll or damage stay a strike."""


from report_reading import kinds


def test_an_attack_on_a_city_whose_drones_were_downed_is_the_interception(read):
    events = read("Ukraine launched a drone attack on Bryansk overnight, the regional governor said on Monday. "
                  "Air defence units shot down six drones over the Bryansk region.")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_an_attack_that_damaged_something_stays_a_strike(read):
    events = read("Ukraine launched a drone attack on Bryansk overnight, damaging two houses, the regional governor said "
                  "on Monday. Air defence units shot down six drones over the Bryansk region.")
    assert "strike" in [k for k, _ in kinds(events)]


def test_an_attack_told_as_hitting_stays_a_strike(read):
    events = read("A Russian missile struck Dnipro on Monday morning, the mayor said. Air defence forces shot down "
                  "two missiles over the Dnipropetrovsk region.")
    assert "strike" in [k for k, _ in kinds(events)]


def test_russian_attack_with_downed_drones_is_the_interception(read):
    events = read("Ночью ВСУ атаковали Белгород беспилотниками. Силами ПВО над Белгородской областью уничтожены "
                  "четыре БПЛА, сообщил губернатор.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_russian_attack_with_a_hit_stays_a_strike(read):
    events = read("Ночью ВСУ атаковали Белгород беспилотниками, в результате удара по складу ранены двое мужчин. "
                  "Силами ПВО над Белгородской областью уничтожены четыре БПЛА, сообщил губернатор.", "ru")
    assert "strike" in [k for k, _ in kinds(events)]


def test_ukrainian_attack_with_downed_drones_is_the_interception(read):
    events = read("Уночі росіяни атакували Суми ударними дронами. Сили ППО знищили над Сумщиною п'ять "
                  "безпілотників, повідомив голова ОВА.", "uk")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_an_attack_that_closed_an_airport_is_no_strike(read):
    events = read("Kazan airport temporarily suspended flights on Monday because of a drone attack on Kazan, "
                  "the airport said.")
    assert [k for k, _ in kinds(events)] == ["airspace_restriction"]


# "nobody was hurt" (a toll of none) is no harm done: where air defence met the attack it is still the interception
def test_an_attack_where_nobody_was_hurt_is_the_interception(read):
    events = read("Ukraine launched a drone attack on Bryansk overnight, nobody was hurt, the regional governor said on "
                  "Monday. Air defence units shot down six drones over the Bryansk region.")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_russian_attack_without_casualties_is_the_interception(read):
    events = read("Ночью ВСУ атаковали Белгород беспилотниками, пострадавших нет. Силами ПВО над Белгородской областью "
                  "уничтожены четыре БПЛА, сообщил губернатор.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_ukrainian_attack_without_casualties_is_the_interception(read):
    events = read("Уночі росіяни атакували Суми ударними дронами, обійшлося без постраждалих. Сили ППО знищили над "
                  "Сумщиною п'ять безпілотників, повідомив голова ОВА.", "uk")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_an_unhurt_attack_beside_a_closed_airport_stays_a_strike(read):
    # an airport that stopped flights met no drone: the attack on the city, with nobody hurt, is still told
    events = read("Ukrainian drones attacked Kazan on Saturday morning, no casualties were reported. Kazan airport "
                  "temporarily suspended flights, the aviation authority said.")
    assert "strike" in [k for k, _ in kinds(events)]
