"""A district named after a town whose name is four letters long ("Sumy" and "Sumskyi Raion", "Сумы" and "Сумский
район", "Суми" and "Сумський район"): the shared stem is three letters, three quarters of the shorter name, and the
district holds the town as it holds Fastiv. One incident told at both levels is one event; another attack stays apart.
Reports written for these tests (acc-dup11)."""


from eventledger.extract.same_incident import _stem_shared
from report_reading import figures, kinds


def test_a_three_letter_stem_is_shared_only_when_it_is_most_of_the_shorter_name():
    assert _stem_shared("сумський", "суми")
    assert _stem_shared("sumskyi", "sumy")
    assert not _stem_shared("sumskyi", "sumbawa")  # three letters of seven: two names
    assert not _stem_shared("kyivskyi", "kyz")  # (two letters never do)


def test_uk_a_district_and_the_four_letter_town_it_is_named_after_are_one_strike(read):
    events = read("Уночі російські війська вдарили ракетою по Сумському району, загинули двоє людей. У Сумах "
                  "пошкоджено склад підприємства.", "uk")
    assert len(events) == 1
    assert events[0].kind == "strike"
    assert figures(events[0]) == {"killed": 2}


def test_ru_a_district_and_the_four_letter_town_it_is_named_after_are_one_strike(read):
    events = read("Ночью ВСУ атаковали Сумский район ракетой, погибли два человека. В Сумах повреждён склад "
                  "предприятия.", "ru")
    assert len(events) == 1
    assert figures(events[0]) == {"killed": 2}


def test_en_a_district_and_the_four_letter_town_it_is_named_after_are_one_strike(read):
    events = read("Russian forces struck the Sumy district with a missile overnight, killing two people. In Sumy, a "
                  "warehouse of a company was damaged.")
    assert len(events) == 1
    assert figures(events[0]) == {"killed": 2}


def test_uk_another_attack_on_the_four_letter_town_stays_apart(read):
    events = read("Уночі російські війська вдарили ракетою по Сумському району, загинули двоє людей. Вдень ще одна "
                  "атака дронів пошкодила школу в Сумах.", "uk")
    assert len(events) == 2
