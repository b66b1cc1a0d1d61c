"""Attribution (attr18): "мэрия"/"мерія" (a city hall) is a body that speaks for itself, not the mayor's office held by
the official the report names. The reports are written for these tests and their names invented.

Covered: "как уточнили в Харьковской мэрии", "за даними Харківської мерії" after another official is the city hall;
the mayor named alone ("мэр уточнил", "мер уточнив") is still the mayor the report names (the rule must not fire on
it).

(attr18 also measured the teller of a quotation of several sentences, commit 36a4719, reverted: validation figure
best fell by one; its tests are in that commit.)"""

import pytest

from report_reading import casualty_event, sources


@pytest.mark.parametrize("lang, report, body", [
    ("ru", "Ночью дрон упал на склад в Харькове, написал губернатор Павел Ясенев. Как уточнили в Харьковской мэрии, "
           "ранены три работника.", "Харьковской мэрии"),
    ("uk", "Уночі дрон влучив у склад у Харкові, написав голова ОВА Павло Ясенев. За даними Харківської мерії, "
           "поранено трьох працівників.", "Харківської мерії"),
])
def test_a_city_hall_is_a_body_not_the_officials_office(read, lang, report, body):
    assert sources(casualty_event(read(report, lang)), "injured") == {body}


@pytest.mark.parametrize("lang, report, person", [
    ("ru", "Утром беспилотник атаковал Одессу. Мэр Одессы Геннадий Орлов приехал на место. Позже мэр уточнил, что "
           "ранены три человека.", "Геннадий Орлов"),
    ("uk", "Вранці безпілотник атакував Одесу. Мер Одеси Геннадій Орлов приїхав на місце. Пізніше мер уточнив, що "
           "поранено трьох людей.", "Геннадій Орлов"),
])
def test_the_mayor_alone_is_still_the_mayor_named(read, lang, report, person):
    assert sources(casualty_event(read(report, lang)), "injured") == {person}
