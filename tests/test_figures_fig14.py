"""Figures, fourteenth session (fig14). Each report is written for this test (en / ru / uk); see also 2. below.

1. An active verb of killing or wounding with its object counted ("окупанти вбили трьох людей", "ранили пятерых", "і
   ще сімох поранили"), in `before_number` and `after_number` of lang/<code>/figures.yaml. English read these already
   ("killed three").
"""

import pytest

from report_reading import casualty_event, figures, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


@pytest.mark.parametrize("text, lang, expected", [
    ("Російські війська обстріляли Херсон у понеділок. Окупанти вбили трьох людей, повідомив Олександр Прокудін.", "uk",
     {"killed": 3}),
    ("Російські війська обстріляли Херсон у понеділок, повідомив Олександр Прокудін. Росіяни поранили 8 мирних "
     "жителів.", "uk", {"injured": 8}),
    ("Російські дрони атакували Херсон у понеділок, де загинули дві людини і ще п'ятьох поранили.", "uk",
     {"killed": 2, "injured": 5}),
    ("Украинские военные обстреляли Горловку в понедельник, сообщил мэр. Снаряды убили двух человек и ранили "
     "четверых.", "ru", {"killed": 2, "injured": 4}),
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Погибли два человека, еще шестерых ранило.",
     "ru", {"killed": 2, "injured": 6}),
])
def test_an_active_verb_with_its_object_counted(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# 2. A harm told without a count and denied (extract/figures.py `_not_so`, `negated` in lang/<code>/figures.yaml): the
#    singular verb read one person hurt, the bare word "there were casualties". One person denied is now no figure,
#    a group denied the figure's zero.
@pytest.mark.parametrize("text, lang, expected", [
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Находившийся в машине мужчина не пострадал.",
     "ru", {}),
    ("Беспилотник атаковал автомобиль в Белгороде в понедельник. Водитель успел выйти из машины и не пострадал.",
     "ru", {}),
    ("Російський дрон атакував Херсон у понеділок, повідомив Олександр Прокудін. Жінка не постраждала.", "uk", {}),
    ("Російська ракета влучила в судно в порту Одеси у понеділок. Члени екіпажу не постраждали.", "uk",
     {"injured": 0}),
    ("Беспилотник атаковал Белгород в понедельник. Пострадал мужчина, женщина не пострадала.", "ru", {"injured": 1}),
])
def test_a_harm_denied_is_none(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


@pytest.mark.parametrize("text, lang", [
    ("A Russian drone attacked Belgorod on Monday, the governor said. The driver was not injured.", "en"),
])
def test_english_denials_were_read_already(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {"injured": 0}
