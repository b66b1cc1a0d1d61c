"""Names are found by indexed queries at first and by an automaton in a long run: both must find the same names."""

from pathlib import Path

import eventledger

DEMO = Path(eventledger.__file__).parent / "demo"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))] + [
    "'s-Hertogenbosch and St. Petersburg; ﬁre near Kyiv. New York City, the Hague", "in St.",
]


def test_queries_and_the_automaton_find_the_same_names(gazetteer):
    for text in TEXTS:
        gazetteer._texts_read = 0  # the query path (a long test session would have passed to the automaton)
        assert gazetteer._surface_spans(text) == gazetteer._automaton_spans(text)
