"""Which language a report is in: the letters only one Cyrillic language has first, lingua for the rest."""

import pytest

from eventledger.extract.language import LanguageError, by_letters, detect, resolve, sentence_languages
from eventledger.sources.language import guess_language, resolve_language


@pytest.mark.parametrize("text, lang", [
    ("Над Києвом збито 12 шахедів", "uk"),  # і, є
    ("Ґрунт біля підстанції вигорів", "uk"),
    ("Беспилотник сбит, обломки упали на крышу", "ru"),  # ы
    ("Объявлен режим «Ковёр»", "ru"),  # ъ, ё
    ("Drones hit an oil depot in Bryansk", "en"),
])
def test_detects_each_supported_language(text, lang):
    assert detect(text) == lang


def test_the_letter_rule_decides_when_it_can_and_otherwise_leaves_it_to_lingua():
    assert by_letters("збито") is None  # letters both languages use
    assert by_letters("Сбито над Курском") is None
    assert detect("Сбито над Курском, Белгородом и Брянском много беспилотников") == "ru"
    assert by_letters("Україна і Росія") == "uk"


def test_text_without_letters_takes_the_default():
    assert detect("12:45 — 3/5", default="uk") == "uk"


def test_mixed_reports_are_read_sentence_by_sentence():
    found = sentence_languages("Drones attacked Odesa overnight. Повітряні сили повідомили про 20 збитих дронів.")
    assert [(s.span.text.split()[0], s.language) for s in found] == [("Drones", "en"), ("Повітряні", "uk")]


def test_bad_input_names_what_was_wrong():
    with pytest.raises(LanguageError, match="unsupported language 'de'"):
        resolve("Drohnen", "de")
    with pytest.raises(LanguageError, match="needs text as a string"):
        detect(None)  # type: ignore[arg-type]


def test_sources_keep_their_names_for_the_same_detector():
    assert guess_language("Повітряні сили") == "uk"
    assert resolve_language("any text", "ru") == "ru"
    with pytest.raises(ValueError):
        resolve_language("text", "fr")
