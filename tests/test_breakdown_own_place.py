"""A digest's line is read at the region it names, not folded into a list of other regions told beside it (ledger20).

Two faults of the per-region breakdown reader (`breakdowns.py`), found behind the ledger judges' relays and digests:
(1) an interception told at a region of its own just before a list of other regions ("over Kursk Oblast 25 drones ...
three more tried to attack Bryansk Oblast, two were downed over Voronezh Oblast") was taken as the list's stated total,
so the region's count left its region and was placed at the list's regions; (2) a casualty line of a digest ("three
people were injured in Belgorod Oblast") was read as one more area of the air-defence line after it. The posts are
our own, written in the style of Russian, Ukrainian and English news channels.
"""

from __future__ import annotations

import pytest

from eventledger.model import Event


def interceptions(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "interception"]


def areas(e: Event) -> dict[str, int | None]:
    return {a.place.key: a.figures.get("intercepted") for a in e.areas}


OWN_COUNT_BEFORE_A_LIST = {
    "ru": ("За ночь над Курской областью уничтожено 25 беспилотников, на промобъекте начался пожар, пострадавших нет.\n\n"
           "Три FPV-дрона также пытались атаковать Брянскую область, еще два БПЛА сбиты над Воронежской областью.",
           "Kursk Oblast", {"Bryansk Oblast", "Voronezh Oblast"}),
    "uk": ("Уночі над Сумщиною знищено 25 безпілотників, на промисловому об'єкті спалахнула пожежа, постраждалих немає.\n\n"
           "Три FPV-дрони також намагалися атакувати Чернігівську область, ще два БпЛА збито над Полтавською областю.",
           "Sumy Oblast", {"Chernihiv Oblast", "Poltava Oblast"}),
    "en": ("Over Kursk Oblast 25 drones were destroyed overnight, a fire broke out at an industrial site, nobody was hurt."
           "\n\nThree FPV drones also tried to attack Bryansk Oblast, two more drones were shot down over Voronezh Oblast.",
           "Kursk Oblast", {"Bryansk Oblast", "Voronezh Oblast"}),
}


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
def test_a_region_s_own_count_before_a_list_of_other_regions_keeps_its_region(read, lang):
    text, region, listed = OWN_COUNT_BEFORE_A_LIST[lang]
    events = interceptions(read(text, lang))
    own = [e for e in events if e.place is not None and e.place.key == region]
    assert len(own) == 1 and not own[0].areas
    assert own[0].figures["intercepted"].best == 25
    # the list's regions are the list's, and its figure is not the region's 25
    for e in events:
        if e.areas:
            assert set(areas(e)) == listed
            assert e.figures["intercepted"].best != 25


def test_a_digest_s_casualty_line_is_no_area_of_its_air_defence_line(read):
    events = read(
        "Главное за 3 марта.\n\n"
        "▪️Три человека пострадали в Белгородской области при ударе ВСУ 1 марта, сообщили в областном штабе;\n\n"
        "▪️ПВО за сутки уничтожила 12 беспилотников над Брянской областью, 5 — над Орловской, 3 — над Тульской и по 1 — "
        "над Калужской и Липецкой областями;\n\n"
        "▪️Глава МИД провёл переговоры с коллегой.", "ru")
    [e] = interceptions(events)
    assert areas(e) == {"Bryansk Oblast": 12, "Oryol Oblast": 5, "Tula Oblast": 3, "Kaluga Oblast": 1,
                        "Lipetsk Oblast": 1}
    assert e.figures["intercepted"].best == 22
    [strike] = [x for x in events if x.kind == "strike"]
    assert strike.place.key == "Belgorod Oblast" and strike.figures["injured"].best == 3


def test_an_english_digest_s_casualty_line_is_no_area_either(read):
    events = read(
        "Morning summary, 3 March.\n\n"
        "▪️Three people were injured in Belgorod Oblast in a Ukrainian strike on 1 March, the regional headquarters "
        "said;\n\n▪️Air defences destroyed 12 drones over Bryansk Oblast, 5 over Oryol Oblast, 3 over Tula Oblast and "
        "one each over Kaluga and Lipetsk Oblasts in a day;", "en")
    [e] = interceptions(events)
    assert "Belgorod Oblast" not in areas(e)
    assert areas(e)["Bryansk Oblast"] == 12


# -- what stays as it was -------------------------------------------------------------------------------------------


def test_a_total_told_over_the_country_before_its_list_is_still_the_list_s_total(read):
    [e] = interceptions(read(
        "Минобороны: за ночь над территорией России уничтожены 20 беспилотников, пострадавших нет.\n\n"
        "12 — над Брянской областью, 8 — над Курской.", "ru"))
    assert areas(e) == {"Bryansk Oblast": 12, "Kursk Oblast": 8}
    assert e.figures["intercepted"].best == 20


def test_a_town_s_count_inside_one_of_the_listed_regions_is_still_part_of_the_list(read):
    [e] = interceptions(read(
        "В Брянске ночью сбиты три беспилотника, пострадавших нет, выбиты стекла в двух домах.\n\n"
        "Всего над регионами уничтожено восемь дронов: 3 над Брянской областью, 5 над Курской.", "ru"))
    assert areas(e) == {"Bryansk Oblast": 3, "Kursk Oblast": 5}
    assert e.figures["intercepted"].best == 8


def test_a_region_s_own_count_named_in_the_list_is_still_the_list_s(read):
    # the count's region is one of the list's areas: the list holds it, as before
    [e] = interceptions(read(
        "Над Курской областью ночью уничтожены 25 беспилотников.\n\n"
        "Еще три сбиты над Брянской областью и два над Воронежской.", "ru"))
    assert areas(e) == {"Kursk Oblast": 25, "Bryansk Oblast": 3, "Voronezh Oblast": 2}
