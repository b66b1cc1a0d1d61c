"""Figure and attribution errors of the real-news dev splits (issue 10, third round), each class shown with short
reports written for this test, in English, Russian and Ukrainian."""

import pytest

from eventledger.extract.segment import sentences
from report_reading import casualty_event, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


# --- sentences glued without a space still end at their period -----------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Є поранений.Про це повідомив очільник ОВА Іван Петренко.", "uk",
     ["Є поранений.", "Про це повідомив очільник ОВА Іван Петренко."]),
    ("Officials said.It was the first strike this week.", "en", ["Officials said.", "It was the first strike this week."]),
    ("Пожар потушен, сообщил журналист.Сотрудники МЧС работают.", "ru",
     ["Пожар потушен, сообщил журналист.", "Сотрудники МЧС работают."]),
])
def test_a_period_between_two_words_ends_a_sentence(text, lang, expected):
    assert [s.text for s in sentences(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("According to Censor.NET, two drones were shot down.", "en"),
    ("Дрон атакував м.Ізюм і с.Лютівка вночі.", "uk"),
])
def test_site_names_and_abbreviations_keep_their_dot(text, lang):
    assert len(sentences(text, lang)) == 1


def test_the_speaker_of_a_glued_sentence_is_the_one_it_names(read):
    text = ("Російські війська обстріляли Херсон з артилерії. Поранено двох людей.Про це повідомив очільник "
            "Херсонської ОВА Олександр Прокудін.")
    claims = [c for c in casualty_event(read(text, "uk")).claims if c.figure == "injured"]
    assert [c.source for c in claims] == ["Олександр Прокудін"]
