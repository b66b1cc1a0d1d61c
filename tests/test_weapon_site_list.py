"""A weapon site or crew first in a list and counted weapons later in it, under one verb of destroying (review18d,
finding 2): the site governs only its own member, so the counted weapons were downed and the report keeps its
interception ("destroyed drone control points and 40 drones", "уничтожены расчёты БПЛА и 14 беспилотников",
"знищено розрахунки БпЛА та 12 безпілотників"). Reports written for these tests (en/ru/uk), with lists whose later
member is no counted weapon (vehicles, another site), which stay no interception."""


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


# -- counted weapons after the site: an interception ------------------------------------------------------------------

def test_en_counted_drones_after_a_site_are_downed(read):
    for text in ("Russia's defence ministry said its units destroyed drone launch sites and 25 Ukrainian drones over "
                 "the Kursk region overnight.",
                 "The ministry said air defences destroyed drone control centres, two radar stations and 18 drones "
                 "over the Belgorod region on Sunday."):
        assert of_kind(read(text), "interception"), text


def test_ru_counted_drones_after_a_crew_are_downed(read):
    for text in ("Минобороны сообщило, что над Курской областью уничтожены три расчёта беспилотников ВСУ и 22 "
                 "беспилотника самолётного типа.",
                 "За ночь уничтожены пункты управления БПЛА и 17 беспилотников над Белгородской областью."):
        assert of_kind(read(text, "ru"), "interception"), text


def test_uk_counted_drones_after_a_crew_are_downed(read):
    for text in ("Генштаб повідомив, що над Харківщиною знищено розрахунки ворожих БпЛА та 16 безпілотників.",
                 "За добу на Запоріжжі знищено 4 розрахунки БпЛА, 11 одиниць техніки та 7 безпілотників."):
        assert of_kind(read(text, "uk"), "interception"), text


# -- negatives: the later members are no counted weapons --------------------------------------------------------------

def test_en_site_listed_with_vehicles_or_other_sites_is_no_interception(read):
    for text in ("Russia's defence ministry said its units destroyed drone launch sites and 12 armoured vehicles in "
                 "the Kursk region overnight.",
                 "Russia's defence ministry said its units destroyed drone control centres and 3 drone depots in the "
                 "Kursk region overnight.",
                 "Russia's defence ministry said its units destroyed a drone depot where 40 drones were stored in the "
                 "Kursk region overnight."):
        assert not of_kind(read(text), "interception"), text


def test_ru_crew_listed_with_vehicles_or_depots_is_no_interception(read):
    for text in ("Минобороны сообщило, что в Курской области уничтожены расчёты БПЛА ВСУ и 12 единиц техники.",
                 "Минобороны сообщило, что в Курской области уничтожены пункт управления БПЛА и 3 склада "
                 "беспилотников."):
        assert not of_kind(read(text, "ru"), "interception"), text


def test_uk_crew_listed_with_vehicles_is_no_interception(read):
    for text in ("На Харківщині знищено розрахунки БпЛА та 12 одиниць техніки, повідомили в Генштабі.",
                 "На Харківщині знищено пункти управління БпЛА та 2 склади боєприпасів, повідомили в Генштабі."):
        assert not of_kind(read(text, "uk"), "interception"), text
