"""extract/lexicon_hits: a word-list scan is skipped only where it cannot match; the answer is the pattern's own."""

import re

import pytest

from eventledger.extract import lexicon_hits
from eventledger.extract.guard import guarded
from eventledger.extract.lexicon_hits import _needed
from re import _parser


def needed(source: str, flags: int = 0):
    return _needed(_parser.parse(source, flags).data)


def test_needed_strings_read_off_the_pattern():
    assert needed(r"\b(?:killed|injured)\b") == {"killed", "injured"}
    assert needed(r"погиб\w*|ранен\w*", re.IGNORECASE) == {"погиб", "ранен"}
    assert needed(r"\b(?:one|an|a)\s+(?:civilians?|residents?)\s+died") == {"civilian", "resident"}
    assert needed(r"(?:the\s)?Target\s(?:was|is)") == {"target"}
    assert needed(r"\d+(?:st|nd)?") is None  # nothing every match must hold
    assert needed(r"(?:drones?|)\s+hit") == {"hit"}


@pytest.mark.parametrize("text", [
    "Two civilians were KILLED in the strike.",
    "Nobody was hurt.",
    "Killed: one.",
    "İstanbul killed",  # lower case changes the length: never filtered
    "kılled", "ſtrike",  # letters `re` takes for i and s
    "Погибли двое, ещё трое РАНЕНЫ",
    "",
])
def test_the_same_answer_as_the_pattern(text):
    for pattern in (guarded(r"\b(?:killed|injured|strike)\b", re.IGNORECASE),
                    re.compile(r"(?i)(?:погиб\w*|ранен\w*)"),
                    re.compile(r"\b(?:one|two)\s+civilians?\s+were\s+killed"),
                    re.compile(r"(?<!\w)kılled|ſtrike")):
        assert lexicon_hits.search(pattern, text) == pattern.search(text) or (
            lexicon_hits.search(pattern, text).span() == pattern.search(text).span())
        assert [m.span() for m in lexicon_hits.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(lexicon_hits.match(pattern, text)) == bool(pattern.match(text))


def test_a_text_without_the_words_is_not_scanned():
    pattern = guarded(r"\b(?:shelling|bombardment)\b", re.IGNORECASE)
    assert not lexicon_hits.may_match(pattern, "A quiet night in the city.")
    assert lexicon_hits.may_match(pattern, "Heavy SHELLING overnight.")


def test_patterns_asked_about_after_a_text_was_read_are_found_in_it():
    """The automaton takes each new pattern's strings and is made again: a text read before still finds them."""
    text = "Shelling overnight; a bombardment at dawn; the curfew held."
    first = guarded(r"\b(?:shelling)\b", re.IGNORECASE)
    assert lexicon_hits.search(first, text).group() == "Shelling"
    later = guarded(r"\b(?:curfews?)\b", re.IGNORECASE)
    assert lexicon_hits.search(later, text).group() == "curfew"
    assert not lexicon_hits.may_match(guarded(r"\b(?:blockade)\b", re.IGNORECASE), text)


def test_two_threads_adding_and_reading_get_the_patterns_own_answers():
    import threading

    words = [f"zqword{i}x" for i in range(60)]
    texts = [" ".join(words[i:i + 5]) + " end" for i in range(0, 60, 3)]
    failures = []

    def run(offset: int) -> None:
        for i in range(offset, 60, 2):
            pattern = re.compile(rf"\b{words[i]}\b", re.IGNORECASE)
            for text in texts:
                if bool(lexicon_hits.search(pattern, text)) != bool(pattern.search(text)):
                    failures.append((words[i], text))

    threads = [threading.Thread(target=run, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
