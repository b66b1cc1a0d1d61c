"""Attribution (attr25): a headline that names only vague officials ("— власти", "- officials") credits its figures to
the official the body names for the same figure. The reports are written for these tests; their people are invented.

Covered:
- "Two killed in X — officials" over a body telling "two people were killed, Governor Y said": the headline's figure is
  Y's, in en, ru and uk;
- a headline naming nobody stays the outlet's own line, and so does a vague headline whose figure the body tells from
  no one or from two sources.
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
