"""What review20a found in the own-place rule of the breakdown reader (ledger20), each case in posts of our own.

(1) A count before a list keeps a place of its own only at a region named in its sentence other than as a dateline,
with no word for several regions there in any case form: a city (a dateline's, a capital's "над Москвой и областями
...") leaves the count to the list. (2) When a region's own count is set apart, the list after it is still a claim: its
own interception, its total the sum. (3) A casualty count told by a participle with no noun ("двое погибших", "two
killed") is people, no area of the list.
"""

from __future__ import annotations

import pytest

from eventledger.model import Event


def interceptions(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "interception"]


def areas(e: Event) -> dict[str, int | None]:
    return {a.place.key: a.figures.get("intercepted") for a in e.areas}


# -- (1) a dateline or several regions: the count is the list's total ---------------------------------------------------

LIST_TOTALS = {
    # a city's dateline run on by a dash, the list partial ("больше всего ... ещё ...")
    "ru-dash": ("Липецк, 14 июня — Расчёты ПВО за прошедшую ночь сбили 27 беспилотников. Больше всего — 11 — над "
                "Тамбовской областью, ещё 9 — над Пензенской.", "ru", {"Tambov Oblast": 11, "Penza Oblast": 9}, 27),
    "ru-agency": ("ВОЛГОГРАД, 14 июня /агентство/ — Средства ПВО ночью уничтожили 27 беспилотников. Больше всего — 11 — "
                  "над Тамбовской областью, ещё 9 — над Пензенской.", "ru", {"Tambov Oblast": 11, "Penza Oblast": 9}, 27),
    "ru-period": ("Саратов. Средства ПВО ночью уничтожили 27 беспилотников, больше всего — 11 — над Тамбовской областью, "
                  "ещё 9 — над Пензенской.", "ru", {"Tambov Oblast": 11, "Penza Oblast": 9}, 27),
    # a region as the dateline: named only there
    "ru-region-dateline": ("Орловская область, 14 июня — За ночь силы ПВО сбили 20 беспилотников. Больше всего — 9 — над "
                           "Тульской областью, ещё 6 — над Калужской.", "ru", {"Tula Oblast": 9, "Kaluga Oblast": 6}, 20),
    # a capital and the regions around it
    "ru-capital": ("Этой ночью в небе над Москвой и областями Центрального федерального округа сбиты 26 дронов. 10 — над "
                   "Тверской областью, 7 — над Ярославской.", "ru", {"Tver Oblast": 10, "Yaroslavl Oblast": 7}, 26),
    "ru-regions-gen": ("Над Воронежской областью, как и над рядом других областей, этой ночью уничтожено 19 "
                       "беспилотников. 8 — над Тамбовской областью, 6 — над Липецкой.", "ru",
                       {"Tambov Oblast": 8, "Lipetsk Oblast": 6}, 19),
    "uk-capital": ("Цієї ночі над Києвом та областями півночі країни збито 26 дронів. 10 — над Житомирською областю, 7 — "
                   "над Черкаською.", "uk", {"Zhytomyr Oblast": 10, "Cherkasy Oblast": 7}, 26),
    "uk-dash": ("Полтава, 14 червня — Сили ППО цієї ночі знищили 27 дронів. Найбільше — 11 — над Житомирщиною, ще 9 — над "
                "Черкащиною.", "uk", {"Zhytomyr Oblast": 11, "Cherkasy Oblast": 9}, 27),
    "en-wire": ("OREL, June 14 (Agency) - Air defences shot down 27 drones overnight, the ministry said. Eleven were "
                "downed over Tambov Oblast and nine over Penza Oblast.", "en", {"Tambov Oblast": 11, "Penza Oblast": 9}, 27),
}


@pytest.mark.parametrize("case", sorted(LIST_TOTALS))
def test_a_count_at_a_dateline_or_over_several_regions_is_the_list_s_total(read, case):
    text, lang, listed, total = LIST_TOTALS[case]
    [e] = interceptions(read(text, lang))
    assert areas(e) == listed
    assert e.figures["intercepted"].best == total


# -- (2) a region's own count set apart: the list after it stays ------------------------------------------------------

OWN_THEN_LIST = {
    "ru": ("Над Белгородской областью этой ночью сбиты 14 беспилотников, никто не пострадал. Помимо этого, над Орловской "
           "областью — 6, над Тульской — 3.", "ru", "Belgorod Oblast", {"Oryol Oblast": 6, "Tula Oblast": 3}),
    "uk": ("Над Сумщиною цієї ночі збито 14 безпілотників, ніхто не постраждав. Крім того, над Житомирською областю — 6, "
           "над Черкаською — 3.", "uk", "Sumy Oblast", {"Zhytomyr Oblast": 6, "Cherkasy Oblast": 3}),
}


