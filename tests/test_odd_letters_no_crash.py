"""A report written with a long s (ſ) or a dotless ı where a word list's region word or country adjective stands is
still read: the case-blind pattern matches such a word, and its lookup must not fail the whole report."""


def test_a_region_word_with_a_long_s_does_not_fail_the_report(read) -> None:
    events = read("Drones attacked the Kharkiv and Sumy regionſ overnight, killing two people, the governor said.")
    assert events, "the report is read, not skipped"


def test_a_country_adjective_with_a_dotless_i_does_not_fail_the_report(read) -> None:
    read("Drones hit four Russıan airports overnight.")  # (a KeyError here failed the whole report before)
