"""Attribution errors of the real-news development pool (issue 10, class 4, sixth session, second round): where a
speaker's words end and the outlet tells in its own voice, shown with short reports written for this test."""

import pytest

from report_reading import casualty_event


# --- a quotation ends a speaker's words: the next paragraph is the outlet's own ---------------------------------------

@pytest.mark.parametrize("text, lang, speaker", [
    ("A Russian drone struck a school in Sumy on Monday.\n\n"
     '"Two teachers were wounded and are now in hospital," regional governor Oleh Hryhorov wrote on Telegram.\n\n'
     "Three more people were injured in the neighbouring district.", "en", "regional governor Oleh Hryhorov"),
    ("Беспилотник атаковал школу в Белгороде.\n\n"
     "«Ранены две учительницы, обе в больнице», — написал губернатор Вячеслав Гладков.\n\n"
     "Ещё три человека пострадали в соседнем районе.", "ru", "Вячеслав Гладков"),
    ("Російський дрон атакував школу в Сумах.\n\n"
     "«Поранено двох вчительок, обидві в лікарні», — написав голова ОВА Олег Григоров.\n\n"
     "Ще троє людей постраждали в сусідньому районі.", "uk", "Олег Григоров"),
])
def test_a_paragraph_after_a_quotation_is_the_outlets_own(read, text, lang, speaker):
    # the governor is the only official quoted, yet the paragraph after his quotation names nobody: the outlet's
    claims = casualty_event(read(text, lang)).claims
    assert {c.source for c in claims if c.figure == "injured"} == {speaker, None}


def test_a_paragraph_after_reported_speech_goes_on_with_the_speaker(read):
    # "X said that ...": no quotation closes his words, and the next paragraph still tells his account
    claims = casualty_event(read(
        "Regional governor Oleh Hryhorov said a Russian drone struck a school in Sumy on Monday.\n\n"
        "Three people were injured.")).claims
    assert {c.source for c in claims if c.figure == "injured"} == {"Regional governor Oleh Hryhorov"}


# --- an office told alone stands for the person named with it, even one who said nothing there ------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Kharkiv Mayor Ihor Terekhov visited the damaged school on Monday. A Russian drone struck it at night, and later "
     "the mayor said three people were injured.", "en", "Ihor Terekhov"),
    ("Губернатор Белгородской области Вячеслав Гладков прибыл на место удара. Беспилотник атаковал школу в Белгороде. "
     "Позже губернатор сообщил, что ранены три человека.", "ru", "Вячеслав Гладков"),
    ("Російський дрон атакував школу в Сумах. Голову Сумської ОВА Олега Григорова бачили на місці. Пізніше голова ОВА "
     "повідомив, що поранено трьох людей.", "uk", "Олег Григоров"),
])
def test_an_office_alone_is_the_person_named_with_it_who_did_not_speak(read, text, lang, source):
    # "visited", "прибыл": no speech verb, yet the office later told alone is his (his name in the nominative)
    claims = casualty_event(read(text, lang)).claims
    assert {c.source for c in claims if c.figure == "injured"} == {source}
