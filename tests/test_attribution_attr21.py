"""Attribution (attr21): how far a speaker reaches, read from the words that point at him. The reports are written for
these tests and their names invented.

Covered:
- an impersonal report ("It is reported that", "Сообщается, что", "Як зазначається") names nobody: the speaker the
  paragraph carries goes on through it, and a named body after it ("сообщается в Telegram-канале X") still tells it;
- a council ("міська рада", "городской совет") is an official body;
- a sentence pointing back with a noun object ("X confirmed the incident on Telegram", "X сообщил о происшествии",
  "X повідомив про подію") tells the sentences before it, as "X said this" does;
- what was told opening the clause after an adverb ("Позже атаку прокомментировал X") leaves the speaker after the verb;
- "згідно зі словами X" names X as "за словами X" does;
- an office with what it heads in initials ("голови Харківської ОВА") is held by the person the report names with it.
"""

import pytest

from eventledger.extract.attribution import classify
from report_reading import casualty_event, sources, speaker


# -- an impersonal report ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("en", "A drone hit a depot in Kursk overnight, Governor Pavel Rudenko said on Telegram.\n\nIt is reported that "
           "three people were injured.", "Governor Pavel Rudenko"),
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске, сообщил губернатор Павел Руденко.\n\nСообщается, что ранены "
           "три человека.", "Павел Руденко"),
    ("uk", "Уночі дрон атакував склад у Конотопі, повідомив голова громади Іван Руденко.\n\nЯк зазначається, поранено "
           "трьох людей.", "Іван Руденко"),
])
def test_an_impersonal_report_leaves_the_paragraphs_speaker(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


@pytest.mark.parametrize("lang, report", [
    ("en", "A drone hit a depot in Kursk overnight. It is reported that three people were injured."),
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске. Сообщается, что ранены три человека."),
])
def test_an_impersonal_report_alone_names_nobody(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


def test_an_impersonal_report_in_a_named_channel_is_the_channels(read):
    report = "Ночью беспилотник атаковал нефтебазу в Курске. Сообщается в Telegram-канале «Курский вестник», что " \
             "ранены три человека."
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Курский вестник"}


# -- a council ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, phrase", [
    ("uk", "міська рада"), ("uk", "селищна рада"), ("ru", "городской совет"), ("ru", "горсовет"),
])
def test_a_council_is_an_official_body(lang, phrase):
    assert classify(phrase, lang) == "official"


def test_a_council_closing_with_what_it_published_tells_the_sentences_before(read):
    report = "У Конотопі дрон влучив у склад, постраждали троє людей. Інформацію про подію оприлюднила міська рада."
    assert sources(casualty_event(read(report, "uk")), "injured") == {"міська рада"}


# -- a pointer back with a noun object ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("en", "A drone hit a depot in Kursk overnight, and three people were injured.\n\nGovernor Pavel Rudenko confirmed "
           "the incident on Telegram.", "Governor Pavel Rudenko"),
    ("en", "A drone hit a depot in Kursk overnight, and three people were injured.\n\nPavel Rudenko, the regional "
           "governor, published information about the incident on Telegram.", "Pavel Rudenko"),
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске, ранены три человека. Губернатор Павел Руденко сообщил о "
           "происшествии в Telegram.", "Павел Руденко"),
    ("uk", "Уночі дрон атакував склад у Конотопі, поранено трьох людей. Голова громади Іван Руденко повідомив про "
           "подію у Telegram.", "Іван Руденко"),
])
def test_a_noun_pointing_back_after_the_verb_credits_the_sentences_before(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


def test_an_incident_at_a_named_place_is_what_is_told_not_a_pointer(read):
    report = ("A drone hit a depot in Kursk overnight, and three people were injured, a local channel wrote. Governor "
              "Pavel Rudenko later confirmed the incident in Kursk caused no damage to homes.")
    assert sources(casualty_event(read(report)), "injured") != {"Pavel Rudenko"}


# -- what was told opening the clause, after an adverb -----------------------------------------------------------------

@pytest.mark.parametrize("lang, report, body", [
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске, ранены три человека. Позже атаку прокомментировал "
           "оперативный штаб области.", "оперативный штаб области"),
    ("uk", "Уночі дрон атакував склад у Конотопі, поранено трьох людей. Згодом про це повідомили в міській раді.",
     "міській раді"),
])
def test_what_was_told_after_an_adverb_leaves_the_speaker_after_the_verb(read, lang, report, body):
    assert sources(casualty_event(read(report, lang)), "injured") == {body}


