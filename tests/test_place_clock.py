"""A capital named with the hour says by whose clock the hour is told, not where the incident was (issue 10, class 1):
"a drone hit Sumy at 21:01 Moscow time" is one strike, in Sumy. Each report here was written for the test."""


from report_reading import kinds


def test_moscow_time_is_no_second_place(read):
    events = read("A drone hit a house in Sumy at 21:01 Moscow time, injuring two people.", "en")
    assert kinds(events) == [("strike", "Sumy")]


def test_kyiv_time_is_no_second_place(read):
    events = read("A drone hit a house in Belgorod at 3 a.m. Kyiv time, injuring two people.", "en")
    assert kinds(events) == [("strike", "Belgorod")]


def test_an_hour_told_by_moscow_is_no_strike_on_moscow(read):
    events = read("В 03:00 по Москве беспилотник атаковал дом в Курске, ранен мужчина.", "ru")
    assert kinds(events) == [("strike", "Kursk")]


def test_the_time_of_kyiv_is_no_second_place(read):
    events = read("Дрон атакував будинок у Сумах о 21:01 за часом Києва, поранено двох.", "uk")
    assert kinds(events) == [("strike", "Sumy")]


def test_a_strike_on_moscow_at_an_hour_stays_in_moscow(read):
    events = read("A drone hit a house in Moscow at 21:01, injuring two people.", "en")
    assert kinds(events) == [("strike", "Moscow")]
