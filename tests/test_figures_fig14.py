"""Figures, fourteenth session (fig14). Each report is written for this test (en / ru / uk).

(Active verbs with their object counted, "окупанти вбили трьох людей", were measured and taken out: see
eval/real_news/README.md, fig14.)
"""

import pytest

from report_reading import casualty_event, figures, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


# A harm told without a count and denied (extract/figures.py `_not_so`, `negated` in lang/<code>/figures.yaml): the
# singular verb read one person hurt, the bare word "there were casualties". One person denied is now no figure,
# a group denied the figure's zero.
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
