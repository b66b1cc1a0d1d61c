"""A list member may open with an article after the comma ("volunteers from Ukraine, the U.S. and Britain"): the list
goes on through it, so every member after an origin word is an origin (twenty-first session, en21; en
`list_articles`; Russian and Ukrainian have no articles). Each report here was written for the test."""

from eventledger.extract import incidents
from report_reading import kinds


def test_a_nationality_list_with_an_article_is_no_place(read):
    events = read("A missile hit a hotel in Kryvyi Rih on Wednesday night, officials said.\nA group of aid volunteers "
                  "from Ukraine, the U.S. and Britain had checked into the hotel just before the strike but survived "
                  "after taking shelter, the president said.\n\"Sadly, four people were killed in the attack,\" he wrote.")
    assert kinds(events) == [("strike", "Kryvyi Rih")]


def test_the_joiners_read():
    assert incidents.joins_list(", the ", "en")
    assert incidents.joins_list(" and the ", "en")
    assert incidents.joins_list(", ", "ru")
    # (negatives: other words between two places are no list; and no article in Russian)
    assert not incidents.joins_list(", near the ", "en")
    assert not incidents.joins_list(" the ", "ru")
