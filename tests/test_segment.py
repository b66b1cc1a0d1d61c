"""Sentences and clauses keep exact offsets into the report's text."""

from eventledger.extract.segment import clauses, sentences


def test_sentences_keep_offsets_and_respect_abbreviations():
    text = "Drones hit a depot in Ryazan. Gen. Ivanov said nothing. No. 5 plant was spared.\nA new line."
    found = sentences(text, "en")
    assert [s.text for s in found] == [
        "Drones hit a depot in Ryazan.", "Gen. Ivanov said nothing.", "No. 5 plant was spared.", "A new line."
    ]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_semicolons_split_one_sentence_into_clauses():
    text = "Residents of Kursk reported explosions; the governor said a drone was downed; two airports closed."
    sentence = sentences(text, "en")[0]
    parts = clauses(sentence, "en")
    assert [c.text for c in parts] == [
        "Residents of Kursk reported explosions", "the governor said a drone was downed", "two airports closed."
    ]
    assert all(text[c.start : c.end] == c.text for c in parts)


def test_russian_sentences():
    text = "Беспилотник атаковал завод в Брянске. Пострадавших нет."
    assert [s.text for s in sentences(text, "ru")] == ["Беспилотник атаковал завод в Брянске.", "Пострадавших нет."]
