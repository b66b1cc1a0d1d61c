"""Attribution (attr25): a headline that names only vague officials ("— власти", "- officials") credits its figures to
the official the body names for the same figure. The reports are written for these tests; their people are invented.

Covered:
- "Two killed in X — officials" over a body telling "two people were killed, Governor Y said": the headline's figure is
  Y's, in en, ru and uk;
- a headline naming nobody stays the outlet's own line, and so does a vague headline whose figure the body tells from
  no one or from two sources;
- (fix25a) only the body's claims of the headline's own incident count: the same toll told of another town below is not
  the headline's; vague tellers of no official kind ("чиновники", "соцсети", "посадовці", "СМИ") take no outlet's name.
"""

import pytest

from report_reading import casualty_event


def headline_sources(events, report: str, figure: str) -> set[str | None]:
    """Who the claims of one figure told in the headline (the report's first line) are credited to."""
    return {c.source for e in events for c in e.claims if c.figure == figure and c.start < report.index("\n")}


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "В Курской области при атаке дрона погибли два человека — власти\n\n"
           "В селе Ивановка дрон атаковал автомобиль, погибли два человека, сообщил губернатор Курской области "
           "Павел Орлов.", "Павел Орлов"),
    ("uk", "У Сумській області через атаку дрона загинули двоє людей — влада\n\n"
           "У селі Іванівка дрон атакував автомобіль, загинули двоє людей, повідомив голова Сумської ОВА Іван "
           "Петренко.", "Іван Петренко"),
    ("en", "Two people killed in drone attack on Kherson - officials\n\n"
           "Two people were killed when a drone hit a car in Kherson, Governor Ivan Petrenko said.",
           "Governor Ivan Petrenko"),
])
def test_a_vague_headline_takes_the_official_the_body_names(read, lang, report, name):
    events = read(report, lang)
    assert headline_sources(events, report, "killed") == {name}
    assert casualty_event(events).figures["killed"].best == 2


@pytest.mark.parametrize("lang, report", [
    # a headline naming nobody is the outlet's own
    ("ru", "В Курской области при атаке дрона погибли два человека\n\n"
           "В селе Ивановка дрон атаковал автомобиль, погибли два человека, сообщил губернатор Курской области "
           "Павел Орлов."),
    # the body tells the figure from nobody
    ("ru", "В Курской области при атаке дрона погибли два человека — власти\n\n"
           "В селе Ивановка дрон атаковал автомобиль, погибли два человека."),
    # two sources below: whose the headline's is, is not plain
    ("en", "Two people killed in drone attack on Kherson - officials\n\n"
           "Two people were killed when a drone hit a car in Kherson, Governor Ivan Petrenko said.\n\n"
           "The regional police also said two people were killed."),
])
def test_no_single_official_below_leaves_the_headline_as_it_was(read, lang, report):
    assert headline_sources(read(report, lang), report, "killed") == {None}


@pytest.mark.parametrize("lang, report", [
    # the body's two killed are another incident's, in another region: not what the headline sums up (fix25a)
    ("en", "Two killed in Russian shelling of Mykolaiv - officials\n\n"
           "Russian shelling damaged several houses in Mykolaiv on Monday.\n\n"
           "Separately, two people were killed in a drone strike on a village in Odesa region, Governor Petro Ivanenko "
           "said."),
    ("ru", "В Брянске погибли два человека — власти\n\n"
           "В Брянске в результате атаки беспилотника повреждены жилые дома.\n\n"
           "Кроме того, в Орловской области в селе Петровка при обстреле погибли два человека, сообщил губернатор "
           "Орловской области Сергей Волков."),
    ("uk", "У Миколаєві загинули двоє людей — влада\n\n"
           "У Миколаєві внаслідок атаки дрона пошкоджено житлові будинки.\n\n"
           "Окрім того, в Одеській області в селі Петрівка через обстріл загинули двоє людей, повідомив голова Одеської "
           "ОВА Петро Іваненко."),
])
def test_another_incidents_figure_below_does_not_credit_the_headline(read, lang, report):
    events = read(report, lang)
    headline = {e.id for e in events for c in e.claims if c.start < report.index("\n")}
    assert headline_sources(events, report, "killed") == {None}
    assert any(c.source for e in events if e.id not in headline for c in e.claims)


@pytest.mark.parametrize("lang, figure, report", [
    # vague tellers the kind words do not know as officials ("чиновники", "посадовці", "соцсети") or that relay
    # ("СМИ"): the outlet the body names is not who they are (fix25a)
    ("ru", "killed", "В Брянске погибли два человека — чиновники\n\n"
           "В Брянске при обстреле погибли два человека, сообщает Брянская неделя."),
    ("ru", "injured", "В Брянске пострадали три человека — соцсети\n\n"
           "В Брянске при атаке дрона пострадали три человека, пишет Брянская неделя."),
    ("ru", "killed", "В Брянске погибли два человека — СМИ\n\n"
           "В Брянске при обстреле погибли два человека, сообщает ТАСС."),
    ("uk", "killed", "У Миколаєві загинули двоє людей — посадовці\n\n"
           "У Миколаєві через обстріл загинули двоє людей, повідомляє Миколаївський тиждень."),
])
def test_vague_tellers_of_no_official_kind_leave_the_headline_as_it_was(read, lang, figure, report):
    assert headline_sources(read(report, lang), report, figure) == {None}
