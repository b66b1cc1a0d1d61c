"""Attribution, thirteenth session: the body a report names as doing the downing is the interception's source
(ANNOTATION conventions of test7 and test9), whoever spoke in the sentences before; not when the clause names its own
teller, quotes words, recalls earlier news, or a military body carried on speaks for its own forces. Shown with short
reports written for this test."""

import pytest

from eventledger.extract.downers import downer
from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _figure_sources(events, figure):
    return {c.source for e in events for c in e.claims if c.figure == figure}


@pytest.mark.parametrize("clause, lang, name", [
    ("The Ukrainian air force shot down 40 of 52 drones launched overnight.", "en", "Ukrainian air force"),
    ("◾️Russian air defence systems intercepted 30 drones over the Bryansk region", "en", "Russian air defence systems"),
    ("Сили протиповітряної оборони вночі знищили шість ворожих дронів", "uk", "Сили протиповітряної оборони"),
    ("Утром, с 6:10 до 7:00, дежурные средства ПВО перехватили три беспилотника", "ru", "дежурные средства ПВО"),
])
def test_the_body_doing_the_downing_is_named(clause, lang, name):
    assert downer(clause, lang).name == name


@pytest.mark.parametrize("clause, lang", [
    ("and the Air Force intercepted all of them", "en"),  # a conjunction is no part of the body
    ("Також українські захисники знищили дві ракети", "uk"),
    ("У Києві ППО збила ракету", "uk"),  # nor a place
    ('"Our air defence forces shot down all the drones', "en"),  # quoted words are their teller's
    ("Ukraine said it destroyed 20 drones", "en"),  # no body before the verb
    ("Russian troops attacked the village", "en"),  # no verb of downing
])
def test_no_body_doing_the_downing(clause, lang):
    assert downer(clause, lang) is None


def test_the_downer_tells_the_interception_not_the_speaker_before(read):
    text = ("The mayor of Odesa, Petro Ivanenko, said a drone damaged a warehouse in the port overnight.\n\n"
            "In a later attack, Ukrainian air defences shot down 12 Shahed drones over the Odesa region.")
    events = read(text, "en")
    assert _figure_sources(events, "intercepted") == {"Ukrainian air defences"}


def test_a_teller_named_in_the_clause_keeps_it(read):
    text = "Air defence forces shot down 12 drones over the Odesa region, the Air Force said on Tuesday."
    events = read(text, "en")
    assert _figure_sources(events, "intercepted") == {"Air Force"}


def test_a_military_body_speaks_for_its_forces(read):
    text = ("Ukraine's Air Force said Russia launched 20 drones overnight.\n\n"
            "Air defence forces shot down 14 of them over the Mykolaiv region.")
    events = read(text, "en")
    assert _figure_sources(events, "intercepted") <= {"Ukraine's Air Force"}


def test_a_recalled_downing_is_the_outlets(read):
    text = ("Губернатор Курской области Иван Петров сообщил о падении обломков на дом в Рыльске.\n\n"
            "Ранее российские средства ПВО сбили две ракеты над Курской областью.")
    events = read(text, "ru")
    assert "российские средства ПВО" not in _figure_sources(events, "intercepted")
