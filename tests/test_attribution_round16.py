"""Attribution, thirteenth session (attr13b): a report that quotes one authority is not his above the sentence that
first names him. Its lead, told before anyone is quoted, is the outlet's own; from that sentence on, the clauses that
name nobody stay his. Shown with short reports written for this test."""

import pytest

from report_reading import casualty_event, reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def _sources(event, figure):
    return {c.source for c in event.claims if c.figure == figure}


@pytest.mark.parametrize("text, lang, source", [
    ("A drone struck a school in Sumy on Monday morning, and three civilians were injured.\n\n"
     "\"The drone came in low over the houses,\" said Governor Ivan Hryhorov. Two of the injured are in hospital.",
     "en", "Governor Ivan Hryhorov"),
    ("В Белгороде беспилотник атаковал школу, ранены три человека.\n\n"
     "Губернатор Иван Петров рассказал, что дрон прилетел около полудня. Двоих раненых госпитализировали.",
     "ru", "Иван Петров"),
    ("У Сумах дрон атакував школу, поранено трьох людей.\n\n"
     "Голова ОВА Іван Петренко розповів, що дрон прилетів опівдні. Двох поранених госпіталізували.",
     "uk", "Іван Петренко"),
])
def test_a_lead_above_the_only_authority_is_the_outlets(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured") == {None}
    assert _sources(event, "hospitalized") == {source}


def test_the_sentence_that_names_him_and_those_after_stay_his(read):
    text = ("Russian forces struck Sumy overnight.\n\n"
            "Two people were killed and five injured, Governor Ivan Hryhorov said on Telegram. "
            "Rescuers are working at the site.")
    event = casualty_event(read(text, "en"))
    assert _sources(event, "killed") == {"Governor Ivan Hryhorov"}
    assert _sources(event, "injured") == {"Governor Ivan Hryhorov"}
