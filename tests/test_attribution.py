"""Who said it: the shapes of attribution in English reports, on sentences written for these tests."""

from eventledger.extract.attribution import SourceBook, classify, hedged
from eventledger.extract.segment import clauses, sentences

REPORT = (
    "Source: regional governor Vyacheslav Gladkov; Telegram channels Shot and Mash; Ukrainian outlet Suspilne\n"
    "Gladkov said two people were injured in Shebekino.\n"
    "According to Shot, at least five people were hurt.\n"
    '"The fire has been contained," said Gladkov.\n'
    "He later confirmed that a woman had died.\n"
    "Local residents reported loud explosions; the mayor said an attack had been repelled.\n"
    "Reports also state that windows were shattered.\n"
)


def speakers(text: str) -> list[tuple[str | None, str]]:
    book = SourceBook(text, "en")
    found = []
    for sentence in sentences(text, "en"):
        for clause in clauses(sentence, "en"):
            s = book.speaker(clause, sentence)
            found.append((s.name, s.kind))
    return found


def test_the_source_line_names_sources_and_their_kinds():
    book = SourceBook(REPORT, "en")
    assert book.known["Vyacheslav Gladkov"].kind == "official"
    assert book.known["Shot"].kind == "telegram"
    assert book.known["Mash"].kind == "telegram"
    assert book.known["Suspilne"].kind == "media"


def test_speakers_are_matched_to_the_source_line_and_followed_by_pronouns():
    found = speakers(REPORT)[-7:]  # the clauses after the source line
    assert found == [
        ("Vyacheslav Gladkov", "official"),  # "Gladkov said"
        ("Shot", "telegram"),  # "According to Shot"
        ("Vyacheslav Gladkov", "official"),  # '"...," said Gladkov'
        ("Vyacheslav Gladkov", "official"),  # "He later confirmed"
        ("residents", "residents"),  # "Local residents reported"
        ("mayor", "official"),  # "the mayor said"
        (None, "unknown"),  # "Reports also state": nobody named
    ]


def test_kinds_of_sources():
    assert classify("Russia's Defence Ministry", "en") == "military"
    assert classify("the acting governor of Kursk Oblast", "en") == "official"
    assert classify("Latvia-based media outlet", "en") == "media"
    assert classify("eyewitnesses", "en") == "residents"


def test_hedges():
    assert hedged("Reportedly, nine people were injured", "en")
    assert hedged("drones had allegedly been shot down", "en")
    assert hedged("according to preliminary data", "en")
    assert not hedged("the governor confirmed three deaths", "en")


def test_an_aside_between_commas_does_not_hide_the_speaker():
    text = "Residents of Yelabuga, about 200 kilometres east of Kazan, reported explosions."
    assert speakers(text) == [("residents", "residents")]