@pytest.mark.parametrize("lang", sorted(OWN_THEN_LIST))
def test_a_list_told_after_a_region_s_own_count_is_kept_as_a_claim_of_its_own(read, lang):
    text, lang, region, listed = OWN_THEN_LIST[lang]
    events = interceptions(read(text, lang))
    [own] = [e for e in events if e.place is not None and e.place.key == region]
    assert not own.areas and own.figures["intercepted"].best == 14
    [rest] = [e for e in events if e.areas]
    assert areas(rest) == listed
    assert rest.figures["intercepted"].best == sum(listed.values())


@pytest.mark.parametrize("text, lang, listed", [
    ("В Шахтах этой ночью сбиты 8 беспилотников, никто не пострадал. Помимо этого, 6 — над Орловской областью, 3 — над "
     "Тульской.", "ru", {"Oryol Oblast": 6, "Tula Oblast": 3}),
    ("У Полтаві цієї ночі збито 8 безпілотників, ніхто не постраждав. Крім того, 6 — над Житомирською областю, 3 — над "
     "Черкаською.", "uk", {"Zhytomyr Oblast": 6, "Cherkasy Oblast": 3}),
])
def test_a_list_told_after_a_city_s_count_keeps_its_regions(read, text, lang, listed):
    # a city sets no count apart (the narrowed rule): the list holds the city's count as before, its regions are there
    [e] = [x for x in interceptions(read(text, lang)) if x.areas]
    assert areas(e) == listed


# -- (3) a casualty participle with no noun is people -----------------------------------------------------------------

CASUALTIES = {
    "ru-killed": ("Средства ПВО за сутки сбили 15 беспилотников над Орловской областью, трое погибших в Белгородской "
                  "области, 4 — над Тульской, 2 — над Калужской.", "ru"),
    "ru-wounded": ("Средства ПВО за сутки сбили 15 беспилотников над Орловской областью, четверо раненых в Белгородской "
                   "области, 4 — над Тульской, 2 — над Калужской.", "ru"),
    "ru-hurt": ("Средства ПВО за сутки сбили 15 беспилотников над Орловской областью, 3 пострадавших в Белгородской "
                "области, 4 — над Тульской, 2 — над Калужской.", "ru"),
    "uk-killed": ("Сили ППО знешкодили 21 дрон: 15 над Житомирщиною, троє загиблих на Сумщині, 4 над Черкащиною, 2 над "
                  "Вінниччиною.", "uk"),
    "en-killed": ("The ministry said 21 drones were downed: 15 over Oryol Oblast, three killed in Belgorod Oblast, four over "
                  "Tula Oblast and two over Kaluga Oblast.", "en"),
    "en-wounded": ("The ministry said 21 drones were downed: 15 over Oryol Oblast, three wounded in Belgorod Oblast, four "
                   "over Tula Oblast and two over Kaluga Oblast.", "en"),
}


@pytest.mark.parametrize("case", sorted(CASUALTIES))
def test_a_casualty_participle_in_a_list_is_no_area_of_it(read, case):
    text, lang = CASUALTIES[case]
    [e] = [x for x in interceptions(read(text, lang)) if x.areas]
    assert "Belgorod Oblast" not in areas(e) and "Sumy Oblast" not in areas(e)
    assert len(e.areas) == 3
    assert max(v for v in areas(e).values() if v is not None) == 15


@pytest.mark.parametrize("text, lang, region", [
    ("Air defences destroyed 21 drones: 15 over Oryol Oblast, three people were hurt in Belgorod Oblast, four over Tula "
     "Oblast and two over Kaluga Oblast.", "en", "Belgorod Oblast"),
    ("Сили ППО знешкодили 21 дрон: 15 над Житомирщиною, троє людей поранені на Сумщині, 4 над Черкащиною, 2 над "
     "Вінниччиною.", "uk", "Sumy Oblast"),
    ("Two women were wounded in Belgorod Oblast. Air defences destroyed 15 drones over Oryol Oblast, four over Tula Oblast "
     "and two over Kaluga Oblast.", "en", "Belgorod Oblast"),
])
def test_a_casualty_count_with_its_noun_is_still_no_area(read, text, lang, region):
    [e] = [x for x in interceptions(read(text, lang)) if x.areas]
    assert region not in areas(e)
