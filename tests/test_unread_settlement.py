"""A strike told at a village the gazetteer cannot place is its own incident, not the strike told before it
(extract/unread_settlement.py; the words are `unread_settlements` in lang/<code>/events.yaml). Reports written for
these tests."""

from eventledger.extract.unread_settlement import names_unread_settlement


def test_the_words():
    assert names_unread_settlement("two people were killed in a strike on the village of Zelenyi Hai", "en")
    assert names_unread_settlement("a village in the region was shelled", "en")
    assert not names_unread_settlement("The Village hall was closed", "en")
    assert names_unread_settlement("ещё двое пострадали в селе Зелёная Роща", "ru")
    assert names_unread_settlement("в одном из сел дрон ударил по гаражу", "ru")
    assert names_unread_settlement("у селі Зелений Гай поранено жінку", "uk")
    assert not names_unread_settlement("у селі було тихо", "uk")


def test_en_village_after_a_town_strike(read):
    events = read(
        "A Russian drone struck a warehouse in Trostianets on Tuesday, injuring one man, the regional governor said.\n"
        "Two women were killed when a drone hit their house in the village of Zastavkivka in the Sumy region, he added."
    )
    assert len([e for e in events if e.kind == "strike"]) == 2


def test_ru_village_after_a_town_strike(read):
    events = read(
        "Беспилотник атаковал склад в Шебекино, пострадал один мужчина, сообщил губернатор Белгородской области.\n"
        "В одном из сел дроны дважды нанесли удары по магазину, ранены три человека.", "ru")
    assert len([e for e in events if e.kind == "strike"]) == 2


def test_uk_village_after_a_town_strike(read):
    events = read(
        "Російський дрон атакував склад у Тростянці, поранено чоловіка, повідомив голова Сумської ОВА.\n"
        "У селі Заставківка Сумської області внаслідок удару дрона загинули дві жінки.", "uk")
    assert len([e for e in events if e.kind == "strike"]) == 2


def test_a_village_named_alone_is_left_to_the_other_rules(read):
    # named with no region, the village may be the incident told before at its town: no rule of this module
    assert names_unread_settlement("a drone hit a house in the village of Zastavkivka", "en", region_named=False) is False
    assert names_unread_settlement("в одном из сел дрон ударил по гаражу", "ru", region_named=False)


def test_one_strike_told_twice_stays_one(read):
    # the village named with the town's own district is placed there; the retelling joins the strike
    events = read(
        "A drone struck a house in Trostianets on Tuesday, injuring one man, the governor said.\n"
        "The drone hit the house in the morning, he said."
    )
    assert len([e for e in events if e.kind == "strike"]) == 1
