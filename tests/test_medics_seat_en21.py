"""Medics, doctors and rescuers named with a place ("medics in Gaza said") are where the speakers sit, not a second
place of the incident they tell (twenty-first session, en21; `seats_before` in en/ru/uk events.yaml). Each report here
was written for the test."""

from report_reading import kinds


def test_medics_in_a_territory_tell_the_town_struck(read):
    events = read("Israeli air strikes killed 16 people in the southern city of Rafah on Sunday, medics in Gaza said.")
    assert kinds(events) == [("strike", "Rafaḩ")]


def test_the_same_in_russian_and_ukrainian(read):
    assert kinds(read("Израильские авиаудары убили 16 человек в Рафахе, сообщили медики в Газе.", lang="ru")) == [
        ("strike", "Rafaḩ")]
    assert kinds(read("Ізраїльські авіаудари вбили 16 людей у Рафаху, повідомили медики в Газі.", lang="uk")) == [
        ("strike", "Rafaḩ")]


def test_rescuers_in_the_town_struck_leave_it_the_place(read):
    # (negative: the report names no other place; the speakers' seat is where the report is)
    events = read("Rescuers in Odesa said a drone hit a house overnight, injuring two people.")
    assert kinds(events) == [("strike", "Odesa")]
