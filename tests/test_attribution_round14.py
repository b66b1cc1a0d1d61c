"""Attribution, second round of the eleventh session: a speech word after a word that denies it ("no reports of
casualties", "no reported casualties") tells nothing anyone said, so the clause goes on with the speaker before; a
sentence opening with the outlet turning to other news ("Meanwhile, ...", "Тем временем ...", "Окремо, ...") is the
outlet's, and the speaker before does not go on into it. Shown with short reports written for this test."""

import pytest

from eventledger.extract.segment import Span
from report_reading import sources, speaker


def _event_at(events, key_part):
    (e,) = [e for e in events if e.place and key_part in e.place.key.lower()]
    return e


# --- a denied speech word names nobody ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There have been no reported casualties.",
    "Emergency crews are at the site, while no reports of casualties have emerged.",
    "There were not any reported injuries.",
])
def test_a_denied_speech_word_is_no_speech(text):
    book, said = speaker(text, "en")
    assert said.name is None and not book.names_speech(book_span(text))


def book_span(text):
    return Span(0, len(text), text)


def test_the_speaker_goes_on_past_no_reported_casualties(read):
    text = ("Governor Ivan Petrov said a drone struck a warehouse in Belgorod on Monday, injuring two people. "
            "A fire broke out, but there were no other reported injuries.")
    (e,) = [e for e in read(text, "en") if e.claims]
    assert None not in {c.source for c in e.claims}


def test_a_speech_verb_still_names_its_speaker():
    # "reported" after a name is still a verb
    _, said = speaker("Governor Ivan Petrov reported that two people were injured.", "en")
    assert said.name and said.name.endswith("Ivan Petrov")


# --- the outlet turns to other news ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, place", [
    ("Governor Ivan Petrov said a drone hit a house in Belgorod, injuring two people.\n\n"
     "Meanwhile, in Kursk, a drone struck a car, injuring three people.", "en", "kursk"),
    ("Губернатор Иван Петров сообщил, что беспилотник атаковал дом в Белгороде, пострадали два человека.\n\n"
     "Тем временем в Курске беспилотник атаковал автомобиль, пострадали три человека.", "ru", "kursk"),
    ("Голова ОВА Іван Петренко повідомив, що дрон атакував будинок у Сумах, постраждали двоє людей.\n\n"
     "Окремо, у Харкові дрон атакував автомобіль, постраждали троє людей.", "uk", "kharkiv"),
])
def test_a_turn_to_other_news_ends_the_carried_speaker(read, text, lang, place):
    events = read(text, lang)
    assert sources(_event_at(events, place), "injured") == {None}


@pytest.mark.parametrize("text, lang, place", [
    ("Governor Ivan Petrov said a drone hit a house in Belgorod, injuring two people.\n\n"
     "In Kursk, a drone struck a car, injuring three people.", "en", "kursk"),
])
def test_without_a_turn_the_speaker_goes_on(read, text, lang, place):
    events = read(text, lang)
    (source,) = sources(_event_at(events, place), "injured")
    assert source and source.endswith("Ivan Petrov")
