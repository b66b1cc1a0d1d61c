"""Attribution (attr16): a person who holds an office is credited, not the bare office. The reports are written for these
tests and their names invented.

Covered: capitals that end in a body's words after an office ("Regional Military Administration") are what the office
heads, not a holder; a bracketed abbreviation between an office and a name; "він"/"он" after a bare office; "Gov." as
an abbreviation; a speech verb inside a subjectless phrase between commas ("with ... reported")."""

import pytest

from report_reading import casualty_event, sources


def test_body_capitals_after_an_office_name_no_one(read):
    report = ("Six workers were injured when a glide bomb hit a warehouse in Chernihiv, Head of the Chernihiv Regional "
              "Military Administration Yarema Kostiuk wrote on Telegram.\n"
              "The head of the Regional Military Administration later said two of them were in hospital.")
    strike = casualty_event(read(report, "en"))
    assert sources(strike, "hospitalized") == {"Head of the Chernihiv Regional Military Administration Yarema Kostiuk"}


@pytest.mark.parametrize("lang, report, person", [
    ("uk", "Уночі безпілотник пошкодив гуртожиток у Чернігові, двоє людей отримали поранення. Про це написав начальник "
           "Чернігівської міської військової адміністрації (ЧМВА) Ярема Костюк.", "Ярема Костюк"),
    ("ru", "Ночью беспилотник повредил общежитие в Курске, двое жителей получили ранения. Об этом написал глава "
           "администрации округа (АО) Фёдор Зуев.", "Фёдор Зуев"),
])
def test_a_bracketed_abbreviation_between_office_and_name(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}


@pytest.mark.parametrize("lang, report, person", [
    ("uk", "Безпілотник влучив у гараж у Чернігові. Гараж оглянув голова Чернігівської обласної військової "
           "адміністрації Ярема Костюк. Мер Чернігова Остап Ліщина написав, що чув три вибухи.\n"
           "«Згоріли дві машини», – додав очільник області. Він наголосив, що загиблих немає.", "Ярема Костюк"),
    ("ru", "Беспилотник попал в гараж в Курске. Гараж осмотрел губернатор Курской области Фёдор Зуев. Мэр Курска Глеб "
           "Осокин написал, что слышал три взрыва.\n"
           "«Сгорели две машины», — добавил глава региона. Он подчеркнул, что погибших нет.", "Фёдор Зуев"),
])
def test_he_after_a_bare_office_is_the_holder_not_the_last_speaker(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "killed") == {person}


def test_gov_abbreviation_before_a_name(read):
    report = "A drone hit a grain store near Chernihiv, injuring a guard, Gov. Yarema Kostiuk said on Sunday."
    assert sources(casualty_event(read(report, "en")), "injured") == {"Gov. Yarema Kostiuk"}


def test_a_speech_participle_between_commas_is_not_the_clause_verb(read):
    report = ("A drone hit a fuel depot in Chernihiv at dawn, without any injuries reported, Mayor Ostap Lishchyna told "
              "local television.")
    assert sources(casualty_event(read(report, "en")), "injured") == {"Mayor Ostap Lishchyna"}
    # the same phrase closing the sentence, with no teller after it, credits no one
    alone = casualty_event(read("A drone hit a fuel depot in Chernihiv at dawn, without any injuries reported.", "en"))
    assert sources(alone, "injured") == {None}
