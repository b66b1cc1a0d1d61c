"""A daily digest's "за добу" / "за сутки" (over the day) is its past day, as "за минулу добу" is: the day before
publication (the gold's convention). Read as the publication day, a digest whose headline says "за добу" and whose body
says "за минулу добу" split into two events a day apart. Reports written for this test, published on 10 March 2025
(report_reading.PUBLISHED)."""

import pytest

from report_reading import figures


@pytest.mark.parametrize("text, lang", [
    ("За добу на Сумщині внаслідок обстрілів поранено двох людей, повідомила ОВА.", "uk"),
    ("За сутки в Белгородской области в результате обстрелов ранены два человека, сообщил губернатор.", "ru"),
])
def test_a_digests_day_is_the_day_before_publication(read, text, lang):
    [event] = read(text, lang)
    assert (event.date, figures(event)) == ("2025-03-09", {"injured": 2})


def test_a_headlines_day_and_the_bodys_past_day_are_one_incident(read):
    events = read("На Херсонщині за добу внаслідок російських обстрілів поранено п'ятеро людей.\n\n"
                  "За минулу добу на Херсонщині внаслідок обстрілів поранення отримали п'ятеро людей, повідомив голова ОВА.",
                  "uk")
    assert [(e.date, figures(e)) for e in events] == [("2025-03-09", {"injured": 5})]
