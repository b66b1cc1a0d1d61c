"""Russian and Ukrainian word forms are read by one shared analyzer, which never fails on a letter it cannot name."""

import pytest

from eventledger.extract.morphology import analyzer


UNNAMED = "\U00017000"  # a Tangut letter: a letter to str.isalpha(), with no name in this Python's unicodedata


def test_one_analyzer_per_language_is_shared() -> None:
    assert analyzer("ru") is analyzer("ru")
    assert analyzer("uk") is not analyzer("ru")


def test_a_word_reads_its_lemma() -> None:
    assert "аэропорт" in {p.normal_form for p in analyzer("ru").parse("аэропорту")}


def test_a_letter_without_a_unicode_name_gives_no_reading_not_a_crash() -> None:
    assert analyzer("ru").parse(UNNAMED) == []


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_report_with_such_a_letter_is_read_without_error(read, lang) -> None:
    assert isinstance(read("Аэропорт закрыт, сбиты " + UNNAMED + " беспилотники", lang), list)
