"""Attribution (fix21d): misfires a review found in attr21's rules. The reports are written for these tests and their
names invented.

Covered:
- a name closing a tag after the speaker's office and a comma is his only after a rank or a second office ("...,
  підполковник служби цивільного захисту Іван Петренко"), not after other words ("..., загиблий водій Петро Коваль");
- "X told of the incident in <Place>" in ru/uk is what he told, no pointer back (as in English);
- a pronoun before anyone spoke names nobody when another person is named after the official ("наградил жителя Ивана
  Петрова ... Он рассказал");
- an impersonal report ("It is reported", "як повідомляється") about a place the report has not named before relays
  nobody;
- "the same source" after residents is the residents;
- a quoted name inside a speaker phrase keeps both its marks.
"""

import pytest

from report_reading import casualty_event, sources


# -- a name after the office and a comma -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, office", [
    ("uk", "У Конотопі внаслідок удару загинула одна людина, повідомив начальник МВА, загиблий водій Степан Мороз.",
     "начальник МВА"),
    ("uk", "У Конотопі внаслідок удару поранено трьох людей, – повідомив начальник МВА, подякувавши лікарю Степану "
           "Морозу.", "начальник МВА"),
    ("ru", "В Курске в результате обстрела ранены три человека, сообщил глава города, среди раненых водитель Степан Морозов.",
     "глава города"),
])
def test_a_name_after_other_words_than_a_rank_is_not_the_speaker(read, lang, report, office):
    assert {c.source for c in casualty_event(read(report, lang)).claims} == {office}


def test_a_name_after_a_rank_is_the_speaker(read):
    report = ("В Курске в результате обстрела ранены три человека, сообщил начальник пресс-службы ГУ МЧС, подполковник "
              "внутренней службы Степан Морозов.")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Степан Морозов"}


# -- told of the incident at a named place -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, person", [
    ("ru", "Дрон атаковал склад в Курске, погиб сторож. Мэр Степан Морозов рассказал об инциденте в Льгове, где ранены "
           "двое.", "Степан Морозов"),
    ("uk", "Дрон атакував склад у Конотопі, загинув сторож. Голова громади Степан Мороз повідомив про інцидент у Ромнах, "
           "де поранено двох людей.", "Степан Мороз"),
])
def test_an_incident_at_a_named_place_is_no_pointer_in_ru_uk(read, lang, report, person):
    first = next(e for e in read(report, lang) if e.kind in ("strike", "shelling") and "killed" in
                 {c.figure for c in e.claims})
    assert sources(first, "killed") != {person}


# -- a pronoun before anyone spoke, with another person named closer ---------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("ru", "Губернатор Курской области Степан Морозов наградил жителя Льгова Петра Сидорова, который спас соседей. Он "
           "рассказал, что дрон попал в дом ночью, ранены два человека."),
    ("uk", "Голова Сумської ОВА Степан Мороз відвідав місце удару в Сумах. Загинула мешканка міста Ганна Сидоренко. За її "
           "словами, поранено двох людей."),
    ("en", "Governor Stepan Moroz awarded a medal to resident Petro Sydorenko, who saved his neighbours in Sumy. He said "
           "the drone hit the house at night, injuring two people."),
])
def test_a_pronoun_with_another_person_named_closer_names_nobody(read, lang, report):
    assert sources(casualty_event(read(report, lang)), "injured") == {None}


# -- an impersonal report about a new place ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report", [
    ("en", "Governor Stepan Moroz said a missile hit Sumy on Monday.\n\nIt is reported that a drone struck a car in "
           "Konotop, injuring two people."),
    ("uk", "Голова Сумської ОВА Степан Мороз повідомив, що росіяни вдарили по Сумах ракетою.\n\nУ Конотопі, як "
           "повідомляється, поранено двох людей."),
    ("ru", "Губернатор Степан Морозов сообщил, что беспилотник атаковал Курск.\n\nВо Льгове, как сообщается, ранены два "
           "человека."),
])
def test_an_impersonal_report_of_a_new_place_relays_nobody(read, lang, report):
    (hurt,) = [e for e in read(report, lang) if "injured" in {c.figure for c in e.claims}]
    assert sources(hurt, "injured") == {None}


# -- the same source after residents -----------------------------------------------------------------------------------

def test_the_same_source_after_residents_is_the_residents(read):
    report = ("Губернатор Степан Морозов сообщил о сбитом беспилотнике над Курском. Местные жители рассказали, что "
              "слышали взрывы. По данным этого источника, во Льгове беспилотник попал в дом, "
              "ранены два человека.")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Местные жители"}


# -- a quoted name inside a speaker phrase -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, report, source", [
    ("ru", "Беспилотник атаковал Курск, пострадали двое, сообщил директор завода «Курскрезинотехника».",
     "директор завода «Курскрезинотехника»"),
    ("en", 'Russian forces struck a store in Sumy, injuring two, according to "Sumy Today" correspondents.',
     '"Sumy Today" correspondents'),
])
def test_a_quoted_name_in_a_speaker_keeps_its_marks(read, lang, report, source):
    assert sources(casualty_event(read(report, lang)), "injured") == {source}
