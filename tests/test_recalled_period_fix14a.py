"""A period before the report's day dates only the clause's own verb (review14's findings 1 and 2 on en14's
`recalled_periods`): not a span's start, a comparison's term or a noun's past, not across ", and" / ", а" to a part that
tells an incident of its own, and not "Since Sunday evening" nor a lower-case "two days after" with no incident before
it. Every report here was written for these tests."""

import pytest
from report_reading import figures, kinds


@pytest.mark.parametrize("report, lang, place, figure", [
    # a span's start, with words between "since" and the period
    ("A Russian glide bomb hit a market in Sloviansk on Sunday, killing two people, the worst attack on the town "
     "since August last year, the governor said.", "en", "Slovyansk", {"killed": 2}),
    ("Russian drones struck a depot in Poltava overnight, injuring four workers, in the largest attack on the city "
     "since the winter of last year.", "en", "Poltava", {"injured": 4}),
    # a comparison
    ("Like last month, Russian drones hit the port of Reni overnight, wounding three sailors, officials said.", "en",
     "Reni", {"injured": 3}),
    # a noun's own past (a relative clause, a participle)
    ("A Russian missile hit a school in Zaporizhzhia that was rebuilt last year, injuring two guards on Sunday.", "en",
     "Zaporizhzhia", {"injured": 2}),
    ("Ночью дрон ударил по котельной в Курске, построенной в прошлом году, ранены трое рабочих, сообщил губернатор.",
     "ru", "Kursk", {"injured": 3}),
    ("Вночі дрон влучив у котельню в Полтаві, відремонтовану минулого року, поранено трьох працівників.",
     "uk", "Poltava", {"injured": 3}),
])
def test_a_period_that_does_not_date_the_clause_leaves_todays_incident(read, report, lang, place, figure):
    events = read(report, lang)
    assert [p for _, p in kinds(events)] == [place]
    assert figures(events[0]) == figure


@pytest.mark.parametrize("report, lang, place, figure", [
    ("Last month, the mayor of Mykolaiv asked for more air defence, and on Sunday a Russian missile hit a warehouse "
     "in the city, killing one man.", "en", "Mykolaiv", {"killed": 1}),
    ("В прошлом месяце мэр предупреждал об обстрелах, а сегодня утром снаряд попал в магазин в Донецке, ранены "
     "три человека.", "ru", "Donetsk", {"injured": 3}),
    ("Минулого місяця мер попереджав про обстріли, а сьогодні вранці снаряд влучив у магазин у Нікополі, поранено "
     "трьох людей.", "uk", "Nikopol", {"injured": 3}),
])
def test_a_period_does_not_carry_across_and_to_an_incident_of_its_own(read, report, lang, place, figure):
    events = read(report, lang)
    assert [p for _, p in kinds(events)] == [place]
    assert figures(events[0]) == figure


def test_since_a_recent_day_is_todays(read):
    events = read("Since Saturday evening, Russian drones have hit Sumy four times, damaging a school and injuring "
                  "three people, the governor said on Sunday.")
    assert [p for _, p in kinds(events)] == ["Sumy"]
    assert figures(events[0]) == {"injured": 3}


def test_days_after_with_no_incident_before_it_dates_the_sentences_own(read):
    events = read("On Sunday, three days after a drone attack on the depot, Russian shelling killed a man in "
                  "Nikopol, the governor said.")
    assert [p for _, p in kinds(events)] == ["Nikopol"]
    assert figures(events[0]) == {"killed": 1}


@pytest.mark.parametrize("report", [
    # what en14 kept stays: a recalled incident in a sentence of its own, or after today's with "a day after"
    "A Russian drone hit a bakery in Sumy on Monday, injuring two workers. Last week, a missile strike on a school "
    "in Okhtyrka killed four teachers, and a drone hit a bus.",
    "Two people were hurt when a Russian drone hit a warehouse in Sumy on Tuesday. The attack came one day after "
    "drones hit a school in Okhtyrka, injuring five.",
])
def test_a_recalled_incident_still_makes_no_event(read, report):
    events = read(report)
    assert kinds(events) == [("strike", "Sumy")]
    assert figures(events[0]) == {"injured": 2}
