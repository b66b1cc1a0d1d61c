"""Figures, fourteenth session (fig14b): readings measured one at a time. Each report is written for this test
(en / ru / uk)."""

import pytest

from report_reading import casualty_event, figures, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


# A harm told without a count and denied (extract/figures.py `_not_so`, `negated` in lang/<code>/figures.yaml): the
# singular verb was read one person hurt, the bare plural "there were casualties". Now it gives no figure at all,
# never a zero in its place.
@pytest.mark.parametrize("text, lang, expected", [
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Находившийся в машине мужчина не пострадал.",
     "ru", {}),
    ("Беспилотник атаковал автомобиль в Белгороде в понедельник. Водитель успел выйти из машины и не пострадал.",
     "ru", {}),
    ("Російський дрон атакував Херсон у понеділок, повідомив Олександр Прокудін. Жінка не постраждала.", "uk", {}),
    ("Російська ракета влучила в судно в порту Одеси у понеділок. Члени екіпажу не постраждали.", "uk", {}),
    ("Ракета попала в судно в порту Новороссийска в понедельник. Члены экипажа не пострадали.", "ru", {}),
    # one hurt beside one spared: the one hurt stays, the spared one neither adds nor zeroes it
    ("Беспилотник атаковал Белгород в понедельник. Пострадал мужчина, женщина не пострадала.", "ru", {"injured": 1}),
    ("Дрон атакував Херсон у понеділок. Постраждав чоловік, його дружина не постраждала.", "uk", {"injured": 1}),
])
def test_a_harm_denied_gives_no_figure(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a zero told outright is read as before
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Никто не пострадал.", "ru", {"injured": 0, "killed": 0}),
    ("Російський дрон атакував Херсон у понеділок. Ніхто не постраждав.", "uk", {"injured": 0, "killed": 0}),
    # English reads a denied harm already
    ("A Russian drone attacked Belgorod on Monday, the governor said. The driver was not injured.", "en",
     {"injured": 0}),
    # a count after a negated bound is a count
    ("Беспилотник атаковал Белгород в понедельник. Пострадали не менее двух человек.", "ru", {"injured": 2}),
])
def test_what_stays(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected
