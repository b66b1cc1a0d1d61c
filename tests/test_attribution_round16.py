"""Attribution, thirteenth session (attr13b): a report that quotes one authority is not his above the sentence that
first names him. Its lead, told before anyone is quoted, is the outlet's own; from that sentence on, the clauses that
name nobody stay his. Shown with short reports written for this test."""

import pytest

from report_reading import casualty_event


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


# --- a tag closing what he told names him from the start of its paragraph (attr14) ---------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("A drone hit a warehouse in Kursk overnight. Two workers were injured. "
     "Both are in hospital in a stable condition, said Governor Ivan Petrov.", "en", "Governor Ivan Petrov"),
    ("Беспилотник атаковал склад в Курске. Пострадали два человека. "
     "Обоих госпитализировали, их состояние стабильное, заявил губернатор Иван Петров.", "ru", "Иван Петров"),
    ("Дрон атакував склад у Сумах. Поранено двох людей. "
     "Обох госпіталізували, їхній стан стабільний, повідомив голова ОВА Іван Петренко.", "uk", "Іван Петренко"),
])
def test_a_closing_tag_names_him_for_its_paragraph(read, text, lang, source):
    event = casualty_event(read(text, lang))
    assert _sources(event, "injured") == {source}
    assert _sources(event, "hospitalized") == {source}


def test_a_lead_paragraph_above_a_closing_tag_stays_the_outlets(read):
    text = ("В Курске беспилотник атаковал склад, пострадали два человека.\n\n"
            "Обоих госпитализировали, их состояние стабильное, заявил губернатор Иван Петров.")
    event = casualty_event(read(text, "ru"))
    assert _sources(event, "injured") == {None}
    assert _sources(event, "hospitalized") == {"Иван Петров"}


def test_a_dash_tag_closing_the_paragraph_names_him_too(read):
    text = ("Беспилотник атаковал склад в Курске. Пострадали два человека. "
            "Обоих госпитализировали, — губернатор Иван Петров")
    event = casualty_event(read(text, "ru"))
    assert _sources(event, "injured") == _sources(event, "hospitalized") != {None}
