"""A stated zero told by a negated verb of harm with a subject or object of its own ("Civilians were not hurt",
"the fire did not cause any casualties", "без потерпілих", "выбраться без ранений", "no one has sought medical
help") is no one hurt (issue 10, figure best). Each report is written for this test."""

import pytest

from report_reading import casualty_event, figures


@pytest.mark.parametrize("text, lang, zeros", [
    ("Russian artillery shelled Kherson on Monday, the regional administration said. The fire did not cause any "
     "casualties.", "en", {"killed": 0, "injured": 0}),
    ("Russian artillery shelled Kherson on Monday, the regional administration said. No one has sought medical "
     "assistance so far.", "en", {"injured": 0}),
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Жильцы дома не пострадали.", "ru",
     {"killed": 0, "injured": 0}),
    ("Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Хозяйке дома удалось выбраться без "
     "ранений.", "ru", {"injured": 0}),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Попередньо цивільні не постраждали.", "uk",
     {"killed": 0, "injured": 0}),
    ("Російські війська обстріляли Херсон, повідомив Іван Петренко. Обійшлося без потерпілих.", "uk",
     {"killed": 0, "injured": 0}),
])
def test_a_negated_harm_is_a_stated_zero(read, text, lang, zeros):
    assert figures(casualty_event(read(text, lang))) == zeros


def test_a_harm_not_negated_stays_a_count(read):
    text = "Беспилотник атаковал село Тёткино в Курской области, сообщил губернатор. Ранены три человека."
    assert figures(casualty_event(read(text, "ru"))) == {"injured": 3}
