"""The shared reader of a language file's word list as one whole-word pattern (extract.word_lists)."""

from eventledger.extract.word_lists import day_part_words, every_language, parts_of_day, words_of
from eventledger.lang import SUPPORTED


def test_words_of_reads_whole_words_of_one_language_and_is_cached():
    more = words_of("en", "another", "more_of_them")
    assert more is words_of("en", "another", "more_of_them")
    assert more.search("six more drones were downed")
    assert more.search("Another drone was downed")
    assert not more.search("anothers")
    assert words_of("en", "district_plural_words").fullmatch("districts")
    assert not words_of("en", "no_such_key").search("anything")


def test_every_language_reads_the_key_of_each_language():
    another = every_language("another")
    assert another.search("ещё восемь") and another.search("ще одна") and another.search("another two")
    assert not another.search("щебінь")


def test_parts_of_day_of_one_language_and_of_all():
    assert parts_of_day("This morning a drone hit a house", "en") == {"morning"}
    assert parts_of_day("Overnight drones attacked", "en") == {"night"}
    assert parts_of_day("днём", "en") == frozenset()
    assert parts_of_day("днём и ночью", *SUPPORTED) == {"day", "night"}
    assert day_part_words(*SUPPORTED) is day_part_words(*SUPPORTED)
