"""What review16d found in place16, read right again. Reports written for these tests.

- A district ending one line is no district of the region that opens the next (district_region_gap: one line only).
- Lines that break off at an ellipsis inside a report's body (a quoted post, a Telegram opening) do not end the report.
- A city named in the dateline that is also where the strike happened is the city of a bare district.
- "Mykolaiv district" is not the city's own council area (GeoNames' "Mykolayiv urban raion").
"""

import pytest

from eventledger.geo.district_region import _gaps


def places(events):
    return [(e.kind, e.place.key if e.place else None, e.place.admin1 if e.place else None) for e in events]


def figures(event):
    return {k: (f.low, f.best, f.high) for k, f in event.figures.items()}


def test_russian_district_ending_a_headline_keeps_its_own_region(read):
    events = read("Дрон ударил по грузовику в Грайворонском районе\nБрянская область: ВСУ обстреляли Климово, "
                  "пострадавших нет, сообщил губернатор.", "ru")
    assert ("strike", "Grayvoronskiy Rayon", "Belgorod Oblast") in places(events)
    assert len(events) == 2


def test_ukrainian_district_ending_a_headline_does_not_move_to_the_next_line(read):
    events = read("Дрон влучив у вантажівку в Шосткинському районі\nХарківщина. Вночі ворог обстріляв Ізюм, "
                  "пошкоджено магазин.\nВнаслідок удару по вантажівці в Шосткинському районі поранено водія, "
                  "повідомила ОВА.", "uk")
    kinds = {key: kind for kind, key, _ in places(events)}
    assert kinds.get("Izyum") == "shelling"
    assert kinds.get("Shostka Raion") == "strike"


@pytest.mark.parametrize("lang, gap", [("en", ",\n"), ("en", " of\nthe "), ("ru", "\n"), ("ru", ",\n"), ("uk", "\n")])
def test_the_gap_between_a_district_and_its_region_stays_on_one_line(lang, gap):
    after, before = _gaps(lang)
    assert after.fullmatch(gap) is None
    assert before.fullmatch(gap) is None


@pytest.mark.parametrize("lang, gap", [("en", ", "), ("en", " of the "), ("ru", " "), ("uk", ", ")])
def test_the_gap_on_one_line_still_joins(lang, gap):
    assert _gaps(lang)[0].fullmatch(gap) is not None


def test_russian_quoted_post_with_lines_cut_at_an_ellipsis_keeps_the_figures_after_it(read):
    events = read("Губернатор сообщил об ударе дрона по селу Головчино Грайворонского района.\n"
                  "«Беспилотник атаковал гараж во дворе частного дома, рядом с магазином...\n"
                  "Во дворе в этот момент были хозяева, есть пострадавшие...\n"
                  "Экстренные службы работают на месте, информация уточняется...\n»\n"
                  "Ранены трое мирных жителей, их госпитализировали. Повреждены гараж и автомобиль.", "ru")
    assert len(events) == 1
    assert figures(events[0])["injured"][1] == 3


def test_russian_telegram_opening_lines_with_ellipses_are_the_report(read):
    events = read("Курск снова атакован беспилотниками этой ночью...\n"
                  "Дрон врезался в многоэтажный дом на окраине города...\n"
                  "Пострадали три мирных жителя, их доставили в больницу...\n"
                  "Губернатор сообщил о повреждении крыши и пяти автомобилей.", "ru")
    assert [p[1] for p in places(events)] == ["Kursk"]
    assert figures(events[0])["injured"][1] == 3


def test_ukrainian_lines_cut_at_an_ellipsis_keep_the_report_after_them(read):
    events = read("Ворог знову атакував Суми вночі...\n"
                  "Дрон влучив у багатоповерхівку поблизу парку...\n"
                  "Є постраждалі, на місці працюють рятувальники...\n"
                  "Поранено чотирьох людей, пошкоджено дах і вікна, повідомила ОВА.", "uk")
    assert [p[1] for p in places(events)] == ["Sumy"]
    assert figures(events[0])["injured"][1] == 4


def test_english_lines_cut_at_an_ellipsis_keep_the_report_after_them(read):
    events = read("Drones attacked Kharkiv again overnight, the mayor wrote...\n"
                  "One of them hit an apartment block near a park in the city centre...\n"
                  "Rescuers are working at the scene and more details will follow...\n"
                  "Four people were injured and a roof and windows were damaged, the regional governor said.")
    assert [p[1] for p in places(events)] == ["Kharkiv"]
    assert figures(events[0])["injured"][1] == 4


def test_russian_dateline_city_is_the_city_of_its_bare_district(read):
    # Kalininsky districts lie in Krasnodar Krai and elsewhere; Donetsk has one, and the report is filed there
    events = read("Донецк. 3 апреля. INTERFAX.RU - Вооруженные силы Украины обстреляли Калининский район, ранены трое "
                  "мирных жителей, сообщил мэр.", "ru")
    assert [(p[1], p[2]) for p in places(events)] == [("Donetsk", "Donetsk Oblast")]


def test_mykolaiv_district_is_not_the_city_council_area(read):
    events = read("Russian forces shelled a village in Mykolaiv district, injuring a man, the regional governor said.")
    assert all(e.place is None or e.place.geonames_id != 9821293 for e in events)
