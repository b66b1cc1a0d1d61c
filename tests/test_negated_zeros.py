"""A zero is told by negating the words of harm, not only by a set phrase: a negated quantifier before a word of harm
("there weren't any casualties", "there were no victims"), a negated object after the verb ("killed no one"), a negated
passive ("the residents were not injured"); in Russian and Ukrainian the same "нет"/"немає" after any word for the hurt
("травмированных нет", "травмованих немає")."""


from report_reading import casualty_event, figures


def test_a_negated_any_before_casualties_is_no_one_killed_or_injured(read):
    e = casualty_event(read("A drone struck a fuel depot in Novorossiysk on Monday. The blast damaged a tank, but there "
                            "weren't any casualties, the port authority said."))
    assert figures(e) == {"killed": 0, "injured": 0}


def test_no_victims_is_no_one_killed_or_injured(read):
    e = casualty_event(read("A drone attack hit a warehouse in Taganrog overnight. Fortunately, there were no victims, "
                            "the mayor said."))
    assert figures(e) == {"killed": 0, "injured": 0}


def test_killed_no_one_says_nothing_of_the_injured(read):
    e = casualty_event(read("A missile struck an industrial site in Dnipro on Tuesday. The strike killed no one, the "
                            "regional administration said."))
    assert figures(e) == {"killed": 0}


def test_a_negated_passive_is_no_one_injured(read):
    e = casualty_event(read("A drone crashed into a house in Kolomna on Friday. The family living there were not "
                            "injured, local officials said."))
    assert figures(e) == {"injured": 0}


def test_none_of_the_hurt_in_russian(read):
    e = casualty_event(read("Беспилотник атаковал склад в Белгороде. Травмированных нет, сообщил губернатор.", "ru"))
    assert figures(e) == {"killed": 0, "injured": 0}


def test_none_of_the_hurt_in_ukrainian(read):
    e = casualty_event(read("Уночі дрон влучив у склад у Черкасах. Травмованих немає, повідомили в ОВА.", "uk"))
    assert figures(e) == {"killed": 0, "injured": 0}
