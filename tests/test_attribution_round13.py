"""Attribution errors of the real-news pool (ninth session): a speaker who points back after his verb ("X said this",
"That's according to X", "Гладков сообщил об этом в телеграме"); a body told again by one of its channels or with a
preposition of place ("пресс-служба ведомства", "в ведомстве уточнили"); an office with a word inside it ("глава
российского региона"); what was told opening the sentence as an object ("Інформацію підтвердили X"); the speech verbs in
every person and tense; a dash glued to the comma after a quotation. Shown with short reports written for this test."""

import pytest

from eventledger.extract.attribution import SourceBook
from eventledger.extract.segment import Span
from report_reading import casualty_event, sources, speaker


# --- a pointer back after the verb: the speaker told the sentence before ------------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("A guided bomb hit a market in Zaporizhzhia on Tuesday, injuring seven people. Regional governor Ivan Petrenko said "
     "this on Tuesday. Separately, the Air Force said it had shot down 20 drones over the south.", "en",
     "Regional governor Ivan Petrenko"),
    ("A drone hit a house in Kherson, injuring seven people. That's according to the Kherson Regional Military "
     "Administration. Separately, the Air Force said it had shot down 20 drones over the south.", "en",
     "Kherson Regional Military Administration"),
    ("Беспилотник атаковал рынок в Белгороде, ранены семь человек. Губернатор Иван Петров сообщил об этом в своём "
     "телеграм-канале. Минобороны в свою очередь сообщило, что над областью сбиты 20 беспилотников.", "ru", "Иван Петров"),
])
def test_a_pointer_after_the_verb_credits_the_sentence_before(read, text, lang, source):
    assert sources(casualty_event(read(text, lang)), "injured") == {source}


def test_this_week_is_no_pointer_back():
    book, _ = speaker("A drone hit a school. Police say this week was the worst.", "en")
    _, said = speaker("Police say this week was the worst.", "en", book)
    assert said.name == "Police" and not book.pointed_back


# --- a body told again: by its channel, or with a preposition of place ---------------------------------------------------

@pytest.mark.parametrize("second, lang", [
    ("Об этом говорится в сообщении ведомства.", "ru"),
    ("Также в ведомстве уточнили, что погибших нет.", "ru"),
    ("Об этом сообщила пресс-служба ведомства.", "ru"),
])
def test_a_body_told_again_is_the_body_named_before(second, lang):
    first = "Минобороны России сообщило, что над Белгородской областью сбиты 20 беспилотников."
    book, said = speaker(first, lang)
    assert said.name == "Минобороны России"
    _, again = speaker(second, lang, book)
    assert again.name == "Минобороны России"


def test_a_place_after_a_preposition_is_no_body():
    # "в Ростове сообщают": where people tell it, no speaker named by its body
    _, said = speaker("В Ростове сообщают о взрывах.", "ru")
    assert said.name != "Ростове"


# --- an office with a word inside it: "глава российского региона" ---------------------------------------------------------

def test_an_office_with_an_adjective_inside_stands_for_its_holder():
    # two officials named: "губернатор" alone is the one named with the office, "глава российского региона"
    book, said = speaker("Об этом сообщил глава российского региона Иван Петров.", "ru")
    assert said.name == "Иван Петров"
    speaker("Мэр Белгорода Олег Сидоров сообщил, что в городе повреждены три дома.", "ru", book)
    _, again = speaker("«В результате атаки также ранен мирный житель», — добавил губернатор.", "ru", book)
    assert book.holder(again.name) is not None and book.holder(again.name).name == "Иван Петров"


# --- what was told opens the sentence as its object; an adverb alone names nobody -----------------------------------------

def test_information_confirmed_by_names_the_first_speaker_after_the_verb():
    _, said = speaker("Інформацію про атаку на Харків підтвердили очільник ОВА Олег Петренко та мер міста Іван Сидоренко.",
                       "uk")
    assert said.name == "Олег Петренко"


@pytest.mark.parametrize("text, lang", [
    ("Спершу повідомили, що постраждали двоє людей.", "uk"),
    ("Сначала сообщили, что пострадали два человека.", "ru"),
])
def test_an_adverb_before_an_impersonal_verb_is_no_speaker(text, lang):
    assert speaker(text, lang)[1].name is None


