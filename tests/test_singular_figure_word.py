"""A figure word without a count is a lower bound of one ("пострадавших доставили в больницу"), unless the word itself
is singular: "состояние пострадавшего", "є постраждалий", "тело погибшей" tell of exactly one person."""


from eventledger.extract.one_person import names_one
from report_reading import bounds, casualty_event


def test_the_injured_man_in_the_singular_is_one_injured(read):
    e = casualty_event(read("Беспилотник атаковал автомобиль в Шебекино. Состояние пострадавшего врачи оценивают как "
                            "средней тяжести.", "ru"))
    assert bounds(e, "injured") == (1, 1, 1)


def test_there_is_an_injured_one_in_ukrainian_is_one_injured(read):
    e = casualty_event(read("Ворог обстріляв Нікополь з артилерії. Є постраждалий, йому надають допомогу.", "uk"))
    assert bounds(e, "injured") == (1, 1, 1)


def test_the_injured_in_the_plural_stay_at_least_one(read):
    e = casualty_event(read("Беспилотник атаковал автомобиль в Шебекино. Пострадавших доставили в больницу.", "ru"))
    assert bounds(e, "injured") == (1, 1, None)


def test_a_verb_in_the_singular_may_agree_with_a_vague_count():
    assert not names_one("пострадало", "ru")  # "пострадало несколько человек"
    assert names_one("погибшей", "ru") and not names_one("жертвы", "ru")