# -- "згідно зі словами" and an office heading initials ----------------------------------------------------------------

def test_according_to_the_words_of_an_office_is_its_holder(read):
    report = ("Голова Сумської ОВА Іван Руденко повідомив про обстріл громади.\n\nЗгідно зі словами голови Сумської ОВА, "
              "у Конотопі поранено трьох людей.")
    assert sources(casualty_event(read(report, "uk")), "injured") == {"Іван Руденко"}


# -- a name in quotation marks after the verb --------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, outlet", [
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске, ранены три человека, пишет «Курский вестник».",
     "Курский вестник"),
    ("uk", "Уночі дрон атакував склад у Конотопі, поранено трьох людей, повідомляє «Сумський край».", "Сумський край"),
])
def test_an_outlet_named_in_quotation_marks_after_the_verb_is_the_source(read, lang, report, outlet):
    assert sources(casualty_event(read(report, lang)), "injured") == {outlet}


# -- an office with abbreviations, a rank, then the name ---------------------------------------------------------------

def test_a_tag_with_an_abbreviated_office_and_a_rank_names_the_person(read):
    report = ("Уночі дрон атакував склад у Конотопі. «Поранено трьох людей. Рятувальники працюють на місці», – зазначив "
              "т. в. о. начальника відділу комунікації ГУ ДСНС у Сумській області, майор служби цивільного захисту Іван "
              "Петренко.")
    assert sources(casualty_event(read(report, "uk")), "injured") == {"Іван Петренко"}


@pytest.mark.parametrize("lang, phrase", [("uk", "начальник управління"), ("ru", "руководитель администрации")])
def test_a_head_of_an_office_is_an_official(lang, phrase):
    assert classify(phrase, lang) == "official"


# -- a pointer back glued to the sentence before -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("ru", "Ночью в Курске беспилотник ударил по складу, ранены три человека Об этом сообщил губернатор Павел Руденко.",
     "Павел Руденко"),
    ("uk", "Уночі в Конотопі дрон влучив у склад, поранено трьох людей Про це повідомив голова громади Іван Руденко.",
     "Іван Руденко"),
])
def test_a_pointer_back_glued_to_the_sentence_before_opens_a_sentence(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


# -- an outlet citing an official's message ----------------------------------------------------------------------------

def test_an_outlet_citing_an_officials_message_relays_the_official(read):
    report = ("Уночі дрон атакував склад у Конотопі.\n\nПро це повідомляє видання «Сумський край» із покликанням на "
              "повідомлення голови Сумської ОВА Івана Руденка у Телеграмі.\n\nЗа його словами, поранено трьох людей.")
    assert sources(casualty_event(read(report, "uk")), "injured") == {"Іван Руденко"}


def test_a_tag_opened_by_a_hyphen_at_a_lines_start_names_its_speaker():
    _, told = speaker("- повідомив голова громади Іван Руденко.", "uk")
    assert told.name == "Іван Руденко"


# -- a line opening with a noun of what was said -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("uk", "Уночі дрон атакував склад у Конотопі.\n\nКоментар Світлани Петренко:\n\nПоранено трьох людей. Рятувальники "
           "працюють на місці.", "Світлана Петренко"),
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске.\n\nКомментарий Павла Руденко:\n\nРанены три человека. "
           "Спасатели работают на месте.", "Павел Руденко"),
    ("en", "A drone hit a depot in Kursk overnight.\n\nQuote from Rudenko: \"Three people were injured. Rescuers are "
           "at the scene.\"", "Rudenko"),
])
def test_a_line_opening_with_a_noun_of_what_was_said_names_its_speaker(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


def test_a_line_of_details_is_no_speaker(read):
    report = "A drone hit a depot in Kursk overnight.\n\nDetails:\n\nThree people were injured."
    assert sources(casualty_event(read(report)), "injured") == {None}


# -- a title's abbreviation --------------------------------------------------------------------------------------------

def test_a_titles_abbreviation_does_not_end_an_inverted_speaker(read):
    report = "At least three people were injured in Kursk by a drone strike, said Gov. Pavel Rudenko on Telegram."
    assert sources(casualty_event(read(report)), "injured") == {"Gov. Pavel Rudenko"}


# -- a pronoun before anyone spoke -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске. Губернатор области Игорь Артамонов утром поблагодарил "
           "спасателей. Он рассказал, что ранены три человека.", "Игорь Артамонов"),
    ("uk", "Уночі дрон атакував склад у Конотопі. Голова громади Іван Руденко подякував рятувальникам. За його "
           "словами, поранено трьох людей.", "Іван Руденко"),
])
def test_a_pronoun_before_anyone_spoke_points_at_the_official_named_before(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


@pytest.mark.parametrize("lang, report", [
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске. Он рассказал, что ранены три человека."),
])
def test_a_pronoun_with_nobody_named_before_names_nobody(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


def test_a_name_in_the_nominative_stays_as_told():
    from eventledger.extract.attribution import _holder_name
    assert _holder_name("Игорь Артамонов", "ru") == "Игорь Артамонов"
    assert _holder_name("Вячеслава Гладкова", "ru") == "Вячеслав Гладков"


# -- a tag closing a sentence of several clauses -----------------------------------------------------------------------

def test_a_tag_closing_a_sentence_tells_its_earlier_clauses(read):
    report = ("A drone hit a depot in Kursk overnight.\n\nThree people were injured in Kursk, while air defence shot "
              "down two more drones near Lgov, the regional administration said in a statement.")
    assert sources(casualty_event(read(report)), "injured") == {"regional administration"}


# -- the same source ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, body", [
    ("en", "A drone hit a depot in Kursk overnight, the regional administration said.\n\nAccording to the same source, "
           "three people were injured.", "regional administration"),
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске, сообщило Минобороны.\n\nПо данным того же источника, ранены "
           "три человека.", "Минобороны"),
    ("uk", "Уночі дрон атакував склад у Конотопі, повідомили в ДСНС.\n\nЗа даними того самого джерела, поранено трьох "
           "людей.", "ДСНС"),
])
def test_the_same_source_is_whoever_spoke_last(read, lang, report, body):
    assert sources(casualty_event(read(report, lang)), "injured") == {body}


