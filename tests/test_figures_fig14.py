"""Figures, fourteenth session (fig14). Each report is written for this test (en / ru / uk).

1. An active verb of killing or wounding and its object: counted ("окупанти вбили трьох людей", "ранили пятерых", "і
   ще сімох поранили") or one person ("дрон ранил мужчину", "уламки поранили місцевого жителя"), in `before_number`, `after_number`
   and `one_object` of lang/<code>/figures.yaml (extract/one_person.py `object_of_one`). English read these already
   ("killed three", "killed a 64-year-old woman": the article is a count of one).
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


@pytest.mark.parametrize("text, lang, expected", [
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Дрон ранил мужчину, он получил осколочные "
     "ранения.", "ru", {"injured": 1}),
    ("Російські війська обстріляли Херсон у понеділок, повідомив Олександр Прокудін. Уламки поранили місцевого "
     "жителя.", "uk", {"injured": 1}),
])
def test_an_active_verb_whose_object_is_one_person(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


@pytest.mark.parametrize("text, lang", [
    ("Російські війська обстріляли Херсон у понеділок, повідомив Олександр Прокудін. Уламки поранили чоловіка та "
     "жінку.", "uk"),
])
def test_a_list_of_people_after_the_verb_is_not_one(read, text, lang):
    assert figures(casualty_event(read(text, lang))).get("injured") != 1
