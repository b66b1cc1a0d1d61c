"""Clauses that tell no incident though a word of one stands in them (dup12): damage denied by the words after it
("повреждений жилых зданий не выявлено", "руйнувань житлових будинків не виявлено"), a night told as without hits
("без прильотів", "без ударов"), and an alert sounded for the possibility of an attack ("из-за возможности налёта",
"через можливість атаки"). Each had made an event of its own. Reports written for these tests."""


from eventledger.extract import incidents
from report_reading import kinds


def test_ru_damage_denied_after_a_few_words_is_no_strike(read):
    events = read("Ночью над Курском силы ПВО сбили три беспилотника, сообщил губернатор. Он добавил, что "
                  "повреждений жилых зданий не выявлено.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_uk_damage_denied_after_a_few_words_is_no_strike(read):
    events = read("Уночі над Черкасами сили ППО збили чотири дрони, повідомив очільник області. Руйнувань житлових "
                  "будинків не виявлено.", "uk")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_damage_told_before_a_comma_and_a_denied_toll_stays_damage():
    # "повреждены два дома, пострадавших не зафиксировано": the denial is of the toll, not of the damage
    assert incidents.damaged("повреждены два дома, пострадавших не зафиксировано", "ru")
    assert not incidents.damaged("повреждений жилых зданий не выявлено", "ru")
    assert not incidents.damaged("пошкоджень цивільних об'єктів не виявлено", "uk")


def test_uk_a_region_without_hits_is_no_strike(read):
    events = read("Уночі ворог атакував Сумщину дронами, у Сумах пошкоджено склад. На Житомирщині ніч минула без "
                  "прильотів.", "uk")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_ru_a_region_without_strikes_is_no_strike(read):
    events = read("Ночью беспилотник атаковал Белгород, повреждён гараж. В Курской области без ударов.", "ru")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_ru_an_alert_for_the_possibility_of_an_attack_is_no_strike(read):
    assert read("Во Владимире звучат сирены из-за возможности налёта дронов, сообщили в мэрии.", "ru") == []


def test_uk_an_alert_for_the_possibility_of_an_attack_is_no_strike(read):
    assert read("У Житомирі лунають сирени через можливість атаки шахедів, сказав міський голова.", "uk") == []


def test_an_attack_told_beside_a_denial_of_victims_stays(read):
    events = read("Ночью беспилотник атаковал нефтебазу в Брянске, пострадавших нет.", "ru")
    assert [k for k, _ in kinds(events)] == ["strike"]
