"""A verb of one person's death or wound told with no count is a count of one when its subject is one person: before
it, or in Russian and Ukrainian just after it ("загинув депутат обласної ради", "скончался местный житель", "The
driver was killed"). The subject is read by pymorphy3 (ru, uk: an animate noun or a pronoun in the nominative
singular) or by `one_subject` (en), never from a list of the nouns a report happened to use. A thing or a group in the
singular ("загинула родина", "пострадал жилой дом") and a count told with the verb keep what they gave before. Each
report is written for this test."""

import pytest

from report_reading import casualty_event, figures


@pytest.mark.parametrize("text, lang, expected", [
    ("Вчора ворожий дрон вдарив по Бериславу, повідомила ОВА. Внаслідок атаки загинув депутат міської ради.", "uk",
     {"killed": 1}),
    ("Вночі росіяни обстріляли Нікополь, повідомив голова ОВА. Постраждав охоронець підприємства.", "uk",
     {"injured": 1}),
    ("Вечером беспилотник ударил по Горловке, сообщил глава города. В результате удара пострадал депутат городского "
     "совета.", "ru", {"injured": 1}),
    ("Вечером беспилотник ударил по Горловке, сообщил глава города. От полученных ранений скончался местный "
     "житель.", "ru", {"killed": 1}),
    ("A Russian drone struck a car in Kherson on Tuesday, the regional governor said. The driver was killed.", "en",
     {"killed": 1}),
    ("A Russian drone struck a car in Kherson on Tuesday, the regional governor said. A soldier was wounded.", "en",
     {"injured": 1}),
])
def test_a_verb_told_of_one_person_is_one(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


@pytest.mark.parametrize("text, lang", [
    ("Вчора ворожий дрон вдарив по Бериславу, повідомила ОВА. Внаслідок атаки загинула родина.", "uk"),
    ("Вечером беспилотник ударил по Горловке, сообщил глава города. Пострадал жилой дом.", "ru"),
])
def test_a_group_or_a_thing_in_the_singular_is_no_one(read, text, lang):
    assert figures(casualty_event(read(text, lang))) == {}


def test_a_count_told_with_the_verb_stays_the_count(read):
    e = casualty_event(read("Вечером беспилотник ударил по Горловке, сообщил глава города. Погиб 21 человек.", "ru"))
    assert figures(e) == {"killed": 21}
