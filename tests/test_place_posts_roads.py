"""Places the judges of the Russian ledger named again and again (issue 10): a place taken from a person's post or
origin, from the name of a road, a front or a direction, or from a town's quarter that shares its name with a village
far away; and a defence ministry's count that names no place, which is over its country (ANNOTATION.md). Each report
here was written for the test."""


from report_reading import kinds


# a person's post or origin: whose, not where


def test_an_officials_region_is_not_where_he_was_wounded_ru(read):
    events = read("Заместитель министра строительства Курской области получил ранение при обстреле Горловки со "
                  "стороны ВСУ.\n\nЧиновник находился в Горловке, где проверял ремонт школы, когда украинские военные "
                  "начали обстреливать город.", "ru")
    assert [k for k, _ in kinds(events)] and {p for _, p in kinds(events)} == {"Horlivka"}


def test_an_officials_region_is_not_where_he_was_wounded_uk(read):
    events = read("Заступник міністра будівництва Курської області дістав поранення під час обстрілу Горлівки.", "uk")
    assert {p for _, p in kinds(events)} == {"Horlivka"}


def test_an_officials_region_is_not_where_he_was_wounded_en(read):
    events = read("A deputy construction minister of the Kursk region was wounded when Ukrainian forces shelled "
                  "Horlivka on Tuesday.", "en")
    assert {p for _, p in kinds(events)} == {"Horlivka"}


def test_a_natives_town_is_not_where_he_died_ru(read):
    events = read("Уроженец Тамбова погиб при обстреле Донецка, сообщили местные власти.", "ru")
    assert {p for _, p in kinds(events)} == {"Donetsk"}


def test_a_governor_still_tells_of_his_region(read):
    # a governor speaks of his own region (region_officials), and is no post of this kind
    events = read("Губернатор Белгородской области сообщил, что при атаке дрона пострадали два человека.", "ru")
    assert {p for _, p in kinds(events)} == {"Belgorod Oblast"}


# a road, a front, a direction: named after towns, not in them


def test_a_highways_towns_are_not_where_the_fighting_is_ru(read):
    events = read("Российские войска штурмуют позиции ВСУ вокруг Покровска, пытаясь перерезать трассу Е50 "
                  "Покровск-Павлоград. Бои идут на окраинах города.", "ru")
    assert "Pavlohrad" not in {p for _, p in kinds(events)}


def test_a_highways_towns_are_not_where_the_fighting_is_uk(read):
    events = read("Російські війська штурмують позиції ЗСУ біля Курахового, намагаючись перерізати трасу "
                  "Запоріжжя-Донецьк, повідомили аналітики.", "uk")
    assert not {p for _, p in kinds(events)} & {"Zaporizhzhia", "Donetsk"}


def test_a_highways_towns_are_not_where_the_fighting_is_en(read):
    events = read("Russian troops attacked Ukrainian positions south of Kurakhove on Monday, trying to cut the "
                  "Zaporizhzhia-Donetsk highway, analysts said.", "en")
    assert not {p for _, p in kinds(events)} & {"Zaporizhzhia", "Donetsk"}


def test_a_direction_is_not_its_town_ru(read):
    events = read("Бои идут на Покровском направлении, где российские войска 30 раз атаковали позиции ВСУ, сообщил "
                  "Генштаб.", "ru")
    assert "Pokrovsk" not in {p for _, p in kinds(events)}


def test_a_direction_is_not_its_town_en(read):
    events = read("Fighting continued on the Pokrovsk front, where Russian troops attacked 30 times, the General "
                  "Staff said.", "en")
    assert "Pokrovsk" not in {p for _, p in kinds(events)}


def test_a_village_on_a_direction_is_where_the_assault_was_uk(read):
    events = read("На Куп'янському напрямку російські війська 14 разів атакували позиції ЗСУ біля села "
                  "Петропавлівка, повідомив Генштаб.", "uk")
    assert "Kupiansk" not in {p for _, p in kinds(events)}


# a town's quarter that shares its name with a village far away


def test_a_quarter_is_in_its_town_ru(read):
    events = read('Украинский беспилотник врезался в жилой дом в курском микрорайоне "Новая жизнь". Пострадали два '
                  "человека.", "ru")
    assert kinds(events) == [("strike", "Kursk")]


def test_a_quarter_is_in_its_town_uk(read):
    events = read("Російський дрон влучив у багатоповерхівку в сумському мікрорайоні «Нове життя». Постраждали двоє "
                  "людей.", "uk")
    assert kinds(events) == [("strike", "Sumy")]


# a ministry's count with no place: its country


def test_a_ministrys_count_with_no_place_is_its_countrys_ru(read):
    events = read("Минобороны России сообщило, что за день средства ПВО сбили три ракеты Storm Shadow.", "ru")
    assert kinds(events) == [("interception", "Russia")]


def test_a_ministrys_count_with_no_place_is_its_countrys_en(read):
    events = read("Russia's Defence Ministry said its air defences shot down three Storm Shadow missiles on Thursday.",
                  "en")
    assert kinds(events) == [("interception", "Russia")]


def test_quarters_of_a_town_named_in_the_genitive_are_that_town_ru(read):
    events = read("Боевики обстреляли жилые кварталы Авдеевки, погиб местный житель, еще двое ранены.", "ru")
    assert {p for _, p in kinds(events)} == {"Avdiyivka"}


def test_a_ministrys_count_named_by_abbreviation_is_its_countrys_ru(read):
    events = read("Средства ПВО сбили две крылатые ракеты и 40 беспилотников, сообщили в Минобороны РФ.", "ru")
    assert {p for _, p in kinds(events)} == {"Russia"}


def test_a_ministrys_count_named_by_adjective_is_its_countrys_en(read):
    events = read("The Russian Defence Ministry said two Storm Shadow missiles were shot down on Thursday.", "en")
    assert kinds(events) == [("interception", "Russia")]


def test_a_ministrys_count_with_a_region_stays_there_ru(read):
    events = read("Минобороны России сообщило, что над Курской областью сбиты три беспилотника.", "ru")
    assert kinds(events) == [("interception", "Kursk Oblast")]


def test_an_ambassadors_country_is_not_where_his_house_was_hit_ru(read):
    events = read("Ночью российский беспилотник попал в жилой дом, где живет посол Литвы в Киеве, сообщил министр "
                  "иностранных дел Литвы.", "ru")
    assert {p for _, p in kinds(events)} == {"Kyiv"}


def test_a_minister_who_came_to_a_town_is_in_it_ru(read):
    events = read("Министр прибыл в Курск, где днем беспилотник атаковал жилой дом, ранены два человека.", "ru")
    assert {p for _, p in kinds(events)} == {"Kursk"}
