"""Wrong kind, eighteenth session (kind18): a weapon word that names what a site or a crew on the ground serves ("bases
for launching drones were destroyed", "уничтожены места запуска беспилотников", "знищено пункти управління дронами")
is governed by that site: the verb destroyed the site, no weapon was downed, so the clause is no interception.
Reports written for these tests (en/ru/uk), with sentences the rule must not fire on."""


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


# -- the site governs the weapon word: no interception --------------------------------------------------------------

def test_en_bases_for_launching_drones_destroyed_is_no_interception(read):
    for text in ("The ministry said Ukrainian bases for launching drones had been destroyed in the Sumy region on "
                 "Saturday.",
                 "The ministry said launch sites of Ukrainian drones had been destroyed in the Sumy region on Saturday.",
                 "Russia's defence ministry said drone launch sites were destroyed in the Sumy region overnight.",
                 "Russia's defence ministry said it destroyed drone control centres in the Sumy region overnight."):
        assert not of_kind(read(text), "interception"), text


def test_ru_sites_and_crews_of_drones_destroyed_is_no_interception(read):
    for text in ("В Сумской области уничтожены расчёты БПЛА ВСУ, сообщило Минобороны.",
                 "Минобороны сообщило, что в Сумской области уничтожены места запуска беспилотников ВСУ.",
                 "В Сумской области уничтожены пункты управления беспилотниками ВСУ, сообщило Минобороны.",
                 "Минобороны сообщило, что в Сумской области пункты управления беспилотниками ВСУ были уничтожены."):
        assert not of_kind(read(text, "ru"), "interception"), text


def test_uk_sites_and_crews_of_drones_destroyed_is_no_interception(read):
    for text in ("На Сумщині знищено пункти управління дронами, повідомили в Генштабі.",
                 "На Сумщині знищено розрахунки ударних БпЛА, повідомили в Генштабі.",
                 "На Сумщині знищено майданчики запуску дронів, повідомили в Генштабі."):
        assert not of_kind(read(text, "uk"), "interception"), text


# -- negatives: the weapon is what was destroyed ----------------------------------------------------------------------

def test_en_drones_destroyed_near_a_base_or_by_crews_are_still_downed(read):
    for text in ("Air defence crews destroyed 20 drones over the Kyiv region overnight.",
                 "Drones flying toward the air base were destroyed over the Kyiv region overnight.",
                 "Air defence destroyed 20 drones over the Kyiv region overnight, including drones launched from bases "
                 "in Crimea.",
                 "Ukraine said its drone units destroyed 20 Russian drones over the Kharkiv region overnight."):
        assert len(of_kind(read(text), "interception")) == 1, text


def test_ru_drones_destroyed_by_crews_or_beside_a_site_are_still_downed(read):
    for text in ("Расчёты ПВО уничтожили 20 беспилотников над Белгородской областью.",
                 "Над Курской областью уничтожены три беспилотника, летевшие к базе ВВС.",
                 "Над Курской областью уничтожены 12 беспилотников и пункт управления БПЛА, сообщило Минобороны."):
        assert len(of_kind(read(text, "ru"), "interception")) == 1, text


def test_uk_drones_destroyed_by_crews_or_operators_are_still_downed(read):
    for text in ("Оператори дронів знищили 5 шахедів над Харківщиною, повідомили в Генштабі.",
                 "Сили ППО знищили 12 ударних БпЛА над Київщиною.",
                 "Розрахунки мобільних вогневих груп знищили 5 дронів над Київщиною."):
        assert len(of_kind(read(text, "uk"), "interception")) == 1, text


# -- en: weapons told by what they were aimed at (as ru/uk "целью атаки были") ---------------------------------------

_DOWNED = "Air defence destroyed 13 cruise missiles over the Khmelnytskyi region overnight, the air force said. "
_AIMED = "Officials said the cruise missiles were targeting a military air base near Khmelnytskyi"


def test_en_missiles_targeting_an_air_base_met_by_air_defence_are_the_interception(read):
    events = read(_DOWNED + _AIMED + ".")
    assert [e.kind for e in events] == ["interception"]


def test_en_missiles_targeting_an_air_base_that_hit_or_hurt_stay_a_strike(read):
    for text in (_AIMED + ", and one hit a hangar.", _AIMED + "; two people were injured there.",
                 _AIMED + ". Two drones were destroyed and a hangar at the air base was damaged."):
        events = read(_DOWNED + text)
        assert len(of_kind(events, "strike")) == 1, text
        assert len(of_kind(events, "interception")) == 1, text


def test_en_a_downing_told_beside_the_aim_is_no_harm_at_the_target(read):
    # "destroyed" with missiles for its object is the downing, not damage at the air base the raid was aimed at
    events = read("Air defence shot down 13 cruise missiles over Ukraine overnight, the air force said. Officials "
                  "said the cruise missiles were targeting a military air base in Khmelnytskyi. \"Nine cruise missiles were destroyed over the Khmelnytskyi region; the raid was aimed at a "
                  "military air base there,\" a spokesman said.")
    assert not of_kind(events, "strike")
    assert len(of_kind(events, "interception")) == 2
