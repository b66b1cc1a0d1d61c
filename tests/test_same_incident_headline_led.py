"""A headline on a line of its own that names the region (or country), retold at once by the next sentence at the
town, is one incident, even when the body's sentences with no place went to the headline's telling or the headline
says "ще" of earlier reports (issue 10, duplicates: one incident split into the headline's region and the lead's
town). Reports written for these tests."""


from report_reading import kinds


def _damage(events):
    return [(k, p) for k, p in kinds(events) if k in ("strike", "shelling", "explosion")]


def test_uk_a_headline_region_retold_by_the_lead_at_a_town(read):
    events = read("Війна в Україні, Події\n\nЩе двоє мирних жителів Сумщини отримали поранення через ворожий обстріл\n\n"
                  "Ворог завдав удару по об'єкту інфраструктури на околицях Сум. Попередньо, атака була дроном.\n"
                  "Внаслідок обстрілу двоє людей отримали легкі поранення.", "uk")
    assert len(_damage(events)) == 1


def test_ru_a_headline_region_retold_by_the_lead_at_a_district(read):
    events = read("ВСУ нанесли удар по жилому дому в Белгородской области\nВСУ сбросили взрывное устройство с дрона на "
                  "дом в Волоконовском районе. Ранен мирный житель. Он находится в больнице.\nКроме того, в результате "
                  "взрыва загорелся автомобиль.", "ru")
    assert len(_damage(events)) == 1


def test_en_a_headline_region_retold_by_the_next_line_at_a_village(read):
    events = read("Ukrainian drones attacked a Russian airbase in Crimea, injuring three people\nAmong the three wounded "
                  "was a 13-year-old boy, hurt in the attack on Novofedorivka.\nFifteen explosions were reported.")
    assert kinds(events) == [("strike", "Novofedorovka")]
