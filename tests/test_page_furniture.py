"""A stored page lists other stories below the report, each headline followed by its time; whatever the list's heading,
its places are other incidents' (issue 10: a strike in Odesa Oblast read from the list under a report on Kharkiv).
Each page here was written for the test."""

import pytest

from eventledger.extract.page_furniture import story_list_start
from report_reading import kinds


@pytest.mark.parametrize("page, lang", [
    ("Російська ракета влучила у склад у Харкові, поранено двох людей.\nНОВИНИ ПАРТНЕРІВ\n"
     "Росіяни атакували південь Одещини, є постраждалі\n15:22, 17.12.2025\n"
     "Удар по Сумах: пошкоджено школу\n20:30, 16.12.2025\n", "uk"),
    ("Беспилотник атаковал нефтебазу в Брянской области, пострадал один человек.\nЕщё по теме\n"
     "Обстрел Белгорода: ранены трое\n09:15\nВ Курской области сбили два дрона\n08:40\n", "ru"),
    ("A Russian missile hit a warehouse in Kharkiv, injuring two people.\nMost read\n"
     "Drones strike oil depot in Bryansk\n12.03.2025, 10:12\nShelling of Kherson kills one\n11.03.2025, 18:40\n", "en"),
])
def test_the_list_of_other_stories_tells_no_incident(read, page, lang):
    assert len(kinds(read(page, lang))) == 1


def test_a_report_with_one_dated_line_keeps_all_its_text():
    page = "Обстріл Херсона: зросла кількість поранених\n16.04.2025\nУ Херсоні поранено ще двох людей."
    assert story_list_start(page) is None


def test_teasers_cut_short_tell_no_incident(read):
    # other stories' openings listed under the report, each broken off at an ellipsis, no time beside them
    page = ("A missile hit a dormitory in Poltava overnight, killing one person and injuring ten, the governor said.\n"
            "A think tank in Kyiv publishes its view of the coming months and of what the army can…\n"
            "Soldiers of a brigade say they shot down an enemy helicopter that was flying low over the…\n"
            "Fire crews are putting out a blaze at a depot in Odesa after a night attack. Several people were hurt, but…\n")
    assert [e.place.key for e in read(page)] == ["Poltava"]


def test_a_sentence_of_the_report_that_trails_off_is_no_teaser():
    page = ("Explosions were heard in Kharkiv overnight…\nThe governor said two people were injured.\n"
            "Emergency services are working at the site…\n")
    assert story_list_start(page) is None


def test_times_with_the_month_named_and_a_link_line(read):
    # the stamps name the month ("12 березня 2025, 10:40"); the first headline has a link line before its time
    page = ("Унаслідок удару по Сумах поранено трьох людей, повідомила ОВА.\nПідписуйся на нас\n"
            "Дрони атакували порт в Одесі, пошкоджено склад\nВсі новини »\n12 березня 2025, 10:40\n"
            "Удар по Запоріжжю: зруйновано два будинки\n12 березня 2025, 09:05\n")
    assert [e.place.key for e in read(page, "uk")] == ["Sumy"]
