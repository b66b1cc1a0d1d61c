"""review16f: a per-region list of another weapon, of another part of the day or told as more is no breakdown of the
night's total told before it; a count over several areas retold at one of them keeps its region-level place with its
areas (ANNOTATION.md), and one retold of the night before is another night. Reports written for these tests."""


def _interceptions(events):
    return [e for e in events if e.kind == "interception"]


def _places(events):
    return sorted((e.place.precision if e.place else None) for e in _interceptions(events))


def test_en_a_list_of_another_weapon_later_in_the_day_is_no_breakdown(read):
    events = read("Russia's Defence Ministry said 35 Ukrainian drones were destroyed over Russian territory overnight. "
                  "A warehouse caught fire in Shebekino, the governor said. In the afternoon, air defences shot down "
                  "five missiles: three over the Voronezh region and two over the Bryansk region.")
    assert sorted(e.weapon for e in _interceptions(events)) == ["drone", "missile"]


def test_ru_a_list_of_another_weapon_in_the_daytime_is_no_breakdown(read):
    events = read("Минобороны сообщило, что за ночь над территорией России уничтожены 35 беспилотников. "
                  "В Шебекине загорелся склад, сообщил губернатор. Днём средства ПВО сбили пять ракет: три над "
                  "Воронежской областью и две над Брянской областью.", "ru")
    assert sorted(e.weapon for e in _interceptions(events)) == ["drone", "missile"]


def test_uk_a_list_of_another_weapon_in_the_daytime_is_no_breakdown(read):
    events = read("Міноборони РФ заявило, що вночі над територією Росії знищили 35 безпілотників. "
                  "У Шебекіному загорівся склад, повідомив губернатор. Вдень ППО збила п'ять ракет: три над "
                  "Воронезькою областю і дві над Брянською областю.", "uk")
    assert sorted(e.weapon for e in _interceptions(events)) == ["drone", "missile"]


def test_ru_a_list_in_the_daytime_is_no_breakdown_of_the_night(read):
    events = read("Минобороны сообщило, что за ночь над территорией России уничтожены 35 беспилотников. "
                  "В Шебекине загорелся склад, сообщил губернатор. Днём средства ПВО уничтожили пять "
                  "беспилотников: три над Воронежской областью и два над Брянской областью.", "ru")
    assert len(_interceptions(events)) == 2


def test_ru_a_list_told_as_more_is_no_breakdown(read):
    events = read("Минобороны сообщило, что над территорией России уничтожены 35 беспилотников. "
                  "В Шебекине загорелся склад, сообщил губернатор. Позднее средства ПВО уничтожили ещё пять "
                  "беспилотников: три над Воронежской областью и два над Брянской областью.", "ru")
    assert len(_interceptions(events)) == 2


def test_en_a_list_told_as_n_more_is_no_breakdown(read):
    events = read("Russia's Defence Ministry said 35 Ukrainian drones were destroyed over Russian territory. "
                  "A warehouse caught fire in Shebekino, the governor said. Later, the ministry said air defences had "
                  "destroyed five more drones: three over the Voronezh region and two over the Bryansk region.")
    assert len(_interceptions(events)) == 2


def test_en_a_count_over_areas_retold_at_one_keeps_the_region_place(read):
    events = read("The ministry said four drones heading for Moscow were downed over the Smolensk and Tula regions. "
                  "\"Air defence systems destroyed four drones over the Smolensk region,\" the statement read.")
    assert _places(events) == ["region"]


def test_uk_a_count_over_areas_retold_at_a_city_keeps_the_region_place(read):
    events = read("Сили ППО збили 9 дронів над Дніпропетровщиною та Полтавщиною, повідомили Повітряні сили. "
                  "Усі 9 дронів збили на підльоті до Полтави, уточнили в Повітряних силах.", "uk")
    assert _places(events) == ["region"]


def test_ru_a_count_over_areas_retold_at_a_city_keeps_the_region_place(read):
    events = read("Минобороны сообщило, что над Ростовской и Воронежской областями сбиты 14 беспилотников. "
                  "По данным телеграм-каналов, 14 дронов были перехвачены на подлёте к Воронежу.", "ru")
    assert _places(events) == ["region"]


def test_en_the_night_before_at_one_of_the_areas_is_another_night(read):
    events = read("Four drones were shot down over the Smolensk and Tula regions last night, the ministry said. "
                  "The night before, four drones were downed over the Smolensk region.")
    assert len(_interceptions(events)) == 2
