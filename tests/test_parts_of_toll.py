"""A count of a part of the people a toll counts (children, women) beside a larger count of its figure tells who were
among them, not how many: it does not pull the toll's low down. Alone, it is the count the report gives."""


from eventledger.extract.parts_of_toll import counts_a_part
from report_reading import bounds, casualty_event


def test_children_among_the_dead_are_a_part_of_the_toll(read):
    e = casualty_event(read("A Russian missile strike on Kharkiv killed 11 people on Monday. Four children were "
                            "killed, officials said."))
    assert bounds(e, "killed") == (11, 11, 11)


def test_russian_children_among_the_dead(read):
    e = casualty_event(read("В результате ракетного удара по Харькову погибли 11 человек. Погибли трое детей.", "ru"))
    assert bounds(e, "killed") == (11, 11, 11)


def test_ukrainian_children_among_the_injured(read):
    e = casualty_event(read("Внаслідок ракетного удару по Запоріжжю поранені 14 людей. Поранені четверо дітей.", "uk"))
    assert bounds(e, "injured")[0] == 14


def test_children_alone_are_the_count(read):
    e = casualty_event(read("A Russian missile strike on Kharkiv killed four children on Monday."))
    assert bounds(e, "killed") == (4, 4, 4)


def test_the_whole_named_first_is_the_toll():
    assert counts_a_part("4 children among 9 civilians dead") and counts_a_part("Two children and a woman")
    assert not counts_a_part("Three people, including two children") and not counts_a_part("five injured")
