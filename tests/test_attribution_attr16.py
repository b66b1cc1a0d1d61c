"""Attribution, sixteenth session (attr16): an office told for its holder. Shown with short reports written for these
tests.

1. Capitals after an office that end in a body's words name what the office heads, not who holds it ("the head of the
   Regional Military Administration"): the office alone, whose holder is the person the report names with it.
2. An abbreviation in brackets between an office and its holder's name ("голова ... адміністрації (КМВА) Тимур
   Ткаченко", "глава городской администрации (ГА) Иван Петров") does not end the speaker: the person is the source, and
   a later mention of the office alone is his.
3. A "he" after a speaker named only by an office ("..., – зазначив очільник області. Він уточнив, що ...") points back at
   him, and so at the office's holder (named with the office where he did not speak), not at a person who spoke before.
4. "Gov." before a name does not end the sentence ("..., Kharkiv regional Gov. Ivan Petrenko said"), and is a governor.
5. A speech verb as a participle in an absolute phrase ("..., with no casualties reported, Governor X said") is not the
   clause's own verb: the governor told the sentence."""

import pytest

from report_reading import casualty_event, sources


@pytest.mark.parametrize("text, lang, figure, source", [
    # 1. a body's capitals after the office
    ("A guided bomb hit a shopping centre in Sumy on Monday, Head of the Sumy Regional Military Administration Ivan "
     "Petrenko said. Eight people were injured.\n"
     "According to the head of the Regional Military Administration, four of the injured are in hospital.",
     "en", "hospitalized", "Head of the Sumy Regional Military Administration Ivan Petrenko"),
    # 2. an abbreviation in brackets between the office and the name
    ("Дрон атакував житловий будинок у Сумах. Поранено трьох людей, повідомив голова Сумської обласної військової "
     "адміністрації (ОВА) Іван Петренко.", "uk", "injured", "Іван Петренко"),
    ("Беспилотник атаковал жилой дом в Белгороде. Ранены три человека, сообщил глава городской администрации (ГА) "
     "Иван Петров.", "ru", "injured", "Иван Петров"),
])
def test_an_office_is_told_for_its_holder(read, text, lang, figure, source):
    assert sources(casualty_event(read(text, lang)), figure) == {source}


@pytest.mark.parametrize("text, lang, source", [
    ("Дрон атакував склад у Сумах. На місці удару працював голова Сумської обласної військової адміністрації Іван "
     "Петренко. Мер Сум Олег Сидоренко повідомив, що в місті чули вибухи.\n"
     "«Загорівся склад, пошкоджено два авто», – зазначив очільник області. Він уточнив, що загиблих немає.",
     "uk", "Іван Петренко"),
    ("Беспилотник атаковал склад в Курске. На место удара приехал губернатор Курской области Иван Петров. Мэр Курска Олег Сидоров сообщил, что в городе слышали взрывы.\n"
     "«Загорелся склад, повреждены два автомобиля», — отметил глава региона. Он уточнил, что погибших нет.",
     "ru", "Иван Петров"),
])
def test_he_after_an_office_is_its_holder(read, text, lang, source):
    assert sources(casualty_event(read(text, lang)), "killed") == {source}


def test_gov_abbreviation_does_not_end_the_sentence(read):
    text = ("A drone struck a warehouse in Kharkiv on Sunday. \u201cThree workers were injured and a truck burned "
            "out,\u201d Kharkiv regional Gov. Ivan Petrenko said.")
    assert sources(casualty_event(read(text, "en")), "injured") == {"Kharkiv regional Gov. Ivan Petrenko"}


# --- 5. a speech verb in an absolute phrase ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("A drone hit a fuel depot in Kursk overnight, with no casualties reported, Governor Ivan Petrov said on Telegram.",
     "Governor Ivan Petrov"),
    ("A drone hit a fuel depot in Kursk overnight, with no injuries reported, the regional governor Ivan Petrov said.",
     "regional governor Ivan Petrov"),
])
def test_a_participle_in_an_absolute_phrase_is_no_speech_verb(read, text, source):
    (event,) = read(text, "en")
    assert sources(event, "injured") == {source}


def test_a_passive_speech_verb_ending_its_sentence_still_names_nobody(read):
    (event,) = read("A drone hit a fuel depot in Kursk overnight, with no casualties reported.", "en")
    assert sources(event, "injured") == {None}
