"""A stated zero of people harmed ("обошлось без пострадавших", "no one was hurt") is no one killed and no one
injured, whatever the words around it, in the project's gold convention (eval/real_news/README.md)."""


from report_reading import casualty_event, figures


def test_without_harmed_in_russian_is_no_one_killed_or_injured(read):
    e = casualty_event(read("Дрон атаковал нефтебазу в Новороссийске, повреждён резервуар. Обошлось без пострадавших, "
                            "сообщил оперштаб края.", "ru"))
    assert figures(e) == {"killed": 0, "injured": 0}


def test_without_fire_and_harmed_in_ukrainian_is_no_one_killed_or_injured(read):
    e = casualty_event(read("Уночі ворожий дрон влучив у склад у Черкасах. Попередньо — без пожежі та постраждалих.",
                            "uk"))
    assert figures(e) == {"killed": 0, "injured": 0}


def test_without_deaths_alone_says_nothing_of_the_injured(read):
    e = casualty_event(read("Ракета попала в жилой дом в Харькове. Обошлось без жертв.", "ru"))
    assert figures(e) == {"killed": 0}