def test_an_unnamed_source_is_nobody(read):
    report = "Ночью беспилотник атаковал нефтебазу в Курске, сообщило Минобороны.\n\nПо данным источника, ранены три " \
             "человека."
    assert sources(casualty_event(read(report, "ru")), "injured") != {"Минобороны"}


# -- one resident or witness named -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("en", '"We heard a missile," eyewitness Ivan Petrov told reporters in Kursk. He added that three people were '
           'injured in the strike.', "Ivan Petrov"),
    ("ru", "Ночью беспилотник ударил по дому в Курске. Местный житель Иван Петров рассказал, что ранены три человека.",
     "Иван Петров"),
])
def test_one_resident_named_is_that_person(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


def test_residents_named_by_their_town_stay_a_group(read):
    report = "Ночью беспилотник ударил по дому в Курске. Жители Курска сообщили, что ранены три человека."
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Жители Курска"}


def test_a_reduced_passive_names_no_speaker(read):
    report = "Three reported injured as a drone hits a depot in Kursk\n\nA drone hit a depot in Kursk overnight."
    assert None in sources(casualty_event(read(report)), "injured")


# -- when or how, before an impersonal verb ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("uk", "Уночі дрон атакував склад у Конотопі. Під час цієї ж тривоги повідомили, що поранено трьох людей."),
    ("ru", "Ночью беспилотник атаковал нефтебазу в Курске. После той же тревоги сообщили, что ранены три человека."),
])
def test_a_preposition_of_when_before_an_impersonal_verb_is_no_speaker(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


def test_a_body_after_a_preposition_of_place_still_speaks(read):
    report = "Ночью беспилотник атаковал нефтебазу в Курске. В министерстве обороны сообщили, что ранены три человека."
    assert sources(casualty_event(read(report, "ru")), "injured") == {"министерстве обороны"}


def test_residents_of_named_places_are_no_person():
    _, told = speaker("Residents of the towns of Lgov and Rylsk in Russia's Kursk Oblast reported explosions.", "en")
    assert told.kind == "residents" and told.name == "residents"
