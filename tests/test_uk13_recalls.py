"""Ukrainian reports that recall the outlet's earlier reporting beside today's incident (uk13): the recalled incident's
place is not where today's happened, and an Air Force summary's night ends where an outlet's earlier report is
recalled. Each with a report written for this test (report_reading.PUBLISHED, 10 March 2025)."""

import pytest

from eventledger.extract.attribution import recalls
from report_reading import figures


def test_a_recalled_incidents_place_does_not_place_todays(read):
    text = ("Очільник Запорізької ОВА розповів про наслідки обстрілу.\n"
            "Через атаку травмовано двох чоловіків, обидва в лікарні.\n"
            "Нагадаємо, 2 березня ворог обстріляв село на Харківщині, тоді загинув пенсіонер.")
    events = [e for e in read(text, "uk") if e.kind in ("strike", "shelling")]
    today = [e for e in events if figures(e).get("injured") == 2]
    assert len(today) == 1
    assert today[0].place is None or today[0].place.key != "Kharkiv Oblast"


@pytest.mark.parametrize("sentence, recalled", [
    ("Як повідомляв наш сайт, у Сумах уламки пошкодили будинок.", True),
    ("Як писала місцева газета, 2 березня росіяни вдарили по Одесі.", True),
    ("Як повідомляли у поліції, двоє людей дістали травми.", False),
])
def test_an_outlets_earlier_report_opens_a_recap(sentence, recalled):
    assert recalls(sentence, "uk") is recalled


def test_an_air_force_summary_ends_where_an_outlets_earlier_report_is_recalled(read):
    text = ("Повітряні сили ЗСУ: у ніч на 10 березня Росія запустила по Україні 31 ударний БпЛА, із них 25 "
            "збито.\n\n"
            "Як повідомляв наш сайт, у ніч на 9 березня ворог атакував Україну 48 дронами. Захисники неба "
            "знешкодили 39 БпЛА.")
    tonight = [e for e in read(text, "uk") if e.kind == "interception" and e.date == "2025-03-10"]
    assert len(tonight) == 1
    assert figures(tonight[0]) == {"launched": 31, "intercepted": 25}


def test_a_summarys_community_lines_told_with_a_colon_are_each_at_their_community(read):
    text = ("Протягом минулої доби російські війська атакували громади Сумщини, повідомила ОВА.\n\n"
            "Білопільська громада: ворог скинув 4 КАБи, пошкоджено приватний будинок.\n"
            "Середино-Будська громада: артилерійський обстріл (6 вибухів).\n"
            "Миропільська громада: обстріл з РСЗВ (10 вибухів).\n")
    places = {e.place.key for e in read(text, "uk") if e.kind in ("strike", "shelling") and e.place is not None}
    assert {"Bilopillia", "Seredyna-Buda", "Myropillia"} <= places


def test_a_country_before_a_colon_is_a_rubric_not_a_summary_line(read):
    text = ("Ukraine news: drones strike a power plant\n\n"
            "A power plant in Russia's Belgorod region caught fire after drones hit it overnight, officials said.")
    assert not [e for e in read(text, "en") if e.kind in ("strike", "shelling") and e.place is not None
                and e.place.precision == "country" and e.place.key == "Ukraine"]


@pytest.mark.parametrize("text, lang, where", [
    ("Увечері ворожі дрони атакували Харків. Над містом працювала ППО.\n\n"
     "Міський голова повідомив: у Київському районі уламок пошкодив дах, у Салтівському районі горіла машина.",
     "uk", "Kharkiv"),
    ("Вечером Белгород атаковали беспилотники. Над городом работала ПВО.\n\n"
     "Губернатор сообщил, что обломок повредил крышу частного дома.", "ru", "Belgorod"),
])
def test_air_defence_at_work_told_with_no_place_is_where_the_paragraph_told_the_attack(read, text, lang, where):
    (e,) = [e for e in read(text, lang) if e.kind == "interception"]
    assert e.place is not None and e.place.key == where
