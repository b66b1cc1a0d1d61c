"""fix21g: "more of the same" (increments.added_up) adds to the count before it only when it is more of that count.
Reports written for this test (en/ru/uk).

1. Beside a count of people of another figure in its own sentence, "another" names a second person ("a man was
   killed and another was wounded"), no increment of the wounded told before.
2. Told with a day of its own other than the event's ("killed two on Monday ... Another person was killed on
   Sunday"), it is an incident of that day, not more of the event's dead; with the event's own day, or none, it adds.
"""

from datetime import datetime, timezone

import pytest

from eventledger.extract.increments import added_up
from eventledger.extract.pipeline import extract
from eventledger.model import Claim, Report


def _best(events, figure):
    return [e.figures[figure].best for e in events if figure in e.figures]


@pytest.mark.parametrize("text, lang, injured", [
    ("Shelling of Nikopol wounded four people on Monday. A man was killed and another was wounded near the market.",
     "en", 4),
    ("Обстрел Белгорода в понедельник ранил четырех человек. Один человек погиб, ещё один ранен возле рынка.", "ru", 4),
    ("Обстріл Нікополя в понеділок поранив чотирьох людей. Одна людина загинула, ще одну поранено біля ринку.", "uk",
     4),
    # ... a sentence of its own with no other figure beside it still adds
    ("Shelling of Nikopol wounded four people on Monday. Another person was wounded near the market.", "en", 5),
    ("Обстріл Нікополя в понеділок поранив чотирьох людей. Ще одну людину поранено біля ринку.", "uk", 5),
])
def test_another_beside_a_count_of_its_own_sentence_is_a_second_person(read, text, lang, injured):
    assert _best(read(text, lang), "injured") == [injured]


@pytest.mark.parametrize("text, lang, killed", [
    ("A drone strike on Nikopol killed two people on Monday, the mayor said. Another person was killed in the city on "
     "Sunday.", "en", 2),
    ("Удар дрона по Белгороду в понедельник убил двух человек. Ещё один человек погиб в городе в воскресенье.", "ru", 2),
    ("Удар дрона по Нікополю в понеділок вбив двох людей. Ще одна людина загинула в місті в неділю.", "uk", 2),
    # ... told on the event's own day, or with no day, it adds
    ("A drone strike on Nikopol killed two people on Monday. Another person died in hospital on Monday.", "en", 3),
    ("Удар дрона по Нікополю в понеділок вбив двох людей. Ще одна людина померла в лікарні.", "uk", 3),
    ("Удар дрона по Белгороду убил двух человек. Ещё один человек скончался в больнице.", "ru", 3),
])
def test_more_told_on_another_day_is_another_incident(read, text, lang, killed):
    assert _best(read(text, lang), "killed") == [killed]


def test_another_day_without_a_publication_date(gazetteer):
    text = ("A drone strike on Nikopol killed two people on Monday, the mayor said. Another person was killed in the "
            "city on Sunday.")
    events = extract(Report(text=text, published=None, language="en"), gazetteer)
    assert _best(events, "killed") == [2]
    same = extract(Report(text=text.replace("Sunday", "Monday"), published=datetime(2025, 3, 12, tzinfo=timezone.utc),
                          language="en"), gazetteer)
    assert _best(same, "killed") == [3]


def test_added_up_leaves_alone_what_apart_says_is_apart():
    text = "A strike killed two people. Another person was killed."
    b, m = text.index("killed two"), text.index("Another")
    base = Claim("r", b, b + 10, text[b:b + 10], 2, figure="killed")
    more = Claim("r", m, len(text) - 1, text[m:-1], 1, figure="killed")
    assert [c.value for c in added_up([base, more], text, "en")] == [2, 3]
    assert [c.value for c in added_up([base, more], text, "en", lambda c: c is more)] == [2, 1]
