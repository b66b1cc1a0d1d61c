"""Counts as reports write them, in English, Russian and Ukrainian, with the qualifiers that bound them."""

from __future__ import annotations


import pytest

from eventledger.extract.numbers import NumberInputError, Quantity, find_quantities, parse_number_words
from eventledger.lang import LanguageDataError


def counts(text: str, lang: str) -> list[tuple[str, int, bool, bool]]:
    return [(q.text, q.value, q.lower_bound, q.approximate) for q in find_quantities(text, lang)]


def test_digits_words_and_qualifiers_in_english():
    text = "Officials said at least 17 people were hurt and nine died; about 1,200 residents left and over 40 drones flew."
    assert counts(text, "en") == [
        ("at least 17", 17, True, False),
        ("nine", 9, False, False),
        ("about 1,200", 1200, False, True),
        ("over 40", 40, True, False),
    ]


def test_spans_point_into_the_text():
    text = "Rescuers found twenty-four survivors."
    (q,) = find_quantities(text, "en")
    assert text[q.start:q.end] == q.text == "twenty-four"
    assert q == Quantity(15, 26, "twenty-four", 24, False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three hundred and twelve homes lost power", 312),
        ("one person was killed", 1),
        ("a woman was wounded", 1),
        ("a dozen cars burned", 12),
        ("two dozen windows broke", 24),
        ("1.5 million people were without water", 1_500_000),
    ],
)
def test_english_number_forms(text: str, expected: int):
    assert find_quantities(text, "en")[0].value == expected


def test_vague_english_counts_are_lower_bounds():
    assert counts("Dozens of houses and several shops were damaged, hundreds of thousands lost power.", "en") == [
        ("Dozens", 24, True, True),
        ("several", 3, True, True),
        ("hundreds of thousands", 200_000, True, True),
    ]
    assert counts("more than a dozen were hurt", "en") == [("more than a dozen", 12, True, False)]


def test_ranges_report_the_low_end_as_a_lower_bound():
    found = find_quantities("Between 6 and 9 drones, then 3-4 missiles and two or three rockets; from 10 to 12 injured.", "en")
    assert [(q.text, q.value, q.lower_bound, q.upper) for q in found] == [
        ("Between 6 and 9", 6, True, 9),
        ("3-4", 3, True, 4),
        ("two or three", 2, True, 3),
        ("from 10 to 12", 10, True, 12),
    ]


def test_measures_dates_years_and_identifiers_are_not_counts():
    text = (
        "In 2023, a Su-34 flew 1,500 kilometres; 15 km away, 80% of a 9-storey block burned at 5 a.m. on 3 March "
        "for 24 hours, costing $4 million. No. 7 and flight 214 were delayed until 10:45. Nobody: no one was hurt."
    )
    assert counts(text, "en") == []


def test_russian_case_forms_collectives_and_qualifiers():
    text = (
        "Погибли трое, ранены не менее 24 человек. Среди двадцати четырёх пострадавших девяти оказали помощь. "
        "Около 300 жителей эвакуированы, пятерых госпитализировали, сбиты свыше 40 беспилотников."
    )
    assert counts(text, "ru") == [
        ("трое", 3, False, False),
        ("не менее 24", 24, True, False),
        ("двадцати четырёх", 24, False, False),
        ("девяти", 9, False, False),
        ("Около 300", 300, False, True),
        ("пятерых", 5, False, False),
        ("свыше 40", 40, True, False),
    ]


def test_russian_multipliers_vague_counts_and_ranges():
    text = "Без света остались 2 тысячи домов и полторы тысячи квартир; десятки машин и несколько десятков окон; от 5 до 7 раненых, двое-трое погибших."
    found = find_quantities(text, "ru")
    assert [(q.text, q.value, q.lower_bound, q.upper) for q in found] == [
        ("2 тысячи", 2000, False, None),
        ("полторы тысячи", 1500, False, None),
        ("десятки", 20, True, None),
        ("несколько десятков", 20, True, None),
        ("от 5 до 7", 5, True, 7),
        ("двое-трое", 2, True, 3),
    ]


def test_russian_measures_and_identifiers_are_not_counts():
    text = "В 2024 году Ту-22М3 пролетел 900 км, 5-этажный дом, 3-й подъезд, в 5 утра, в 10:30, 45 лет, ч. 3 ст. 205, 1 июля."
    assert counts(text, "ru") == []


def test_one_as_a_count_but_not_as_a_word():
    assert counts("Один человек погиб.", "ru") == [("Один", 1, False, False)]
    assert counts("Он потерял семью, ни один дом не разрушен.", "ru") == []


def test_ukrainian_apostrophes_collectives_and_qualifiers():
    text = "Загинули дев'ятеро, пʼятеро та п’ятеро поранених; понад 20 будинків, щонайменше 5 авто, близько 100 людей, шістьох госпіталізовано."
    assert counts(text, "uk") == [
        ("дев'ятеро", 9, False, False),
        ("пʼятеро", 5, False, False),
        ("п’ятеро", 5, False, False),
        ("понад 20", 20, True, False),
        ("щонайменше 5", 5, True, False),
        ("близько 100", 100, False, True),
        ("шістьох", 6, False, False),
    ]


def test_ukrainian_words_multipliers_and_vague_counts():
    text = "Двадцять чотири ракети, дві тисячі пʼятсот дронів, 1 500 осіб, кілька машин і десятки вікон; у 2024 році, 12 км."
    assert counts(text, "uk") == [
        ("Двадцять чотири", 24, False, False),
        ("дві тисячі пʼятсот", 2500, False, False),
        ("1 500", 1500, False, False),
        ("кілька", 2, True, True),
        ("десятки", 20, True, True),
    ]


@pytest.mark.parametrize(
    ("words", "lang", "value"),
    [
        ("twenty-four", "en", 24),
        ("three hundred", "en", 300),
        ("двадцать четыре", "ru", 24),
        ("двадцати четырёх", "ru", 24),
        ("трое", "ru", 3),
        ("двадцять чотири", "uk", 24),
        ("дев’ять", "uk", 9),
        ("шістьох", "uk", 6),
        ("banana", "en", None),
        ("", "ru", None),
    ],
)
def test_parse_number_words(words: str, lang: str, value: int | None):
    assert parse_number_words(words, lang) == value


def test_bad_input_is_named():
    with pytest.raises(NumberInputError, match="text must be a string"):
        find_quantities(None, "en")  # type: ignore[arg-type]
    with pytest.raises(LanguageDataError, match="'de'"):
        find_quantities("zwei", "de")


