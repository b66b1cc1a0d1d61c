"""A summary's line opens with a place, its kind word and a colon ("Білопільська громада: ..."); a headline opens with a
place, a predicate and a colon ("<місто> знову під ударом: ..."), and is no summary line (uk14: the colon heads a line only
after the place's kind words, `line_heading_words`). Sentences written for this test."""

import pytest

from eventledger.extract.events import _line_heading
from eventledger.extract.segment import Span


@pytest.mark.parametrize("sentence, lang, heading", [
    ("Білопільська громада: ворог скинув дві авіабомби, пошкоджено будинок.", "uk", True),
    ("Нікопольський район: обстріл з артилерії, поранено чоловіка.", "uk", True),
    ("Полтава знову під ударом дронів: пошкоджено склад і два авто.", "uk", False),
    ("Одеса під ударом: у місті пролунали вибухи.", "uk", False),
    ("Белгородский район: обстрел из миномётов, повреждён дом.", "ru", True),
    ("Курск атаковали дроны: повреждены дома.", "ru", False),
    ("Sumy region shelled again: two hurt, a shop burnt out.", "en", False),
])
def test_a_colon_heads_a_line_only_after_the_places_kind_words(gazetteer, sentence, lang, heading):
    places = gazetteer.find(sentence, lang)
    assert _line_heading(Span(0, len(sentence), sentence), sentence, places, lang) is heading
