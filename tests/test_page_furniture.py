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