# --- the speech verbs in every person and tense; a dash glued to the comma after a quotation ----------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Как поясняют в Росавиации, ограничения введены для безопасности полётов.", "ru", "Росавиации"),
    ("Губернатор Иван Петров информировал об уничтожении восьми беспилотников.", "ru", "Иван Петров"),
    ("Місцеві мешканці кажуть, що вибух було чутно по всьому місту.", "uk", "Місцеві мешканці"),
    ("“Загинув 61-річний водій”,- повідомляє Офіс генпрокурора.", "uk", "Офіс генпрокурора"),
])
def test_speech_verbs_in_every_form(text, lang, source):
    assert speaker(text, lang)[1].name == source


# --- a speech verb that is also a noun: "Initial reports suggest", "after the initial report" -----------------------------

@pytest.mark.parametrize("text, source", [
    ("Initial reports suggest that no one was hurt in the blaze.", None),
    ("About an hour after the initial report, Petrenko gave an update: one person had died.", None),
    ("Lebanese media reports one killed in a strike on a car in Khiam.", "Lebanese media"),
    ("Police report two injured in the strike.", "Police"),
])
def test_a_verb_that_is_a_noun_after_an_article_or_adjective(text, source):
    assert speaker(text, "en")[1].name == source


# --- an outlet's web name keeps its dot: "Censor.NET", "Запоріжжя.інфо"; a sentence glued after a dot is no name -------

@pytest.mark.parametrize("text, lang, source", [
    ("One person was injured, according to Censor.NET.", "en", "Censor.NET"),
    ("Про це пише місцевий Телеграм-канал Запоріжжя.інфо.", "uk", "місцевий Телеграм-канал Запоріжжя.інфо"),
    ("Двое ранены, сообщил губернатор.Он добавил, что домов повреждено три.", "ru", "губернатор"),
])
def test_a_web_name_keeps_its_dot(text, lang, source):
    assert speaker(text, lang)[1].name == source


# --- a "Source:" line: an office opens a descriptor; where he wrote is no descriptor -------------------------------------

@pytest.mark.parametrize("line, source", [
    ("Source: Major General Ivan Petrenko, Commander of the Air Force of Ukraine", "Major General Ivan Petrenko"),
    ("Source: Ivan Petrenko, Governor of Odesa Oblast, on Telegram; Ukrainian news agency Ukrinform", "Ivan Petrenko"),
])
def test_a_source_line_names_the_one_authority_of_the_report(read, line, source):
    text = ("Air defence downs all 12 drones over Odesa Oblast\n"
            "Air defence shot down all 12 Russian drones overnight over Odesa Oblast.\n"
            f"{line}\n"
            "Details: The Russians launched 12 Shahed drones at Odesa Oblast overnight.")
    events = [e for e in read(text, "en") if e.kind == "interception"]
    assert {c.source for e in events for c in e.claims if c.figure == "launched"} == {source}


# --- a pointer back closing a sentence, with where it was said before the verb --------------------------------------------

@pytest.mark.parametrize("text, lang, source", [
    ("Беспилотник атаковал здание полиции, о чем в своем телеграм-канале сообщил губернатор региона Иван Петров.", "ru",
     "Иван Петров"),
    ("Дрон атакував будівлю поліції, про що у своєму телеграм-каналі повідомив голова ОВА Іван Петренко.", "uk",
     "Іван Петренко"),
])
def test_a_pointer_with_where_before_the_verb_names_the_speaker_after_it(text, lang, source):
    assert speaker(text, lang)[1].name == source


# --- an outlet named again only by its kind: "the news agency said", "пише видання" ---------------------------------------

@pytest.mark.parametrize("first, second, lang, source", [
    ("A strike killed nine civilians, Syrian state news agency SANA reported.",
     "The news agency said four were killed in Hamrat.", "en", "Syrian state news agency SANA"),
    ("Про це повідомляє РБК-Україна з посиланням на Суспільне.",
     '"У Харкові було чутно серію вибухів", - пише видання.', "uk", "Суспільне"),
    ("Об этом сообщает ТАСС.", "Как пишет издание, пострадавших нет.", "ru", "ТАСС"),
])
def test_an_outlet_named_by_its_kind_is_the_outlet_named_before(first, second, lang, source):
    book, _ = speaker(first, lang)
    assert speaker(second, lang, book)[1].name == source


def test_an_agency_after_a_ministry_is_the_ministry():
    # "the agency" may be a government body's: whichever spoke last
    sentences = ["Reuters reported the strike.", "The Defence Ministry said two drones were shot down.",
                 "The agency said the drones were Ukrainian."]
    text = " ".join(sentences)
    book = SourceBook(text, "en")
    for sentence in sentences:
        start = text.index(sentence)
        span = Span(start, start + len(sentence), sentence)
        said = book.speaker(span, span)
    assert said.name == "Defence Ministry"
