"""One night's interceptions told twice in one post as the count grows: one incident, its count the latest (a later
"ещё восемь" adds to the count told before); a second wave ("ещё одна атака", "another attack") or another night
stays apart. All reports here are written for these tests (invented numbers, real place names)."""

import pytest

from report_reading import figures, kinds


def interceptions(events):
    return [e for e in events if e.kind == "interception"]


@pytest.mark.parametrize("text, lang, count", [
    ("Гладков: над Белгородом сбиты 12 беспилотников. Минобороны: над Белгородской областью перехвачены и "
     "уничтожены 15 беспилотников.", "ru", 15),
    ("Гладков: над Белгородом сбиты 12 беспилотников. UPD: ещё восемь беспилотников сбиты над Белгородской "
     "областью.", "ru", 20),
    ("Синєгубов: над Харковом збито 5 дронів. Повітряні сили: над Харківською областю знищено 9 дронів.", "uk", 9),
    ("Синєгубов: над Харковом збито 5 дронів. Оновлення: ще три дрони збито над Харківською областю.", "uk", 8),
    ("Air defences downed 12 drones over Belgorod, the governor said. He later said 15 drones were destroyed over "
     "Belgorod region.", "en", 15),
])
def test_a_count_told_again_as_it_grows_is_one_incident(read, text, lang, count):
    [e] = interceptions(read(text, lang))
    assert figures(e)["intercepted"] == count


@pytest.mark.parametrize("text, lang", [
    ("Утром над Белгородом сбиты 12 беспилотников. Днём произошла ещё одна атака: над Белгородской областью "
     "уничтожены 15 беспилотников.", "ru"),
    ("Вранці над Харковом збито 5 дронів. Вдень була ще одна атака: над Харківською областю знищено 9 дронів.", "uk"),
    ("In the morning 12 drones were downed over Belgorod. Another attack came in the afternoon: 15 drones were "
     "destroyed over Belgorod region.", "en"),
    ("В ночь на 8 марта над Белгородом сбиты 12 беспилотников. В ночь на 9 марта над Белгородской областью "
     "уничтожены 15 беспилотников.", "ru"),
])
def test_a_second_wave_or_another_night_stays_apart(read, text, lang):
    assert len(interceptions(read(text, lang))) == 2, kinds(read(text, lang))
