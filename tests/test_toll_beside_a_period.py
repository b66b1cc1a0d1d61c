"""A month range or "since the start of ..." told in a side clause of the sentence that tells an incident's toll does
not make that toll a period's: the incident keeps it (fix22s; split22's `period_origins` dropped it: now a period governs
only the clause it opens, war_totals._of_a_period). The reports are the split22 reviewer's own writing."""

import pytest
from report_reading import figures

from eventledger.extract.war_totals import of_a_war

_REPORTS = [
    ("A hospital in Kherson, repaired in May and June after earlier shelling, was hit by a Russian drone on Sunday, "
     "killing two people, the governor said.", "en"),
    ("Больница в Белгороде, отремонтированная в мае-июне после прошлых обстрелов, в воскресенье была атакована дроном "
     "ВСУ, погибли два человека, сообщил губернатор.", "ru"),
    ("Лікарню в Херсоні, яку відремонтували у травні-червні після попередніх обстрілів, у неділю атакував російський "
     "дрон, загинули двоє людей, повідомив начальник ОВА.", "uk"),
]


@pytest.mark.parametrize("text, lang", _REPORTS)
def test_a_period_in_a_side_clause_leaves_the_incident_its_toll(read, text, lang):
    assert [figures(e) for e in read(text, lang) if e.kind == "strike"] == [{"killed": 2}]


@pytest.mark.parametrize("before, lang, told", [
    ("Between May and June, ", "en", True),
    ("Since the start of the week Russian forces have shelled Kherson daily, and on Sunday a shell killed ", "en", False),
    ("Nikopol, shelled almost daily since the beginning of the year, came under drone attack on Sunday, with ", "en",
     False),
    ("ВСУ обстреляли Шебекино, ранены двое, а с начала месяца в городе пострадали ", "ru", True),
    ("Город, оккупированный в марте-апреле 2022 года, в воскресенье атаковали дроном, погибли ", "ru", False),
    ("Рынок в Шебекино, закрытый с начала года, в воскресенье атаковал дрон ВСУ, погибли ", "ru", False),
    ("З початку травня в громаді загинули ", "uk", True),
    ("З початку місяця росіяни щодня обстрілюють Херсон, а в неділю снаряд убив ", "uk", False),
])
def test_a_period_governs_only_the_clause_it_opens(before, lang, told):
    assert of_a_war(before, lang) is told
