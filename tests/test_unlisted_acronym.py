"""A word for a settlement followed by an abbreviation in capitals ("в приграничном селе ВСУ атаковали") names no
village: geoparse.unknown_settlements, which geo.unlisted_villages reads, takes only a name in ordinary case.
(Reports written for this test.)"""

import pytest

from eventledger.geo.geoparse import unknown_settlements


@pytest.mark.parametrize("text, lang", [
    ("В одном приграничном селе ВСУ атаковали дом, сообщил губернатор.", "ru"),
    ("У прикордонному селі ЗСУ відбили атаку, повідомив голова громади.", "uk"),
    ("In a border village IDF troops opened fire, the army said.", "en"),
])
def test_an_abbreviation_after_a_settlement_word_is_no_village(text, lang):
    assert unknown_settlements(text, lang, []) == []


@pytest.mark.parametrize("text, lang, name", [
    ("В селе Зелёный Гай ВСУ атаковали дом, сообщил губернатор.", "ru", "Зелёный Гай"),
    ("Дрон атаковал деревню Малиновку, сообщил губернатор.", "ru", "Малиновку"),
    ("Дрон атакував село Зелений Гай, повідомив голова громади.", "uk", "Зелений Гай"),
])
def test_a_name_after_a_settlement_word_stays_a_village(text, lang, name):
    assert [text[a:b] for a, b in unknown_settlements(text, lang, [])] == [name]
