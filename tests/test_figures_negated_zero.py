"""A stated zero read only where the report states one: "не удалось избежать жертв" says there were victims, and a
"не зафиксировано" in another clause of the sentence is not about the people counted before the comma (review15b of
fig15). Each report is written for this test."""

import pytest

from report_reading import casualty_event, figures


@pytest.mark.parametrize("text, lang", [
    ("Вечером беспилотник атаковал жилой дом в Белгороде. К сожалению, не удалось избежать жертв.", "ru"),
    ("Увечері безпілотник атакував житловий будинок у Харкові. На жаль, не вдалося уникнути жертв.", "uk"),
])
def test_victims_not_avoided_are_no_zero(read, text, lang):
    assert figures(casualty_event(read(text, lang))).get("killed") != 0


def test_victims_not_avoided_keep_the_count(read):
    text = ("Вечером беспилотник атаковал жилой дом в Белгороде. Жертв не удалось избежать: погибли два человека.")
    e = casualty_event(read(text, "ru"))
    assert e.figures["killed"].low == 2 and e.figures["killed"].best == 2


@pytest.mark.parametrize("text, lang", [
    ("Днем беспилотник ударил по рынку в Белгороде. Пострадали три человека. Пострадавших, которых было трое, "
     "доставили в больницу, серьезных разрушений пока не зафиксировано.", "ru"),
    ("Вдень безпілотник ударив по ринку в Харкові. Постраждали троє людей. Постраждалих, яких було троє, доставили до "
     "лікарні, серйозних руйнувань поки не зафіксовано.", "uk"),
])
def test_a_zero_in_another_clause_is_not_the_count(read, text, lang):
    injured = casualty_event(read(text, lang)).figures["injured"]
    assert (injured.low, injured.best) == (3, 3)


def test_a_zero_five_words_on_still_reads(read):
    text = "Днем беспилотник ударил по рынку в Белгороде. Пострадавших среди мирных жителей города по данным мэрии не зафиксировано."
    assert figures(casualty_event(read(text, "ru"))).get("injured") == 0
