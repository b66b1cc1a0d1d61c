"""A region's "nobody was hurt" beside the strike on a town in it is one incident told twice (issue 10, duplicates:
a figureless or zero-toll copy of a place from the same post, as a republic beside its town): a count of none is
no account of the region's own. A region's own toll still keeps it apart. Reports written for these tests."""


from report_reading import figures, kinds


def test_ru_a_republic_with_nobody_hurt_is_the_strike_on_its_town(read):
    events = read("Беспилотники атаковали Чеченскую Республику, пострадавших нет, сообщил Кадыров. В Гудермесе дрон "
                  "попал в здание полиции.", "ru")
    assert kinds(events) == [("strike", "Gudermes")]
    assert figures(events[0]) == {"injured": 0, "killed": 0}


def test_uk_an_oblast_with_nobody_hurt_is_the_strike_on_its_city(read):
    events = read("Дрони атакували Сумщину, загиблих і поранених немає. У Сумах уламки пошкодили два будинки.", "uk")
    assert kinds(events) == [("strike", "Sumy")]


def test_a_regions_own_toll_still_keeps_it_apart(read):
    events = read("Two people were killed in Russian shelling of the Kherson region over the past day, the governor "
                  "said. The enemy fired 27 shells at the city of Kherson, damaging a school.")
    assert len(events) == 2
